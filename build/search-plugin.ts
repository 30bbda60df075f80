import path from 'node:path';
import type { Plugin } from 'vite';
import { isLang, type Lang } from '../src/lessons/parts.ts';
import { buildCatalog, type BuiltLesson } from './catalog.ts';
import { LessonError } from './lesson-error.ts';
import { searchIndexJson } from './search-index.ts';

const PREFIX = 'virtual:search-index/'; // + lang
// The resolved id names the chunk: Rollup calls a chunk after its module's base name.
const resolved = (lang: string) => `\0search-index-${lang}`;

/**
 * Serves `virtual:search-index/<lang>`: the serialised MiniSearch index of one language's lessons,
 * built from content/ at build time, as a module whose default export is the JSON text. It is only
 * ever imported dynamically (src/search/load-index.ts), so each language is a chunk of its own that
 * the browser fetches when search opens. The server build never renders the search dialog, so it
 * gets an empty index instead of paying for a second one.
 */
export function searchPlugin(root: string): Plugin {
  let lessons: BuiltLesson[] | undefined;
  return {
    name: 'atlas-search-index',
    buildStart() {
      lessons = undefined;
    },
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const lang = id.slice(PREFIX.length);
      if (!isLang(lang)) this.error(`${id}: no such language (zh, en)`);
      return resolved(lang);
    },
    load(id, options) {
      const lang = /^\0search-index-(zh|en)$/.exec(id)?.[1] as Lang | undefined;
      if (!lang) return undefined;
      if (options?.ssr) return 'export default "";';
      if (!lessons) {
        try {
          lessons = buildCatalog(root);
        } catch (error) {
          // The lessons plugin reports the same authoring mistake with file:line; say it once, plainly.
          if (error instanceof LessonError) this.error({ message: error.message, stack: '' });
          throw error;
        }
      }
      for (const lesson of lessons) this.addWatchFile(lesson.files[lang]);
      return `export default ${JSON.stringify(searchIndexJson(lessons, lang))};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(path.join(root, 'content'))) return;
      lessons = undefined;
      for (const lang of ['zh', 'en']) {
        const mod = server.moduleGraph.getModuleById(resolved(lang));
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
