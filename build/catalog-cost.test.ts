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

it('the catalogue carries no lesson body, so lesson text stays in its own chunk', () => {
  const lessons = buildCatalog(root);
  const source = catalogModuleSource(lessons);
  for (const lesson of lessons) {
    for (const read of Object.values(lesson.read)) {
      for (const heading of read.headings.filter((h) => h.text.length > 12)) expect(source).not.toContain(heading.text);
      expect(source).not.toContain(read.frontmatter.interview[0]?.q ?? '\u0000');
    }
  }
});
