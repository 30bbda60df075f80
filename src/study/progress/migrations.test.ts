import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeProgress } from './codec.ts';
import { legacySnapshot, migrate, MIGRATIONS, type VersionedDoc } from './migrations.ts';
import { playgroundIdOfStorageKey, playgroundStorageKey } from './playground-keys.ts';
import { PROGRESS_VERSION, type Progress } from './schema.ts';
import { validateProgress } from './validate.ts';

const NOW = Date.UTC(2025, 2, 14, 9, 30);

/**
 * One case per earlier version: what such a learner's browser held, and the current progress it must
 * become. Adding a version without adding its case here fails the last test.
 */
const FROM: Record<number, { doc: VersionedDoc; expected: Progress }> = {
  0: {
    // The keys the four playgrounds write (see their View.tsx), plus keys that are not playgrounds'.
    doc: legacySnapshot([
      'atlas-playground:protobuf:page',
      'atlas-playground:protobuf:varint-150',
      'atlas-playground:docker-layers:default',
      'atlas-playground:pod-lifecycle',
      'go-atlas:theme',
      'atlas-playground:',
      'atlas-playground:Not An Id',
      'unrelated',
    ]),
    expected: {
      version: 1,
      lessons: {},
      playgrounds: { protobuf: NOW, 'docker-layers': NOW, 'pod-lifecycle': NOW },
      cards: {},
      reviewsByDay: {},
    },
  },
};

describe('migrations', () => {
  for (const [from, { doc, expected }] of Object.entries(FROM)) {
    it(`brings version ${from} to version ${PROGRESS_VERSION}, valid`, () => {
      const migrated = migrate(doc, NOW);
      expect(migrated).toEqual({ ok: true, doc: expected });
      expect(validateProgress(expected)).toEqual({ ok: true, progress: expected });
    });
  }

  it('version 0 with no playground state is empty progress', () => {
    expect(migrate(legacySnapshot(['go-atlas:theme']), NOW)).toEqual({
      ok: true,
      doc: { version: 1, lessons: {}, playgrounds: {}, cards: {}, reviewsByDay: {} },
    });
  });

  it('version 0 tolerates a snapshot whose key list is not a list', () => {
    expect(migrate({ version: 0, storageKeys: 'atlas-playground:protobuf' }, NOW)).toEqual({
      ok: true,
      doc: { version: 1, lessons: {}, playgrounds: {}, cards: {}, reviewsByDay: {} },
    });
  });

  it('leaves a current document as it is', () => {
    const doc = { version: 1, lessons: { grpc: { readAt: 5 } }, playgrounds: {}, cards: {}, reviewsByDay: {} };
    expect(migrate(doc, NOW)).toEqual({ ok: true, doc });
  });

  it('reports a version it has no step for instead of throwing', () => {
    expect(migrate({ version: -1 }, NOW)).toEqual({ ok: false, error: 'version: no migration from version -1' });
  });

  it('a version-0 document in a file is migrated like the stored keys', () => {
    const text = JSON.stringify({
      app: 'go-backend-atlas',
      kind: 'progress',
      progress: { version: 0, storageKeys: ['atlas-playground:grpc-streams:page'] },
    });
    expect(decodeProgress(text, NOW)).toEqual({
      ok: true,
      progress: { version: 1, lessons: {}, playgrounds: { 'grpc-streams': NOW }, cards: {}, reviewsByDay: {} },
    });
  });

  it('has a step and a test case for every earlier version', () => {
    for (let v = 0; v < PROGRESS_VERSION; v++) {
      expect(MIGRATIONS[v], `migration from ${v}`).toBeTypeOf('function');
      expect(FROM[v], `test case from ${v}`).toBeDefined();
    }
  });
});

describe('playground storage keys', () => {
  it('map to the playground id before the first colon', () => {
    expect(playgroundIdOfStorageKey(playgroundStorageKey('protobuf:page'))).toBe('protobuf');
    expect(playgroundIdOfStorageKey(playgroundStorageKey('pod-lifecycle'))).toBe('pod-lifecycle');
    expect(playgroundIdOfStorageKey(playgroundStorageKey('grpc-streams:server-stream'))).toBe('grpc-streams');
    expect(playgroundIdOfStorageKey('go-atlas:progress')).toBeUndefined();
  });

  it("every playground's state key starts with its own id (its folder), so migration finds it", () => {
    const root = path.resolve(import.meta.dirname, '../../playgrounds');
    const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
    let seen = 0;
    for (const folder of folders) {
      const view = path.join(root, folder.name, 'View.tsx');
      let source: string;
      try {
        source = readFileSync(view, 'utf8');
      } catch {
        continue; // not a playground
      }
      // usePlaygroundState(`protobuf:${preset ?? 'page'}`, …): the literal start of the template is the id.
      const keys = [...source.matchAll(/usePlaygroundState\(\s*`([^`$:]+)/g)].map((m) => m[1]);
      expect(keys, folder.name).not.toEqual([]);
      for (const key of keys)
        expect(playgroundIdOfStorageKey(playgroundStorageKey(`${key}:x`)), folder.name).toBe(folder.name);
      seen++;
    }
    expect(seen).toBeGreaterThanOrEqual(4);
  });
});
