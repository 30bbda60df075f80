import type { ComponentType } from 'react';
import type { Heading, LessonModuleFrontmatter } from './types.ts';

/** What an MDX lesson file compiles to (see build/remark-lesson.ts for `headings`). */
export interface LessonModule {
  default: ComponentType<{ components?: Record<string, unknown> }>;
  frontmatter: LessonModuleFrontmatter;
  headings: Heading[];
}
