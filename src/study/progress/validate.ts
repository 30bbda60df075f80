// The current progress document's shape, checked with zod (its small `zod/mini` build: this runs in the
// browser). Validation only says yes or no with the first problem's field path; it never repairs.

import * as z from 'zod/mini';
import { PROGRESS_VERSION, type Progress } from './schema.ts';

const SLUG = /^[a-z0-9-]+$/;
const CARD_ID = /^[a-z0-9-]+\/(?:interview|quiz)\/\d+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Epoch milliseconds. */
const time = z.number().check(z.minimum(0));
const count = z.int().check(z.minimum(0));

const quizRecord = z.object({ score: count, total: z.int().check(z.minimum(1)), best: count, at: time }).check(
  z.refine((q) => q.score <= q.total, { path: ['score'], message: 'expected at most total' }),
  z.refine((q) => q.best <= q.total, { path: ['best'], message: 'expected at most total' }),
);

const storedCard = z.object({
  due: time,
  stability: z.number().check(z.minimum(0)),
  difficulty: z.number().check(z.minimum(0)),
  elapsed_days: z.number().check(z.minimum(0)),
  scheduled_days: z.number().check(z.minimum(0)),
  learning_steps: count,
  reps: count,
  lapses: count,
  state: z.literal([0, 1, 2, 3]),
  last_review: z.nullable(time),
});

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(
    z.string().check(z.regex(SLUG)),
    z.object({ readAt: z.optional(time), quiz: z.optional(quizRecord) }),
  ),
  playgrounds: z.record(z.string().check(z.regex(SLUG)), time),
  cards: z.record(z.string().check(z.regex(CARD_ID)), storedCard),
  reviewsByDay: z.record(z.string().check(z.regex(DAY)), count),
});

export type Validated = { ok: true; progress: Progress } | { ok: false; error: string };

export function validateProgress(doc: unknown): Validated {
  const result = z.safeParse(progressSchema, doc);
  if (result.success) {
    // zod's output type spells optional fields `?: T | undefined`; parsed JSON never holds undefined.
    return { ok: true, progress: result.data as Progress };
  }
  return { ok: false, error: describeIssue(result.error.issues[0]) };
}

/** "cards.grpc/interview/0.due: expected number": where, then what was expected. */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  const where = issue.path.map(String).join('.') || '(top level)';
  return `${where}: ${expectation(issue)}`;
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'integer' : issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}`;
    case 'invalid_key':
      return 'not a valid key here';
    case 'custom':
      return issue.message;
    default:
      return 'invalid value';
  }
}
