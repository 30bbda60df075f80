import { Suspense, type ComponentType } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { createResource } from '../lessons/resource.ts';

/**
 * The study-tool pages (review, drill, progress, cheat sheets). Each is its own chunk, so none of
 * their code (ts-fsrs, the progress store, the deck) is in a lesson page's first load. Like lessons,
 * a page is preloaded before hydration (route-data.ts), so the prerendered markup hydrates without a
 * fallback.
 */
const pages = createResource<ComponentType>({
  review: () => import('../study/review/ReviewPage.tsx'),
  drill: () => import('../study/drill/DrillPage.tsx'),
  progress: () => import('../study/progress/ProgressPage.tsx'),
  cheatsheet: () => import('../study/cheatsheet/CheatSheetPage.tsx'),
});

export type StudyPageId = 'review' | 'drill' | 'progress' | 'cheatsheet';

/** Which study page a router path shows (`/zh/review`, `/en/cheatsheet/grpc`, …). */
export function routeStudyPage(path: string): StudyPageId | undefined {
  const m = /^\/(?:zh|en)\/(review|drill|progress|cheatsheet)(?:\/[^/]+)?\/?$/.exec(path);
  return m?.[1] as StudyPageId | undefined;
}

export const loadStudyPage = (id: StudyPageId) => pages.load(id);

function Page({ id }: { id: StudyPageId }) {
  const Component = pages.useRead(id);
  return <Component />;
}

export function StudyPage({ id }: { id: StudyPageId }) {
  return (
    <ErrorBoundary>
      <Suspense fallback={<p className="page-loading">…</p>}>
        <Page id={id} />
      </Suspense>
    </ErrorBoundary>
  );
}
