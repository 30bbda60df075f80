// The header's due count, loaded after hydration by DueBadge.tsx. Counts with the same rules as the
// review page, from a light read of the stored cards (peek.ts); the store proper, with its migrations
// and validation, loads only when that read is unsure (an older version, a damaged document).

import type { Lang } from '../../lessons/parts.ts';
import { PROGRESS_CHANGED_EVENT, PROGRESS_KEY } from '../progress/key.ts';
import { peekProgress } from '../progress/peek.ts';
import type { Progress } from '../progress/schema.ts';
import { countDue } from './deck.ts';
import './due-badge.css';

/** The progress to count from: peeked when possible, else the store's (loaded once, on demand). */
async function current(): Promise<Progress> {
  const peeked = peekProgress();
  if (peeked) return peeked;
  const { readProgress } = await import('../progress/store.ts');
  return readProgress();
}

/** Recount this often even when nothing is written: learning cards come due minutes after a grade. */
const RECOUNT_MS = 30_000;

/**
 * Calls `onCount` with the number of cards due now, again whenever the progress changes (in this tab or
 * another) or time brings cards due. Returns the function that stops it.
 */
export function watchDue(onCount: (n: number) => void): () => void {
  let last = -1;
  let stopped = false;
  const recount = () => {
    current().then(
      (progress) => {
        const n = countDue(progress, Date.now());
        if (!stopped && n !== last) onCount((last = n));
      },
      () => {}, // the store's chunk failed to load: keep the last count
    );
  };
  const onStorage = (e: StorageEvent) => {
    if (e.key === PROGRESS_KEY || e.key === null) recount();
  };
  recount();
  window.addEventListener(PROGRESS_CHANGED_EVENT, recount);
  window.addEventListener('storage', onStorage);
  const timer = setInterval(recount, RECOUNT_MS);
  document.addEventListener('visibilitychange', recount);
  return () => {
    stopped = true;
    window.removeEventListener(PROGRESS_CHANGED_EVENT, recount);
    window.removeEventListener('storage', onStorage);
    clearInterval(timer);
    document.removeEventListener('visibilitychange', recount);
  };
}

const text = {
  en: {
    word: 'Review',
    label: (n: number) => (n === 0 ? 'Review: no cards due' : `Review: ${n} card${n === 1 ? '' : 's'} due`),
  },
  zh: { word: '复习', label: (n: number) => (n === 0 ? '复习：没有待复习的卡片' : `复习：${n} 张卡片待复习`) },
};

/** The badge's visible word and its accessible name (which repeats the visible text, then says what it means). */
export function badgeText(lang: Lang, n: number): { word: string; label: string } {
  return { word: text[lang].word, label: text[lang].label(n) };
}
