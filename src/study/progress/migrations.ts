// How a progress document of an earlier version becomes the current one. One function per step
// (version n → n + 1), applied in order; each is pure, with the time injected. A migration only
// reshapes: what comes out is validated by the codec like anything else.
//
// Versions:
//   0  the site before progress existed. There is no progress document: the only trace of a learner
//      is the playground state the playgrounds saved under `atlas-playground:<id>[:<preset>]`. The
//      store builds a v0 snapshot of those keys (legacySnapshot) when it finds no progress key.
//   1  lessons (read, quiz), playgrounds tried, flashcards, reviews per day (schema.ts).

import { playgroundIdOfStorageKey } from './playground-keys.ts';
import { PROGRESS_VERSION } from './schema.ts';

/** A document of some version, not yet validated. */
export type VersionedDoc = { version: number } & Record<string, unknown>;

/** Version 0: the localStorage keys the site had written before progress existed. */
export type ProgressV0 = {
  version: 0;
  storageKeys: string[];
};

type Migration = (doc: VersionedDoc, now: number) => VersionedDoc;

export const MIGRATIONS: Record<number, Migration> = {
  // A saved playground state means the learner used that playground; when is unknown, so it counts
  // from the migration. (v0 also saved a playground's state when it was merely shown, so this may
  // count a playground that was only looked at: the best the old data can tell.)
  0: (doc, now) => {
    const keys = Array.isArray(doc.storageKeys)
      ? doc.storageKeys.filter((k): k is string => typeof k === 'string')
      : [];
    const playgrounds: Record<string, number> = {};
    for (const key of keys) {
      const id = playgroundIdOfStorageKey(key);
      if (id) playgrounds[id] = now;
    }
    return { version: 1, lessons: {}, playgrounds, cards: {}, reviewsByDay: {} };
  },
};

/** The version-0 snapshot of a browser's localStorage keys. */
export function legacySnapshot(storageKeys: readonly string[]): ProgressV0 {
  return { version: 0, storageKeys: [...storageKeys] };
}

export type Migrated = { ok: true; doc: VersionedDoc } | { ok: false; error: string };

/**
 * Brings `doc` up to PROGRESS_VERSION. The caller has already refused versions newer than this site
 * knows; a missing step is a bug in this table and reported as such rather than thrown.
 */
export function migrate(doc: VersionedDoc, now: number): Migrated {
  let current = doc;
  while (current.version < PROGRESS_VERSION) {
    const step = MIGRATIONS[current.version];
    if (!step) return { ok: false, error: `version: no migration from version ${current.version}` };
    const next = step(current, now);
    if (next.version !== current.version + 1)
      return { ok: false, error: `version: migration from ${current.version} gave ${next.version}` };
    current = next;
  }
  return { ok: true, doc: current };
}
