// The learner's progress as stored in localStorage: one key, one versioned JSON document. Dates are epoch
// milliseconds (JSON has no Date). Bump PROGRESS_VERSION only with a migration in migrations.ts.

export { PROGRESS_KEY } from './key.ts';
export const PROGRESS_VERSION = 1;

/** ts-fsrs's Card, serialised: the scheduler's memory state for one flashcard. */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: 0 | 1 | 2 | 3;
  last_review: number | null;
}

export interface QuizRecord {
  /** Correct answers in the latest attempt, out of `total`. */
  score: number;
  total: number;
  /** Best score over all attempts. */
  best: number;
  /** When the latest attempt was graded. */
  at: number;
}

export interface LessonProgress {
  /** When the reader first scrolled to the lesson's end. */
  readAt?: number;
  quiz?: QuizRecord;
}

export interface ProgressV1 {
  version: 1;
  lessons: Record<string, LessonProgress>;
  /** Playground id → when it was first used. */
  playgrounds: Record<string, number>;
  /**
   * Card id → scheduling state, for cards that are in the deck beyond the default: every interview
   * question is a card from the start (state New, not stored until first graded); a quiz question joins
   * the deck when answered wrong. Ids: `<slug>/interview/<index>` and `<slug>/quiz/<index>`.
   */
  cards: Record<string, StoredCard>;
  /** Reviews per local day ('YYYY-MM-DD' → count), for the dashboard. */
  reviewsByDay: Record<string, number>;
}

export type Progress = ProgressV1;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, playgrounds: {}, cards: {}, reviewsByDay: {} };
}

export type CardKind = 'interview' | 'quiz';

export function cardId(slug: string, kind: CardKind, index: number): string {
  return `${slug}/${kind}/${index}`;
}

export function parseCardId(id: string): { slug: string; kind: CardKind; index: number } | undefined {
  const m = /^([a-z0-9-]+)\/(interview|quiz)\/(\d+)$/.exec(id);
  return m ? { slug: m[1]!, kind: m[2] as CardKind, index: Number(m[3]) } : undefined;
}
