import { findLesson } from '../lessons/catalog.ts';
import { isLang, type Lang } from '../lessons/parts.ts';

/** Which lesson a router path shows, if any (page or embed). */
export function routeLesson(path: string): { lang: Lang; slug: string } | undefined {
  const match = /^\/(?:embed\/)?(zh|en)\/lessons\/([^/]+)\/?$/.exec(path);
  if (!match || !isLang(match[1]) || !findLesson(match[2])) return undefined;
  return { lang: match[1], slug: match[2]! };
}
