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
  keypoints: string[];
  interview: InterviewItem[];
  quiz: QuizItem[];
}

export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/**
 * What every page's first load knows of a lesson: enough for the sidebar and links. Kept this small
 * because each lesson adds its entry to every page (see build/catalog-cost.test.ts).
 */
export interface CatalogEntry {
  slug: string;
  part: Part;
  order: number;
  playgrounds: string[];
  title: Record<Lang, string>;
}

/** The course map's line for a lesson in one language; loaded by the home page only. */
export interface LessonSummary {
  summary: string;
  minutes: number;
}

/** A lesson's interview questions and quiz: their own chunk, hydrated when the reader nears them. */
export interface LessonStudy {
  interview: InterviewItem[];
  quiz: QuizItem[];
}

/**
 * The frontmatter as a compiled lesson module exports it (build/remark-lesson-frontmatter.ts): the study
 * material replaced by its counts, the reading time added.
 */
export type LessonModuleFrontmatter = Omit<LessonFrontmatter, 'interview' | 'quiz' | 'keypoints'> & {
  study: { interview: number; quiz: number };
  minutes: number;
};
