// The virtual filesystem of a stage while it is being built, and the per-layer diff.
//
// A layer stores what changed between the filesystem before and after its instruction, as the layer tarball
// does: added paths, modified paths (copied up whole — the tarball holds the full new file, not a delta) and
// deletions, which are whiteout entries (`.wh.<name>`) that hide the lower copy without removing its bytes
// from the image. A path created and deleted within the same instruction leaves no trace in the layer.

import type { FileChange, UnionEntry } from './types.ts';
import { globMatch, hasGlob } from './glob.ts';

export interface FsNode {
  isDir: boolean;
  /** Bytes; null when unknown. Directories are 0 (as in a tar header). */
  size: number | null;
  /** How many real files this entry stands for (aggregates such as a package or node_modules). */
  count?: number;
  /** Identity of this version of the path; a rewrite gets a new rev, which makes the path "modified". */
  rev: number;
  /** Free-form tag used by hints (for example how a Go binary was linked). */
  tag?: string;
}

// Revisions only need to be unique (they are compared, never shown), so one counter for the module is enough.
let revCounter = 0;
function nextRev(): number {
  return ++revCounter;
}

/** Paths deeper than this are cut (Linux allows 4096 bytes, so about 2048 levels at most; no real build nears it). */
export const MAX_PATH_DEPTH = 256;

