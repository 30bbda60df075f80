import { describe, expect, it } from 'vitest';
import { emptyProgress } from './schema.ts';
import { markLessonRead, markPlaygroundTried, recordQuizAttempt } from './updates.ts';

describe('progress updates', () => {
  it('marks a lesson read once, keeping its quiz', () => {
    const withQuiz = recordQuizAttempt(emptyProgress(), 'grpc', 3, 5, 10);
    const read = markLessonRead(withQuiz, 'grpc', 20);
    expect(read.lessons.grpc).toEqual({ readAt: 20, quiz: { score: 3, total: 5, best: 3, at: 10 } });
    expect(markLessonRead(read, 'grpc', 30)).toBe(read);
  });

  it('marks a playground tried once', () => {
    const tried = markPlaygroundTried(emptyProgress(), 'protobuf', 7);
    expect(tried.playgrounds).toEqual({ protobuf: 7 });
    expect(markPlaygroundTried(tried, 'protobuf', 8)).toBe(tried);
  });

  it('records each attempt and keeps the best of a quiz of the same length', () => {
    let p = recordQuizAttempt(emptyProgress(), 'gin', 4, 5, 1);
    p = recordQuizAttempt(p, 'gin', 2, 5, 2);
    expect(p.lessons.gin!.quiz).toEqual({ score: 2, total: 5, best: 4, at: 2 });
    p = recordQuizAttempt(p, 'gin', 5, 5, 3);
    expect(p.lessons.gin!.quiz).toEqual({ score: 5, total: 5, best: 5, at: 3 });
  });

  it('starts the best over when the quiz changed length', () => {
    let p = recordQuizAttempt(emptyProgress(), 'gin', 4, 4, 1);
    p = recordQuizAttempt(p, 'gin', 2, 6, 2);
    expect(p.lessons.gin!.quiz).toEqual({ score: 2, total: 6, best: 2, at: 2 });
  });
});
