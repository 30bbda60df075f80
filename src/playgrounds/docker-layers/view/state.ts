// The playground's saved state (URL fragment and localStorage) and how it is validated.

import { DEFAULT_DOCKERIGNORE, PRESETS } from '../model.ts';
import type { Preset } from '../model.ts';

export interface ContextFile {
  path: string;
  size: number;
}

export interface DockerState {
  v: 1;
  preset: string;
  dockerfile: string;
  /** The Dockerfile of the previous (cached) build. */
  previous: string;
  files: ContextFile[];
  /** Context paths edited since the previous build. */
  changed: string[];
  dockerignore: string;
  target: string;
}

export const DEFAULT_PRESET = 'go-cache-friendly';

export function presetById(id: string | undefined): Preset {
  return PRESETS.find((p) => p.id === id) ?? PRESETS.find((p) => p.id === DEFAULT_PRESET) ?? (PRESETS[0] as Preset);
}

export function stateFromPreset(id: string | undefined): DockerState {
  const p = presetById(id);
  return {
    v: 1,
    preset: p.id,
    dockerfile: p.dockerfile,
    previous: p.dockerfile,
    files: Object.entries(p.context)
      .filter(([path]) => path !== '.dockerignore')
      .map(([path, size]) => ({ path, size })),
    changed: [],
    dockerignore: p.context['.dockerignore'] !== undefined ? p.dockerignore || DEFAULT_DOCKERIGNORE : '',
    target: '',
  };
}

const MAX_TEXT = 200_000;
const MAX_FILES = 500;

/** Validate untrusted data (an old or hand-edited link); undefined to ignore it. */
export function parseDockerState(raw: unknown): DockerState | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const o = raw as Record<string, unknown>;
  if (o.v !== 1 || typeof o.dockerfile !== 'string' || o.dockerfile.length > MAX_TEXT) return undefined;
  const str = (x: unknown, fallback: string) => (typeof x === 'string' && x.length <= MAX_TEXT ? x : fallback);
  const files: ContextFile[] = [];
  if (Array.isArray(o.files)) {
    for (const f of o.files.slice(0, MAX_FILES)) {
      if (!f || typeof f !== 'object') continue;
      const { path, size } = f as Record<string, unknown>;
      if (typeof path !== 'string' || path.length > 500) continue;
      const n = typeof size === 'number' && Number.isFinite(size) && size >= 0 ? Math.min(Math.round(size), 1e13) : 0;
      files.push({ path, size: n });
    }
  }
  return {
    v: 1,
    preset: str(o.preset, DEFAULT_PRESET),
    dockerfile: o.dockerfile,
    previous: str(o.previous, o.dockerfile),
    files,
    changed: Array.isArray(o.changed) ? o.changed.filter((c): c is string => typeof c === 'string').slice(0, MAX_FILES) : [],
    dockerignore: str(o.dockerignore, ''),
    target: str(o.target, '').slice(0, 200),
  };
}

/** The model's context (path -> size), with `.dockerignore` present only when it has text. */
export function contextOf(state: DockerState): Record<string, number> {
  const ctx: Record<string, number> = {};
  for (const f of state.files) if (f.path.trim() !== '') ctx[f.path.trim()] = f.size;
  if (state.dockerignore.trim() !== '') ctx['.dockerignore'] = new TextEncoder().encode(state.dockerignore).length;
  return ctx;
}
