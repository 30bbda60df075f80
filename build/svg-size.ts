import { readFileSync } from 'node:fs';

/**
 * The intrinsic size of an SVG diagram, from its root element's width/height attributes. The <img> gets
 * them so the browser reserves the space before the lazy image arrives and the text below doesn't jump.
 */
export function svgSize(file: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(readFileSync(file, 'utf8'))?.[0];
  if (!root) return undefined;
  const width = Number(/\swidth="(\d+(?:\.\d+)?)(?:px)?"/.exec(root)?.[1]);
  const height = Number(/\sheight="(\d+(?:\.\d+)?)(?:px)?"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : undefined;
}
