import type { ComponentProps } from 'react';
import { translate } from '../i18n/strings.ts';
import { useLang } from '../i18n/useT.ts';
import type { Lang } from '../lessons/parts.ts';
import { useCopy } from './useCopy.ts';

type HeadingProps = ComponentProps<'h2'> & { level: 2 | 3 };

/** A section heading with a link to itself that copies the section's full URL. */
export function Heading(props: HeadingProps) {
  return <HeadingIn {...props} lang={useLang()} />;
}

/**
 * The same, with the language given instead of read from the route: for sections that must not
 * depend on router context (see StudySection).
 */
export function HeadingIn({ lang, level, id, children, ...rest }: HeadingProps & { lang: Lang }) {
  const t = (key: 'linkCopied' | 'copyLink') => translate(lang, key);
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
