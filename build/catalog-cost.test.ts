import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { BUDGET } from '../scripts/budget-config.ts';
import { buildCatalog } from './catalog.ts';
import { catalogModuleSource } from './lessons-plugin.ts';

const root = path.resolve(import.meta.dirname, '..');

it('one more lesson adds at most ~0.5 KB (gzip) to every first load', () => {
  const lessons = buildCatalog(root);
  const size = (list: typeof lessons) => gzipSync(catalogModuleSource(list), { level: 9 }).length;
  const all = size(lessons);
  for (let i = 0; i < lessons.length; i++) {
    const without = size(lessons.filter((_, j) => j !== i));
    expect(all - without, lessons[i]!.entry.slug).toBeLessThanOrEqual(BUDGET.perLesson);
    expect(all - without).toBeGreaterThan(0);
  }
});

it('the catalogue carries titles only: summaries, study material and bodies load with their own chunks', () => {
  const lessons = buildCatalog(root);
  const source = catalogModuleSource(lessons);
  for (const lesson of lessons) {
    for (const read of Object.values(lesson.read)) {
      expect(source).toContain(JSON.stringify(read.frontmatter.title));
      expect(source).not.toContain(read.frontmatter.summary);
      expect(source).not.toContain(read.frontmatter.interview[0]!.q);
      expect(source).not.toContain(read.frontmatter.quiz[0]!.q);
    }
  }
});
