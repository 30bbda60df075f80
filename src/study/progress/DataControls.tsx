import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useHydrated } from '../../components/useHydrated.ts';
import type { Lang } from '../../lessons/parts.ts';
import { localDay } from '../cards/day.ts';
import { encodeExport } from './codec.ts';
import { ResetDialog } from './ResetDialog.tsx';
import { PROGRESS_VERSION } from './schema.ts';
import { importProgress, readProgress, resetProgress, type Imported } from './store.ts';
import { progressT, type ProgressT } from './strings.ts';
import { contentCounts } from './summary.ts';
import { downloadText } from '../../components/download.ts';

/** Far above any real export (localStorage itself holds about 5 MB): reading more would only hang the tab. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

type Message = { text: string; bad: boolean } | undefined;

/** Export, import and reset, each with its outcome shown beside it. */
export function DataControls({ lang }: { lang: Lang }) {
  const t = progressT(lang);
  const id = useId();
  // The prerendered buttons do nothing until the page is live; a chosen file would be lost.
  const live = useHydrated();
  const [exported, setExported] = useState('');
  const [imported, setImported] = useState<Message>();
  const [resetMessage, setResetMessage] = useState<Message>();
  const [asking, setAsking] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);

  const onExport = () => setExported(t('exported', { file: exportProgress() }));

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again is a new import
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setImported({ text: t('errTooLarge', { size: (file.size / 1024 / 1024).toFixed(1) }), bad: true });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImported({ text: t('errRead'), bad: true });
      return;
    }
    setImported(importMessage(t, lang, importProgress(text)));
  };

  const closeDialog = (confirmed: boolean) => {
    setAsking(false);
    if (confirmed)
      setResetMessage(resetProgress() ? { text: t('resetDone'), bad: false } : { text: t('resetFailed'), bad: true });
    resetButton.current?.focus();
  };

  return (
    <section className="progress-data" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data')}</h2>
      <div className="progress-control">
        <button type="button" onClick={onExport} disabled={!live} aria-describedby={`${id}-export-help`}>
          {t('exportButton')}
        </button>
        <p id={`${id}-export-help`} className="progress-help">
          {t('exportHelp')}
        </p>
        <p className="progress-msg" aria-live="polite">
          {exported}
        </p>
      </div>
      <div className="progress-control">
        <label htmlFor={`${id}-import`} className="progress-label">
          {t('importLabel')}
        </label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json"
          disabled={!live}
          onChange={(e) => void onImport(e)}
          aria-describedby={`${id}-import-help ${id}-import-msg`}
          aria-invalid={imported?.bad ? true : undefined}
        />
        <p id={`${id}-import-help`} className="progress-help">
          {t('importHelp')}
        </p>
        <p
          id={`${id}-import-msg`}
          className={imported?.bad ? 'progress-msg progress-bad' : 'progress-msg'}
          aria-live="polite"
        >
          {imported?.text}
        </p>
      </div>
      <div className="progress-control">
        <button
          ref={resetButton}
          type="button"
          className="progress-danger"
          onClick={() => setAsking(true)}
          disabled={!live}
        >
          {t('resetButton')}
        </button>
        <p className={resetMessage?.bad ? 'progress-msg progress-bad' : 'progress-msg'} aria-live="polite">
          {resetMessage?.text}
        </p>
      </div>
      <ResetDialog t={t} open={asking} onClose={closeDialog} />
    </section>
  );
}

function importMessage(t: ProgressT, lang: Lang, result: Imported): Message {
  if (!result.ok) {
    const text = {
      empty: () => t('errEmpty'),
      corrupt: () => t('errCorrupt'),
      truncated: () => t('errTruncated'),
      foreign: () => t('errForeign'),
      newer: () => t('errNewer', { version: result.code === 'newer' ? result.version : '?', known: PROGRESS_VERSION }),
      invalid: () => t('errInvalid', { detail: result.code === 'invalid' ? result.detail : '' }),
      storage: () => t('errStorage'),
    }[result.code]();
    return { text, bad: true };
  }
  const counts = contentCounts(result.imported);
  const when = result.exportedAt === undefined ? undefined : new Date(result.exportedAt);
  const text =
    when && !Number.isNaN(when.getTime())
      ? t('imported', {
          ...counts,
          date: when.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' }),
        })
      : t('importedUndated', counts);
  return { text, bad: false };
}

/** Downloads the stored progress as an export file; returns the file's name. */
function exportProgress(): string {
  const now = new Date();
  const name = `go-backend-atlas-progress-${localDay(now.getTime())}.json`;
  downloadText(name, encodeExport(readProgress(), now), 'application/json');
  return name;
}
