// The virtual build context (path -> size) and .dockerignore.
//
// .dockerignore follows moby/patternmatcher as `docker build` uses it: one pattern per line, `#` comments,
// blank lines ignored, a leading `/` dropped, paths cleaned, `*` `?` `[…]` within one path segment, `**` for any
// number of directories, `!pattern` re-includes, the last matching line wins, and a pattern that matches a
// directory excludes everything under it.

import { VirtualFs, normalizePath } from './fs.ts';
import { pathMatch } from './glob.ts';

export interface IgnoreRule {
  pattern: string;
  exclude: boolean;
}

export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    let exclude = true;
    if (line.startsWith('!')) {
      exclude = false;
      line = line.slice(1).trim();
    }
    const pattern = normalizePath(line).slice(1);
    if (pattern === '') continue;
    rules.push({ pattern, exclude });
  }
  return rules;
}

/** Is this context path (relative, no leading slash) excluded by the rules? */
export function isIgnored(path: string, rules: IgnoreRule[]): boolean {
  const rel = normalizePath(path).slice(1);
  const parts = rel.split('/');
  let ignored = false;
  for (const r of rules) {
    let hit = false;
    for (let k = parts.length; k >= 1 && !hit; k--) hit = pathMatch(r.pattern, parts.slice(0, k).join('/'));
    if (hit) ignored = r.exclude;
  }
  return ignored;
}

/**
 * Used when the context has a `.dockerignore` entry but its text is not given (the contract's context maps
 * paths to sizes only). A typical file for the Go and Node presets.
 */
export const DEFAULT_DOCKERIGNORE = [
  '.git',
  '.env',
  'bin/',
  'tmp/',
  'node_modules',
  '*.md',
  'Dockerfile*',
  '.dockerignore',
].join('\n');

export interface BuildContext {
  /** Files sent to the builder (after .dockerignore), rooted at `/`. */
  fs: VirtualFs;
  /** Context paths removed by .dockerignore. */
  ignored: Set<string>;
  /** Context paths edited since the previous build. */
  changed: Set<string>;
}

export function cleanContextPath(p: string): string {
  return normalizePath(p).slice(1);
}

export function buildContext(
  context: Record<string, number>,
  rules: IgnoreRule[],
  changedFiles: string[],
): BuildContext {
  const fs = new VirtualFs();
  const ignored = new Set<string>();
  for (const key of Object.keys(context).sort()) {
    const rel = cleanContextPath(key);
    if (rel === '') continue;
    if (isIgnored(rel, rules)) {
      ignored.add(rel);
      continue;
    }
    const raw = context[key];
    const size = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? Math.round(raw) : null;
    if (key.endsWith('/')) fs.mkdirp(`/${rel}`);
    else fs.writeFile(`/${rel}`, size);
  }
  return { fs, ignored, changed: new Set(changedFiles.map(cleanContextPath)) };
}
