// The one place that reads and writes the progress key. Everything else goes through these functions,
// so every write is validated, every tab hears about it and a broken stored value never throws.
//
// Records for lessons, cards or playgrounds that the site no longer has are kept, not pruned: they
// are the learner's, they cost a few bytes, a lesson that comes back (or a newer build of the site
// that still has it, when an export travels between them) picks them up again, and nothing counts
// them meanwhile (the dashboard only looks up what the course has now).

import { decodeProgress, type Decoded, type DecodeFailure } from './codec.ts';
import { mergeProgress } from './merge.ts';
import { legacySnapshot, migrate } from './migrations.ts';
import { emptyProgress, PROGRESS_KEY, type Progress } from './schema.ts';
import { PROGRESS_CHANGED_EVENT } from './key.ts';
import { validateProgress } from './validate.ts';

type Listener = () => void;
const listeners = new Set<Listener>();
let cache: { raw: string | null; value: Progress; problem?: DecodeFailure } | undefined;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // access denied (sandboxed iframe, privacy settings)
  }
}

function readRaw(): string | null {
  try {
    return storage()?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return null;
  }
}

function setRaw(raw: string): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(PROGRESS_KEY, raw);
    return true;
  } catch {
    return false; // full, or blocked
  }
}

function load(): NonNullable<typeof cache> {
  const raw = readRaw();
  if (cache && cache.raw === raw) return cache;
  if (raw === null) {
    cache = fromLegacy();
  } else {
    const decoded = decodeProgress(raw);
    cache = decoded.ok
      ? { raw, value: decoded.progress }
      : { raw, value: emptyProgress(), problem: failureOf(decoded) };
  }
  return cache;
}

/**
 * No progress key: a first visit, or a learner from before progress existed (version 0), whose
 * playground states are the only trace. Migrate those once and store the result, so the key exists
 * from now on and this never runs again (reset stores an empty document for the same reason).
 */
function fromLegacy(): NonNullable<typeof cache> {
  const keys: string[] = [];
  try {
    const s = storage();
    for (let i = 0; s && i < s.length; i++) {
      const key = s.key(i);
      if (key !== null) keys.push(key);
    }
  } catch {
    // unreadable storage: nothing to migrate
  }
  const migrated = migrate(legacySnapshot(keys), Date.now());
  const valid = migrated.ok ? validateProgress(migrated.doc) : undefined;
  const value = valid?.ok ? valid.progress : emptyProgress();
  const raw = JSON.stringify(value);
  return { raw: setRaw(raw) ? raw : null, value };
}

/** The stored progress, migrated to the current version; empty when there is none or it is unreadable. */
export function readProgress(): Progress {
  return load().value;
}

/**
 * Why the stored progress could not be read, if it could not. Writes are then refused when it is from
 * a newer version of the site (another tab may be newer; its data must survive this one), and replace
 * it otherwise (a corrupt value would else block progress forever).
 */
export function storedProgressProblem(): DecodeFailure | undefined {
  return load().problem;
}

/** Replaces the stored progress. Returns false when storage is unavailable or full (nothing changed). */
export function writeProgress(next: Progress): boolean {
  if (load().problem?.code === 'newer') return false;
  return put(next);
}

function put(next: Progress): boolean {
  const raw = JSON.stringify(next);
  if (!setRaw(raw)) return false;
  cache = { raw, value: next };
  notify();
  return true;
}

/** Applies `change` to the current progress and stores the result (no write when nothing changed). */
export function updateProgress(change: (current: Progress) => Progress): boolean {
  const current = readProgress();
  const next = change(current);
  return next === current ? true : writeProgress(next);
}

/** Empties the progress. An empty document, not a missing key: see fromLegacy. */
export function resetProgress(): boolean {
  return put(emptyProgress());
}

export type Imported =
  { ok: true; imported: Progress; exportedAt?: string } | ({ ok: false } & (DecodeFailure | { code: 'storage' }));

/** Decodes an export file and adds it to the stored progress; a refused file changes nothing. */
export function importProgress(text: string, now: number = Date.now()): Imported {
  const decoded = decodeProgress(text, now);
  if (!decoded.ok) return { ok: false, ...failureOf(decoded) };
  if (!writeProgress(mergeProgress(readProgress(), decoded.progress))) return { ok: false, code: 'storage' };
  return decoded.exportedAt === undefined
    ? { ok: true, imported: decoded.progress }
    : { ok: true, imported: decoded.progress, exportedAt: decoded.exportedAt };
}

function failureOf(decoded: Extract<Decoded, { ok: false }>): DecodeFailure {
  const { ok: _ok, error: _error, ...failure } = decoded;
  return failure;
}

function notify(): void {
  for (const l of [...listeners]) l();
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(PROGRESS_CHANGED_EVENT));
}

function onStorage(e: StorageEvent): void {
  if (e.key === PROGRESS_KEY || e.key === null) {
    cache = undefined;
    notify();
  }
}

/** For useSyncExternalStore: called on every change, in this tab or another. */
export function subscribeProgress(listener: Listener): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}
