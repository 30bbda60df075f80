// The state a RUN is interpreted in, and the filesystem helpers every command uses (they respect RUN --mount:
// cache mounts keep what is written to them, tmpfs/bind/secret mounts drop it, bind mounts are read from).

import { normalizePath } from './fs.ts';
import type { VirtualFs } from './fs.ts';
import type { Problem } from './types.ts';

const MB = 1_000_000;
const KB = 1_000;

export interface Mount {
  type: 'cache' | 'bind' | 'tmpfs' | 'secret' | 'ssh';
  target: string;
  /** For bind mounts: where reads come from. */
  source?: { fs: VirtualFs; root: string };
}

/** What a RUN did, for hints and for the cache-friendliness checks. */
export interface RunFacts {
  aptUpdate: boolean;
  aptInstall: boolean;
  aptListsLeft: boolean;
  apkWithoutNoCache: boolean;
  goModDownload: boolean;
  goBuild: boolean;
  npmInstall: boolean;
  /** Dependencies (Go modules, npm packages) were downloaded in this step. */
  depsDownloaded: boolean;
  /** Caches left in the layer (GOCACHE, npm cache). */
  cachesLeft: string[];
  /** Paths of Go binaries built and whether cgo was on. */
  goBinaries: { path: string; cgo: boolean }[];
}

export interface RunEnv {
  fs: VirtualFs;
  vars: Map<string, string>;
  cwd: string;
  user: string;
  installed: Set<string>;
  virtualGroups: Map<string, string[]>;
  mounts: Mount[];
  line: number;
  problems: Problem[];
  notes: string[];
  /** Set when something in this RUN could not be simulated. */
  unknown: boolean;
  /** Earlier layers already hold unknown content: a missing file or tool may well be there. */
  uncertain: boolean;
  failed: boolean;
  facts: RunFacts;
}

export function newFacts(): RunFacts {
  return {
    aptUpdate: false,
    aptInstall: false,
    aptListsLeft: false,
    apkWithoutNoCache: false,
    goModDownload: false,
    goBuild: false,
    npmInstall: false,
    depsDownloaded: false,
    cachesLeft: [],
    goBinaries: [],
  };
}

const TOOL_MARKERS: Record<string, string[]> = {
  'apt-get': ['/usr/bin/apt-get'],
  apt: ['/usr/bin/apt-get'],
  apk: ['/sbin/apk'],
  go: ['/usr/local/go/bin/go', '/usr/bin/go'],
  npm: ['/usr/local/bin/npm', '/usr/bin/npm'],
  node: ['/usr/local/bin/node', '/usr/bin/node'],
  curl: ['/usr/bin/curl'],
  git: ['/usr/bin/git'],
  gcc: ['/usr/bin/gcc', '/usr/bin/gcc-12'],
  make: ['/usr/bin/make'],
  wget: ['/usr/bin/wget', '/bin/busybox'],
  bash: ['/usr/bin/bash', '/bin/bash'],
  python3: ['/usr/bin/python3'],
};

