import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '../progress/schema.ts';
import {
  deckIds,
  deckStats,
  dueByLesson,
  dueIds,
  firstGradedToday,
  isGradedDue,
  NEW_CARDS_PER_DAY,
  nextDueAt,
  type StudyCounts,
} from './deck-rules.ts';
import { startOfNextDay } from './day.ts';
import { addCards, gradeCard, type Rating } from './schedule.ts';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = new Date(2025, 2, 10, 10, 0).getTime();

// Two small lessons and one big one, in course order.
const COUNTS: StudyCounts = {
  a: { interview: 3, quiz: 2 },
  b: { interview: 25, quiz: 0 },
  c: { interview: 1, quiz: 1 },
};
const range = (slug: string, from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `${slug}/interview/${from + i}`);

function gradeAll(p: Progress, ids: string[], rating: Rating, at: number): Progress {
  return ids.reduce((acc, id) => gradeCard(acc, id, rating, at), p);
}

describe('deckIds', () => {
  it('is every interview question, in course order; quiz questions only once added', () => {
    expect(deckIds(COUNTS, emptyProgress())).toEqual([...range('a', 0, 3), ...range('b', 0, 25), 'c/interview/0']);
    const p = addCards(emptyProgress(), ['c/quiz/0', 'a/quiz/1'], T0);
    expect(deckIds(COUNTS, p).filter((id) => id.includes('/quiz/'))).toEqual(['a/quiz/1', 'c/quiz/0']);
    expect(deckIds(COUNTS, p).indexOf('a/quiz/1')).toBe(3); // after a's interview questions, before b
  });

  it('leaves out stored cards the lessons no longer have', () => {
    const p = addCards(emptyProgress(), ['a/interview/9', 'a/quiz/5', 'gone/interview/0'], T0);
    expect(deckIds(COUNTS, p)).toHaveLength(29);
    expect(deckIds(COUNTS, p)).not.toContain('a/interview/9');
  });

  it('filters by lesson', () => {
    expect(deckIds(COUNTS, emptyProgress(), { slugs: ['a', 'c'] })).toEqual([...range('a', 0, 3), 'c/interview/0']);
    expect(deckIds(COUNTS, emptyProgress(), { slugs: [] })).toHaveLength(29);
  });
});

