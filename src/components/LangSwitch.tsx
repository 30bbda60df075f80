import { Link, useLocation, useNavigate } from 'react-router';
import { LANG_KEY } from '../app/boot.ts';
import { switchLangPath } from '../app/paths.ts';
import { useLang, useT } from '../i18n/useT.ts';
import { currentSectionId } from './current-section.ts';

/** Switches language on the same page and section, and remembers the choice for the next visit to `/`. */
export function LangSwitch() {
  const lang = useLang();
  const t = useT();
  const other = lang === 'zh' ? 'en' : 'zh';
  const { pathname, hash } = useLocation();
  const navigate = useNavigate();
  const target = switchLangPath(pathname, other) + hash;
  return (
    <Link
      className="lang-switch"
      to={target}
      lang={other}
      hrefLang={other}
      aria-label={t('switchToLabel')}
      onClick={(event) => {
        try {
          localStorage.setItem(LANG_KEY, other);
        } catch {
          // Choice not remembered when storage is blocked; the switch still works.
        }
        // Headings carry the same ids in both languages, so the section being read survives the switch.
        const section = currentSectionId();
        if (section) {
          event.preventDefault();
          void navigate(`${switchLangPath(pathname, other)}#${section}`);
        }
      }}
    >
      {t('switchTo')}
    </Link>
  );
}
