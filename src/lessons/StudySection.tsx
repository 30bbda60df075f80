import { memo, Suspense, use } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { loadStudy, peekStudy } from './catalog.ts';
import { Interview } from './Interview.tsx';
import { INTERVIEW_ID, QUIZ_ID } from './lesson-toc.ts';
import type { Lang } from './parts.ts';
import { Quiz } from './Quiz.tsx';
import { tracked } from './resource.ts';
import type { LessonStudy } from './types.ts';

const wrapperId = (lang: Lang, slug: string) => `study-${lang}-${slug}`;
const near = new Map<string, Promise<unknown>>();

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
function studyPromise(lang: Lang, slug: string): Promise<LessonStudy> {
  const key = `${lang}/${slug}`;
  const el = typeof document === 'undefined' ? null : document.getElementById(wrapperId(lang, slug));
  if (!el || peekStudy(lang, slug)) return loadStudy(lang, slug);
  let promise = near.get(key);
  if (!promise) {
    promise = tracked(whenNear(el).then(() => loadStudy(lang, slug)));
    near.set(key, promise);
    promise.catch(() => near.delete(key));
  }
  return promise as Promise<LessonStudy>;
}

function DeferredStudy({ lang, slug }: { lang: Lang; slug: string }) {
  const study = use(studyPromise(lang, slug));
  return (
    <>
      {study.interview.length > 0 && <Interview id={INTERVIEW_ID} items={study.interview} lang={lang} />}
      {study.quiz.length > 0 && <Quiz id={QUIZ_ID} items={study.quiz} lang={lang} />}
    </>
  );
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
