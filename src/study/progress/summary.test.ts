import { describe, expect, it } from 'vitest';
import { SAMPLE } from './test-fixtures.ts';
import { emptyProgress } from './schema.ts';
import { contentCounts, lastDays, lessonRows, overview } from './summary.ts';

const LESSONS = [
  { slug: 'gin', playgrounds: [] },
  { slug: 'grpc', playgrounds: ['grpc-streams', 'protobuf'] },
  { slug: 'protobuf', playgrounds: ['protobuf'] },
  { slug: 'docker', playgrounds: ['docker-layers'] },
];

describe('dashboard figures', () => {
  it('one row per lesson of the course, in its order', () => {
    expect(lessonRows(SAMPLE, LESSONS, { grpc: 3, docker: 1 })).toEqual([
      { slug: 'gin', read: true, tried: 0, playgrounds: 0, due: 0 },
      { slug: 'grpc', read: true, quiz: { best: 4, total: 5, score: 3 }, tried: 1, playgrounds: 2, due: 3 },
      { slug: 'protobuf', read: false, quiz: { best: 5, total: 5, score: 5 }, tried: 1, playgrounds: 1, due: 0 },
      { slug: 'docker', read: false, tried: 0, playgrounds: 1, due: 1 },
    ]);
  });

  it('the overview: read n/total, quizzes, mean best, due, reviews of the last 7 local days', () => {
    const rows = lessonRows(SAMPLE, LESSONS, {});
    // Reviews on 03-04 (2) and 03-05 (7); "now" is the 10th, so the window is 03-04 … 03-10.
    const now = new Date(2025, 2, 10, 12).getTime();
    expect(overview(rows, SAMPLE, 12, now)).toEqual({
      read: 2,
      lessons: 4,
      quizzesTaken: 2,
      averageBest: (4 / 5 + 5 / 5) / 2,
      due: 12,
      reviewsLast7Days: 9,
    });
    // A day later 03-04 has left the window.
    expect(overview(rows, SAMPLE, 0, new Date(2025, 2, 11, 0, 5).getTime()).reviewsLast7Days).toBe(7);
  });

  it('no quiz taken: no average', () => {
    expect(overview(lessonRows(emptyProgress(), LESSONS, {}), emptyProgress(), 0, 0).averageBest).toBeUndefined();
  });

  it('the last days are calendar days, across a month end', () => {
    expect(lastDays(new Date(2025, 2, 2, 23, 59).getTime(), 4)).toEqual([
      '2025-03-02',
      '2025-03-01',
      '2025-02-28',
      '2025-02-27',
    ]);
  });

  it('counts what a file holds, known lessons or not', () => {
    expect(contentCounts(SAMPLE)).toEqual({ read: 2, quizzes: 2, playgrounds: 1, cards: 2, reviews: 9 });
  });
});
