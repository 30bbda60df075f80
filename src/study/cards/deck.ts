// The flashcard deck of this site: deck-rules.ts applied to the lessons as built (their interview and
// quiz counts, from build/lessons-plugin.ts). Pure functions of progress and time; see deck-rules.ts
// for what counts as due and the daily new-card allowance.

import studyCounts from 'virtual:lesson-study-counts';
import type { Progress } from '../progress/schema.ts';
import { deckIds, deckStats, dueByLesson, dueIds, nextDueAt, type DeckFilter, type DeckStats } from './deck-rules.ts';

export { NEW_CARDS_PER_DAY, type DeckFilter, type DeckStats } from './deck-rules.ts';

/** Interview and quiz questions per lesson slug, in course order. */
export const STUDY_COUNTS = studyCounts;

/** Every card of the deck in course order: all interview questions, and quiz questions answered wrong. */
export const deckCardIds = (progress: Progress, filter?: DeckFilter): string[] =>
  deckIds(studyCounts, progress, filter);

/** The review queue at `now`: due graded cards (soonest first), then today's new cards. */
export const dueCardIds = (progress: Progress, now: number, filter?: DeckFilter): string[] =>
  dueIds(studyCounts, progress, now, filter);

/** The length of the review queue at `now`: the header's "due" number. */
export const countDue = (progress: Progress, now: number, filter?: DeckFilter): number =>
  dueIds(studyCounts, progress, now, filter).length;

/** Each lesson's own queue length (its new cards limited by the same daily allowance). */
export const countDueByLesson = (progress: Progress, now: number): Record<string, number> =>
  dueByLesson(studyCounts, progress, now);

export const statsOf = (progress: Progress, now: number, filter?: DeckFilter): DeckStats =>
  deckStats(studyCounts, progress, now, filter);

/** When the next card becomes due, for an empty queue. */
export const nextDue = (progress: Progress, now: number, filter?: DeckFilter): number | undefined =>
  nextDueAt(studyCounts, progress, now, filter);
