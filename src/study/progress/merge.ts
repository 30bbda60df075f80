// Combining imported progress with what a browser already has. An import adds to, never takes from:
// each fact keeps its more advanced value, so importing the same file twice changes nothing the
// second time, and importing into an empty browser gives exactly the file.

import type { LessonProgress, Progress, QuizRecord, StoredCard } from './schema.ts';

export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const lessons: Record<string, LessonProgress> = { ...current.lessons };
  for (const [slug, b] of Object.entries(incoming.lessons)) lessons[slug] = mergeLesson(lessons[slug], b);
  return {
    version: current.version,
    lessons,
    playgrounds: mergeRecords(current.playgrounds, incoming.playgrounds, Math.min),
    cards: mergeRecords(current.cards, incoming.cards, laterCard),
    // The larger count per day, not the sum: the same history imported twice must not count twice.
    // (Two browsers used on the same day therefore show the busier one's count.)
    reviewsByDay: mergeRecords(current.reviewsByDay, incoming.reviewsByDay, Math.max),
  };
}

function mergeLesson(a: LessonProgress | undefined, b: LessonProgress): LessonProgress {
  if (!a) return b;
  const readAt = a.readAt === undefined ? b.readAt : b.readAt === undefined ? a.readAt : Math.min(a.readAt, b.readAt);
  const quiz = a.quiz && b.quiz ? mergeQuiz(a.quiz, b.quiz) : (a.quiz ?? b.quiz);
  return { ...(readAt === undefined ? {} : { readAt }), ...(quiz ? { quiz } : {}) };
}

/** The latest attempt, with the best over both when they are of the same quiz length. */
function mergeQuiz(a: QuizRecord, b: QuizRecord): QuizRecord {
  const latest = b.at >= a.at ? b : a;
  const other = latest === a ? b : a;
  return { ...latest, best: other.total === latest.total ? Math.max(a.best, b.best) : latest.best };
}

/** The card reviewed last holds the scheduler's newest memory state; never-reviewed loses. */
function laterCard(a: StoredCard, b: StoredCard): StoredCard {
  const at = (c: StoredCard) => c.last_review ?? -1;
  if (at(a) !== at(b)) return at(a) > at(b) ? a : b;
  return b.reps > a.reps ? b : a;
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, pick: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = out[key];
    out[key] = existing === undefined ? value : pick(existing, value);
  }
  return out;
}
