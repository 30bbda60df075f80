import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { currentSectionId } from '../components/current-section.ts';
import type { Heading } from './types.ts';

/** On-page table of contents; marks the section being read. Hidden on narrow screens. */
export function Toc({ headings }: { headings: Heading[] }) {
  const t = useT();
  const [active, setActive] = useState<string | undefined>(undefined);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setActive(currentSectionId()));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    return () => {
      window.removeEventListener('scroll', update);
      cancelAnimationFrame(frame);
    };
  }, [headings]);
  if (headings.length === 0) return null;
  return (
    <nav className="toc" aria-label={t('onThisPage')}>
      <p className="toc-title">{t('onThisPage')}</p>
      <ul>
        {headings.map((h) => (
          <li key={h.id} className={`toc-depth-${h.depth}`}>
            <a href={`#${h.id}`} aria-current={active === h.id ? 'location' : undefined}>
              {h.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
