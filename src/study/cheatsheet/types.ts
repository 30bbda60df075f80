import type { Part } from '../../lessons/parts.ts';

/**
 * One lesson on a cheat sheet, in one language, as build/cheatsheet-module.ts serves it in
 * `virtual:lesson-cheatsheet/<lang>` (the course, in catalog order). Key points and questions are
 * inline markdown (src/lessons/RichText.tsx).
 */
export interface CheatSheetLesson {
  slug: string;
  title: string;
  part: Part;
  /** The lesson's key points, a sentence each; empty until the lesson has them. */
  keypoints: string[];
  /** The lesson's interview questions. */
  questions: string[];
}

/**
 * One lesson's sheet with its model answers (`answers[i]` answers `questions[i]`):
 * `virtual:lesson-cheatsheet/<lang>/<slug>`. The course module leaves the answers out: with them it
 * would weigh ~40 KB gzip, for a sheet that shows them only on request.
 */
export interface CheatSheetLessonWithAnswers extends CheatSheetLesson {
  answers: string[];
}
