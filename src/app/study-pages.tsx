import { createElement, Suspense, type ComponentType } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { createResource } from '../lessons/resource.ts';

/**
 * The study-tool pages (review, drill, progress, cheat sheets), each its own chunk, so none of their
 * code (ts-fsrs, the progress store, the deck) is in a lesson's first load. Like lessons, a page is
 * preloaded before hydration (route-data.ts), so the prerendered markup hydrates without a fallback.
 * (Making the home, playground and embed pages lazy too was tried: rolldown then split React and
 * react-router into a shared chunk and the lesson first load grew by 1.8 KB instead of shrinking.)
 */
const pages = createResource<ComponentType>({
  review: () => import('../study/review/ReviewPage.tsx'),
  drill: () => import('../study/drill/DrillPage.tsx'),
  progress: () => import('../study/progress/ProgressPage.tsx'),
  cheatsheet: () => import('../study/cheatsheet/CheatSheetPage.tsx'),
});

export type PageId = 'review' | 'drill' | 'progress' | 'cheatsheet';

/** Which study page a router path shows, if any (`/zh/review`, `/en/cheatsheet/grpc`, …). */
export function routePage(path: string): PageId | undefined {
  const m = /^\/(?:zh|en)\/(review|drill|progress|cheatsheet)\/?$/.exec(path) ?? /^\/(?:zh|en)\/(cheatsheet)\/[^/]+\/?$/.exec(path);
  return m?.[1] as PageId | undefined;
}

export const loadPage = (id: PageId) => pages.load(id);

function Page({ id }: { id: PageId }) {
  // A loaded module's component, the same object on every render (createElement says so to the linter).
  return createElement(pages.useRead(id));
}

export function StudyPage({ id }: { id: PageId }) {
  return (
    <ErrorBoundary>
      <Suspense fallback={<p className="page-loading">…</p>}>
        <Page id={id} />
      </Suspense>
    </ErrorBoundary>
  );
}
