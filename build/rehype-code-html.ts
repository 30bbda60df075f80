import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Turns each highlighted <pre> into `<CodeBlock html="…">`. Compiled to JSX, every token span would be a
 * function call with a style object, about twice the gzip size of the same markup as one HTML string;
 * lesson chunks are the biggest part of a page's first load, so code travels as HTML. The HTML is made
 * here, at build time, from the lesson's own source, never from anything a reader typed.
 */
export function rehypeCodeHtml() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const replacement: MdxJsxFlowElementHast = {
        type: 'mdxJsxFlowElement',
        name: 'CodeBlock',
        attributes: [{ type: 'mdxJsxAttribute', name: 'html', value: toHtml(node) }],
        children: [],
      };
      parent.children.splice(index, 1, replacement as never);
      return SKIP;
    });
  };
}
