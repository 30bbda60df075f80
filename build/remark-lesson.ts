import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Code, Heading as MdHeading, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { valueToEstree } from 'estree-util-value-to-estree';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CALLOUT_KINDS, MDX_TAGS } from '../src/lessons/mdx-tags.ts';
import type { Heading } from '../src/lessons/types.ts';
import { PLAYGROUND_IDS } from './playground-ids.ts';
import { LessonError } from './lesson-error.ts';
import { svgSize } from './svg-size.ts';

const ID_COMMENT = /^\/\*\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/$/;

export interface LessonCheckOptions {
  /** Folder that `<Figure src>` paths are relative to. */
  publicDir: string;
  /** How to name the file in errors (relative path). */
  fileLabel?: (file: VFile) => string;
}

function attr(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

/**
 * Reads `## Text {/*id*\/}` headings (react.dev's convention: an MDX comment survives translation, a slug
 * of Chinese text would not match its English twin). Removes the comment from the heading and returns
 * the headings in order. Throws a LessonError on a missing or malformed id.
 */
export function extractHeadings(tree: Root, file: string): Heading[] {
  const headings: Heading[] = [];
  const seen = new Set<string>();
  visit(tree, 'heading', (node: MdHeading) => {
    const line = node.position?.start.line;
    if (node.depth === 1) throw new LessonError(file, line, 'no "#" heading in a lesson body: the title comes from the frontmatter');
    if (node.depth > 3) return;
    const last = node.children.at(-1);
    const match = last?.type === 'mdxTextExpression' ? ID_COMMENT.exec(last.value.trim()) : null;
    if (!match) {
      throw new LessonError(file, line, `heading "${toString(node)}" needs an id: end it with {/*some-id*/}`);
    }
    node.children.pop();
    const tail = node.children.at(-1);
    if (tail?.type === 'text') tail.value = tail.value.trimEnd();
    const id = match[1]!;
    if (seen.has(id)) throw new LessonError(file, line, `heading id "${id}" is used twice`);
    seen.add(id);
    node.data = { ...node.data, hProperties: { id } };
    headings.push({ depth: node.depth as 2 | 3, id, text: toString(node) });
  });
  return headings;
}

/** Checks the JSX tags a lesson uses and the files and playgrounds they name. */
export function checkComponents(tree: Root, file: string, publicDir: string): void {
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (n) => {
    const node = n as MdxJsxFlowElement | MdxJsxTextElement;
    const line = node.position?.start.line;
    const column = node.position?.start.column;
    const name = node.name ?? '<>';
    if (!(MDX_TAGS as readonly string[]).includes(name)) {
      throw new LessonError(file, line, `unknown component <${name}>; a lesson may use: ${MDX_TAGS.join(', ')}`, column);
    }
    if (name === 'Figure') {
      const src = attr(node, 'src')?.value;
      if (typeof src !== 'string') throw new LessonError(file, line, '<Figure> needs src="pic/…" as a plain string', column);
      if (src.startsWith('/') || /^[a-z]+:/i.test(src)) {
        throw new LessonError(file, line, `<Figure src="${src}">: use a path inside public/ without a leading "/"`, column);
      }
      const abs = path.join(publicDir, src);
      if (!existsSync(abs)) throw new LessonError(file, line, `<Figure src="${src}">: no such file in public/`, column);
      const size = src.endsWith('.svg') ? svgSize(abs) : undefined;
      if (!size) throw new LessonError(file, line, `<Figure src="${src}">: the SVG needs width and height attributes on its root`, column);
      for (const [name, value] of Object.entries(size)) {
        if (!attr(node, name)) node.attributes.push({ type: 'mdxJsxAttribute', name, value: String(value) });
      }
      if (typeof attr(node, 'alt')?.value !== 'string') throw new LessonError(file, line, '<Figure> needs alt text', column);
    }
    if (name === 'Callout') {
      const kind = attr(node, 'kind')?.value;
      if (typeof kind !== 'string' || !(CALLOUT_KINDS as readonly string[]).includes(kind)) {
        throw new LessonError(file, line, `<Callout kind> must be one of: ${CALLOUT_KINDS.join(', ')}`, column);
      }
    }
    if (name === 'Playground') {
      const id = attr(node, 'id')?.value;
      if (typeof id !== 'string' || !PLAYGROUND_IDS.includes(id)) {
        throw new LessonError(file, line, `<Playground id="${String(id)}">: unknown playground`, column);
      }
    }
  });
}

function mermaidNode(node: Code): MdxJsxFlowElement {
  const height = /(?:^|\s)height=(\d+)/.exec(node.meta ?? '')?.[1];
  return {
    type: 'mdxJsxFlowElement',
    name: 'Mermaid',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'code', value: node.value },
      { type: 'mdxJsxAttribute', name: 'height', value: height ?? '320' },
    ],
    children: [],
    ...(node.position ? { position: node.position } : {}),
  };
}

/** The remark plugin the MDX compiler runs on every lesson. */
export function remarkLesson(options: LessonCheckOptions) {
  return (tree: Root, vfile: VFile) => {
    const file = options.fileLabel ? options.fileLabel(vfile) : vfile.path;
    // Mermaid fences become a lazy component before highlighting sees them.
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      parent.children.splice(index, 1, mermaidNode(node) as RootContent as never);
      return SKIP;
    });
    checkComponents(tree, file, options.publicDir);
    const headings = extractHeadings(tree, file);
    tree.children.push({
      type: 'mdxjsEsm',
      value: '',
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ExportNamedDeclaration',
              specifiers: [],
              attributes: [],
              source: null,
              declaration: {
                type: 'VariableDeclaration',
                kind: 'const',
                declarations: [
                  { type: 'VariableDeclarator', id: { type: 'Identifier', name: 'headings' }, init: valueToEstree(headings) },
                ],
              },
            },
          ],
        },
      },
    } as RootContent);
  };
}
