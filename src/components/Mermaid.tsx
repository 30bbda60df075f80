import { useEffect, useId, useState } from 'react';
import { useResolvedTheme } from '../app/theme.ts';
import { useT } from '../i18n/useT.ts';
import { useNearViewport } from './useNearViewport.ts';

type Status = { kind: 'waiting' } | { kind: 'drawn'; svg: string } | { kind: 'failed'; message: string };

/**
 * A diagram written as text. Mermaid is ~160 KB gzip, so it loads only when the diagram comes near the
 * viewport, behind a box of the author-given height so nothing below it moves when it arrives.
 */
export function Mermaid({ code, height }: { code: string; height: string }) {
  const t = useT();
  const theme = useResolvedTheme();
  const [box, visible] = useNearViewport<HTMLDivElement>('300px');
  const [status, setStatus] = useState<Status>({ kind: 'waiting' });
  const id = 'mmd' + useId().replace(/[^a-zA-Z0-9]/g, '');

  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    import('./mermaid-render.ts')
      .then(({ renderMermaid }) => renderMermaid(id, code, theme))
      .then((svg) => !cancelled && setStatus({ kind: 'drawn', svg }))
      .catch((error: unknown) => !cancelled && setStatus({ kind: 'failed', message: String(error) }));
    return () => {
      cancelled = true;
    };
  }, [visible, code, theme, id]);

  return (
    <figure className="mermaid" style={{ minHeight: `${height}px` }}>
      <div ref={box} className="mermaid-box" style={{ height: `${height}px` }} role="img" aria-label={t('diagram')}>
        {status.kind === 'drawn' ? (
          // Mermaid output at securityLevel 'strict' is sanitised by mermaid (DOMPurify); the source is our own lesson text.
          <div className="mermaid-svg" dangerouslySetInnerHTML={{ __html: status.svg }} />
        ) : status.kind === 'failed' ? (
          <p className="mermaid-error">{t('diagramFailed')}</p>
        ) : (
          <p className="mermaid-loading">{t('diagramLoading')}</p>
        )}
      </div>
      <details className="mermaid-source" open={status.kind === 'failed'}>
        <summary>{t('diagramSource')}</summary>
        <pre>{code}</pre>
      </details>
    </figure>
  );
}