describe('dueIds and the daily new-card allowance', () => {
  it('offers the first 20 new cards of the course on a fresh start', () => {
    expect(NEW_CARDS_PER_DAY).toBe(20);
    expect(dueIds(COUNTS, emptyProgress(), T0)).toEqual([...range('a', 0, 3), ...range('b', 0, 17)]);
  });

  it('grading a new card lowers the count by one; it comes back first when its step is due', () => {
    const p = gradeCard(emptyProgress(), 'a/interview/0', 3, T0); // Good: learning, due in 10 minutes
    const soon = dueIds(COUNTS, p, T0 + MIN);
    expect(soon).toHaveLength(19);
    expect(soon[0]).toBe('a/interview/1');
    const later = dueIds(COUNTS, p, T0 + 10 * MIN);
    expect(later).toHaveLength(20);
    expect(later[0]).toBe('a/interview/0');
  });

  it('stops offering new cards once 20 were graded today, however they were graded', () => {
    const first20 = dueIds(COUNTS, emptyProgress(), T0);
    // Mixed grades, and the Good ones graded again at their 10-minute step so they graduate.
    let p = gradeAll(emptyProgress(), first20.slice(0, 10), 3, T0);
    p = gradeAll(p, first20.slice(10, 15), 4, T0);
    p = gradeAll(p, first20.slice(15), 1, T0);
    p = gradeAll(p, first20.slice(0, 10), 3, T0 + 10 * MIN);
    expect(firstGradedToday(p, T0 + 20 * MIN)).toBe(20);
    const queue = dueIds(COUNTS, p, T0 + 20 * MIN);
    // Only the five "Again" cards (learning, 1-minute step passed) are due; no new card.
    expect(queue).toEqual(first20.slice(15));
    expect(deckStats(COUNTS, p, T0 + 20 * MIN).newToday).toBe(0);
  });

  it('gives a fresh allowance the next day; cards from earlier days reviewed today do not use it', () => {
    let p = gradeAll(emptyProgress(), range('a', 0, 3), 4, T0); // Easy: due in 8 days
    p = gradeAll(p, range('b', 0, 17), 3, T0);
    const day8 = T0 + 8 * DAY;
    p = gradeAll(p, range('a', 0, 3), 3, day8); // the three review cards, reviewed on their due day
    expect(firstGradedToday(p, day8)).toBe(0);
    const queue = dueIds(COUNTS, p, day8);
    // b's 17 learning cards (due since day 0), then 20 new: b/17..24 and c/interview/0 (9 exist).
    expect(queue).toEqual([...range('b', 0, 17), ...range('b', 17, 25), 'c/interview/0']);
  });

  it('a review card is due for the whole of its due day, a learning card only from its due minute', () => {
    const review = gradeCard(emptyProgress(), 'a/interview/0', 4, T0).cards['a/interview/0']!; // due T0 + 8 days, 10:00
    expect(isGradedDue(review, T0 + 8 * DAY - 11 * 60 * MIN)).toBe(false); // 23:00 the day before
    expect(isGradedDue(review, startOfNextDay(T0 + 7 * DAY) + MIN)).toBe(true); // 00:01 on the due day
    const learning = gradeCard(emptyProgress(), 'a/interview/0', 3, T0).cards['a/interview/0']!;
    expect(isGradedDue(learning, T0 + 9 * MIN)).toBe(false);
    expect(isGradedDue(learning, T0 + 10 * MIN)).toBe(true);
  });

  it('orders due graded cards soonest first, before new ones', () => {
    let p = gradeCard(emptyProgress(), 'b/interview/3', 3, T0); // due +10 min
    p = gradeCard(p, 'b/interview/4', 1, T0 + 2 * MIN); // due +3 min
    const queue = dueIds(COUNTS, p, T0 + 30 * MIN);
    expect(queue.slice(0, 3)).toEqual(['b/interview/4', 'b/interview/3', 'a/interview/0']);
    expect(queue).toHaveLength(20);
  });

  it('counts missed quiz questions as new cards, and filters by lesson', () => {
    const p = addCards(emptyProgress(), ['c/quiz/0'], T0);
    expect(dueIds(COUNTS, p, T0, { slugs: ['c'] })).toEqual(['c/interview/0', 'c/quiz/0']);
    expect(dueByLesson(COUNTS, p, T0)).toEqual({ a: 3, b: 20, c: 2 });
  });
});

describe('deckStats and nextDueAt', () => {
  it('counts the deck', () => {
    let p = gradeCard(emptyProgress(), 'a/interview/0', 4, T0);
    p = gradeCard(p, 'a/interview/1', 3, T0);
    expect(deckStats(COUNTS, p, T0 + MIN)).toEqual({
      total: 29,
      due: 0,
      newToday: 18,
      unseen: 27,
      learned: 2,
      learning: 1,
    });
  });

  it('says when the next card is due once the queue is empty', () => {
    const only: StudyCounts = { a: { interview: 2, quiz: 0 } };
    let p = gradeCard(emptyProgress(), 'a/interview/0', 4, T0); // due in 8 days (counted from that day's start)
    p = gradeCard(p, 'a/interview/1', 3, T0); // due in 10 minutes
    expect(dueIds(only, p, T0 + MIN)).toEqual([]);
    expect(nextDueAt(only, p, T0 + MIN)).toBe(T0 + 10 * MIN);
    p = gradeCard(p, 'a/interview/1', 4, T0 + 10 * MIN);
    const next = nextDueAt(only, p, T0 + 11 * MIN)!;
    expect(new Date(next).getHours()).toBe(0); // a review card: from the start of its due day
    expect(next).toBeLessThanOrEqual(T0 + 10 * MIN + 8 * DAY);
  });

  it('points to tomorrow when only new cards wait for the next allowance', () => {
    const counts: StudyCounts = { a: { interview: 25, quiz: 0 } };
    const p = gradeAll(emptyProgress(), range('a', 0, 20), 4, T0); // all graduate: due in 8 days
    expect(dueIds(counts, p, T0)).toEqual([]);
    expect(nextDueAt(counts, p, T0)).toBe(startOfNextDay(T0));
  });

  it('has nothing to say for an empty selection', () => {
    expect(nextDueAt({}, emptyProgress(), T0)).toBeUndefined();
  });
});
