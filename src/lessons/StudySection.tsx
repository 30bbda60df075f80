import { memo, Suspense, use, type ComponentType } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { loadStudy, peekStudy } from './catalog.ts';
import type { Lang } from './parts.ts';
import { createResource, fulfilled, tracked } from './resource.ts';
import type { StudyViewProps } from './StudyView.tsx';

const wrapperId = (lang: Lang, slug: string) => `study-${lang}-${slug}`;
const near = new Map<string, Promise<unknown>>();
const loaded = new Map<string, Promise<Loaded>>();

// The interview and quiz components travel with the data, in their own chunk: like the data they are
// needed only near the end of a lesson, and they are bytes a lesson's first load can't spare.
const views = createResource<ComponentType<StudyViewProps>>({ view: () => import('./StudyView.tsx') });
export const loadStudyView = () => views.load('view');

interface Loaded {
  study: StudyViewProps['study'];
  View: ComponentType<StudyViewProps>;
}

/** The lesson's study data and the view, as one promise that stays the same for the same lesson (React's `use` needs that). */
function loadBoth(lang: Lang, slug: string): Promise<Loaded> {
  const key = `${lang}/${slug}`;
  let promise = loaded.get(key);
  if (!promise) {
    // Both already here (prerendering, or a return visit): a settled promise, so rendering doesn't
    // suspend — renderToString would otherwise give up on the boundary and leave it to the client.
    const study = peekStudy(lang, slug);
    const View = views.peek('view');
    promise = study && View ? fulfilled({ study, View }) : tracked(Promise.all([loadStudy(lang, slug), loadStudyView()]).then(([study, View]) => ({ study, View })));
    loaded.set(key, promise);
    promise.catch(() => loaded.delete(key));
  }
  return promise;
}

/** Resolves when the element is within about a screen of the viewport. */
function whenNear(el: Element): Promise<void> {
  return new Promise((resolve) => {
    if (typeof IntersectionObserver === 'undefined') return resolve();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          resolve();
        }
      },
      { rootMargin: '1000px 0px' },
    );
    observer.observe(el);
  });
}

/**
 * The study material's promise. Waiting for the reader applies only while hydrating prerendered HTML,
 * i.e. when this lesson's own wrapper is already in the document. On a client-side navigation it isn't
 * (the old page may still be showing, and a promise tied to its off-screen parts would hold the
 * navigation forever), so the chunk loads at once.
 */
function studyPromise(lang: Lang, slug: string): Promise<Loaded> {
  const key = `${lang}/${slug}`;
  const el = typeof document === 'undefined' ? null : document.getElementById(wrapperId(lang, slug));
  if (!el || (peekStudy(lang, slug) && views.peek('view'))) return loadBoth(lang, slug);
  let promise = near.get(key);
  if (!promise) {
    promise = tracked(whenNear(el).then(() => loadBoth(lang, slug)));
    near.set(key, promise);
    promise.catch(() => near.delete(key));
  }
  return promise as Promise<Loaded>;
}

function DeferredStudy({ lang, slug }: { lang: Lang; slug: string }) {
  const { study, View } = use(studyPromise(lang, slug));
  return <View study={study} lang={lang} slug={slug} />;
}

/**
 * Interview questions and the quiz, at the end of a lesson. They are in the prerendered HTML, but their
 * data and code are a separate chunk: during hydration React keeps the server's markup inside this
 * Suspense boundary until the reader comes near, then loads the chunk and makes the quiz interactive.
 * (The interview answers are <details>, which open without JavaScript.)
 *
 * While that boundary waits, React must not need to render into it: an update reaching a dehydrated
 * boundary makes React hydrate it first, and a navigation would wait on the reader's scrolling. So it
 * is memoised on plain props and nothing inside reads router context (the language comes as a prop),
 * and the lesson page is keyed by lesson, so leaving it removes the boundary instead of updating it.
 */
export const StudySection = memo(function StudySection({ lang, slug, counts }: { lang: Lang; slug: string; counts: { interview: number; quiz: number } }) {
  if (counts.interview + counts.quiz === 0) return null;
  return (
    <div id={wrapperId(lang, slug)} className="study">
      <ErrorBoundary>
        <Suspense fallback={<p className="study-loading">…</p>}>
          <DeferredStudy lang={lang} slug={slug} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
});
