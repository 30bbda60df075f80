import { translate } from '../i18n/strings.ts';
import type { LessonModule } from './lesson-module.ts';
import type { Lang } from './parts.ts';
import type { Heading } from './types.ts';

/** Ids of the sections LessonBody adds after the MDX body. Also valid targets for the language switch. */
export const INTERVIEW_ID = 'interview-questions';
export const QUIZ_ID = 'quiz';

/** The lesson's own headings plus the interview and quiz sections LessonBody appends. */
export function lessonToc(mod: LessonModule, lang: Lang): Heading[] {
  const extra: Heading[] = [];
  if (mod.frontmatter.study.interview) extra.push({ depth: 2, id: INTERVIEW_ID, text: translate(lang, 'interview') });
  if (mod.frontmatter.study.quiz) extra.push({ depth: 2, id: QUIZ_ID, text: translate(lang, 'quiz') });
  return [...mod.headings, ...extra];
}
