import type { Lang } from '../lessons/parts.ts';

/** Router paths (relative to the router's basename, i.e. BASE_PATH). */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  lesson: (lang: Lang, slug: string) => `/${lang}/lessons/${slug}`,
  embedLesson: (lang: Lang, slug: string) => `/embed/${lang}/lessons/${slug}`,
  play: (lang: Lang, id: string) => `/${lang}/play/${id}`,
  embedPlay: (lang: Lang, id: string) => `/embed/${lang}/play/${id}`,
  review: (lang: Lang) => `/${lang}/review`,
  drill: (lang: Lang) => `/${lang}/drill`,
  progress: (lang: Lang) => `/${lang}/progress`,
  cheatsheet: (lang: Lang, slug?: string) => (slug ? `/${lang}/cheatsheet/${slug}` : `/${lang}/cheatsheet`),
};

/** A URL inside public/ or the site, with BASE_PATH in front: what an <img src> or an iframe needs. */
export function withBase(relative: string): string {
  return import.meta.env.BASE_URL + relative.replace(/^\//, '');
}

/** Swaps the language segment of a router path, keeping everything else. */
export function switchLangPath(pathname: string, to: Lang): string {
  return pathname.replace(/^(\/embed)?\/(zh|en)(?=\/|$)/, (_m, embed: string | undefined) => `${embed ?? ''}/${to}`);
}
