import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress, type StoredCard } from '../progress/schema.ts';
import { localDay } from './day.ts';
import { addCards, fromStored, gradeCard, previewIntervals, toStored } from './schedule.ts';

// Expected values are worked out from ts-fsrs 5's documented defaults (FSRS-6 weights `default_w`,
// learning steps 1m/10m, relearning step 10m, request_retention 0.9, no fuzz), not copied from its output:
//   w0..w3 = 0.212, 1.2931, 2.3065, 8.2956 (initial stability per grade), w4 = 6.4133, w5 = 0.8334,
//   w17 = 0.5425, w18 = 0.0912, w19 = 0.0658.
// - Initial difficulty D0(G) = w4 − e^((G−1)·w5) + 1: Again 6.4133, Hard 6.4133 − e^0.8334 + 1 ≈ 5.1122,
//   Good 6.4133 − e^1.6668 + 1 ≈ 2.1181.
// - A new card follows the learning steps: Again → first step (1 min), Hard → the mean of the first two
//   steps (5.5 → 6 min), Good → the next step (10 min); Easy has no step and graduates at once.
// - At 90 % requested retention the interval equals the stability, I = S·(0.9^(1/decay) − 1)/factor with
//   factor = 0.9^(1/decay) − 1, rounded to whole days: Easy's 8.2956 → 8 days.

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
// A local time well away from midnight, in any time zone the tests run in.
const T0 = new Date(2025, 2, 10, 10, 0).getTime();
const ID = 'gin/interview/0';

const card = (p: Progress, id = ID): StoredCard => {
  const c = p.cards[id];
  if (!c) throw new Error(`no card ${id}`);
  return c;
};

describe('gradeCard: a new card through ts-fsrs', () => {
  it('Again: learning, first step (1 minute), difficulty w4, stability w0', () => {
    const c = card(gradeCard(emptyProgress(), ID, 1, T0));
    expect(c.state).toBe(1);
    expect(c.due).toBe(T0 + 1 * MIN);
    expect(c.learning_steps).toBe(0);
    expect(c.stability).toBeCloseTo(0.212, 6);
    expect(c.difficulty).toBeCloseTo(6.4133, 6);
    expect(c.reps).toBe(1);
    expect(c.lapses).toBe(0);
    expect(c.scheduled_days).toBe(0);
    expect(c.last_review).toBe(T0);
  });

  it('Hard: learning, between the two steps (6 minutes)', () => {
    const c = card(gradeCard(emptyProgress(), ID, 2, T0));
    expect(c.state).toBe(1);
    expect(c.due).toBe(T0 + 6 * MIN);
    expect(c.stability).toBeCloseTo(1.2931, 6);
    expect(c.difficulty).toBeCloseTo(5.1122, 3);
  });

  it('Good: learning, second step (10 minutes)', () => {
    const c = card(gradeCard(emptyProgress(), ID, 3, T0));
    expect(c.state).toBe(1);
    expect(c.due).toBe(T0 + 10 * MIN);
    expect(c.learning_steps).toBe(1);
    expect(c.stability).toBeCloseTo(2.3065, 6);
    expect(c.difficulty).toBeCloseTo(2.1181, 3);
  });

  it('Easy: graduates to review at once, due in 8 days', () => {
    const c = card(gradeCard(emptyProgress(), ID, 4, T0));
    expect(c.state).toBe(2);
    expect(c.stability).toBeCloseTo(8.2956, 6);
    expect(c.scheduled_days).toBe(8);
    expect(c.due).toBe(T0 + 8 * DAY);
  });

  it('Good, then Good at the 10-minute step: graduates with an interval of 2 days', () => {
    // Same-day review: short-term stability S·max(1, S^−w19 · e^(w17·w18)) = 2.3065 · max(1, 0.9465 · 1.0507)
    // = 2.3065 · max(1, 0.9945) = 2.3065, so the interval is round(2.3065) = 2 days.
    let p = gradeCard(emptyProgress(), ID, 3, T0);
    p = gradeCard(p, ID, 3, T0 + 10 * MIN);
    const c = card(p);
    expect(c.state).toBe(2);
    expect(c.stability).toBeCloseTo(2.3065, 6);
    expect(c.scheduled_days).toBe(2);
    expect(c.due).toBe(T0 + 10 * MIN + 2 * DAY);
    expect(c.reps).toBe(2);
  });

  it('a review card graded Again lapses into relearning (10-minute relearning step)', () => {
    let p = gradeCard(emptyProgress(), ID, 4, T0);
    const reviewAt = T0 + 8 * DAY;
    p = gradeCard(p, ID, 1, reviewAt);
    const c = card(p);
    expect(c.state).toBe(3);
    expect(c.lapses).toBe(1);
    expect(c.due).toBe(reviewAt + 10 * MIN);
  });

  it('counts each review on the local day it happened', () => {
    let p = gradeCard(emptyProgress(), ID, 3, T0);
    p = gradeCard(p, 'gin/interview/1', 1, T0 + MIN);
    p = gradeCard(p, ID, 3, T0 + 10 * MIN);
    const nextDay = T0 + DAY;
    p = gradeCard(p, ID, 3, nextDay);
    expect(p.reviewsByDay).toEqual({ [localDay(T0)]: 3, [localDay(nextDay)]: 1 });
    expect(localDay(T0)).toBe('2025-03-10');
  });

  it('leaves the rest of the progress alone and does not mutate its input', () => {
    const before: Progress = { ...emptyProgress(), lessons: { gin: { readAt: 5 } }, playgrounds: { protobuf: 7 } };
    const frozen = JSON.stringify(before);
    const after = gradeCard(before, ID, 3, T0);
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after.lessons).toEqual({ gin: { readAt: 5 } });
    expect(after.playgrounds).toEqual({ protobuf: 7 });
  });

  it('ignores a malformed id or rating', () => {
    const p = emptyProgress();
    expect(gradeCard(p, 'gin/interview', 3, T0)).toBe(p);
    expect(gradeCard(p, '../x/interview/0', 3, T0)).toBe(p);
    expect(gradeCard(p, ID, 5 as never, T0)).toBe(p);
    expect(gradeCard(p, ID, 3, Number.NaN)).toBe(p);
  });

  it('a clock set back before the last review grades at the last review time instead of failing', () => {
    let p = gradeCard(emptyProgress(), ID, 4, T0);
    p = gradeCard(p, ID, 3, T0 - DAY);
    const c = card(p);
    expect(c.last_review).toBe(T0);
    expect(c.reps).toBe(2);
  });

  it('a stored state ts-fsrs refuses starts the card over rather than throwing', () => {
    const broken: StoredCard = { ...card(gradeCard(emptyProgress(), ID, 4, T0)), difficulty: 0.2 };
    const p: Progress = { ...emptyProgress(), cards: { [ID]: broken } };
    const c = card(gradeCard(p, ID, 3, T0 + 8 * DAY));
    expect(c.state).toBe(1);
    expect(c.due).toBe(T0 + 8 * DAY + 10 * MIN);
    expect(c.reps).toBe(1);
  });
});

