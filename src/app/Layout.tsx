import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useLang, useT } from '../i18n/useT.ts';
import { Sidebar } from '../lessons/Sidebar.tsx';
import { LangSwitch } from '../components/LangSwitch.tsx';
import { ThemeSwitch } from '../components/ThemeSwitch.tsx';
import { SearchButton } from '../search/SearchButton.tsx';
import { DueBadge } from '../study/cards/DueBadge.tsx';
import { paths } from './paths.ts';

/** The site chrome: header, lesson sidebar, and the page in <main>. */
export function Layout() {
  const lang = useLang();
  const t = useT();
  const { pathname } = useLocation();
  const [menuFor, setMenuFor] = useState<string | null>(null);
  // The phone menu closes itself on navigation because it is open only for the path it was opened on.
  const menuOpen = menuFor === pathname;
  return (
    <div className="site">
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="site-sidebar"
          onClick={() => setMenuFor(menuOpen ? null : pathname)}
        >
          <span aria-hidden="true">☰</span>
          <span className="visually-hidden">{menuOpen ? t('closeMenu') : t('menu')}</span>
        </button>
        <Link className="brand" to={paths.home(lang)}>
          <span className="brand-mark" aria-hidden="true">
            Go
          </span>
          <span className="brand-text">{t('siteName')}</span>
        </Link>
        <div className="header-tools">
          <SearchButton />
          <DueBadge />
          <LangSwitch />
          <ThemeSwitch />
        </div>
      </header>
      <div className="site-body">
        <Sidebar id="site-sidebar" open={menuOpen} />
        <main id="content" tabIndex={-1} className="site-main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
