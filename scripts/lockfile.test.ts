import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const lock = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../package-lock.json'), 'utf8')) as {
  packages: Record<string, { optionalDependencies?: Record<string, string> }>;
};

// `npm install` on Linux records only Linux's native packages; `npm ci` on macOS or Windows then fails.
it('package-lock.json lists every platform binary of the native build tools', () => {
  for (const tool of ['rolldown', 'lightningcss', 'rollup']) {
    const entry = lock.packages[`node_modules/${tool}`];
    expect(entry, tool).toBeDefined();
    const optional = Object.keys(entry?.optionalDependencies ?? {}).filter((name) => name !== 'fsevents');
    expect(optional.length, tool).toBeGreaterThan(5);
    for (const name of optional) expect(lock.packages[`node_modules/${name}`], `${tool}: ${name}`).toBeDefined();
  }
});
