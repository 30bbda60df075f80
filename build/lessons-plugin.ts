import path from 'node:path';
import type { Plugin } from 'vite';
import { buildCatalog, type BuiltLesson } from './catalog.ts';
import { LessonError } from './lesson-error.ts';

const VIRTUAL = 'virtual:lessons';
const RESOLVED = '\0' + VIRTUAL;

/** The source of `virtual:lessons`: everything a page's first load pays per lesson. */
export function catalogModuleSource(lessons: BuiltLesson[]): string {
  const loaders = lessons
    .flatMap((l) => Object.entries(l.files).map(([lang, file]) => `  ${JSON.stringify(`${lang}/${l.entry.slug}`)}: () => import(${JSON.stringify(file)}),`))
    .join('\n');
  return `export const catalog = ${JSON.stringify(lessons.map((l) => l.entry))};\nexport const loaders = {\n${loaders}\n};\n`;
}

/**
 * Serves `virtual:lessons`: the catalogue (titles, summaries, reading times) and one dynamic import per
 * lesson and language, so each lesson is its own chunk and the catalogue is the only per-lesson cost of
 * the first load.
 */
export function lessonsPlugin(root: string): Plugin {
  return {
    name: 'atlas-lessons',
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      let lessons;
      try {
        lessons = buildCatalog(root);
      } catch (error) {
        // An authoring mistake: say where, without a stack trace of the build tool's internals.
        if (error instanceof LessonError) this.error({ message: error.message, stack: '' });
        throw error;
      }
      for (const lesson of lessons) for (const file of Object.values(lesson.files)) this.addWatchFile(file);
      this.addWatchFile(path.join(root, 'content'));
      return catalogModuleSource(lessons);
    },
    handleHotUpdate({ file, server }) {
      if (file.startsWith(path.join(root, 'content')) && file.endsWith('.mdx')) {
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
