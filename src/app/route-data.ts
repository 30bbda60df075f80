import { findLesson, loadLesson, loadStudy, loadSummaries } from '../lessons/catalog.ts';
import { isLang, type Lang } from '../lessons/parts.ts';
import { loadStudyView } from '../lessons/StudySection.tsx';
import { findPlayground, loadPlaygroundView } from '../playgrounds/registry.ts';
import { loadPage, routePage } from './study-pages.tsx';

/** Which lesson a router path shows, if any (page or embed). */
export function routeLesson(path: string): { lang: Lang; slug: string } | undefined {
  const match = /^\/(?:embed\/)?(zh|en)\/lessons\/([^/]+)\/?$/.exec(path);
  if (!match || !isLang(match[1]) || !findLesson(match[2])) return undefined;
  return { lang: match[1], slug: match[2]! };
}

/**
 * Loads the chunks a route renders on its first paint, so the client can hydrate without a fallback
 * and the prerenderer can render everything: the route's page component when it is a lazy one, and its
 * data. `withStudy`: also the lesson's interview and quiz, which the prerenderer writes into the HTML
 * but the browser loads only when the reader nears them.
 */
export async function preloadRoute(path: string, withStudy = false): Promise<void> {
  const page = routePage(path);
  await Promise.all([page ? loadPage(page) : undefined, preloadData(path, withStudy)]);
}

async function preloadData(path: string, withStudy: boolean): Promise<void> {
  const lesson = routeLesson(path);
  if (lesson) {
    await Promise.all([loadLesson(lesson.lang, lesson.slug), withStudy ? loadStudy(lesson.lang, lesson.slug) : undefined, withStudy ? loadStudyView() : undefined]);
    return;
  }
  const play = /^\/(?:embed\/)?(?:zh|en)\/play\/([^/]+)\/?$/.exec(path)?.[1];
  if (play && findPlayground(play)) {
    await loadPlaygroundView(play);
    return;
  }
  if (/^\/(?:zh|en)\/cheatsheet(?:\/|$)/.test(path)) {
    // A dynamic import: the cheat sheets' loaders stay out of every page's first load.
    await import('../study/cheatsheet/sheets.ts').then((m) => m.preloadCheatSheet(path));
    return;
  }
  const home = /^\/(zh|en)\/?$/.exec(path)?.[1];
  if (isLang(home)) await loadSummaries(home);
}
