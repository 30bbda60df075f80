import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../src/playgrounds');

/**
 * The playgrounds that exist: folders of src/playgrounds with a meta.ts and a View.tsx (the same rule
 * src/playgrounds/registry.ts applies in the browser). Lessons may name only these.
 */
export const PLAYGROUND_IDS: readonly string[] = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'meta.ts')) && existsSync(path.join(dir, d.name, 'View.tsx')))
  .map((d) => d.name)
  .sort();
