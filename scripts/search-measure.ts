/**
 * Search figures for `npm run bench`, from a built site: each language's index chunk (gzip), the
 * ranking of the fixed queries and their speed in Node on the shipped index, and the time from the
 * shortcut to the first result in Chromium.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { RANKING_CASES } from '../build/search-queries.ts';
import { LANGS, type Lang } from '../src/lessons/parts.ts';
import { loadIndex, search } from '../src/search/engine.ts';
import { gzipSize } from './measure.ts';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function indexFile(dist: string, lang: Lang): string {
  const name = readdirSync(path.join(dist, 'assets')).find((f) =>
    new RegExp(`search-index-${lang}-[\\w-]+\\.js$`).test(f),
  );
  if (!name) throw new Error(`no search index chunk for ${lang} in ${dist}/assets`);
  return path.join(dist, 'assets', name);
}

/** Gzip bytes of each language's index chunk. */
export function searchIndexSizes(dist: string): Record<Lang, number> {
  return Object.fromEntries(LANGS.map((lang) => [lang, gzipSize(indexFile(dist, lang))])) as Record<Lang, number>;
}

/**
 * Loads the shipped index chunks in Node, then runs every ranking query: how many put the expected
 * section first, and the median (and slowest) time per query, each timed over `runs` runs after a warm-up.
 */
export async function searchQueryTimes(dist: string, runs = 20) {
  const indexes = {} as Record<Lang, ReturnType<typeof loadIndex>>;
  const loadMs = {} as Record<Lang, number>;
  for (const lang of LANGS) {
    const { default: json } = (await import(pathToFileURL(indexFile(dist, lang)).href)) as { default: string };
    const started = performance.now();
    indexes[lang] = loadIndex(json);
    loadMs[lang] = performance.now() - started;
  }
  let first = 0;
  const times: number[] = [];
  for (const c of RANKING_CASES) {
    const top = search(indexes[c.lang], c.lang, c.query)[0];
    if (top?.slug === c.slug && top.section === c.section) first++;
    const started = performance.now();
    for (let i = 0; i < runs; i++) search(indexes[c.lang], c.lang, c.query);
    times.push((performance.now() - started) / runs);
  }
  return { queries: RANKING_CASES.length, first, medianMs: median(times), maxMs: Math.max(...times), loadMs };
}

/**
 * A fresh browser context (nothing cached) on a lesson page: Ctrl+K, type a query as soon as the input
 * has focus, until the first result shows. Timed in the page, from the key press to the option's arrival.
 */
export async function searchFirstResult(browser: Browser, origin: string, lang: Lang, query: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(`${origin}/${lang}/lessons/gin`, { waitUntil: 'networkidle' });
  // The shortcut listens once the header has hydrated (React has put its props on the button) and
  // effects have run (by the next frames); network idle does not promise either on a busy machine.
  await page.waitForFunction(() => {
    const button = document.querySelector('.search-button');
    return !!button && Object.keys(button).some((k) => k.startsWith('__reactProps'));
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => {
    const w = window as unknown as { searchT0?: number; searchT1?: Promise<number> };
    window.addEventListener('keydown', () => (w.searchT0 ??= performance.now()), { capture: true });
    w.searchT1 = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.search-dialog [role="option"]')) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.keyboard.press('Control+k');
  const input = page.getByRole('dialog').getByRole('combobox');
  await input.waitFor({ state: 'visible' });
  await input.pressSequentially(query);
  const ms = await page.evaluate(async () => {
    const w = window as unknown as { searchT0: number; searchT1: Promise<number> };
    return (await w.searchT1) - w.searchT0;
  });
  await page.close();
  return ms;
}
