import { Link } from 'react-router';
import { translate } from '../i18n/strings.ts';
import { LANGS } from '../lessons/parts.ts';
import { paths } from './paths.ts';

/**
 * Bilingual on purpose: the static 404.html is served for any unknown address, where the language
 * can't be known before JavaScript runs, and hydration must produce the same markup.
 */
export function NotFoundContent() {
  return (
    <div className="not-found">
      {LANGS.map((lang) => (
        <section key={lang} lang={lang}>
          <h1>{translate(lang, 'notFoundTitle')}</h1>
          <p>{translate(lang, 'notFoundBody')}</p>
          <p>
            <Link to={paths.home(lang)}>{translate(lang, 'backHome')}</Link>
          </p>
        </section>
      ))}
    </div>
  );
}

export function NotFoundPage() {
  return (
    <main id="content" className="not-found-page">
      <NotFoundContent />
    </main>
  );
}
