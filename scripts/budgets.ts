/**
 * `npm run budgets`: fails when a lesson page's first load grows past its budget or pulls in a heavy
 * chunk. Figures are gzip bytes of what the browser fetched until the network was idle.
 */
import path from 'node:path';
import { catalogRoutes, BUDGET } from './budget-config.ts';
import { startStaticServer } from './static-server.ts';
import { heavyChunks, launch, measurePage } from './measure.ts';

const dist = path.resolve(import.meta.dirname, '../dist');
const server = await startStaticServer(dist, '/', 0);
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await launch();
const heavy = heavyChunks(dist);
const failures: string[] = [];
try {
  for (const route of catalogRoutes(dist)) {
    const weight = await measurePage(browser, origin, '/', route, dist);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`${route.padEnd(34)} JS ${kb(weight.jsGzip).padStart(9)}  CSS ${kb(weight.cssGzip).padStart(8)}`);
    if (weight.jsGzip > BUDGET.firstLoadJs) failures.push(`${route}: first-load JS ${kb(weight.jsGzip)} > ${kb(BUDGET.firstLoadJs)}`);
    if (weight.cssGzip > BUDGET.firstLoadCss) failures.push(`${route}: first-load CSS ${kb(weight.cssGzip)} > ${kb(BUDGET.firstLoadCss)}`);
    for (const file of weight.files) {
      const owner = heavy.get(file);
      if (owner) failures.push(`${route}: first load fetched ${file}, a chunk of ${owner}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`\nBudget check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nbudgets ok: first-load JS ≤ ${BUDGET.firstLoadJs / 1024} KB, CSS ≤ ${BUDGET.firstLoadCss / 1024} KB, no mermaid/Monaco/playground chunk`);
