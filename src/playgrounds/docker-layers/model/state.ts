// Shared state and helpers of the build simulation.

import type { BuildContext } from './context.ts';
import type { BaseImage } from './catalogue.ts';
import type { VirtualFs } from './fs.ts';
import type { RunFacts } from './run.ts';
import type { ImageConfig, LayerInfo, Problem, SimulateOptions, Stage, StepDetail } from './types.ts';

export const KNOWN_INSTRUCTIONS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
];

/** BuildKit's automatic platform ARGs (for linux/amd64). */
export const PLATFORM_ARGS: Record<string, string> = {
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
};

/** Predefined ARGs that need no declaration. */
export const PREDEFINED = new Set([
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
  'BUILDKIT_INLINE_CACHE',
  'BUILDKIT_SYNTAX',
  'SOURCE_DATE_EPOCH',
  'BUILDKIT_CONTEXT_KEEP_GIT_DIR',
]);

export const SECRET_NAME = /(pass(word|wd)?|secret|token|api[-_]?key|private[-_]?key|access[-_]?key|credential|auth)/i;
export const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst)$/i;
export const URL_RE = /^(https?:\/\/|git@|git:\/\/)/i;

export interface StepInternal extends StepDetail {
  keyText: string;
  keyFrom: number[];
  facts: RunFacts | null;
  /** COPY of the whole context (for the dependency-order hint). */
  wholeContext: boolean;
  /** Lines of COPY steps that brought in a cgo Go binary. */
  cgoBinaryCopied: boolean;
}

export interface StageState {
  stage: Stage;
  fs: VirtualFs;
  layers: LayerInfo[];
  inheritedLayers: number;
  steps: StepInternal[];
  env: Map<string, string>;
  args: Map<string, string | undefined>;
  config: ImageConfig;
  deps: Set<number>;
  installed: Set<string>;
  virtualGroups: Map<string, string[]>;
  noShell: boolean;
  /** The catalogue image at the root of this stage's FROM chain (null when unknown or scratch-like). */
  rootImage: BaseImage | null;
  rootRef: string;
  cmdCount: number;
  entrypointCount: number;
}

export interface Ctx {
  opts: SimulateOptions;
  escape: string;
  problems: Problem[];
  context: BuildContext | null;
  globalArgs: Map<string, string | undefined>;
  consumed: Set<string>;
  stages: StageState[];
  hasDockerignore: boolean;
}

export function emptyConfig(): ImageConfig {
  return { workdir: '/', user: '', env: {}, cmd: null, entrypoint: null, exposed: [], labels: {}, volumes: [] };
}

export function cloneConfig(c: ImageConfig): ImageConfig {
  return {
    workdir: c.workdir,
    user: c.user,
    env: { ...c.env },
    cmd: c.cmd ? [...c.cmd] : null,
    entrypoint: c.entrypoint ? [...c.entrypoint] : null,
    exposed: [...c.exposed],
    labels: { ...c.labels },
    volumes: [...c.volumes],
  };
}

export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (dp[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = dp[i] as number[];
      const prev = dp[i - 1] as number[];
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return (dp[a.length] as number[])[b.length] ?? 0;
}

export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
