// A running container: the image's read-only layers plus one writable layer (overlayfs "upper" directory).
//
// - Writing a new file puts it in the writable layer.
// - Changing a file that comes from the image copies the WHOLE file up into the writable layer first
//   (copy-on-write), even to change one byte or just its metadata.
// - Deleting a file that comes from the image cannot touch the read-only layers: a whiteout in the writable
//   layer hides it (its bytes stay in the image).
// - Paths under a VOLUME bypass the writable layer: they live in the volume, which outlives the container.
// - Removing the container throws the writable layer away; a new container starts from the image again.
// Every function returns a new state (nothing is mutated), so a UI can keep history and undo.

import { normalizePath, unionView } from './fs.ts';
import type { FileChange, LayerInfo, UnionEntry } from './types.ts';

export type ContainerEvent =
  | { kind: 'created'; path: string; bytes: number }
  | { kind: 'written'; path: string; bytes: number }
  | { kind: 'copied-up'; path: string; bytes: number }
  | { kind: 'whiteout'; path: string; hiddenBytes: number }
  | { kind: 'deleted'; path: string }
  | { kind: 'volume'; path: string; volume: string; bytes: number }
  | { kind: 'missing'; path: string };

interface UpperEntry {
  whiteout: boolean;
  isDir: boolean;
  size: number | null;
}

export interface ContainerState {
  /** The image as the container sees it at start (merged read-only layers). */
  readonly lower: ReadonlyMap<string, UnionEntry>;
  /** The writable layer: new and copied-up files, and whiteouts. */
  readonly upper: ReadonlyMap<string, UpperEntry>;
  /** Volume mount points and their contents (path -> size). */
  readonly volumes: ReadonlyMap<string, ReadonlyMap<string, number | null>>;
  /** What the last operation did, for the UI to explain. */
  readonly events: readonly ContainerEvent[];
}

function under(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir === '/' ? '/' : `${dir}/`);
}

/**
 * Start a container from an image. Volumes (from VOLUME or `-v`) start with a copy of what the image has at
 * their path, as Docker does for a new volume.
 */
export function startContainer(layers: LayerInfo[], volumes: string[] = []): ContainerState {
  const lower = new Map(unionView(layers).map((e) => [e.path, e]));
  const vols = new Map<string, Map<string, number | null>>();
  for (const v of volumes) {
    const root = normalizePath(v);
    const content = new Map<string, number | null>();
    for (const [p, e] of lower) if (!e.isDir && under(p, root) && p !== root) content.set(p, e.size);
    vols.set(root, content);
  }
  return { lower, upper: new Map(), volumes: vols, events: [] };
}

function volumeOf(state: ContainerState, path: string): string | undefined {
  let best: string | undefined;
  for (const v of state.volumes.keys()) if (under(path, v) && (!best || v.length > best.length)) best = v;
  return best;
}

/** Is the path visible in the image part (not hidden by a whiteout of it or of a parent)? */
function inLower(state: ContainerState, path: string): UnionEntry | undefined {
  const e = state.lower.get(path);
  if (!e) return undefined;
  for (let p = path; p !== '/' && p !== ''; p = p.slice(0, p.lastIndexOf('/')) || '/') {
    if (state.upper.get(p)?.whiteout) return undefined;
  }
  return e;
}

/** Write a file (create it, or replace its content). `append` adds bytes to the existing content. */
export function writeFile(state: ContainerState, rawPath: string, bytes: number, append = false): ContainerState {
  const path = normalizePath(rawPath);
  const vol = volumeOf(state, path);
  if (vol !== undefined) {
    const volumes = new Map(state.volumes);
    const content = new Map(state.volumes.get(vol));
    const before = content.get(path);
    const size = append && before !== undefined ? (before === null ? null : before + bytes) : bytes;
    content.set(path, size);
    volumes.set(vol, content);
    return { ...state, volumes, events: [{ kind: 'volume', path, volume: vol, bytes }] };
  }
  const upper = new Map(state.upper);
  const existingUpper = upper.get(path);
  const fromImage = existingUpper && !existingUpper.whiteout ? undefined : inLower(state, path);
  const events: ContainerEvent[] = [];
  let size: number | null = bytes;
  if (existingUpper && !existingUpper.whiteout) {
    if (append) size = existingUpper.size === null ? null : existingUpper.size + bytes;
    events.push({ kind: 'written', path, bytes });
  } else if (fromImage && !fromImage.isDir) {
    // Copy-on-write: the whole file comes up first.
    events.push({ kind: 'copied-up', path, bytes: fromImage.size ?? 0 });
    if (append) size = fromImage.size === null ? null : fromImage.size + bytes;
    events.push({ kind: 'written', path, bytes });
  } else {
    events.push({ kind: 'created', path, bytes });
  }
  upper.set(path, { whiteout: false, isDir: false, size });
  return { ...state, upper, events };
}

