import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Heading, LessonFrontmatter } from '../src/lessons/types.ts';
import { CODE_LANGS } from './code-langs.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { LessonError } from './lesson-error.ts';
import { lessonMinutes } from './reading-time.ts';
import { checkComponents, extractHeadings } from './remark-lesson.ts';

export interface ReadLesson {
  frontmatter: LessonFrontmatter;
  headings: Heading[];
  minutes: number;
  /** Fenced code blocks, for the content tests (go, protobuf, yaml parse checks). */
  code: { lang: string; value: string; line: number }[];
  /** Site-internal links (`/zh/lessons/x#id`, `#id`), checked against the whole catalogue. */
  links: { url: string; line: number }[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Reads one lesson file the way the MDX compiler will see it, and validates it. */
export function readLesson(absPath: string, label: string, publicDir: string): ReadLesson {
  const source = readFileSync(absPath, 'utf8');
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch (error) {
    // vfile-message puts the position in `place`: a point, or a range whose start is what we want.
    type Point = { line?: number; column?: number };
    const e = error as { place?: Point & { start?: Point }; reason?: string; message: string };
    // Some micromark errors (an unclosed tag at end of file) carry the position only in their text.
    const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(e.reason ?? e.message);
    const at = e.place?.start ?? e.place ?? (inText ? { line: Number(inText[1]), column: Number(inText[2]) } : undefined);
    throw new LessonError(label, at?.line, `MDX syntax error: ${e.reason ?? e.message}`, at?.column);
  }
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yamlNode) throw new LessonError(label, 1, 'a lesson starts with YAML frontmatter between --- lines');
  const frontmatter = parseFrontmatter(yamlNode.value, label, (yamlNode.position?.start.line ?? 1) + 1);
  checkComponents(tree, label, publicDir);
  const headings = extractHeadings(tree, label);
  const code: ReadLesson['code'] = [];
  visit(tree, 'code', (node) => {
    const line = node.position?.start.line ?? 0;
    if (!node.lang || !(CODE_LANGS as readonly string[]).includes(node.lang)) {
      throw new LessonError(label, line, `code block needs a language, one of: ${CODE_LANGS.join(', ')}`);
    }
    code.push({ lang: node.lang, value: node.value, line });
  });
  const links: ReadLesson['links'] = [];
  visit(tree, 'link', (node) => {
    if (node.url.startsWith('/') || node.url.startsWith('#')) links.push({ url: node.url, line: node.position?.start.line ?? 0 });
  });
  return { frontmatter, headings, minutes: lessonMinutes(tree), code, links };
}
