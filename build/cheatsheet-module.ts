import { LANGS, type Lang } from '../src/lessons/parts.ts';
import type { CheatSheetLesson, CheatSheetLessonWithAnswers } from '../src/study/cheatsheet/types.ts';
import type { BuiltLesson } from './catalog.ts';

/**
 * The cheat sheets' virtual modules (served by build/lessons-plugin.ts):
 * - `virtual:lesson-cheatsheet`: the loaders, `course[lang]` and `lessons["lang/slug"]`, so the page
 *   imports only what it shows;
 * - `virtual:lesson-cheatsheet/<lang>`: every lesson in catalog order, without the model answers;
 * - `virtual:lesson-cheatsheet/<lang>/<slug>`: one lesson with its answers (~2 KB gzip).
 * Types: src/study/cheatsheet/types.ts.
 */
export const CHEATSHEET = 'virtual:lesson-cheatsheet';

export const isCheatSheetId = (id: string) => id === CHEATSHEET || id.startsWith(`${CHEATSHEET}/`);

const q = JSON.stringify;

/** A lesson's sheet in one language, straight from its validated frontmatter. */
export function cheatSheetLesson(lesson: BuiltLesson, lang: Lang): CheatSheetLessonWithAnswers {
  const fm = lesson.read[lang].frontmatter;
  return {
    slug: lesson.entry.slug,
    title: fm.title,
    part: lesson.entry.part,
    keypoints: fm.keypoints,
    questions: fm.interview.map((item) => item.q),
    answers: fm.interview.map((item) => item.a),
  };
}

/** The source of one of the ids above; throws on an id that names no language or lesson. */
export function cheatSheetModuleSource(id: string, lessons: BuiltLesson[]): string {
  if (id === CHEATSHEET) {
    const loaders = (keys: string[]) => `{\n${keys.map((key) => `  ${q(key)}: () => import(${q(`${CHEATSHEET}/${key}`)}),`).join('\n')}\n}`;
    return [
      `export const course = ${loaders([...LANGS])};`,
      `export const lessons = ${loaders(lessons.flatMap((l) => LANGS.map((lang) => `${lang}/${l.entry.slug}`)))};`,
    ].join('\n');
  }
  const [lang, slug, ...rest] = id.slice(CHEATSHEET.length + 1).split('/');
  const known = LANGS.find((l) => l === lang);
  if (!known || rest.length > 0) throw new Error(`${id}: expected ${CHEATSHEET}/<${LANGS.join('|')}>[/<slug>]`);
  if (slug === undefined) {
    const course = lessons.map((l): CheatSheetLesson => {
      const { answers: _, ...sheet } = cheatSheetLesson(l, known);
      return sheet;
    });
    return `export default ${q(course)};`;
  }
  const lesson = lessons.find((l) => l.entry.slug === slug);
  if (!lesson) throw new Error(`${id}: no lesson "${slug}"`);
  return `export default ${q(cheatSheetLesson(lesson, known))};`;
}
