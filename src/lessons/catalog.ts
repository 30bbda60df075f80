import * as virtualLessons from 'virtual:lessons';
import { use } from 'react';
import type { Lang } from './parts.ts';
import type { LessonModule } from './lesson-module.ts';
import type { CatalogEntry } from './types.ts';

/** The shape build/lessons-plugin.ts generates. */
const generated = virtualLessons as unknown as {
  catalog: CatalogEntry[];
  loaders: Record<string, () => Promise<LessonModule>>;
};

export const catalog = generated.catalog;
const loaders = generated.loaders;

export function findLesson(slug: string | undefined): CatalogEntry | undefined {
  return catalog.find((entry) => entry.slug === slug);
}

export function neighbours(slug: string): { prev?: CatalogEntry; next?: CatalogEntry } {
  const i = catalog.findIndex((entry) => entry.slug === slug);
  const prev = i > 0 ? catalog[i - 1] : undefined;
  const next = i >= 0 ? catalog[i + 1] : undefined;
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

const loaded = new Map<string, LessonModule>();
const pending = new Map<string, Promise<LessonModule>>();

/**
 * Starts (or reuses) the download of a lesson chunk. The client awaits it before hydrating so the
 * prerendered text is never replaced by a fallback; the prerenderer awaits it before rendering.
 */
export function loadLesson(lang: Lang, slug: string): Promise<LessonModule> {
  const key = `${lang}/${slug}`;
  const ready = loaded.get(key);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(key);
  if (!promise) {
    const loader = loaders[key];
    if (!loader) return Promise.reject(new Error(`no lesson ${key}`));
    promise = loader().then((mod) => {
      loaded.set(key, mod);
      return mod;
    });
    promise.catch(() => pending.delete(key));
    pending.set(key, promise);
  }
  return promise;
}

/** Suspends until the lesson is loaded; synchronous when it already is (hydration, prerender). */
export function useLessonModule(lang: Lang, slug: string): LessonModule {
  return loaded.get(`${lang}/${slug}`) ?? use(loadLesson(lang, slug));
}
