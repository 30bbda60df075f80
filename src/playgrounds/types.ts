import type { Lang } from '../lessons/parts.ts';

/** What the site knows of a playground without loading it: plain data, in `<id>/meta.ts`. */
export interface PlaygroundMeta {
  id: string;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
  /** Height in CSS px of the view on a desktop, for the placeholder that holds its place in a lesson. */
  height: number;
}

export interface PlaygroundProps {
  /** A preset the playground defines, chosen by the lesson that embeds it. */
  preset?: string;
  /**
   * True on the playground's own page (and its embed): its state lives in the URL (`#s=…`) so a link
   * reproduces it. False inside a lesson, where the URL's hash belongs to the lesson's sections.
   */
  standalone?: boolean;
}
