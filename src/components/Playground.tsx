import { createElement, Suspense } from 'react';
import { paths } from '../app/paths.ts';
import { useLang, useT } from '../i18n/useT.ts';
import { findPlayground, usePlaygroundView } from '../playgrounds/registry.ts';
import type { PlaygroundMeta } from '../playgrounds/types.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useNearViewport } from './useNearViewport.ts';
import { Link } from 'react-router';

function View({ id, preset }: { id: string; preset?: string }) {
  // The view is a module-level cached component (registry.ts), not one made during render.
  return createElement(usePlaygroundView(id), { ...(preset ? { preset } : {}), standalone: false });
}

/**
 * `<Playground id preset>` in a lesson. A lesson's first load never includes a playground: this holds
 * its place at the playground's own height and loads its chunk when the reader comes near.
 */
export function Playground({ id, preset }: { id: string; preset?: string }) {
  const meta = findPlayground(id);
  // The build rejects unknown ids; this guards a playground removed after a lesson was built.
  if (!meta) return null;
  return <LazyPlayground meta={meta} {...(preset ? { preset } : {})} />;
}

function LazyPlayground({ meta, preset }: { meta: PlaygroundMeta; preset?: string }) {
  const lang = useLang();
  const t = useT();
  const [box, near] = useNearViewport<HTMLElement>('600px');
  const placeholder = (
    <div className="playground-placeholder" style={{ minHeight: meta.height }}>
      {t('loading')}
    </div>
  );
  return (
    <section className="playground-in-lesson" aria-label={meta.title[lang]} ref={box}>
      <p className="playground-in-lesson-head">
        <strong>{meta.title[lang]}</strong> · <Link to={paths.play(lang, meta.id)}>{t('openFullPlayground')}</Link>
      </p>
      {near ? (
        <ErrorBoundary>
          <Suspense fallback={placeholder}>
            <View id={meta.id} {...(preset ? { preset } : {})} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        placeholder
      )}
    </section>
  );
}