describe('addCards', () => {
  it('adds absent cards as New, due now, and keeps existing cards as they are', () => {
    const graded = gradeCard(emptyProgress(), 'gin/quiz/0', 3, T0);
    const kept = card(graded, 'gin/quiz/0');
    const p = addCards(graded, ['gin/quiz/0', 'gin/quiz/2', 'bad id'], T0 + DAY);
    expect(card(p, 'gin/quiz/0')).toBe(kept);
    expect(card(p, 'gin/quiz/2')).toEqual({
      due: T0 + DAY,
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
      last_review: null,
    });
    expect(Object.keys(p.cards).sort()).toEqual(['gin/quiz/0', 'gin/quiz/2']);
    expect(p.reviewsByDay).toBe(graded.reviewsByDay);
  });

  it('returns the same progress when there is nothing to add', () => {
    const p = gradeCard(emptyProgress(), 'gin/quiz/0', 3, T0);
    expect(addCards(p, ['gin/quiz/0'], T0)).toBe(p);
    expect(addCards(p, [], T0)).toBe(p);
  });
});

describe('previewIntervals', () => {
  it('gives each grade’s time until due for a new card', () => {
    expect(previewIntervals(emptyProgress(), ID, T0)).toEqual({ 1: MIN, 2: 6 * MIN, 3: 10 * MIN, 4: 8 * DAY });
  });

  it('matches what grading then stores', () => {
    const p = gradeCard(emptyProgress(), ID, 3, T0);
    const at = T0 + 10 * MIN;
    const preview = previewIntervals(p, ID, at);
    for (const r of [1, 2, 3, 4] as const) expect(card(gradeCard(p, ID, r, at)).due - at).toBe(preview[r]);
    expect(preview[3]).toBe(2 * DAY);
  });
});

describe('toStored / fromStored', () => {
  it('round-trip a card, dates as epoch milliseconds', () => {
    const stored = card(gradeCard(emptyProgress(), ID, 3, T0));
    const back = fromStored(stored);
    expect(back.due).toEqual(new Date(T0 + 10 * MIN));
    expect(back.last_review).toEqual(new Date(T0));
    expect(toStored(back)).toEqual(stored);
  });

  it('a never-reviewed card has no last_review', () => {
    const stored = card(addCards(emptyProgress(), [ID], T0));
    expect(fromStored(stored).last_review).toBeUndefined();
    expect(toStored(fromStored(stored)).last_review).toBeNull();
  });
});
