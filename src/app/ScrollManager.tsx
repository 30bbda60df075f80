import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Declarative react-router does no scroll handling: on a new page go to the top, or to the section the
 * hash names once it exists (a lesson chunk may still be loading, so look again for a short while).
 */
export function ScrollManager() {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    // On the first load the browser already did the right thing (including restoring a reload's position).
    if (first.current) {
      first.current = false;
      return;
    }
    if (!hash) {
      window.scrollTo(0, 0);
      return;
    }
    const id = decodeURIComponent(hash.slice(1));
    let tries = 0;
    const timer = window.setInterval(() => {
      const target = document.getElementById(id);
      if (target || ++tries > 40) {
        window.clearInterval(timer);
        target?.scrollIntoView();
      }
    }, 50);
    return () => window.clearInterval(timer);
  }, [pathname, hash]);
  return null;
}
