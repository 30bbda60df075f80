// A learner's progress with something in every part, for the codec, merge and store tests.

import type { Progress } from './schema.ts';

export const SAMPLE: Progress = {
  version: 1,
  lessons: {
    grpc: { readAt: 1_741_000_000_000, quiz: { score: 3, total: 5, best: 4, at: 1_741_000_500_000 } },
    gin: { readAt: 1_741_100_000_000 },
    protobuf: { quiz: { score: 5, total: 5, best: 5, at: 1_741_200_000_000 } },
  },
  playgrounds: { protobuf: 1_741_050_000_000 },
  cards: {
    'grpc/interview/0': {
      due: 1_741_345_600_000,
      stability: 3.1262,
      difficulty: 5.3146,
      elapsed_days: 0,
      scheduled_days: 3,
      learning_steps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
      last_review: 1_741_086_400_000,
    },
    'grpc/quiz/2': {
      due: 1_741_000_500_000,
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
      last_review: null,
    },
  },
  reviewsByDay: { '2025-03-04': 2, '2025-03-05': 7 },
};
