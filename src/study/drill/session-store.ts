// The drill in progress, kept in sessionStorage so a reload mid-drill loses neither the question nor
// what was typed (sessionStorage, not localStorage: a drill belongs to this tab and ends with it). Read
// through useSyncExternalStore, whose server snapshot is "no drill": the prerendered page is the setup
// form, and a saved drill appears only after hydration.

import { useSyncExternalStore } from 'react';
import { drill, type DrillAction, type DrillSession } from './model.ts';
import { decodeSession, encodeSession } from './session-codec.ts';

const KEY = 'go-atlas:drill';
const listeners = new Set<() => void>();
/** undefined until first read; then the session (or null), which also serves when storage is blocked. */
let current: DrillSession | null | undefined;

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // access denied (sandboxed iframe, privacy settings)
  }
}

export function readSession(): DrillSession | null {
  if (current === undefined) {
    let raw: string | null;
    try {
      raw = storage()?.getItem(KEY) ?? null;
    } catch {
      raw = null;
    }
    current = decodeSession(raw);
  }
  return current;
}

/** Replaces the session (null ends it). Kept in memory even when storage refuses, so the drill goes on. */
export function writeSession(next: DrillSession | null): void {
  if (next === current) return;
  current = next;
  try {
    const s = storage();
    if (next === null) s?.removeItem(KEY);
    else s?.setItem(KEY, encodeSession(next));
  } catch {
    // Full or blocked: the drill still works in this page, it just will not survive a reload.
  }
  for (const l of [...listeners]) l();
}

/** Applies one action to the current session; returns the session after it. */
export function dispatchDrill(action: DrillAction): DrillSession | null {
  const session = readSession();
  if (session) writeSession(drill(session, action));
  return readSession();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDrillSession(): DrillSession | null {
  return useSyncExternalStore(subscribe, readSession, () => null);
}
