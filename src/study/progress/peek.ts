// A light, read-only look at the stored progress for the header's due count, which runs on every page:
// the store proper (migrations, zod validation) is ~9 KB, more than a page's first load can spare.
// Only the current version's cards are read here, each checked field by field; anything else (no key
// aside, which is simply "no progress") is left to the store: `undefined` means "ask the store".

import { PROGRESS_KEY } from './key.ts';
import { emptyProgress, PROGRESS_VERSION, type Progress, type StoredCard } from './schema.ts';

const NUMBER_FIELDS = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses'] as const;

function isCard(v: unknown): v is StoredCard {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    NUMBER_FIELDS.every((k) => typeof c[k] === 'number' && Number.isFinite(c[k])) &&
    (c.state === 0 || c.state === 1 || c.state === 2 || c.state === 3) &&
    (c.last_review === null || (typeof c.last_review === 'number' && Number.isFinite(c.last_review)))
  );
}

/** Parses stored text: progress with only its cards (what the due count reads), or undefined when unsure. */
export function peekProgressText(raw: string | null): Progress | undefined {
  if (raw === null) return emptyProgress();
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null) return undefined;
  const { version, cards } = doc as { version?: unknown; cards?: unknown };
  if (version !== PROGRESS_VERSION || typeof cards !== 'object' || cards === null || Array.isArray(cards)) return undefined;
  const entries = Object.entries(cards);
  if (!entries.every(([, c]) => isCard(c))) return undefined;
  return { ...emptyProgress(), cards: Object.fromEntries(entries) as Record<string, StoredCard> };
}

/** The stored progress's cards, or undefined when storage is unreadable or the store must decide. */
export function peekProgress(): Progress | undefined {
  try {
    return peekProgressText(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return undefined;
  }
}
