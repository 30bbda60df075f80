import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildCatalog } from '../build/catalog.ts';
import type { Lang } from '../src/lessons/parts.ts';

export { PORT, SUB_PORT } from './site-config.ts';
export const SUB_BASE = '/sub/dir/';

/** The lessons as the build sees them: titles come from the same frontmatter the site renders. */
export const lessons = buildCatalog(path.resolve(import.meta.dirname, '..')).map((l) => ({
  slug: l.entry.slug,
  title: l.entry.title,
  headings: l.read.en.headings,
}));

export const LANGS: Lang[] = ['zh', 'en'];

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Records what should never happen on a page: console errors, requests that failed (or got an HTTP
 * error), and requests to any host but the site's own.
 */
export function watch(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // ERR_ABORTED is the page itself cancelling a fetch, e.g. a lazy chunk still loading when a test
    // navigates on; a missing or broken file shows up as an HTTP error or another net:: error instead.
    if (error === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return problems;
}
