import { Link } from 'react-router';
import { catalog, useSummaries } from '../lessons/catalog.ts';
import { PLAYGROUNDS, playgroundTitle } from '../playgrounds/registry.ts';
import { PARTS } from '../lessons/parts.ts';
import { partName } from '../i18n/strings.ts';
import { useLang, useT } from '../i18n/useT.ts';
import { LessonMarksSlot } from '../study/progress/lesson-marks-slot.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { paths } from './paths.ts';

/** The course map: every part of the notes, each lesson with its one-line summary and playgrounds. */
export function HomePage() {
  const lang = useLang();
  const t = useT();
  const summaries = useSummaries(lang);
  useDocumentTitle(t('siteName'));
  return (
    <div className="home">
      <header className="home-hero">
        <h1>{t('siteName')}</h1>
        <p>{t('siteTagline')}</p>
        <p>
          <Link to={paths.cheatsheet(lang)}>{t('courseCheatSheet')}</Link>
          {' · '}
          <Link to={paths.progress(lang)}>{t('studyProgress')}</Link>
        </p>
      </header>
      {PARTS.map((part) => {
        const lessons = catalog.filter((entry) => entry.part === part);
        if (lessons.length === 0) return null;
        return (
          <section key={part} className="home-part" aria-labelledby={`part-${part}`}>
            <h2 id={`part-${part}`}>
              {partName(lang, part)} <span className="home-part-count">{t('lessonCount', { n: lessons.length })}</span>
            </h2>
            <ul className="lesson-cards">
              {lessons.map((entry) => (
                <li key={entry.slug} className="lesson-card">
                  <h3>
                    <Link to={paths.lesson(lang, entry.slug)}>{entry.title[lang]}</Link>
                  </h3>
                  <p>{summaries[entry.slug]?.summary}</p>
                  <p className="lesson-card-meta">
                    {t('minutesRead', { n: summaries[entry.slug]?.minutes ?? 1 })}
                    {entry.playgrounds.length > 0 && (
                      <>
                        {' · '}
                        {t('playgrounds')}: {entry.playgrounds.map((id) => playgroundTitle(id, lang)).join(' · ')}
                      </>
                    )}
                  </p>
                  <LessonMarksSlot slug={entry.slug} lang={lang} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {PLAYGROUNDS.length > 0 && (
        <section className="home-part" aria-labelledby="part-playgrounds">
          <h2 id="part-playgrounds">{t('playgrounds')}</h2>
          <ul className="lesson-cards">
            {PLAYGROUNDS.map((p) => (
              <li key={p.id} className="lesson-card">
                <h3>
                  <Link to={paths.play(lang, p.id)}>{p.title[lang]}</Link>
                </h3>
                <p>{p.summary[lang]}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
