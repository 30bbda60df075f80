import { useId, useState } from 'react';
import { withBase } from '../app/paths.ts';
import { useT } from '../i18n/useT.ts';
import { useCopy } from './useCopy.ts';

/** Shows and copies a ready-to-paste iframe snippet for an embed route (`embedPath`, a router path). */
export function EmbedButton({ embedPath, title }: { embedPath: string; title: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [state, copy] = useCopy();
  const panelId = useId();
  const snippet = () => {
    const src = new URL(withBase(embedPath.slice(1)), window.location.href).toString();
    return `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" style="width:100%;border:0" height="600" loading="lazy"></iframe>`;
  };
  return (
    <div className="embed">
      <button type="button" className="embed-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('embed')}
      </button>
      {open && (
        <div id={panelId} className="embed-panel" role="group" aria-label={t('embedTitle')}>
          <p>{t('embedHelp')}</p>
          <textarea readOnly value={snippet()} rows={4} aria-label={t('embedTitle')} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void copy(snippet())}>
            {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : t('copy')}
          </button>
          <span className="visually-hidden" aria-live="polite">
            {state === 'copied' ? t('copied') : ''}
          </span>
        </div>
      )}
    </div>
  );
}
