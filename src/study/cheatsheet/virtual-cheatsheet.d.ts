// Served by build/cheatsheet-module.ts. Typed where it is imported (./sheets.ts): an ambient module
// can't import our types by relative path.
declare module 'virtual:lesson-cheatsheet' {
  export const course: unknown;
  export const lessons: unknown;
}
