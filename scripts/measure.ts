/**
 * Measures what a page really loads: opens it in Chromium, waits for the network to go idle after
 * load, and sums the gzip size (level 9, as a static server's precompression would give) of every
 * script and stylesheet it fetched from the built site. Shared by `npm run budgets` and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from '../e2e/browser.ts';

export interface PageWeight {
  route: string;
  jsGzip: number;
  cssGzip: number;
  files: string[];
}

export const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export async function measurePage(browser: Browser, origin: string, base: string, route: string, distDir: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const files = new Set<string>();
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin || !url.pathname.startsWith(base)) return;
    if (/\.(m?js|css)$/.test(url.pathname)) files.add(url.pathname.slice(base.length));
  });
  await page.goto(origin + base + route.replace(/^\//, ''), { waitUntil: 'networkidle' });
  await page.close();
  let jsGzip = 0;
  let cssGzip = 0;
  for (const file of files) {
    const size = gzipSize(path.join(distDir, file));
    if (file.endsWith('.css')) cssGzip += size;
    else jsGzip += size;
  }
  return { route, jsGzip, cssGzip, files: [...files].sort() };
}

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  isDynamicEntry?: boolean;
}

/** Chunks that belong to heavy, load-on-demand code (mermaid, Monaco, playgrounds) and never to the entry. */
export function heavyChunks(distDir: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const closure = (keys: string[]) => {
    const seen = new Set<string>();
    const walk = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key)) return;
      seen.add(key);
      chunk.imports?.forEach(walk);
    };
    keys.forEach(walk);
    return seen;
  };
  const entryKeys = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  const eager = closure(entryKeys);
  // The header's due count is the one study-tool piece every page loads (after hydration): its chunk
  // and what it imports statically are counted in the first load like any other byte, not refused.
  const allowed = closure(Object.keys(manifest).filter((k) => k.endsWith('src/study/cards/due-watch.ts')));
  const heavy = new Map<string, string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    // Study tools (search, flashcards, progress, drill, cheat sheets) must not load with a lesson either.
    if (!chunk.isDynamicEntry || !/mermaid|monaco|src\/playgrounds\/|src\/search\/|src\/study\/|search-index/.test(key)) continue;
    for (const dep of closure([key])) if (!eager.has(dep) && !allowed.has(dep)) heavy.set(manifest[dep]!.file, key);
  }
  return heavy;
}
