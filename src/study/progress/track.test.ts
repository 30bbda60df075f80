import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY } from './schema.ts';
import { MemoryStorage } from './test-storage.ts';

const NOW = Date.UTC(2025, 2, 14, 9, 30);
let storage: MemoryStorage;

beforeEach(() => {
  vi.resetModules();
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('recording as the learner goes', () => {
  it('a graded quiz stores the score and puts each wrong answer in the deck as a new card', async () => {
    const track = await import('./track.ts');
    await track.recordQuiz('grpc', [true, false, true, false]);
    const stored = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(stored.lessons.grpc).toEqual({ quiz: { score: 2, total: 4, best: 2, at: NOW } });
    expect(Object.keys(stored.cards)).toEqual(['grpc/quiz/1', 'grpc/quiz/3']);
    expect(stored.cards['grpc/quiz/1']).toMatchObject({ state: 0, reps: 0, due: NOW, last_review: null });
  });

  it('a perfect quiz adds no card, and a later worse attempt keeps the best', async () => {
    const track = await import('./track.ts');
    await track.recordQuiz('gin', [true, true, true]);
    await track.recordQuiz('gin', [true, false, false]);
    const stored = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(stored.lessons.gin.quiz).toEqual({ score: 1, total: 3, best: 3, at: NOW });
    expect(Object.keys(stored.cards)).toEqual(['gin/quiz/1', 'gin/quiz/2']);
  });

  it('shows "Your best" in the reader’s language, and follows changes', async () => {
    const track = await import('./track.ts');
    const shown: string[] = [];
    const stop = track.watchQuizBest('grpc', 'en', (label) => shown.push(label));
    await track.recordQuiz('grpc', [true, true, false, true, true]);
    stop();
    expect(shown).toEqual(['', 'Your best: 4/5']);
    track.watchQuizBest('grpc', 'zh', (label) => shown.push(label))();
    expect(shown.at(-1)).toBe('最好成绩：4/5');
  });

  it('marks a lesson read and a playground tried, the first time only', async () => {
    const track = await import('./track.ts');
    track.markRead('grpc');
    track.markPlaygroundUsed('protobuf');
    vi.setSystemTime(NOW + 1000);
    track.markRead('grpc');
    track.markPlaygroundUsed('protobuf');
    const stored = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(stored.lessons.grpc).toEqual({ readAt: NOW });
    expect(stored.playgrounds).toEqual({ protobuf: NOW });
  });
});
