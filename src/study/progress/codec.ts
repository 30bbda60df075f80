// Turning text into progress: parse, migrate from any earlier version, validate. Owned by the progress
// work (issue 8); every failure is a value with a message, never a throw.

import type { Progress } from './schema.ts';
import { PROGRESS_VERSION } from './schema.ts';

export type Decoded = { ok: true; progress: Progress } | { ok: false; error: string };

// TEMPORARY (replaced by migrations + zod validation): accepts only the current version.
export function decodeProgress(text: string): Decoded {
  try {
    const v = JSON.parse(text) as { version?: unknown };
    if (v && typeof v === 'object' && v.version === PROGRESS_VERSION) return { ok: true, progress: v as Progress };
    return { ok: false, error: 'unknown format' };
  } catch {
    return { ok: false, error: 'not JSON' };
  }
}
