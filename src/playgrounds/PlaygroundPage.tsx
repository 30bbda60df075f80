import { createElement, useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundContent } from '../app/NotFoundPage.tsx';
import { paths, withBase } from '../app/paths.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { EmbedButton } from '../components/EmbedButton.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useLang, useT } from '../i18n/useT.ts';
import { catalog } from '../lessons/catalog.ts';
import { observeEmbedHeight } from '../lessons/embed-resize.ts';
import { findPlayground, usePlaygroundView } from './registry.ts';
import type { PlaygroundMeta } from './types.ts';

function StandaloneView({ id }: { id: string }) {
  // The view is a module-level cached component (registry.ts), not one made during render.
  return createElement(usePlaygroundView(id), { standalone: true });
}

/** `/:lang/play/:id`: one playground on its own page, with the lessons that use it. */
export function PlaygroundPage() {
  const meta = findPlayground(useParams().id);
  const lang = useLang();
  return meta ? <PlaygroundArticle key={`${lang}/${meta.id}`} meta={meta} /> : <NotFoundContent />;
}

function PlaygroundArticle({ meta }: { meta: PlaygroundMeta }) {
  const lang = useLang();
  const t = useT();
  useDocumentTitle(`${meta.title[lang]} · ${t('siteName')}`);
  const lessons = catalog.filter((entry) => entry.playgrounds.includes(meta.id));
  return (
    <article className="playground-page" lang={lang}>
      <header className="lesson-header">
        <p className="lesson-part">{t('playgrounds')}</p>
        <h1>{meta.title[lang]}</h1>
        <p className="lesson-summary">{meta.summary[lang]}</p>
        <div className="lesson-meta">
          {lessons.length > 0 && (
            <span>
              {t('usedInLessons')}{' '}
              {lessons.map((entry, i) => (
                <span key={entry.slug}>
                  {i > 0 && ' · '}
                  <Link to={paths.lesson(lang, entry.slug)}>{entry.title[lang]}</Link>
                </span>
              ))}
            </span>
          )}
          <EmbedButton embedPath={paths.embedPlay(lang, meta.id)} title={meta.title[lang]} />
        </div>
      </header>
      <ErrorBoundary>
        <StandaloneView id={meta.id} />
      </ErrorBoundary>
    </article>
  );
}

/** `/embed/:lang/play/:id`: the playground alone, for an iframe. */
export function EmbedPlaygroundPage() {
  const meta = findPlayground(useParams().id);
  const lang = useLang();
  const t = useT();
  useEffect(observeEmbedHeight, []);
  return (
    <main id="content" className="embed-page">
      {meta ? (
        <article lang={lang}>
          <h1 className="embed-play-title">{meta.title[lang]}</h1>
          <ErrorBoundary>
            <StandaloneView id={meta.id} />
          </ErrorBoundary>
          <p className="embed-footer">
            <a href={withBase(paths.play(lang, meta.id).slice(1))} target="_blank" rel="noreferrer">
              {t('openInAtlas')} ↗
            </a>
          </p>
        </article>
      ) : (
        <NotFoundContent />
      )}
    </main>
  );
}
