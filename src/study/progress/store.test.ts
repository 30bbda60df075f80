import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeExport } from './codec.ts';
import { SAMPLE } from './test-fixtures.ts';
import { emptyProgress, PROGRESS_KEY } from './schema.ts';
import { MemoryStorage } from './test-storage.ts';

// The store keeps a module-level cache, so each test gets a fresh copy of it, as a new page would.
const freshStore = async () => {
  vi.resetModules();
  return import('./store.ts');
};

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

const FILE = encodeExport(SAMPLE, new Date('2025-03-06T08:00:00Z'));

describe('progress store: first read', () => {
  it('a first visit stores empty progress', async () => {
    const store = await freshStore();
    expect(store.readProgress()).toEqual(emptyProgress());
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual(emptyProgress());
  });

  it('a learner from before progress existed (v0) gets the playgrounds they used, once', async () => {
    storage.setItem('atlas-playground:protobuf:page', '{"schema":"…"}');
    storage.setItem('atlas-playground:pod-lifecycle', '{}');
    storage.setItem('go-atlas:theme', 'dark');
    const store = await freshStore();
    const p = store.readProgress();
    expect(Object.keys(p.playgrounds).sort()).toEqual(['pod-lifecycle', 'protobuf']);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual(p);
    // The key exists now: a playground saved later is not taken for an old one.
    storage.setItem('atlas-playground:docker-layers:default', '{}');
    expect(Object.keys((await freshStore()).readProgress().playgrounds).sort()).toEqual(['pod-lifecycle', 'protobuf']);
  });

  it('reset leaves an empty document, so the migration does not bring playgrounds back', async () => {
    storage.setItem('atlas-playground:protobuf:page', '{}');
    const store = await freshStore();
    expect(store.readProgress().playgrounds.protobuf).toBeTypeOf('number');
    expect(store.resetProgress()).toBe(true);
    expect(store.readProgress()).toEqual(emptyProgress());
    expect((await freshStore()).readProgress()).toEqual(emptyProgress());
  });
});

describe('progress store: import', () => {
  it('export → import into another browser restores everything', async () => {
    storage.setItem(PROGRESS_KEY, JSON.stringify(SAMPLE));
    const exported = encodeExport((await freshStore()).readProgress(), new Date());
    storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    const other = await freshStore();
    expect(other.importProgress(exported)).toMatchObject({ ok: true, imported: SAMPLE });
    expect(other.readProgress()).toEqual(SAMPLE);
    expect((await freshStore()).readProgress()).toEqual(SAMPLE);
  });

  it('tells its listeners', async () => {
    const store = await freshStore();
    const heard = vi.fn();
    const stop = store.subscribeProgress(heard);
    store.importProgress(FILE);
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
  });

  it.each([
    ['corrupt', '{"app": go}', 'corrupt'],
    ['truncated', FILE.slice(0, 200), 'truncated'],
    ['foreign', JSON.stringify({ app: 'other', kind: 'progress', progress: SAMPLE }), 'foreign'],
    ['an array', '[1,2,3]', 'foreign'],
    ['newer', FILE.replace('"version": 1', '"version": 2'), 'newer'],
    ['invalid', FILE.replace('"reps": 2', '"reps": "two"'), 'invalid'],
  ])('refuses a %s file and changes nothing', async (_name, text, code) => {
    storage.setItem(PROGRESS_KEY, JSON.stringify({ ...SAMPLE, playgrounds: {} }));
    storage.setItem('atlas-playground:protobuf:page', '{}');
    const store = await freshStore();
    const before = store.readProgress();
    const stored = storage.snapshot();
    const heard = vi.fn();
    store.subscribeProgress(heard);
    expect(store.importProgress(text)).toMatchObject({ ok: false, code });
    expect(storage.snapshot()).toEqual(stored);
    expect(store.readProgress()).toBe(before);
    expect(heard).not.toHaveBeenCalled();
  });
});

describe('progress store: storage that fails', () => {
  it('never throws when every call to localStorage throws', async () => {
    storage.broken = true;
    const store = await freshStore();
    expect(store.readProgress()).toEqual(emptyProgress());
    expect(store.writeProgress(SAMPLE)).toBe(false);
    expect(store.updateProgress((p) => ({ ...p, playgrounds: { protobuf: 1 } }))).toBe(false);
    expect(store.resetProgress()).toBe(false);
    expect(store.importProgress(FILE)).toEqual({ ok: false, code: 'storage' });
    expect(store.readProgress()).toEqual(emptyProgress());
  });

  it('never throws when merely touching localStorage throws (sandboxed frame)', async () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const store = await freshStore();
      expect(store.readProgress()).toEqual(emptyProgress());
      expect(store.writeProgress(SAMPLE)).toBe(false);
      expect(store.importProgress(FILE)).toEqual({ ok: false, code: 'storage' });
    } finally {
      delete (globalThis as { localStorage?: Storage }).localStorage;
    }
  });

  it('a full storage refuses the write and keeps what was there', async () => {
    storage.setItem(PROGRESS_KEY, JSON.stringify(SAMPLE));
    const store = await freshStore();
    storage.full = true;
    expect(store.writeProgress(emptyProgress())).toBe(false);
    expect(store.readProgress()).toEqual(SAMPLE);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual(SAMPLE);
  });

  it('unreadable stored progress reads as empty, says why, and is replaced by the next write', async () => {
    storage.setItem(PROGRESS_KEY, '{"version":1,"lessons":');
    const store = await freshStore();
    expect(store.readProgress()).toEqual(emptyProgress());
    expect(store.storedProgressProblem()).toEqual({ code: 'truncated' });
    expect(store.updateProgress((p) => ({ ...p, playgrounds: { protobuf: 1 } }))).toBe(true);
    expect(store.storedProgressProblem()).toBeUndefined();
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).playgrounds).toEqual({ protobuf: 1 });
  });

  it('stored progress from a newer site is never overwritten by this one', async () => {
    const newer = JSON.stringify({ version: 2, lessons: {}, somethingNew: true });
    storage.setItem(PROGRESS_KEY, newer);
    const store = await freshStore();
    expect(store.readProgress()).toEqual(emptyProgress());
    expect(store.storedProgressProblem()).toEqual({ code: 'newer', version: 2 });
    expect(store.updateProgress((p) => ({ ...p, playgrounds: { protobuf: 1 } }))).toBe(false);
    expect(store.importProgress(FILE)).toEqual({ ok: false, code: 'storage' });
    expect(storage.getItem(PROGRESS_KEY)).toBe(newer);
  });
});