export function fmtMB(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.round(bytes / KB)} kB`;
}

export function addSize(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/** Filesystem and reporting helpers shared by the RUN interpreter and its command modules. */
export class ShellContext {
  noted = new Set<string>();

  env: RunEnv;

  constructor(env: RunEnv) {
    this.env = env;
  }

  note(msg: string): void {
    if (this.noted.has(msg)) return;
    this.noted.add(msg);
    this.env.notes.push(msg);
  }

  unknown(msg: string): void {
    this.env.unknown = true;
    this.note(msg);
  }

  fail(msg: string, severity: Problem['severity'] = 'error'): void {
    this.env.problems.push({ line: this.env.line, severity, message: msg });
    if (severity === 'error') this.env.failed = true;
  }

  /** The filesystem may hold things the model does not know about. */
  get unsure(): boolean {
    return this.env.uncertain || this.env.unknown || this.env.fs.unknownBase;
  }

  lookup = (name: string): string | undefined => this.env.vars.get(name);

  home(): string {
    return (
      this.env.vars.get('HOME') ??
      (this.env.user === '' || this.env.user === 'root' || this.env.user.startsWith('0')
        ? '/root'
        : `/home/${this.env.user.split(':')[0] ?? ''}`)
    );
  }

  abs(p: string): string {
    return normalizePath(p, this.env.cwd);
  }

  // --- filesystem access that respects RUN --mount ------------------------------------------------

  mountAt(path: string): Mount | undefined {
    let best: Mount | undefined;
    for (const m of this.env.mounts) {
      if (path === m.target || path.startsWith(m.target === '/' ? '/' : `${m.target}/`)) {
        if (!best || m.target.length > best.target.length) best = m;
      }
    }
    return best;
  }

  /** Where a path is read from: a bind or cache mount's source, or the image filesystem. */
  readView(path: string): { fs: VirtualFs; path: string } {
    const m = this.mountAt(path);
    if ((m?.type === 'bind' || m?.type === 'cache') && m.source) {
      const rel = path.slice(m.target.length);
      return { fs: m.source.fs, path: normalizePath(`${m.source.root}/${rel}`) };
    }
    return { fs: this.env.fs, path };
  }

  exists(path: string): boolean {
    const v = this.readView(path);
    return v.fs.has(v.path) || (v.fs === this.env.fs && this.env.fs.unknownBase);
  }

  sizeOf(path: string): number | null {
    const v = this.readView(path);
    const n = v.fs.get(v.path);
    return n && !n.isDir ? n.size : null;
  }

  /** The mount a write to this path goes to instead of the layer (cache, tmpfs, bind and secret mounts). */
  diverted(path: string): Mount | undefined {
    const m = this.mountAt(path);
    return m && m.type !== 'ssh' ? m : undefined;
  }

  /** Where a write lands: the layer, a cache mount (kept between builds), or nowhere (tmpfs, bind, secret). */
  writeTarget(path: string): { fs: VirtualFs; path: string } | null {
    const m = this.diverted(path);
    if (!m) return { fs: this.env.fs, path };
    this.note(`Writes under ${m.target} went to the ${m.type} mount, not into the layer.`);
    if (m.type === 'cache' && m.source)
      return { fs: m.source.fs, path: normalizePath(`${m.source.root}/${path.slice(m.target.length)}`) };
    return null;
  }

  write(path: string, size: number | null, extra?: { count?: number; tag?: string }): void {
    const t = this.writeTarget(path);
    if (t) t.fs.writeFile(t.path, size, extra);
  }

  mkdir(path: string): void {
    const t = this.writeTarget(path);
    if (t) t.fs.mkdirp(t.path);
  }

  remove(path: string): boolean {
    const t = this.writeTarget(path);
    return t ? t.fs.remove(t.path) : true;
  }

  rewrite(path: string, size?: number | null): void {
    const t = this.writeTarget(path);
    if (t) t.fs.rewrite(t.path, size);
  }

  grow(path: string, delta: number): void {
    const n = this.env.fs.get(path);
    if (n && !n.isDir) this.rewrite(path, n.size === null ? null : n.size + delta);
    else this.write(path, delta);
  }

  hasTool(cmd: string): boolean {
    const markers = TOOL_MARKERS[cmd];
    if (!markers) return true;
    if (this.unsure) return true;
    return markers.some((m) => this.env.fs.has(m)) || this.env.installed.has(cmd);
  }

  unknownPaths(cmd: string): undefined {
    this.unknown(`${cmd}: a path comes from a command substitution ($(…)), so the files involved are unknown.`);
    return undefined;
  }

  operandsSkipping(args: string[], withValue: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i] ?? '';
      if (withValue.includes(a)) {
        i++;
        continue;
      }
      if (a.startsWith('-')) continue;
      out.push(a);
    }
    return out;
  }
}
