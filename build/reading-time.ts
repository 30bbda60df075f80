import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Minutes to read a lesson body. Chinese is counted in characters, other text in words; rates are the
 * commonly quoted averages for technical prose (about 300 Chinese characters or 200 English words a
 * minute), and code is counted like prose because readers slow down on it rather than skip it.
 */
export function readingMinutes(text: string): number {
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words = text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ' ').match(/[A-Za-z0-9_]+(?:[.'’-][A-Za-z0-9_]+)*/g)?.length ?? 0;
  return Math.max(1, Math.round(cjk / 300 + words / 200));
}

/** Reading time of a parsed lesson, frontmatter excluded. One function for the catalogue and the compiled page. */
export function lessonMinutes(tree: Root): number {
  return readingMinutes(toString({ ...tree, children: tree.children.filter((n) => n.type !== 'yaml') }));
}
