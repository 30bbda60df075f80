import * as generated from 'virtual:lesson-cheatsheet';
import { findLesson } from '../../lessons/catalog.ts';
import { isLang, type Lang } from '../../lessons/parts.ts';
import { createResource } from '../../lessons/resource.ts';
import type { CheatSheetLesson, CheatSheetLessonWithAnswers } from './types.ts';

type Loaders<T> = Record<string, () => Promise<{ default: T }>>;

/** The shape build/cheatsheet-module.ts generates. */
const loaders = generated as unknown as { course: Loaders<CheatSheetLesson[]>; lessons: Loaders<CheatSheetLessonWithAnswers> };

const course = createResource(loaders.course);
const lessons = createResource(loaders.lessons);

/** Which sheet a router path shows: the course's (`/zh/cheatsheet`) or a known lesson's (`/en/cheatsheet/grpc`). */
export function routeCheatSheet(path: string): { lang: Lang; slug?: string } | undefined {
  const m = /^\/(zh|en)\/cheatsheet(?:\/([^/]+))?\/?$/.exec(path);
  if (!m || !isLang(m[1])) return undefined;
  if (m[2] === undefined) return { lang: m[1] };
  return findLesson(m[2]) ? { lang: m[1], slug: m[2] } : undefined;
}

/**
 * Loads the sheet a path shows (nothing for an unknown lesson, which renders the 404 content). Called
 * by src/app/route-data.ts before hydrating and prerendering, so the page renders without suspending.
 */
export async function preloadCheatSheet(path: string): Promise<void> {
  const route = routeCheatSheet(path);
  if (route) await (route.slug ? lessons.load(`${route.lang}/${route.slug}`) : course.load(route.lang));
}

export const useCourseSheet = (lang: Lang) => course.useRead(lang);
/** One lesson's sheet with its answers: a lesson sheet's content, and the course sheet's answers on request. */
export const useLessonSheet = (lang: Lang, slug: string) => lessons.useRead(`${lang}/${slug}`);
