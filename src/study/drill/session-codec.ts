// A drill session as text (sessionStorage keeps it across a reload mid-drill). Decoding checks shape and
// consistency, because a stale or hand-edited value must give "no saved drill", never a crash.

import * as z from 'zod/mini';
import type { DrillSession } from './model.ts';

const count = z.int().check(z.nonnegative());
const time = z.number().check(z.nonnegative());

const schema = z.object({
  version: z.literal(1),
  setup: z.object({ slugs: z.array(z.string()), count }),
  seed: z.number(),
  secondsPerQuestion: z.nullable(z.number().check(z.positive())),
  questions: z.array(z.object({ slug: z.string(), index: count })),
  answers: z.array(
    z.object({
      text: z.string(),
      aloud: z.boolean(),
      timedOut: z.boolean(),
      usedMs: time,
      grade: z.nullable(z.literal([1, 2, 3, 4])),
    }),
  ),
  current: count,
  phase: z.enum(['answering', 'revealed', 'finished']),
  timer: z.object({ elapsedMs: time, runningSince: z.nullable(time) }),
});

export function encodeSession(session: DrillSession): string {
  return JSON.stringify(session);
}

/** The session in `text`, or null when there is none or it is not a consistent session. */
export function decodeSession(text: string | null): DrillSession | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = z.safeParse(schema, json);
  if (!parsed.success) return null;
  const s = parsed.data;
  const n = s.questions.length;
  const consistent =
    n > 0 &&
    s.answers.length === n &&
    (s.phase === 'finished' ? s.current === n : s.current < n) &&
    (s.phase === 'answering' || s.timer.runningSince === null);
  return consistent ? s : null;
}
