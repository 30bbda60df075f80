import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { useHydrated } from '../components/useHydrated.ts';
import { useLang } from '../i18n/useT.ts';
import { buttonStrings } from './button-strings.ts';
import type { SearchDialogProps } from './SearchDialog.tsx';

type Dialog = ComponentType<SearchDialogProps>;

// The dialog, the engine and the index are chunks of their own, fetched the first time search opens.
let dialogChunk: Promise<Dialog> | undefined;
function loadDialog(): Promise<Dialog> {
  dialogChunk ??= import('./SearchDialog.tsx').then((m) => m.SearchDialog);
  dialogChunk.catch(() => (dialogChunk = undefined));
  return dialogChunk;
}

const prefetch = () => void loadDialog().catch(() => undefined);

/** The magnifier, shared with the dialog's field. */
export function SearchIcon({ size, className }: { size: number; className?: string }) {
  return (
    <svg
      className={className}
      aria-hidden="true"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <circle cx="7" cy="7" r="5" />
      <path d="m11 11 4 4" />
    </svg>
  );
}

/** Whether a key press belongs to something the reader is typing in (then `/` is just a slash). */
function typingIn(target: EventTarget | null): boolean {
  const el = target as (HTMLElement & { editContext?: unknown }) | null;
  if (!el || typeof el.closest !== 'function') return false;
  // Monaco types through an EditContext-backed <div role="textbox"> in Chromium, not a <textarea>.
  return (
    el.isContentEditable ||
    !!el.editContext ||
    /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) ||
    !!el.closest('[role="textbox"], .monaco-editor')
  );
}

/**
 * The header's search button and the site-wide shortcuts (Ctrl/⌘+K, and `/` outside a text field).
 * Everything else about search loads on first use: this is all of it in a page's first load.
 */
export function SearchButton() {
  const lang = useLang();
  const s = buttonStrings[lang];
  const button = useRef<HTMLButtonElement>(null);
  const [dialog, setDialog] = useState<{ Dialog: Dialog } | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  // The shortcut's spelling depends on the platform, which the prerendered HTML cannot know.
  const mac = useHydrated() && /Mac|iPhone|iPad/.test(navigator.platform);

  const show = useCallback(() => {
    loadDialog().then(
      (Dialog) => {
        setDialog((d) => d ?? { Dialog });
        setFailed(false);
        setOpen(true);
      },
      () => setFailed(true),
    );
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // An editor (Monaco) that used the keys for itself has said so.
      if (e.defaultPrevented || e.isComposing) return;
      const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e.target);
      if (!ctrlK && !slash) return;
      e.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  const Dialog = dialog?.Dialog;
  return (
    <>
      <button
        ref={button}
        type="button"
        className="search-button"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={show}
        // A pointer on its way or focus arriving: fetch the dialog now, so it opens at once.
        onPointerEnter={prefetch}
        onFocus={prefetch}
      >
        <SearchIcon size={16} />
        <span className="search-label">{s.label}</span>
        <kbd className="search-kbd" aria-hidden="true">
          {mac ? '⌘K' : 'Ctrl K'}
        </kbd>
      </button>
      {failed && (
        <span className="search-failed" role="alert">
          {s.failed}
        </span>
      )}
      {Dialog && <Dialog open={open} onClose={() => setOpen(false)} fallbackFocus={button} />}
    </>
  );
}
