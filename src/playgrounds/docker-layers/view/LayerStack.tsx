import { useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { DockerT } from '../strings.ts';
import { formatBytes } from './format.ts';
import type { LayerRow } from './rows.ts';

interface Props {
  t: DockerT;
  rows: LayerRow[];
  selected: number;
  onSelect: (row: number) => void;
  total: number | null;
  known: number;
}

/** The image's layers as bars to scale, bottom = base. Arrow keys move the selection. */
export function LayerStack({ t, rows, selected, onSelect, total, known }: Props) {
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const scale = Math.max(known, 1);
  const move = (e: KeyboardEvent, i: number) => {
    // The list shows the top layer first, so ArrowUp goes to a higher layer.
    const keys: Record<string, number> = {
      ArrowUp: Math.min(rows.length - 1, i + 1),
      ArrowDown: Math.max(0, i - 1),
      Home: rows.length - 1,
      End: 0,
    };
    const next = keys[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onSelect(next);
    list.current?.querySelector<HTMLButtonElement>(`[data-row="${next}"]`)?.focus();
  };
  const order = rows.map((r, i) => ({ r, i })).reverse();
  return (
    <section className="docker-layers-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('layers')}</h3>
      <p className="docker-layers-help">{t('layersHelp')}</p>
      <p className="docker-layers-total" aria-live="polite">
        {total === null ? t('imageSizeUnknown', { size: formatBytes(known) }) : t('imageSize', { size: formatBytes(total) })}
      </p>
      <ol className="docker-layers-stack" ref={list}>
        {order.map(({ r, i }) => {
          const pct = r.size === null ? 0 : (r.size / scale) * 100;
          const sizeText =
            r.kind === 'meta'
              ? t('metaOnly')
              : r.size === null
                ? `${t('unknownSize')}${r.knownBytes > 0 ? ` (≥ ${formatBytes(r.knownBytes)})` : ''}`
                : formatBytes(r.size);
          return (
            <li key={r.key}>
              <button
                type="button"
                data-row={i}
                className={`docker-layers-row is-${r.kind}${i === selected ? ' is-selected' : ''}`}
                aria-pressed={i === selected}
                tabIndex={i === selected ? 0 : -1}
                onClick={() => onSelect(i)}
                onKeyDown={(e) => move(e, i)}
              >
                <span className="docker-layers-row-text">
                  <span className="docker-layers-row-line">{r.line === null ? t('baseLayer', { image: r.baseImage ?? '' }) : t('line', { n: r.line })}</span>
                  <code>{r.text}</code>
                </span>
                <span className="docker-layers-row-size">
                  {sizeText}
                  {r.cache && (
                    <span className={`docker-layers-cache is-${r.cache}`}>
                      {r.cache === 'hit' ? `✓ ${t('cacheHit')}` : `↻ ${t('cacheMiss')}`}
                    </span>
                  )}
                </span>
                <span className="docker-layers-bar" aria-hidden="true">
                  {r.size === null ? (
                    <span className="docker-layers-bar-fill is-unknown" />
                  ) : pct > 0 ? (
                    <span className="docker-layers-bar-fill" style={{ width: `${Math.max(pct, 0.4)}%` }} />
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
