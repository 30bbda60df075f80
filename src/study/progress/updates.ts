// The changes a learner's actions make to their progress. Pure: the current progress and the time in,
// the next progress out (the same object when nothing changes, so a caller can skip the write).

import type { Progress, QuizRecord } from './schema.ts';

/** The lesson's end came into view. The first time counts; later visits keep it. */
export function markLessonRead(progress: Progress, slug: string, now: number): Progress {
  const lesson = progress.lessons[slug];
  if (lesson?.readAt !== undefined) return progress;
  return { ...progress, lessons: { ...progress.lessons, [slug]: { ...lesson, readAt: now } } };
}

/** The learner changed a playground's state. The first time counts. */
export function markPlaygroundTried(progress: Progress, id: string, now: number): Progress {
  if (progress.playgrounds[id] !== undefined) return progress;
  return { ...progress, playgrounds: { ...progress.playgrounds, [id]: now } };
}

/**
 * A graded quiz attempt. The best score carries over from earlier attempts of a quiz of the same
 * length; when the quiz changed length since, the old best no longer compares and restarts.
 */
export function recordQuizAttempt(
  progress: Progress,
  slug: string,
  score: number,
  total: number,
  now: number,
): Progress {
  const lesson = progress.lessons[slug];
  const before = lesson?.quiz;
  const best = before && before.total === total ? Math.max(before.best, score) : score;
  const quiz: QuizRecord = { score, total, best, at: now };
  return { ...progress, lessons: { ...progress.lessons, [slug]: { ...lesson, quiz } } };
}
