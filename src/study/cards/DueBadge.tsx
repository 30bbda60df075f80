import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useLang } from '../../i18n/useT.ts';
import type * as DueWatch from './due-watch.ts';

type Watch = typeof DueWatch;

/**
 * "Review · 12" in the header. Kept to a few hundred bytes of every page's first load: it renders
 * nothing on the server and while hydrating, then, once the page has settled, imports the module that
 * reads the progress and counts (due-watch.ts), and shows the count from then on.
 */
export function DueBadge() {
  const lang = useLang();
  const [due, setDue] = useState<{ n: number; watch: Watch } | null>(null);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    const start = () => {
      import('./due-watch.ts').then(
        (watch) => {
          if (!cancelled) stop = watch.watchDue((n) => setDue({ n, watch }));
        },
        () => {}, // Offline or a stale deploy: the header simply has no badge.
      );
    };
    // Not part of showing the page: wait until it has loaded and settled (2 s after `load`, then an idle
    // moment), so the count's ~2.5 KB never competes with the lesson. Safari has no requestIdleCallback.
    let timer = 0;
    let handle = 0;
    const idle = typeof requestIdleCallback === 'function';
    const later = () => {
      timer = window.setTimeout(() => {
        handle = idle ? requestIdleCallback(start, { timeout: 3000 }) : window.setTimeout(start, 0);
      }, 2000);
    };
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', later);
      window.clearTimeout(timer);
      if (idle) cancelIdleCallback(handle);
      else window.clearTimeout(handle);
      stop?.();
    };
  }, []);

  if (!due) return null;
  const { word, label } = due.watch.badgeText(lang, due.n);
  return (
    <Link className="due-badge" to={paths.review(lang)} aria-label={label}>
      <span className="due-badge-word">{word}</span>
      <span className={due.n > 0 ? 'due-badge-n' : 'due-badge-n due-badge-none'}>{due.n > 99 ? '99+' : due.n}</span>
    </Link>
  );
}
