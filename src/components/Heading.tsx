import type { ComponentProps } from 'react';
import { useT } from '../i18n/useT.ts';
import { useCopy } from './useCopy.ts';

/** A section heading with a link to itself that copies the section's full URL. */
export function Heading({ level, id, children, ...rest }: ComponentProps<'h2'> & { level: 2 | 3 }) {
  const t = useT();
  const [state, copy] = useCopy();
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} {...rest}>
      {children}
      {id && (
        <a
          className="heading-anchor"
          href={`#${id}`}
          aria-label={state === 'copied' ? t('linkCopied') : t('copyLink')}
          title={state === 'copied' ? t('linkCopied') : t('copyLink')}
          onClick={() => {
            const url = new URL(window.location.href);
            url.hash = id;
            void copy(url.toString());
          }}
        >
          {state === 'copied' ? '✓' : '#'}
        </a>
      )}
    </Tag>
  );
}
