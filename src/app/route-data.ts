import { findLesson, loadLesson, loadStudy, loadSummaries } from '../lessons/catalog.ts';
import { isLang, type Lang } from '../lessons/parts.ts';
import { findPlayground, loadPlaygroundView } from '../playgrounds/registry.ts';
import { loadStudyPage, routeStudyPage } from './study-pages.tsx';

/** Which lesson a router path shows, if any (page or embed). */
export function routeLesson(path: string): { lang: Lang; slug: string } | undefined {
  const match = /^\/(?:embed\/)?(zh|en)\/lessons\/([^/]+)\/?$/.exec(path);
  if (!match || !isLang(match[1]) || !findLesson(match[2])) return undefined;
  return { lang: match[1], slug: match[2]! };
}

/**
 * Loads the chunks a route renders on its first paint, so the client can hydrate without a fallback
 * and the prerenderer can render everything. `withStudy`: also the lesson's interview and quiz, which
 * the prerenderer writes into the HTML but the browser loads only when the reader nears them.
 */
export async function preloadRoute(path: string, withStudy = false): Promise<void> {
  const lesson = routeLesson(path);
  if (lesson) {
    await Promise.all([loadLesson(lesson.lang, lesson.slug), withStudy ? loadStudy(lesson.lang, lesson.slug) : undefined]);
    return;
  }
  const play = /^\/(?:embed\/)?(?:zh|en)\/play\/([^/]+)\/?$/.exec(path)?.[1];
  if (play && findPlayground(play)) {
    await loadPlaygroundView(play);
    return;
  }
  const study = routeStudyPage(path);
  if (study) {
    await loadStudyPage(study);
    return;
  }
  const home = /^\/(zh|en)\/?$/.exec(path)?.[1];
  if (isLang(home)) await loadSummaries(home);
}
