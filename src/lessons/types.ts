import type { Lang, Part } from './parts.ts';

export interface InterviewItem {
  q: string;
  a: string;
}

export interface QuizItem {
  q: string;
  options: string[];
  answer: number;
  explain: string;
}

/** The frontmatter every lesson carries; validated at build time by build/frontmatter.ts. */
export interface LessonFrontmatter {
  title: string;
  summary: string;
  part: Part;
  order: number;
  playgrounds: string[];
  interview: InterviewItem[];
  quiz: QuizItem[];
}

export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** What the catalogue knows of a lesson in one language: enough for the course map and sidebar, no body. */
export interface LessonMeta {
  title: string;
  summary: string;
  minutes: number;
}

export interface CatalogEntry {
  slug: string;
  part: Part;
  order: number;
  playgrounds: string[];
  meta: Record<Lang, LessonMeta>;
}
