/**
 * `npm run bench`: the figures to compare between commits. Builds the site (timed), then loads every
 * lesson route in Chromium and prints what its first load costs (gzip), as a Markdown table.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { catalogRoutes } from './budget-config.ts';
import { gzipSize, heavyChunks, launch, measurePage } from './measure.ts';
import { startStaticServer } from './static-server.ts';
import { encodeShareHash } from '../src/playgrounds/share.ts';
import { searchFirstResult, searchIndexSizes, searchQueryTimes } from './search-measure.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const kb = (n: number) => (n / 1024).toFixed(1);

const started = performance.now();
execFileSync(process.execPath, [path.join(root, 'scripts/build.ts'), 'dist'], { cwd: root, stdio: 'ignore', env: { ...process.env, BASE_PATH: '/' } });
const buildSeconds = (performance.now() - started) / 1000;

const server = await startStaticServer(dist, '/', 0);
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await launch();
const rows: string[] = [];
let grpcLongTasks: string;
const searchOpen: string[] = [];
try {
  for (const route of catalogRoutes(dist)) {
    const w = await measurePage(browser, origin, '/', route, dist);
    rows.push(`| ${route} | ${kb(w.jsGzip)} | ${kb(w.cssGzip)} | ${w.files.length} |`);
  }
  grpcLongTasks = await grpcAnimationLongTasks();
  for (const [lang, query] of [['zh', '心跳'], ['en', 'sync.Pool']] as const) searchOpen.push(`${lang} "${query}" ${(await searchFirstResult(browser, origin, lang, query)).toFixed(0)} ms`);
} finally {
  await browser.close();
  server.close();
}

/**
 * The gRPC playground playing a 5×5 bidi call on a phone-sized viewport: the longest main-thread task
 * while it animates (goal: none over 50 ms), from the browser's Long Tasks timeline.
 */
async function grpcAnimationLongTasks(): Promise<string> {
  const state = { kind: 'bidi', requests: 5, responses: 5, interleave: 'ping-pong', k: 1, outcome: 'ok', timeoutMs: 500, speed: 4 };
  const page = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });
  await page.goto(`${origin}/en/play/grpc-streams${encodeShareHash(state)}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
  await page.getByRole('button', { name: /Play/ }).first().click();
  await page.getByText(/Frame (\d+) of \1$/).first().waitFor({ timeout: 60_000 });
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  await page.close();
  const max = tasks.length ? Math.max(...tasks) : 0;
  return `${tasks.length} long tasks while playing a 5×5 bidi call at 375 px; longest ${max.toFixed(0)} ms (goal: none over 50 ms)`;
}

console.log(`# Go Backend Atlas bench — ${new Date().toISOString()}\n`);
console.log(`Production build (client + SSR + prerender): ${buildSeconds.toFixed(1)} s on ${process.version}\n`);
console.log('First load of each page until network idle (gzip level 9, KB):\n');
console.log('| route | JS | CSS | files |\n| --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log(`\ngRPC playground animation: ${grpcLongTasks}`);
// Search: the index chunks, the fixed ranking queries (build/search-queries.ts) on the shipped index, and opening it cold.
const searchSizes = searchIndexSizes(dist);
const queries = await searchQueryTimes(dist);
console.log('\nSearch (MiniSearch, loaded when search opens):\n');
console.log(`- index gzip: zh ${kb(searchSizes.zh)} KB, en ${kb(searchSizes.en)} KB; deserialising in Node: zh ${queries.loadMs.zh.toFixed(0)} ms, en ${queries.loadMs.en.toFixed(0)} ms`);
console.log(`- ranking: ${queries.first} of ${queries.queries} queries put the expected section first`);
console.log(`- query time in Node over those ${queries.queries} queries: median ${queries.medianMs.toFixed(2)} ms, slowest ${queries.maxMs.toFixed(2)} ms`);
console.log(`- Ctrl+K to first result, cold (dialog + index chunks fetched, query typed): ${searchOpen.join('; ')}`);
// Each on-demand entry (mermaid, Monaco, each playground view) with everything only it pulls in.
const lazy = new Map<string, number>();
for (const [file, owner] of heavyChunks(dist)) lazy.set(owner, (lazy.get(owner) ?? 0) + gzipSize(path.join(dist, file)));
console.log('\nOn-demand chunks, gzip KB (never in a lesson page\'s first load):\n');
console.log('| loaded by | KB |\n| --- | --- |');
// Mermaid's per-diagram-type chunks load only for a diagram of that type, so they are left out here.
for (const [owner, bytes] of [...lazy].sort()) if (owner.startsWith('src/') || /jsonMode/.test(owner)) console.log(`| ${owner} | ${kb(bytes)} |`);

// The playgrounds' own timings (model speed, keystroke to result) are Vitest benchmarks beside each model.
console.log('\nPlayground benchmarks (vitest bench, src/playgrounds/**/*.bench.ts):\n');
execFileSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'bench', '--run', 'src/playgrounds'], { cwd: root, stdio: 'inherit' });
