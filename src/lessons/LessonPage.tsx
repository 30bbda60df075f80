import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundContent } from '../app/NotFoundPage.tsx';
import { paths } from '../app/paths.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { EmbedButton } from '../components/EmbedButton.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useNearViewport } from '../components/useNearViewport.ts';
import { partName } from '../i18n/strings.ts';
import { useLang, useT } from '../i18n/useT.ts';
import { findLesson, neighbours, useLessonModule } from './catalog.ts';
import { LessonBody } from './LessonBody.tsx';
import { lessonToc } from './lesson-toc.ts';
import { Toc } from './Toc.tsx';
import type { CatalogEntry } from './types.ts';

export function LessonPage() {
  const { slug } = useParams();
  const entry = findLesson(slug);
  const lang = useLang();
  // Keyed: a new lesson replaces the old tree rather than updating it (see StudySection).
  return entry ? <Lesson key={`${lang}/${entry.slug}`} entry={entry} /> : <NotFoundContent />;
}

function Lesson({ entry }: { entry: CatalogEntry }) {
  const lang = useLang();
  const t = useT();
  const mod = useLessonModule(lang, entry.slug);
  const { title, summary, minutes } = mod.frontmatter;
  useDocumentTitle(`${title} · ${t('siteName')}`);
  const { prev, next } = neighbours(entry.slug);
  // Reaching the lesson's end marks it read; only then does the progress store load (study/progress/track.ts).
  const [end, atEnd] = useNearViewport<HTMLDivElement>('0px');
  useEffect(() => {
    if (atEnd) import('../study/progress/track.ts').then((m) => m.markRead(entry.slug), () => {});
  }, [atEnd, entry.slug]);
  return (
    <div className="lesson-layout">
      <article className="lesson" lang={lang}>
        <header className="lesson-header">
          <p className="lesson-part">{partName(lang, entry.part)}</p>
          <h1>{title}</h1>
          <p className="lesson-summary">{summary}</p>
          <div className="lesson-meta">
            <span>{t('minutesRead', { n: minutes })}</span>
            <EmbedButton embedPath={paths.embedLesson(lang, entry.slug)} title={title} />
            <Link to={paths.cheatsheet(lang, entry.slug)}>{t('cheatSheet')}</Link>
          </div>
        </header>
        <ErrorBoundary>
          <LessonBody mod={mod} lang={lang} slug={entry.slug} />
        </ErrorBoundary>
        <div ref={end} />
        <nav className="prev-next" aria-label={`${t('previous')} / ${t('next')}`}>
          {prev ? (
            <Link className="prev" to={paths.lesson(lang, prev.slug)} rel="prev">
              <span>{t('previous')}</span>
              {prev.title[lang]}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link className="next" to={paths.lesson(lang, next.slug)} rel="next">
              <span>{t('next')}</span>
              {next.title[lang]}
            </Link>
          )}
        </nav>
      </article>
      <Toc headings={lessonToc(mod, lang)} />
    </div>
  );
}
