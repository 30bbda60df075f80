import { useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { useCopy } from './useCopy.ts';

/**
 * A code block highlighted at build time (Shiki), with a copy button. `html` is the highlighted <pre>,
 * produced by build/rehype-code-html.ts from the lesson source: trusted, and never user input.
 */
export function CodeBlock({ html }: { html: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [state, copy] = useCopy();
  const label = state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : t('copyCode');
  return (
    <div className="code-block">
      <div ref={ref} dangerouslySetInnerHTML={{ __html: html }} />
      <button
        type="button"
        className="copy-button"
        aria-label={label}
        title={label}
        onClick={() => void copy(ref.current?.querySelector('pre')?.textContent ?? '')}
      >
        {state === 'copied' ? t('copied') : t('copy')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === 'idle' ? '' : label}
      </span>
    </div>
  );
}
