import { useEffect, useId, useRef } from 'react';
import type { ProgressT } from './strings.ts';

/**
 * "Reset all progress?" as a modal <dialog>: the browser keeps focus inside it, makes the page behind
 * inert and closes it on Escape. Focus starts on Cancel, the harmless choice; the caller puts it back
 * on the button that opened it. Always mounted and opened by `open`, so no effect cleanup ever has to
 * close it (a close() from a cleanup would report an answer nobody gave).
 */
export function ResetDialog({
  t,
  open,
  onClose,
}: {
  t: ProgressT;
  open: boolean;
  onClose: (confirmed: boolean) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      confirmed.current = false;
      dialog.showModal();
      cancel.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="progress-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      // Escape, Cancel and Delete all end here, with the answer.
      onClose={() => onClose(confirmed.current)}
    >
      <h2 id={`${id}-title`}>{t('resetTitle')}</h2>
      <p id={`${id}-body`}>{t('resetBody')}</p>
      <div className="progress-dialog-actions">
        <button ref={cancel} type="button" onClick={() => ref.current?.close()}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="progress-danger"
          onClick={() => {
            confirmed.current = true;
            ref.current?.close();
          }}
        >
          {t('resetConfirm')}
        </button>
      </div>
    </dialog>
  );
}
