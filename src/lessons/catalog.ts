import * as virtualLessons from 'virtual:lessons';
import type { Lang } from './parts.ts';
import type { LessonModule } from './lesson-module.ts';
import { createResource } from './resource.ts';
import type { CatalogEntry, LessonStudy, LessonSummary } from './types.ts';

type Loaders<T> = Record<string, () => Promise<T>>;

/** The shape build/lessons-plugin.ts generates. */
const generated = virtualLessons as unknown as {
  catalog: CatalogEntry[];
  loaders: Loaders<LessonModule>;
  studyLoaders: Loaders<{ default: LessonStudy }>;
  summaryLoaders: Loaders<{ default: Record<string, LessonSummary> }>;
};

export const catalog = generated.catalog;

export function findLesson(slug: string | undefined): CatalogEntry | undefined {
  return catalog.find((entry) => entry.slug === slug);
}

export function neighbours(slug: string): { prev?: CatalogEntry; next?: CatalogEntry } {
  const i = catalog.findIndex((entry) => entry.slug === slug);
  const prev = i > 0 ? catalog[i - 1] : undefined;
  const next = i >= 0 ? catalog[i + 1] : undefined;
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

// A lesson module's exports are the resource value itself, not a `default`.
const lessons = createResource<LessonModule>(
  Object.fromEntries(Object.entries(generated.loaders).map(([key, load]) => [key, () => load().then((mod) => ({ default: mod }))])),
);
const studies = createResource<LessonStudy>(generated.studyLoaders);
const summaries = createResource<Record<string, LessonSummary>>(generated.summaryLoaders);

/**
 * Lesson chunks. The client awaits the page's lesson before hydrating so the prerendered text is never
 * replaced by a fallback; the prerenderer awaits it before rendering.
 */
export const loadLesson = (lang: Lang, slug: string) => lessons.load(`${lang}/${slug}`);
export const useLessonModule = (lang: Lang, slug: string) => lessons.useRead(`${lang}/${slug}`);

/** A lesson's interview questions and quiz (see StudySection for when they load in the browser). */
export const loadStudy = (lang: Lang, slug: string) => studies.load(`${lang}/${slug}`);
export const peekStudy = (lang: Lang, slug: string) => studies.peek(`${lang}/${slug}`);

/** The course map's summaries and reading times, one chunk per language. */
export const loadSummaries = (lang: Lang) => summaries.load(lang);
export const useSummaries = (lang: Lang) => summaries.useRead(lang);
