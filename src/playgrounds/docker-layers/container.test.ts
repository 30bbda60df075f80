import { describe, expect, it } from 'vitest';
import {
  containerView,
  deletePath,
  removeContainer,
  simulateBuild,
  startContainer,
  touchFile,
  writableLayer,
  writeFile,
} from './model.ts';

const image = simulateBuild('FROM alpine:3.21\nRUN echo hello > /app.txt\nVOLUME /data', {}).image;
const layers = image?.layers ?? [];
const volumes = image?.config.volumes ?? [];

describe('container (image layers + one writable layer)', () => {
  it('starts with an empty writable layer and the image as its view', () => {
    const c = startContainer(layers, volumes);
    expect(writableLayer(c)).toEqual({ changes: [], bytes: 0 });
    expect(containerView(c).find((e) => e.path === '/app.txt')).toEqual({
      path: '/app.txt',
      size: 6,
      isDir: false,
      from: 'image',
    });
  });

  it('creates new files in the writable layer', () => {
    const c = writeFile(startContainer(layers, volumes), '/tmp/new.log', 100);
    expect(c.events).toEqual([{ kind: 'created', path: '/tmp/new.log', bytes: 100 }]);
    expect(writableLayer(c)).toEqual({
      changes: [{ path: '/tmp/new.log', kind: 'added', isDir: false, size: 100 }],
      bytes: 100,
    });
  });

  it('copies a file from the image up whole before changing it (copy-on-write)', () => {
    const c = writeFile(startContainer(layers, volumes), '/etc/os-release', 10, true);
    expect(c.events).toEqual([
      { kind: 'copied-up', path: '/etc/os-release', bytes: 200 },
      { kind: 'written', path: '/etc/os-release', bytes: 10 },
    ]);
    expect(writableLayer(c).bytes).toBe(210);
    const t = touchFile(startContainer(layers, volumes), '/bin/busybox');
    expect(t.events).toEqual([{ kind: 'copied-up', path: '/bin/busybox', bytes: 820_000 }]);
    expect(writableLayer(t).bytes).toBe(820_000);
  });

  it('turns deleting an image file into a whiteout; the image bytes stay', () => {
    const c = deletePath(startContainer(layers, volumes), '/bin/busybox');
    expect(c.events).toEqual([{ kind: 'whiteout', path: '/bin/busybox', hiddenBytes: 820_000 }]);
    expect(writableLayer(c)).toEqual({
      changes: [{ path: '/bin/busybox', kind: 'deleted', isDir: false, size: 820_000 }],
      bytes: 0,
    });
    expect(containerView(c).some((e) => e.path === '/bin/busybox')).toBe(false);
    const dir = deletePath(startContainer(layers, volumes), '/etc');
    expect(containerView(dir).some((e) => e.path.startsWith('/etc'))).toBe(false);
    // Recreating a deleted path puts a new file above the whiteout.
    const again = writeFile(c, '/bin/busybox', 5);
    expect(again.events).toEqual([{ kind: 'created', path: '/bin/busybox', bytes: 5 }]);
  });

  it('deletes files created in the container without a whiteout', () => {
    const c = deletePath(writeFile(startContainer(layers, volumes), '/tmp/x', 5), '/tmp/x');
    expect(c.events).toEqual([{ kind: 'deleted', path: '/tmp/x' }]);
    expect(writableLayer(c).changes).toEqual([]);
  });

  it('sends writes under a volume to the volume, bypassing the writable layer', () => {
    const c = writeFile(startContainer(layers, volumes), '/data/db.sqlite', 4_096);
    expect(c.events).toEqual([{ kind: 'volume', path: '/data/db.sqlite', volume: '/data', bytes: 4_096 }]);
    expect(writableLayer(c).changes).toEqual([]);
    expect(containerView(c).find((e) => e.path === '/data/db.sqlite')?.from).toBe('volume');
  });

  it('throws the writable layer away when the container is removed; volumes survive', () => {
    let c = startContainer(layers, volumes);
    c = writeFile(c, '/tmp/a', 1);
    c = deletePath(c, '/app.txt');
    c = writeFile(c, '/data/keep', 2);
    const { discarded, next } = removeContainer(c);
    expect(discarded.map((d) => [d.kind, d.path])).toEqual([
      ['deleted', '/app.txt'],
      ['added', '/tmp/a'],
    ]);
    expect(writableLayer(next).changes).toEqual([]);
    expect(containerView(next).some((e) => e.path === '/app.txt')).toBe(true);
    expect(containerView(next).some((e) => e.path === '/data/keep')).toBe(true);
    expect(containerView(removeContainer(c, true).next).some((e) => e.path === '/data/keep')).toBe(false);
  });
});
