import { NavLink } from 'react-router';
import { paths } from '../app/paths.ts';
import { partName } from '../i18n/strings.ts';
import { useLang, useT } from '../i18n/useT.ts';
import { catalog } from './catalog.ts';
import { PARTS } from './parts.ts';
import { PLAYGROUNDS } from '../playgrounds/registry.ts';

/** Every lesson, grouped by part: the lesson pages' left column, and the phone menu. */
export function Sidebar({ id, open }: { id: string; open: boolean }) {
  const lang = useLang();
  const t = useT();
  return (
    <nav id={id} className={open ? 'sidebar open' : 'sidebar'} aria-label={t('lessons')}>
      <NavLink to={paths.home(lang)} end className="sidebar-home">
        {t('courseMap')}
      </NavLink>
      {PARTS.map((part) => {
        const lessons = catalog.filter((entry) => entry.part === part);
        if (lessons.length === 0) return null;
        return (
          <section key={part} className="sidebar-part">
            <h2 className="sidebar-part-title">{partName(lang, part)}</h2>
            <ul>
              {lessons.map((entry) => (
                <li key={entry.slug}>
                  <NavLink to={paths.lesson(lang, entry.slug)}>{entry.title[lang]}</NavLink>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <section className="sidebar-part">
        <h2 className="sidebar-part-title">{t('study')}</h2>
        <ul>
          <li>
            <NavLink to={paths.review(lang)}>{t('studyReview')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.drill(lang)}>{t('studyDrill')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.progress(lang)}>{t('studyProgress')}</NavLink>
          </li>
          <li>
            <NavLink to={paths.cheatsheet(lang)} end>
              {t('courseCheatSheet')}
            </NavLink>
          </li>
        </ul>
      </section>
      {PLAYGROUNDS.length > 0 && (
        <section className="sidebar-part">
          <h2 className="sidebar-part-title">{t('playgrounds')}</h2>
          <ul>
            {PLAYGROUNDS.map((p) => (
              <li key={p.id}>
                <NavLink to={paths.play(lang, p.id)}>{p.title[lang]}</NavLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </nav>
  );
}
