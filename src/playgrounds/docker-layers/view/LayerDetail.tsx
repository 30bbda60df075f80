import { useId, useMemo, useState } from 'react';
import { unionView } from '../model.ts';
import type { LayerInfo } from '../model.ts';
import type { DockerT } from '../strings.ts';
import { formatBytes } from './format.ts';
import type { LayerRow } from './rows.ts';

const LIMIT = 300;

/** The selected layer: its file diff and the union view of the filesystem as of that layer. */
export function LayerDetail({ t, row, layers }: { t: DockerT; row: LayerRow; layers: LayerInfo[] }) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const layer = row.kind === 'meta' ? undefined : layers[row.layerIndex];
  const union = useMemo(() => (row.layerIndex >= 0 ? unionView(layers, row.layerIndex) : []), [layers, row.layerIndex]);
  const shown = union.filter((e) => filter === '' || e.path.includes(filter));
  const kindLabel = { added: t('added'), modified: t('modified'), deleted: t('deleted') };
  const mark = { added: '+', modified: '~', deleted: '−' };
  return (
    <section className="docker-layers-panel docker-layers-detail" aria-labelledby={`${id}-h`} aria-live="polite">
      <h3 id={`${id}-h`}>
        {row.kind === 'meta'
          ? t('selectedMeta', { n: row.line ?? 0, instruction: row.text })
          : t('selectedLayer', { n: row.layerIndex, instruction: row.text })}
      </h3>
      {row.unknownContent && (
        <p className="docker-layers-warn">
          {t('unknownContent', { why: row.notes.join(' ') || t('unknownContentPlain') })}
        </p>
      )}
      {!row.unknownContent && row.notes.length > 0 && <p className="docker-layers-help">{row.notes.join(' ')}</p>}
      {row.kind === 'meta' ? (
        <p>{t('metaNoFs')}</p>
      ) : (
        <>
          <h4>{t('diff')}</h4>
          {layer && layer.changes.length > 0 ? (
            <ul className="docker-layers-diff docker-layers-scroll" tabIndex={0}>
              {layer.changes.map((c) => (
                <li key={`${c.kind}${c.path}`} className={`is-${c.kind}`}>
                  <span className="docker-layers-mark" aria-hidden="true">
                    {mark[c.kind]}
                  </span>
                  <code>{c.path}{c.isDir ? '/' : ''}</code> <span className="docker-layers-kind">{kindLabel[c.kind]}</span>
                  {!c.isDir && c.kind !== 'deleted' && <span> · {formatBytes(c.size, t('unknown'))}</span>}
                  {c.count !== undefined && <span> · {t('files', { n: c.count })}</span>}
                  {c.kind === 'deleted' && (c.size ?? 0) > 0 && (
                    <span className="docker-layers-waste"> · {t('whiteoutHides', { size: formatBytes(c.size) })}</span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('diffEmpty')}</p>
          )}
        </>
      )}
      <h4>{t('union')}</h4>
      <p className="docker-layers-help">{t('unionHelp')}</p>
      <label className="docker-layers-field docker-layers-inline">
        <span>{t('filter')}</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} spellCheck={false} />
      </label>
      <ul className="docker-layers-union docker-layers-scroll" tabIndex={0} aria-label={t('union')}>
        {shown.slice(0, LIMIT).map((e) => (
          <li key={e.path} className={e.layer === row.layerIndex && row.kind !== 'meta' ? 'is-new' : undefined}>
            <span className="docker-layers-layer-tag">{t('fromLayer', { n: e.layer })}</span> <code>{e.path}{e.isDir ? '/' : ''}</code>
            {!e.isDir && <span> · {formatBytes(e.size, t('unknown'))}</span>}
            {e.count !== undefined && <span> · {t('files', { n: e.count })}</span>}
          </li>
        ))}
        {shown.length > LIMIT && <li>{t('moreEntries', { n: shown.length - LIMIT })}</li>}
      </ul>
    </section>
  );
}
