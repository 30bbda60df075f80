import { useEffect } from 'react';
import { useParams } from 'react-router';
import { NotFoundContent } from '../app/NotFoundPage.tsx';
import { paths, withBase } from '../app/paths.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useLang, useT } from '../i18n/useT.ts';
import { findLesson, useLessonModule } from './catalog.ts';
import { LessonBody } from './LessonBody.tsx';
import { observeEmbedHeight } from './embed-resize.ts';
import type { CatalogEntry } from './types.ts';

/** `/embed/:lang/lessons/:slug`: the lesson alone, for an iframe in a wiki. */
export function EmbedLessonPage() {
  const { slug } = useParams();
  const entry = findLesson(slug);
  const lang = useLang();
  return (
    <main id="content" className="embed-page">
      {entry ? <EmbeddedLesson key={`${lang}/${entry.slug}`} entry={entry} /> : <NotFoundContent />}
    </main>
  );
}

function EmbeddedLesson({ entry }: { entry: CatalogEntry }) {
  const lang = useLang();
  const t = useT();
  const mod = useLessonModule(lang, entry.slug);
  const { title } = mod.frontmatter;
  useDocumentTitle(`${title} · ${t('siteName')}`);
  useEffect(observeEmbedHeight, []);
  return (
    <article className="lesson" lang={lang}>
      <h1>{title}</h1>
      <ErrorBoundary>
        <LessonBody mod={mod} lang={lang} slug={entry.slug} />
      </ErrorBoundary>
      <p className="embed-footer">
        <a href={withBase(paths.lesson(lang, entry.slug).slice(1))} target="_blank" rel="noreferrer">
          {t('openInAtlas')} ↗
        </a>
      </p>
    </article>
  );
}
