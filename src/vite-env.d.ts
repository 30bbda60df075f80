/// <reference types="vite/client" />

// Served by build/lessons-plugin.ts. Typed where it is imported (src/lessons/catalog.ts): an ambient
// module can't import our types by relative path, and skipLibCheck would hide that silently.
declare module 'virtual:lessons' {
  export const catalog: unknown;
  export const loaders: unknown;
}

// Interview and quiz counts per lesson slug (the same in both languages): the flashcard deck's shape.
declare module 'virtual:lesson-study-counts' {
  const counts: Record<string, { interview: number; quiz: number }>;
  export default counts;
}
