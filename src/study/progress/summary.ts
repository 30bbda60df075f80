// The dashboard's figures, computed from progress and the course as it is now. Records for lessons or
// playgrounds that no longer exist are kept in storage (see store.ts) but count nowhere here.

import { localDay } from '../cards/day.ts';
import type { Progress } from './schema.ts';

export interface LessonRef {
  slug: string;
  playgrounds: readonly string[];
}

export interface LessonRow {
  slug: string;
  read: boolean;
  quiz?: { best: number; total: number; score: number };
  /** Of the lesson's playgrounds, how many the learner has used. */
  tried: number;
  playgrounds: number;
  due: number;
}

export interface Overview {
  read: number;
  lessons: number;
  quizzesTaken: number;
  /** Mean of best/total over the quizzes taken, 0..1; undefined when none was taken. */
  averageBest?: number;
  due: number;
  reviewsLast7Days: number;
}

export function lessonRows(
  progress: Progress,
  lessons: readonly LessonRef[],
  dueByLesson: Record<string, number>,
): LessonRow[] {
  return lessons.map(({ slug, playgrounds }) => {
    const p = progress.lessons[slug];
    const row: LessonRow = {
      slug,
      read: p?.readAt !== undefined,
      tried: playgrounds.filter((id) => progress.playgrounds[id] !== undefined).length,
      playgrounds: playgrounds.length,
      due: dueByLesson[slug] ?? 0,
    };
    if (p?.quiz) row.quiz = { best: p.quiz.best, total: p.quiz.total, score: p.quiz.score };
    return row;
  });
}

/**
 * `due`: the deck's own count of cards due now (the header's figure). Not the sum of the rows, which
 * can be larger: each lesson's queue on its own may offer the day's whole new-card allowance.
 */
export function overview(rows: readonly LessonRow[], progress: Progress, due: number, now: number): Overview {
  const taken = rows.flatMap((r) => (r.quiz ? [r.quiz] : []));
  const result: Overview = {
    read: rows.filter((r) => r.read).length,
    lessons: rows.length,
    quizzesTaken: taken.length,
    due,
    reviewsLast7Days: lastDays(now, 7).reduce((sum, day) => sum + (progress.reviewsByDay[day] ?? 0), 0),
  };
  if (taken.length > 0) result.averageBest = taken.reduce((sum, q) => sum + q.best / q.total, 0) / taken.length;
  return result;
}

/** Today and the n - 1 local days before it, as reviewsByDay keys (calendar days: DST skips none). */
export function lastDays(now: number, n: number): string[] {
  const d = new Date(now);
  const days: string[] = [];
  for (let i = 0; i < n; i++) days.push(localDay(new Date(d.getFullYear(), d.getMonth(), d.getDate() - i).getTime()));
  return days;
}

/** What a progress document holds, for the import's report (everything in it, known to the course or not). */
export function contentCounts(progress: Progress): {
  read: number;
  quizzes: number;
  playgrounds: number;
  cards: number;
  reviews: number;
} {
  const lessons = Object.values(progress.lessons);
  return {
    read: lessons.filter((l) => l.readAt !== undefined).length,
    quizzes: lessons.filter((l) => l.quiz !== undefined).length,
    playgrounds: Object.keys(progress.playgrounds).length,
    cards: Object.keys(progress.cards).length,
    reviews: Object.values(progress.reviewsByDay).reduce((sum, n) => sum + n, 0),
  };
}
