import { Link } from 'react-router';
import { translate } from '../i18n/strings.ts';
import { paths } from './paths.ts';

/**
 * `/`: an inline script in index.html sends the reader on to their language before this paints (the
 * remembered choice, else the browser's). This page is what a reader without JavaScript sees.
 */
export function RootPage() {
  return (
    <main id="content" className="root-page">
      <h1>
        {translate('zh', 'siteName')} · {translate('en', 'siteName')}
      </h1>
      <p>
        {translate('zh', 'chooseLanguage')} / {translate('en', 'chooseLanguage')}
      </p>
      <ul className="root-langs">
        <li>
          <Link to={paths.home('zh')} lang="zh">
            中文
          </Link>
        </li>
        <li>
          <Link to={paths.home('en')} lang="en">
            English
          </Link>
        </li>
      </ul>
    </main>
  );
}
