/**
 * The header search button's words: in every page's first load, so kept to these few (the dialog's
 * strings are in ./strings.ts, in its own chunk).
 */
import type { Lang } from '../lessons/parts.ts';

export const buttonStrings: Record<Lang, { label: string; failed: string }> = {
  en: { label: 'Search', failed: 'Search could not be loaded. Press again to retry.' },
  zh: { label: '搜索', failed: '搜索加载失败，再按一次重试。' },
};
