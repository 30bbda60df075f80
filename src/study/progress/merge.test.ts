import { describe, expect, it } from 'vitest';
import { SAMPLE } from './test-fixtures.ts';
import { mergeProgress } from './merge.ts';
import { emptyProgress, type Progress, type StoredCard } from './schema.ts';

const card = (last_review: number | null, reps: number, due: number): StoredCard => ({
  due,
  stability: 1,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 1,
  learning_steps: 0,
  reps,
  lapses: 0,
  state: last_review === null ? 0 : 2,
  last_review,
});

describe('mergeProgress', () => {
  it('into empty progress gives the imported progress', () => {
    expect(mergeProgress(emptyProgress(), SAMPLE)).toEqual(SAMPLE);
  });

  it('with itself changes nothing (importing the same file twice)', () => {
    expect(mergeProgress(SAMPLE, SAMPLE)).toEqual(SAMPLE);
  });

  it('keeps the more advanced value of each fact', () => {
    const here: Progress = {
      version: 1,
      lessons: {
        grpc: { readAt: 200, quiz: { score: 2, total: 5, best: 5, at: 300 } },
        gin: { quiz: { score: 1, total: 4, best: 1, at: 900 } },
        docker: { readAt: 50 },
      },
      playgrounds: { protobuf: 100, 'pod-lifecycle': 70 },
      cards: { 'grpc/interview/0': card(1000, 3, 5000), 'gin/interview/1': card(null, 0, 10) },
      reviewsByDay: { '2025-03-01': 4, '2025-03-02': 1 },
    };
    const there: Progress = {
      version: 1,
      lessons: {
        grpc: { readAt: 100, quiz: { score: 4, total: 5, best: 4, at: 400 } },
        // The quiz has six questions now: the four-question best no longer compares.
        gin: { readAt: 80, quiz: { score: 3, total: 6, best: 3, at: 500 } },
      },
      playgrounds: { protobuf: 300, 'docker-layers': 20 },
      cards: {
        'grpc/interview/0': card(800, 9, 9000),
        'gin/interview/1': card(600, 1, 700),
        'grpc/quiz/1': card(null, 0, 30),
      },
      reviewsByDay: { '2025-03-02': 3, '2025-03-03': 2 },
    };
    expect(mergeProgress(here, there)).toEqual({
      version: 1,
      lessons: {
        // read first at 100; latest attempt (at 400) with the best of both (5)
        grpc: { readAt: 100, quiz: { score: 4, total: 5, best: 5, at: 400 } },
        // latest attempt is here's (at 900, of 4), so its own best stands
        gin: { readAt: 80, quiz: { score: 1, total: 4, best: 1, at: 900 } },
        docker: { readAt: 50 },
      },
      playgrounds: { protobuf: 100, 'pod-lifecycle': 70, 'docker-layers': 20 },
      // the card reviewed last wins even with fewer reps; a reviewed card beats a new one
      cards: {
        'grpc/interview/0': card(1000, 3, 5000),
        'gin/interview/1': card(600, 1, 700),
        'grpc/quiz/1': card(null, 0, 30),
      },
      reviewsByDay: { '2025-03-01': 4, '2025-03-02': 3, '2025-03-03': 2 },
    });
  });

  it('breaks a tie between cards reviewed at the same time by their reps', () => {
    const a = { ...emptyProgress(), cards: { 'grpc/interview/0': card(500, 4, 1) } };
    const b = { ...emptyProgress(), cards: { 'grpc/interview/0': card(500, 2, 2) } };
    expect(mergeProgress(a, b).cards['grpc/interview/0']!.reps).toBe(4);
    expect(mergeProgress(b, a).cards['grpc/interview/0']!.reps).toBe(4);
  });
});
