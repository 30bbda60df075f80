// Served by build/search-plugin.ts: the serialised MiniSearch index of one language, as JSON text
// (empty in the server build, which never searches). Loaded by ./load-index.ts.
declare module 'virtual:search-index/*' {
  const json: string;
  export default json;
}