/** Change only metadata (chmod/chown/touch): still copies an image file up whole. */
export function touchFile(state: ContainerState, rawPath: string): ContainerState {
  const path = normalizePath(rawPath);
  if (volumeOf(state, path) !== undefined) return { ...state, events: [] };
  const existingUpper = state.upper.get(path);
  if (existingUpper && !existingUpper.whiteout) return { ...state, events: [{ kind: 'written', path, bytes: 0 }] };
  const fromImage = inLower(state, path);
  if (!fromImage) return writeFile(state, path, 0);
  const upper = new Map(state.upper);
  upper.set(path, { whiteout: false, isDir: fromImage.isDir, size: fromImage.isDir ? 0 : fromImage.size });
  return { ...state, upper, events: [{ kind: 'copied-up', path, bytes: fromImage.isDir ? 0 : (fromImage.size ?? 0) }] };
}

/** Delete a file or directory (recursively). */
export function deletePath(state: ContainerState, rawPath: string): ContainerState {
  const path = normalizePath(rawPath);
  const vol = volumeOf(state, path);
  if (vol !== undefined && path !== vol) {
    const volumes = new Map(state.volumes);
    const content = new Map(state.volumes.get(vol));
    let found = false;
    for (const p of [...content.keys()]) {
      if (under(p, path)) {
        content.delete(p);
        found = true;
      }
    }
    volumes.set(vol, content);
    return {
      ...state,
      volumes,
      events: [found ? { kind: 'volume', path, volume: vol, bytes: 0 } : { kind: 'missing', path }],
    };
  }
  const upper = new Map(state.upper);
  let removedFromUpper = false;
  for (const p of [...upper.keys()]) {
    if (under(p, path) && !upper.get(p)?.whiteout) {
      upper.delete(p);
      removedFromUpper = true;
    }
  }
  const fromImage =
    inLower(state, path) ??
    (state.lower.has(path)
      ? undefined
      : [...state.lower.values()].find((e) => under(e.path, path) && inLower(state, e.path)));
  if (fromImage) {
    let hidden = 0;
    for (const [p, e] of state.lower) if (under(p, path) && !e.isDir && inLower(state, p)) hidden += e.size ?? 0;
    for (const p of [...upper.keys()]) if (under(p, path) && p !== path) upper.delete(p);
    upper.set(path, { whiteout: true, isDir: state.lower.get(path)?.isDir ?? true, size: 0 });
    return { ...state, upper, events: [{ kind: 'whiteout', path, hiddenBytes: hidden }] };
  }
  return { ...state, upper, events: [removedFromUpper ? { kind: 'deleted', path } : { kind: 'missing', path }] };
}

/** The writable layer as a diff against the image. */
export function writableLayer(state: ContainerState): { changes: FileChange[]; bytes: number | null } {
  const changes: FileChange[] = [];
  let bytes: number | null = 0;
  for (const [path, e] of [...state.upper.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (e.whiteout) {
      let hidden = 0;
      for (const [p, l] of state.lower) if (under(p, path) && !l.isDir) hidden += l.size ?? 0;
      changes.push({ path, kind: 'deleted', isDir: e.isDir, size: hidden });
      continue;
    }
    const kind = state.lower.has(path) ? 'modified' : 'added';
    changes.push({ path, kind, isDir: e.isDir, size: e.size });
    if (!e.isDir) bytes = bytes === null || e.size === null ? null : bytes + e.size;
  }
  return { changes, bytes };
}

/** What a process in the container sees: image, then writable layer, then volumes on top. */
export function containerView(
  state: ContainerState,
): { path: string; size: number | null; isDir: boolean; from: 'image' | 'container' | 'volume' }[] {
  const out = new Map<
    string,
    { path: string; size: number | null; isDir: boolean; from: 'image' | 'container' | 'volume' }
  >();
  for (const [p, e] of state.lower)
    if (inLower(state, p) && volumeOf(state, p) === undefined)
      out.set(p, { path: p, size: e.size, isDir: e.isDir, from: 'image' });
  for (const [p, e] of state.upper)
    if (!e.whiteout && volumeOf(state, p) === undefined)
      out.set(p, { path: p, size: e.size, isDir: e.isDir, from: 'container' });
  for (const [root, content] of state.volumes) {
    out.set(root, { path: root, size: 0, isDir: true, from: 'volume' });
    for (const [p, size] of content) out.set(p, { path: p, size, isDir: false, from: 'volume' });
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Remove the container: its writable layer is gone. Volumes survive unless `removeVolumes` (docker rm -v for
 * anonymous volumes). Returns what was discarded and a fresh container from the same image.
 */
export function removeContainer(
  state: ContainerState,
  removeVolumes = false,
): { discarded: FileChange[]; next: ContainerState } {
  const { changes } = writableLayer(state);
  let volumes: ReadonlyMap<string, ReadonlyMap<string, number | null>> = state.volumes;
  if (removeVolumes) {
    // A new anonymous volume starts again from what the image has at that path.
    const fresh = new Map<string, Map<string, number | null>>();
    for (const v of state.volumes.keys()) {
      const content = new Map<string, number | null>();
      for (const [p, e] of state.lower) if (!e.isDir && under(p, v) && p !== v) content.set(p, e.size);
      fresh.set(v, content);
    }
    volumes = fresh;
  }
  return { discarded: changes, next: { lower: state.lower, upper: new Map(), volumes, events: [] } };
}
