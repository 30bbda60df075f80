import type { Root } from 'mdast';
import { parse, stringify } from 'yaml';
import { lessonMinutes } from './reading-time.ts';

/**
 * Runs before remark-mdx-frontmatter. The interview questions and quiz leave the lesson's module (they
 * are a third of its size and sit at the end of the page) for their own chunk, served by
 * build/lessons-plugin.ts; the module keeps their counts for the table of contents, and gains the
 * reading time. Validation already happened in build/catalog.ts.
 */
export function remarkLessonFrontmatter() {
  return (tree: Root) => {
    const node = tree.children[0];
    if (node?.type !== 'yaml') return;
    const data = (parse(node.value) ?? {}) as Record<string, unknown>;
    const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
    data.study = { interview: count(data.interview), quiz: count(data.quiz) };
    data.minutes = lessonMinutes(tree);
    delete data.interview;
    delete data.quiz;
    delete data.keypoints;
    node.value = stringify(data);
  };
}
