import path from 'node:path';
import type { Plugin } from 'vite';
import { LANGS } from '../src/lessons/parts.ts';
import type { LessonStudy, LessonSummary } from '../src/lessons/types.ts';
import { buildCatalog, type BuiltLesson } from './catalog.ts';
import { cheatSheetModuleSource, isCheatSheetId } from './cheatsheet-module.ts';
import { LessonError } from './lesson-error.ts';

const CATALOG = 'virtual:lessons';
const SUMMARIES = 'virtual:lesson-summaries/'; // + lang
const STUDY = 'virtual:lesson-study/'; // + lang/slug
const STUDY_COUNTS = 'virtual:lesson-study-counts';

const q = JSON.stringify;

/**
 * The source of `virtual:lessons`: everything a page's first load pays per lesson — its sidebar entry
 * and one dynamic import per language for the lesson, its study material and the course map's lines.
 */
export function catalogModuleSource(lessons: BuiltLesson[]): string {
  const keys = lessons.flatMap((l) => LANGS.map((lang) => `${lang}/${l.entry.slug}`));
  const imports = (prefix: string, list: string[], file: (key: string) => string) =>
    `{\n${list.map((key) => `  ${q(key)}: () => import(${q(prefix === '' ? file(key) : prefix + key)}),`).join('\n')}\n}`;
  const fileOf = (key: string) => {
    const [lang, slug] = key.split('/') as [(typeof LANGS)[number], string];
    return lessons.find((l) => l.entry.slug === slug)!.files[lang];
  };
  return [
    `export const catalog = ${q(lessons.map((l) => l.entry))};`,
    `export const loaders = ${imports('', keys, fileOf)};`,
    `export const studyLoaders = ${imports(STUDY, keys, fileOf)};`,
    `export const summaryLoaders = ${imports(SUMMARIES, [...LANGS], fileOf)};`,
  ].join('\n');
}

/**
 * Serves the lesson catalogue and its lazy parts, read from content/ and validated (build/catalog.ts):
 * an authoring mistake fails the build with file:line.
 */
export function lessonsPlugin(root: string): Plugin {
  let cached: BuiltLesson[] | undefined;
  const lessons = (ctx: { error: (e: { message: string; stack: string }) => never; addWatchFile: (f: string) => void }) => {
    if (!cached) {
      try {
        cached = buildCatalog(root);
      } catch (error) {
        // An authoring mistake: say where, without a stack trace of the build tool's internals.
        if (error instanceof LessonError) ctx.error({ message: error.message, stack: '' });
        throw error;
      }
    }
    for (const lesson of cached) for (const file of Object.values(lesson.files)) ctx.addWatchFile(file);
    return cached;
  };
  return {
    name: 'atlas-lessons',
    buildStart() {
      cached = undefined;
    },
    resolveId(id) {
      return id === CATALOG || id === STUDY_COUNTS || id.startsWith(SUMMARIES) || id.startsWith(STUDY) || isCheatSheetId(id) ? '\0' + id : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return undefined;
      const name = id.slice(1);
      if (name === CATALOG) return catalogModuleSource(lessons(this));
      if (name === STUDY_COUNTS) {
        // The flashcard deck's size per lesson, without the texts (the header's due count needs no more).
        // The same in both languages: build/catalog.ts refuses lessons whose counts differ.
        const counts: Record<string, { interview: number; quiz: number }> = {};
        for (const l of lessons(this)) counts[l.entry.slug] = { interview: l.read.en.frontmatter.interview.length, quiz: l.read.en.frontmatter.quiz.length };
        return `export default ${q(counts)};`;
      }
      if (isCheatSheetId(name)) return cheatSheetModuleSource(name, lessons(this));
      if (name.startsWith(SUMMARIES)) {
        const lang = name.slice(SUMMARIES.length) as (typeof LANGS)[number];
        const summaries: Record<string, LessonSummary> = {};
        for (const l of lessons(this)) summaries[l.entry.slug] = { summary: l.read[lang].frontmatter.summary, minutes: l.read[lang].minutes };
        return `export default ${q(summaries)};`;
      }
      if (name.startsWith(STUDY)) {
        const [lang, slug] = name.slice(STUDY.length).split('/') as [(typeof LANGS)[number], string];
        const fm = lessons(this).find((l) => l.entry.slug === slug)?.read[lang].frontmatter;
        const study: LessonStudy = { interview: fm?.interview ?? [], quiz: fm?.quiz ?? [] };
        return `export default ${q(study)};`;
      }
      return undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(path.join(root, 'content'))) return;
      cached = undefined;
      for (const mod of server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith('\0virtual:lesson')) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
