import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../app/paths.ts';
import { useLang } from '../i18n/useT.ts';
import { findLesson } from '../lessons/catalog.ts';
import { LANGS, type Lang } from '../lessons/parts.ts';
import { mergeHits, search, type Hit } from './engine.ts';
import { clearHighlight, highlightOnArrival } from './highlight.ts';
import { findMarks, snippet, type Piece } from './snippet.ts';
import { format, searchStrings } from './strings.ts';
import { useIndexes } from './useIndexes.ts';
import './search.css';
import { SearchIcon } from './SearchButton.tsx';

export interface SearchDialogProps {
  open: boolean;
  onClose: () => void;
  /** Where focus goes on close when the element that had it before opening is gone. */
  fallbackFocus: RefObject<HTMLElement | null>;
}

const LIMIT = 20;

function Marked({ pieces }: { pieces: Piece[] }) {
  return pieces.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text));
}

/** A heading with its matches marked, whole. */
function markedLine(text: string, marks: string[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [s, e] of findMarks(text, marks)) {
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    pieces.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/**
 * The search dialog: a native modal <dialog> (focus stays inside, Esc closes) holding an ARIA
 * combobox whose listbox is the results. Arrow keys move through the results, Enter opens one: the
 * router goes to the lesson section and ./highlight.ts marks the terms there.
 */
export function SearchDialog({ open, onClose, fallbackFocus }: SearchDialogProps) {
  const lang = useLang();
  const t = searchStrings[lang];
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);
  const leaving = useRef(false);
  const arrival = useRef<{ path: string; abort: AbortController } | null>(null);
  const [query, setQuery] = useState('');
  const [both, setBoth] = useState(false);
  const [active, setActive] = useState(0);
  const langs: readonly Lang[] = both ? LANGS : [lang];
  const index = useIndexes(langs, open);
  const trimmed = query.trim();

  const hits = useMemo(() => {
    if (index.status !== 'ready' || !trimmed) return [];
    return mergeHits(
      index.indexes.map(([l, ix]) => search(ix, l, trimmed, LIMIT)),
      LIMIT,
    );
  }, [index, trimmed]);
  const current = Math.min(active, Math.max(0, hits.length - 1));

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      returnTo.current = document.activeElement;
      d.showModal();
      input.current?.select();
    } else if (!open && d.open) d.close();
  }, [open]);

  // The marks belong to the page the result opened; leaving it takes them away.
  useEffect(() => {
    if (arrival.current && arrival.current.path !== pathname) {
      arrival.current.abort.abort();
      arrival.current = null;
      clearHighlight();
    }
  }, [pathname]);

  useEffect(() => {
    if (hits.length) document.getElementById(`${id}-hit-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, current, hits.length]);

  const closed = () => {
    onClose();
    if (leaving.current) {
      // Focus goes to the section when it arrives (highlight.ts).
      leaving.current = false;
      return;
    }
    const back =
      returnTo.current instanceof HTMLElement && returnTo.current.isConnected
        ? returnTo.current
        : fallbackFocus.current;
    back?.focus();
  };

  const choose = (hit: Hit) => {
    leaving.current = true;
    dialog.current?.close();
    arrival.current?.abort.abort();
    clearHighlight();
    const path = paths.lesson(hit.lang, hit.slug);
    const abort = new AbortController();
    arrival.current = { path, abort };
    void navigate(path + (hit.section ? `#${hit.section}` : ''));
    const title = findLesson(hit.slug)?.title[hit.lang] ?? '';
    void highlightOnArrival(
      { lang: hit.lang, title, section: hit.section, marks: hit.marks, ...(hit.q !== undefined ? { q: hit.q } : {}) },
      abort.signal,
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((current + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[current];
      if (hit) choose(hit);
    }
  };

  const status =
    index.status === 'loading'
      ? t.loading
      : index.status === 'error'
        ? t.failed
        : !trimmed
          ? t.empty
          : !hits.length
            ? format(t.none, { q: trimmed })
            : hits.length === 1
              ? t.countOne
              : format(t.count, { n: hits.length });

  return (
    <dialog ref={dialog} className="search-dialog" aria-labelledby={`${id}-title`} onClose={closed} lang={lang}>
      <div className="search-top">
        <h2 id={`${id}-title`} className="visually-hidden">
          {t.title}
        </h2>
        <SearchIcon size={18} className="search-icon" />
        <input
          ref={input}
          className="search-input"
          type="text"
          role="combobox"
          aria-label={t.input}
          aria-expanded={hits.length > 0}
          aria-controls={`${id}-results`}
          aria-autocomplete="list"
          aria-activedescendant={hits.length ? `${id}-hit-${current}` : undefined}
          aria-describedby={`${id}-status`}
          placeholder={t.placeholder}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="search-close" onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </div>
      <div className="search-options">
        <label className="search-both">
          <input type="checkbox" role="switch" checked={both} onChange={(e) => setBoth(e.target.checked)} />
          {t.both}
        </label>
        <span className="search-hint" aria-hidden="true">
          {t.hint}
        </span>
      </div>
      <p
        id={`${id}-status`}
        className={`search-status${index.status === 'error' ? ' search-error' : ''}`}
        role="status"
      >
        {status}
      </p>
      {index.status === 'error' && (
        <button type="button" className="search-retry" onClick={index.retry}>
          {t.retry}
        </button>
      )}
      <ul id={`${id}-results`} className="search-results" role="listbox" aria-label={t.title} hidden={!hits.length}>
        {hits.map((hit, i) => {
          const lesson = findLesson(hit.slug)?.title[hit.lang] ?? hit.slug;
          const section = hit.section === '' ? t.intro : hit.question ? `${t.interview}: ${hit.question}` : hit.heading;
          return (
            <li
              key={hit.key}
              id={`${id}-hit-${i}`}
              role="option"
              aria-selected={i === current}
              className="search-hit"
              onClick={() => choose(hit)}
              onMouseMove={() => i !== current && setActive(i)}
            >
              <span className="search-hit-where">
                <span className="search-hit-lesson" lang={hit.lang}>
                  {lesson}
                </span>
                <span aria-hidden="true"> › </span>
                <span className="search-hit-section" lang={hit.lang}>
                  <Marked pieces={markedLine(section, hit.marks)} />
                </span>
                {hit.lang !== lang && <span className="search-hit-lang"> · {t.otherLang}</span>}
              </span>
              <span className="search-hit-snippet" lang={hit.lang}>
                <Marked pieces={snippet(hit.text, hit.marks)} />
              </span>
            </li>
          );
        })}
      </ul>
    </dialog>
  );
}
