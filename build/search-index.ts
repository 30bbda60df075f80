/**
 * The search documents of one language, read from the lessons at build time: one per lesson section
 * (each h2/h3 with what follows it up to the next h2/h3; the introduction before the first heading is
 * section ""), and one per interview question (section `interview-questions`).
 */
import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Lang } from '../src/lessons/parts.ts';
import { INTERVIEW_ID } from '../src/lessons/lesson-toc.ts';
import { buildIndex, type SearchDoc } from '../src/search/engine.ts';
import type { BuiltLesson } from './catalog.ts';
import { extractHeadings } from './remark-lesson.ts';

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
// Interview answers are inline markdown, not MDX (src/lessons/RichText.tsx renders them).
const mdParser = unified().use(remarkParse).use(remarkGfm);

// Blocks whose text must not run into the next block's ("…end.Next…" would make a false token).
const BLOCKS = new Set(['paragraph', 'listItem', 'tableCell', 'blockquote', 'heading', 'mdxJsxFlowElement']);

interface Section {
  id: string;
  heading: string;
  text: string[];
  code: string[];
}

const clean = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();

function attr(node: MdxJsxFlowElement, name: string): string | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

/**
 * Walks a markdown tree in document order, sending prose to `text` and code blocks to `code`, and
 * calling `heading` for each h2/h3 (after extractHeadings has put its id in `data.hProperties`).
 */
function collect(
  tree: Root,
  on: { text: (s: string) => void; code: (s: string) => void; heading?: (id: string, text: string) => void },
) {
  visit(tree, (node: Nodes) => {
    if (
      node.type === 'yaml' ||
      node.type === 'mdxFlowExpression' ||
      node.type === 'mdxTextExpression' ||
      node.type === 'html'
    )
      return SKIP;
    if (node.type === 'heading' && node.depth <= 3 && on.heading) {
      const id = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id ?? '';
      on.heading(id, toString(node));
      return SKIP;
    }
    // Mermaid sources are diagram syntax, not reading text; the diagram's labels show as an image.
    if (node.type === 'code') {
      if (node.lang !== 'mermaid') on.code(node.value);
      return SKIP;
    }
    if (BLOCKS.has(node.type)) on.text(' ');
    if (node.type === 'mdxJsxFlowElement') {
      // What a reader sees of a figure or a callout besides its children: the caption, the title.
      for (const name of ['title', 'caption']) {
        const value = attr(node, name);
        if (value) on.text(` ${value} `);
      }
    }
    if (node.type === 'text' || node.type === 'inlineCode') on.text(node.value);
    return undefined;
  });
}

/** The sections of one lesson file, in order; the introduction first (section ""). */
export function lessonSections(
  file: string,
  label: string,
): { id: string; heading: string; text: string; code: string }[] {
  const tree = mdxParser.parse(readFileSync(file, 'utf8'));
  extractHeadings(tree, label);
  const sections: Section[] = [{ id: '', heading: '', text: [], code: [] }];
  collect(tree, {
    text: (s) => sections.at(-1)!.text.push(s),
    code: (s) => sections.at(-1)!.code.push(s),
    heading: (id, heading) => sections.push({ id, heading, text: [], code: [] }),
  });
  return sections.map((s) => ({ id: s.id, heading: s.heading, text: clean(s.text), code: s.code.join('\n') }));
}

/** Inline markdown (an interview question or answer) as plain text and code. */
export function markdownText(source: string): { text: string; code: string } {
  const text: string[] = [];
  const code: string[] = [];
  collect(mdParser.parse(source), { text: (s) => text.push(s), code: (s) => code.push(s) });
  return { text: clean(text), code: code.join('\n') };
}

/** Every search document of one language, lesson by lesson in course order. */
export function searchDocs(lessons: BuiltLesson[], lang: Lang): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const lesson of lessons) {
    const { slug } = lesson.entry;
    const title = lesson.entry.title[lang];
    const { frontmatter } = lesson.read[lang];
    for (const s of lessonSections(lesson.files[lang], `content/${lang}/${slug}.mdx`)) {
      // The summary shows under the title, so it belongs to the introduction.
      const text = s.id === '' ? `${frontmatter.summary} ${s.text}`.trim() : s.text;
      docs.push({
        id: `${slug}#${s.id}`,
        slug,
        section: s.id,
        heading: s.heading,
        question: '',
        title,
        text,
        code: s.code,
      });
    }
    frontmatter.interview.forEach((item, q) => {
      const question = markdownText(item.q);
      const answer = markdownText(item.a);
      docs.push({
        id: `${slug}#${INTERVIEW_ID}/${q}`,
        slug,
        section: INTERVIEW_ID,
        heading: '',
        question: question.text,
        title,
        text: answer.text,
        code: [question.code, answer.code].filter(Boolean).join('\n'),
        q,
      });
    });
  }
  return docs;
}

/** The serialised MiniSearch index of one language, as `MiniSearch.loadJSON` takes it. */
export function searchIndexJson(lessons: BuiltLesson[], lang: Lang): string {
  return JSON.stringify(buildIndex(searchDocs(lessons, lang)));
}
