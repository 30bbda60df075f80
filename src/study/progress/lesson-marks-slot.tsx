import { lazy, Suspense } from 'react';
import { useHydrated } from '../../components/useHydrated.ts';
import type { Lang } from '../../lessons/parts.ts';
import { PROGRESS_KEY } from './key.ts';

// The marks and the store behind them are their own chunk, fetched after hydration and only for a
// learner who has progress to show: a first visit (and the budget check) never loads it.
const LessonMarks = lazy(() => import('./LessonMarks.tsx'));

function hasProgress(): boolean {
  try {
    return localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return false;
  }
}

/** On the course map: a lesson's read tick and best quiz score, once the page is live. */
export function LessonMarksSlot({ slug, lang }: { slug: string; lang: Lang }) {
  const hydrated = useHydrated();
  if (!hydrated || !hasProgress()) return null;
  return (
    <Suspense fallback={null}>
      <LessonMarks slug={slug} lang={lang} />
    </Suspense>
  );
}
