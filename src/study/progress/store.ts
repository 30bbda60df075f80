// The one place that reads and writes the progress key. Everything else goes through these functions,
// so every write is validated, every tab hears about it and a broken stored value never throws.

import { decodeProgress } from './codec.ts';
import { emptyProgress, PROGRESS_KEY, type Progress } from './schema.ts';

type Listener = () => void;
const listeners = new Set<Listener>();
let cache: { raw: string | null; value: Progress } | undefined;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // access denied (sandboxed iframe, privacy settings)
  }
}

/** The stored progress, migrated to the current version; empty when there is none or it is unreadable. */
export function readProgress(): Progress {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (cache && cache.raw === raw) return cache.value;
  let value = emptyProgress();
  if (raw !== null) {
    const decoded = decodeProgress(raw);
    if (decoded.ok) value = decoded.progress;
  }
  cache = { raw, value };
  return value;
}

/** Replaces the stored progress. Returns false when storage is unavailable or full (nothing changed). */
export function writeProgress(next: Progress): boolean {
  const raw = JSON.stringify(next);
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(PROGRESS_KEY, raw);
  } catch {
    return false;
  }
  cache = { raw, value: next };
  notify();
  return true;
}

/** Applies `change` to the current progress and stores the result. */
export function updateProgress(change: (current: Progress) => Progress): boolean {
  return writeProgress(change(readProgress()));
}

export function resetProgress(): boolean {
  try {
    storage()?.removeItem(PROGRESS_KEY);
  } catch {
    return false;
  }
  cache = undefined;
  notify();
  return true;
}

function notify(): void {
  for (const l of [...listeners]) l();
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
