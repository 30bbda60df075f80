// Which cards make up the deck and which are due: pure functions of the deck's shape (cards per lesson),
// the stored progress and the time. deck.ts binds them to the built lessons. No ts-fsrs here, so the
// header's due count can load this without the scheduler.
//
// What "due" means (the review page's help text says the same):
// - A card that has been graded is due once its due time has come; one in the review phase (FSRS state
//   Review, intervals of whole days) is due for the whole of its due day, as in Anki, so the morning's
//   count already includes the evening's cards.
// - A New card (every interview question until first graded, and quiz questions answered wrong) is
//   offered up to NEW_CARDS_PER_DAY a day (Anki's default of 20). Cards first graded today count
//   against that allowance, so grading a new card lowers the count and the count never grows without end.

import { cardId, type Progress, type StoredCard } from '../progress/schema.ts';
import { localDay, startOfDay, startOfNextDay } from './day.ts';

/** Interview and quiz questions per lesson slug, in course order. */
export type StudyCounts = Record<string, { interview: number; quiz: number }>;

export interface DeckFilter {
  /** Only these lessons; all when absent or empty. */
  slugs?: string[];
}

export const NEW_CARDS_PER_DAY = 20;

// ts-fsrs's State values, as progress stores them.
const NEW = 0;
const REVIEW = 2;

const isNew = (card: StoredCard | undefined) => !card || card.state === NEW;

/**
 * Every card in the deck, in course order (lesson by lesson; a lesson's interview questions, then its
 * quiz questions that were answered wrong). Stored cards the lessons no longer have are left out.
 */
export function deckIds(counts: StudyCounts, progress: Progress, filter?: DeckFilter): string[] {
  const only = filter?.slugs?.length ? new Set(filter.slugs) : undefined;
  const ids: string[] = [];
  for (const [slug, n] of Object.entries(counts)) {
    if (only && !only.has(slug)) continue;
    for (let i = 0; i < n.interview; i++) ids.push(cardId(slug, 'interview', i));
    for (let i = 0; i < n.quiz; i++) {
      const id = cardId(slug, 'quiz', i);
      if (Object.hasOwn(progress.cards, id)) ids.push(id);
    }
  }
  return ids;
}

/** Whether a graded card is due at `now` (see the rules at the top of this file). */
export function isGradedDue(card: StoredCard, now: number): boolean {
  if (card.state === NEW) return false;
  return card.due <= now || (card.state === REVIEW && card.due < startOfNextDay(now));
}

/**
 * How many cards were graded for the first time on the local day of `now`. The stored FSRS state keeps
 * no history, so this reads it from what ts-fsrs records: the last review was today, the card has never
 * lapsed, and no whole day passed before that review (`elapsed_days` 0: every review of a card learnt
 * today is the same day as the one before). A card from an earlier day reviewed today has elapsed_days
 * ≥ 1 (review cards are offered on their due day or later), so it doesn't count. ts-fsrs counts days in
 * UTC, so a card learnt across UTC midnight may count as an older one; the allowance then errs by one.
 */
export function firstGradedToday(progress: Progress, now: number): number {
  const today = localDay(now);
  let n = 0;
  for (const card of Object.values(progress.cards)) {
    if (card.state === NEW || card.last_review === null || card.lapses > 0 || card.elapsed_days !== 0) continue;
    if (localDay(card.last_review) === today) n++;
  }
  return n;
}

/** New cards still on offer today. */
export function newAllowance(progress: Progress, now: number): number {
  return Math.max(0, NEW_CARDS_PER_DAY - firstGradedToday(progress, now));
}

/**
 * The review queue at `now`: graded cards that are due, soonest first (so a card that came back after
 * "Again" comes before the next new one), then New cards in course order up to today's allowance.
 */
export function dueIds(counts: StudyCounts, progress: Progress, now: number, filter?: DeckFilter): string[] {
  const graded: { id: string; due: number }[] = [];
  const fresh: string[] = [];
  for (const id of deckIds(counts, progress, filter)) {
    const card = progress.cards[id];
    if (isNew(card)) fresh.push(id);
    else if (isGradedDue(card!, now)) graded.push({ id, due: card!.due });
  }
  graded.sort((a, b) => a.due - b.due);
  return [...graded.map((g) => g.id), ...fresh.slice(0, newAllowance(progress, now))];
}

export interface DeckStats {
  /** Cards in the deck (for the filter). */
  total: number;
  /** Graded cards due now. */
  due: number;
  /** New cards offered today. */
  newToday: number;
  /** New cards not yet graded, offered or not. */
  unseen: number;
  /** Cards graded at least once. */
  learned: number;
  /** Cards in their first learning steps or relearning (due again within minutes). */
  learning: number;
}

export function deckStats(counts: StudyCounts, progress: Progress, now: number, filter?: DeckFilter): DeckStats {
  const stats: DeckStats = { total: 0, due: 0, newToday: 0, unseen: 0, learned: 0, learning: 0 };
  for (const id of deckIds(counts, progress, filter)) {
    const card = progress.cards[id];
    stats.total++;
    if (isNew(card)) {
      stats.unseen++;
      continue;
    }
    stats.learned++;
    if (card!.state !== REVIEW) stats.learning++;
    if (isGradedDue(card!, now)) stats.due++;
  }
  stats.newToday = Math.min(stats.unseen, newAllowance(progress, now));
  return stats;
}

/**
 * When the next card becomes due after `now`, for an empty queue: the soonest graded card, or the next
 * local midnight when only new cards wait for tomorrow's allowance. Undefined when nothing will.
 */
export function nextDueAt(
  counts: StudyCounts,
  progress: Progress,
  now: number,
  filter?: DeckFilter,
): number | undefined {
  let next: number | undefined;
  let newWaiting = false;
  for (const id of deckIds(counts, progress, filter)) {
    const card = progress.cards[id];
    if (isNew(card)) {
      newWaiting = true;
      continue;
    }
    if (isGradedDue(card!, now)) continue;
    // A review card becomes due at the start of its due day, a learning card at its due minute.
    const at = card!.state === REVIEW ? startOfDay(card!.due) : card!.due;
    if (next === undefined || at < next) next = at;
  }
  if (newWaiting && newAllowance(progress, now) === 0) {
    const tomorrow = startOfNextDay(now);
    if (next === undefined || tomorrow < next) next = tomorrow;
  }
  return next;
}

/** Due cards per lesson: each lesson's own queue, with the new-card allowance applied within it. */
export function dueByLesson(counts: StudyCounts, progress: Progress, now: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const slug of Object.keys(counts)) out[slug] = dueIds(counts, progress, now, { slugs: [slug] }).length;
  return out;
}