export function normalizePath(p: string, cwd = '/'): string {
  const abs = p.startsWith('/') ? p : `${cwd.endsWith('/') ? cwd : `${cwd}/`}${p}`;
  const out: string[] = [];
  for (const seg of abs.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.slice(0, MAX_PATH_DEPTH).join('/')}`;
}

export function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

export function baseName(p: string): string {
  const i = p.lastIndexOf('/');
  return p.slice(i + 1);
}

export class VirtualFs {
  private nodes = new Map<string, FsNode>();
  private kids = new Map<string, Set<string>>();
  private touched: Map<string, FsNode | null> | null = null;
  /** The lower layers are not known (unknown base image): any path may exist. */
  unknownBase = false;

  constructor() {
    this.nodes.set('/', { isDir: true, size: 0, rev: 0 });
  }

  clone(): VirtualFs {
    const c = new VirtualFs();
    c.nodes = new Map(this.nodes);
    c.kids = new Map();
    for (const [k, v] of this.kids) c.kids.set(k, new Set(v));
    c.unknownBase = this.unknownBase;
    return c;
  }

  get(path: string): FsNode | undefined {
    return this.nodes.get(path);
  }

  has(path: string): boolean {
    return this.nodes.has(path);
  }

  isDir(path: string): boolean {
    return this.nodes.get(path)?.isDir === true;
  }

  children(dir: string): string[] {
    return [...(this.kids.get(dir) ?? [])].sort();
  }

  /** Every path strictly under `dir` (depth-first, sorted). */
  descendants(dir: string): string[] {
    const out: string[] = [];
    const walk = (d: string): void => {
      for (const c of this.children(d)) {
        out.push(c);
        if (this.nodes.get(c)?.isDir) walk(c);
      }
    };
    walk(dir);
    return out;
  }

  entries(): [string, FsNode][] {
    return [...this.nodes.entries()].filter(([p]) => p !== '/').sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }

  /** Sum of the file sizes under (or at) a path; null when any is unknown. */
  bytesUnder(path: string): number | null {
    const n = this.nodes.get(path);
    if (!n) return 0;
    if (!n.isDir) return n.size;
    let total: number | null = 0;
    for (const d of this.descendants(path)) {
      const dn = this.nodes.get(d);
      if (!dn || dn.isDir) continue;
      total = total === null || dn.size === null ? null : total + dn.size;
    }
    return total;
  }

  // --- step tracking -------------------------------------------------------------------------

  beginStep(): void {
    this.touched = new Map();
  }

  private record(path: string): void {
    if (this.touched && !this.touched.has(path)) this.touched.set(path, this.nodes.get(path) ?? null);
  }

  /** Finish the step and return its changes (sorted by path). */
  endStep(): FileChange[] {
    const touched = this.touched ?? new Map<string, FsNode | null>();
    this.touched = null;
    const changes: FileChange[] = [];
    const deletedHere = (p: string): boolean => {
      const b = touched.get(p);
      return b !== undefined && b !== null && !this.nodes.has(p);
    };
    for (const [path, before] of touched) {
      const after = this.nodes.get(path);
      if (!before && after) {
        // New directories are listed too (a layer tarball has an entry for each); existing directories whose
        // content changed are not, to keep the diff readable.
        changes.push(change(path, 'added', after));
      } else if (before && after) {
        if (before.rev === after.rev) continue;
        if (after.isDir && before.isDir) continue;
        changes.push(change(path, 'modified', after));
      } else if (before && !after) {
        if (deletedHere(parentOf(path))) continue; // covered by the parent's whiteout
        let bytes: number | null = before.isDir ? 0 : before.size;
        if (before.isDir) {
          const prefix = `${path}/`;
          for (const [p, b] of touched) {
            if (!b || b.isDir || !p.startsWith(prefix)) continue;
            bytes = bytes === null || b.size === null ? null : bytes + b.size;
          }
        }
        const c: FileChange = { path, kind: 'deleted', isDir: before.isDir, size: bytes };
        if (before.count !== undefined) c.count = before.count;
        changes.push(c);
      }
    }
    changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return changes;
  }

  // --- mutations -------------------------------------------------------------------------------

  private link(path: string): void {
    const parent = parentOf(path);
    let set = this.kids.get(parent);
    if (!set) this.kids.set(parent, (set = new Set()));
    set.add(path);
  }

  private unlink(path: string): void {
    this.kids.get(parentOf(path))?.delete(path);
  }

  mkdirp(path: string): void {
    if (path === '/') return;
    const existing = this.nodes.get(path);
    if (existing?.isDir) return;
    this.mkdirp(parentOf(path));
    if (existing) this.remove(path);
    this.record(path);
    this.nodes.set(path, { isDir: true, size: 0, rev: nextRev() });
    this.link(path);
  }

  writeFile(path: string, size: number | null, extra?: { count?: number; tag?: string }): void {
    if (path === '/') return;
    this.mkdirp(parentOf(path));
    const existing = this.nodes.get(path);
    if (existing?.isDir) this.remove(path);
    this.record(path);
    const node: FsNode = { isDir: false, size, rev: nextRev() };
    if (extra?.count !== undefined) node.count = extra.count;
    if (extra?.tag !== undefined) node.tag = extra.tag;
    this.nodes.set(path, node);
    this.link(path);
  }

  /** Rewrite an existing file with a new version (same size unless given): a copy-up. */
  rewrite(path: string, size?: number | null): void {
    const n = this.nodes.get(path);
    if (!n || n.isDir) return;
    const extra: { count?: number; tag?: string } = {};
    if (n.count !== undefined) extra.count = n.count;
    if (n.tag !== undefined) extra.tag = n.tag;
    this.writeFile(path, size === undefined ? n.size : size, extra);
  }

  /** Remove a path and everything under it. Returns false when it did not exist. */
  remove(path: string): boolean {
    if (path === '/') {
      for (const c of this.children('/')) this.remove(c);
      return true;
    }
    const n = this.nodes.get(path);
    if (!n) return false;
    if (n.isDir) for (const c of this.children(path)) this.remove(c);
    this.record(path);
    this.nodes.delete(path);
    this.kids.delete(path);
    this.unlink(path);
    return true;
  }

  /** Copy a subtree (or a file) from another filesystem to `dest` here. */
  copyFrom(src: VirtualFs, srcPath: string, dest: string): void {
    const n = src.get(srcPath);
    if (!n) return;
    if (!n.isDir) {
      const extra: { count?: number; tag?: string } = {};
      if (n.count !== undefined) extra.count = n.count;
      if (n.tag !== undefined) extra.tag = n.tag;
      this.writeFile(dest, n.size, extra);
      return;
    }
    this.mkdirp(dest);
    for (const c of src.children(srcPath)) this.copyFrom(src, c, `${dest === '/' ? '' : dest}/${baseName(c)}`);
  }

  /** Expand a shell glob (absolute pattern) against the filesystem. Returns sorted matches. */
  glob(pattern: string): string[] {
    if (!hasGlob(pattern)) return this.has(pattern) ? [pattern] : [];
    const parts = pattern.split('/').filter((x) => x !== '');
    let cur = ['/'];
    for (const part of parts) {
      const next: string[] = [];
      for (const dir of cur) {
        if (!hasGlob(part)) {
          const p = dir === '/' ? `/${part}` : `${dir}/${part}`;
          if (this.has(p)) next.push(p);
          continue;
        }
        for (const c of this.children(dir)) {
          const name = baseName(c);
          if (name.startsWith('.') && !part.startsWith('.')) continue; // sh: * does not match dotfiles
          if (globMatch(part, name)) next.push(c);
        }
      }
      cur = next;
      if (cur.length === 0) break;
    }
    return cur.sort();
  }
}

function change(path: string, kind: 'added' | 'modified', n: FsNode): FileChange {
  const c: FileChange = { path, kind, isDir: n.isDir, size: n.isDir ? 0 : n.size };
  if (n.count !== undefined) c.count = n.count;
  return c;
}

/** Bytes a layer stores: added and modified files. Null when one of them is unknown. */
export function layerBytes(changes: FileChange[]): { total: number | null; known: number } {
  let total: number | null = 0;
  let known = 0;
  for (const c of changes) {
    if (c.kind === 'deleted' || c.isDir) continue;
    if (c.size === null) total = null;
    else {
      known += c.size;
      if (total !== null) total += c.size;
    }
  }
  return { total, known };
}

/**
 * The merged (union) view of a stack of layers as of layer `upto` (inclusive): what a container started from
 * that layer would see. Deleted paths are gone from the view even though their bytes still ship.
 */
export function unionView(layers: { changes: FileChange[] }[], upto = layers.length - 1): UnionEntry[] {
  const view = new Map<string, UnionEntry>();
  const last = Math.min(upto, layers.length - 1);
  for (let i = 0; i <= last; i++) {
    const layer = layers[i];
    if (!layer) continue;
    for (const c of layer.changes) {
      if (c.kind === 'deleted') {
        view.delete(c.path);
        const prefix = `${c.path}/`;
        for (const k of [...view.keys()]) if (k.startsWith(prefix)) view.delete(k);
        continue;
      }
      const e: UnionEntry = { path: c.path, isDir: c.isDir, size: c.size, layer: i };
      if (c.count !== undefined) e.count = c.count;
      view.set(c.path, e);
    }
  }
  return [...view.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
