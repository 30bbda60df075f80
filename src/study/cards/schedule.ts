// Flashcard scheduling with FSRS, through ts-fsrs. Pure: progress in, new progress out, time passed in
// as epoch milliseconds. Nothing here throws on a stored card it cannot use; such a card starts over.

import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import { parseCardId, type Progress, type StoredCard } from '../progress/schema.ts';
import { localDay } from './day.ts';

export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/**
 * ts-fsrs's documented defaults, spelled out so a library upgrade cannot silently change the schedule:
 * 90 % target recall, learning steps of 1 and 10 minutes, one 10-minute relearning step. Fuzz is off
 * so the same grades at the same times always give the same due dates (tests, and two tabs agree).
 */
export const scheduler = fsrs({
  request_retention: 0.9,
  maximum_interval: 36500,
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: ['1m', '10m'],
  relearning_steps: ['10m'],
});

/** ts-fsrs's Card → the JSON-safe shape progress stores (dates as epoch ms). */
export function toStored(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredCard['state'],
    last_review: card.last_review ? card.last_review.getTime() : null,
  };
}

/** The stored shape → ts-fsrs's Card. */
export function fromStored(stored: StoredCard): Card {
  const card: Card = {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsed_days,
    scheduled_days: stored.scheduled_days,
    learning_steps: stored.learning_steps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
  };
  if (stored.last_review !== null) card.last_review = new Date(stored.last_review);
  return card;
}

const isRating = (r: unknown): r is Rating => r === 1 || r === 2 || r === 3 || r === 4;

/** The card as ts-fsrs should see it at `now`: a fresh New card when there is none yet. */
function cardAt(progress: Progress, id: string, now: number): Card {
  const stored = progress.cards[id];
  return stored ? fromStored(stored) : createEmptyCard(new Date(now));
}

/**
 * Grading time, never before the card's last review: a clock set back (or a progress file from a
 * machine whose clock ran ahead) would give ts-fsrs a negative elapsed time, which it rejects.
 */
function reviewTime(card: Card, now: number): Date {
  const last = card.last_review?.getTime() ?? -Infinity;
  return new Date(Math.max(now, last));
}

function schedule(card: Card, now: number, rating: Rating): Card {
  try {
    return scheduler.next(card, reviewTime(card, now), rating as Grade).card;
  } catch {
    // A stored state ts-fsrs refuses (e.g. a hand-edited import): start the card over, don't fail the grade.
    return scheduler.next(createEmptyCard(new Date(now)), new Date(now), rating as Grade).card;
  }
}

/**
 * Records one review of card `id` graded `rating` (1 Again, 2 Hard, 3 Good, 4 Easy) at `now`: the card's
 * new FSRS state, and one more review on the local day of `now`. An unknown id or rating changes nothing.
 */
export function gradeCard(progress: Progress, id: string, rating: Rating, now: number): Progress {
  if (!parseCardId(id) || !isRating(rating) || !Number.isFinite(now)) return progress;
  const next = schedule(cardAt(progress, id, now), now, rating);
  const day = localDay(now);
  return {
    ...progress,
    cards: { ...progress.cards, [id]: toStored(next) },
    reviewsByDay: { ...progress.reviewsByDay, [day]: (progress.reviewsByDay[day] ?? 0) + 1 },
  };
}

/**
 * Puts cards in the deck as New (e.g. quiz questions answered wrong). Cards already there keep their
 * state, so a question missed twice is not reset. Returns `progress` itself when nothing was added.
 */
export function addCards(progress: Progress, ids: string[], now: number): Progress {
  const fresh = ids.filter((id) => parseCardId(id) && !Object.hasOwn(progress.cards, id));
  if (fresh.length === 0) return progress;
  const cards = { ...progress.cards };
  for (const id of fresh) cards[id] = toStored(createEmptyCard(new Date(now)));
  return { ...progress, cards };
}

/** For the grade buttons: how long (ms) until card `id` would be due again after each grade at `now`. */
export function previewIntervals(progress: Progress, id: string, now: number): Record<Rating, number> {
  const card = cardAt(progress, id, now);
  const out = {} as Record<Rating, number>;
  for (const r of RATINGS)
    out[r] = schedule(card, now, r).due.getTime() - Math.max(now, card.last_review?.getTime() ?? now);
  return out;
}
