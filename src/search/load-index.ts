import type MiniSearch from 'minisearch';
import type { Lang } from '../lessons/parts.ts';
import { loadIndex, type SearchDoc } from './engine.ts';

// One literal import per language, so the bundler makes each index a chunk of its own.
const chunks: Record<Lang, () => Promise<{ default: string }>> = {
  zh: () => import('virtual:search-index/zh'),
  en: () => import('virtual:search-index/en'),
};

const cache = new Map<Lang, Promise<MiniSearch<SearchDoc>>>();

/**
 * The index of one language, downloaded and deserialised once. A failure (offline, a deploy that
 * replaced the chunk) is not cached, so "try again" downloads it again.
 */
export function indexFor(lang: Lang): Promise<MiniSearch<SearchDoc>> {
  let promise = cache.get(lang);
  if (!promise) {
    promise = chunks[lang]().then((mod) => {
      if (!mod.default) throw new Error(`the ${lang} search index is empty`);
      return loadIndex(mod.default);
    });
    promise.catch(() => cache.delete(lang));
    cache.set(lang, promise);
  }
  return promise;
}
