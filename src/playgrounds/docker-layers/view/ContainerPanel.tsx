import { useId, useState } from 'react';
import { containerView, deletePath, removeContainer, startContainer, touchFile, writableLayer, writeFile } from '../model.ts';
import type { ContainerEvent, ContainerState, ImageReport } from '../model.ts';
import type { DockerT } from '../strings.ts';
import { formatBytes } from './format.ts';

function eventText(t: DockerT, e: ContainerEvent): string {
  switch (e.kind) {
    case 'created':
      return t('eventCreated', { path: e.path, size: formatBytes(e.bytes) });
    case 'written':
      return t('eventWritten', { path: e.path, size: formatBytes(e.bytes) });
    case 'copied-up':
      return t('eventCopiedUp', { path: e.path, size: formatBytes(e.bytes) });
    case 'whiteout':
      return t('eventWhiteout', { path: e.path, size: formatBytes(e.hiddenBytes) });
    case 'deleted':
      return t('eventDeleted', { path: e.path });
    case 'volume':
      return t('eventVolume', { path: e.path, volume: e.volume });
    case 'missing':
      return t('eventMissing', { path: e.path });
  }
}

/** A file of the image worth editing first: the top layer's biggest added file. */
function suggestPath(image: ImageReport): string {
  for (let i = image.layers.length - 1; i >= 0; i--) {
    const files = (image.layers[i]?.changes ?? []).filter((c) => !c.isDir && c.kind !== 'deleted' && c.count === undefined);
    const best = files.sort((a, b) => (b.size ?? 0) - (a.size ?? 0))[0];
    if (best) return best.path;
  }
  return '/tmp/hello.txt';
}

interface Running {
  state: ContainerState;
  image: ImageReport;
  log: string[];
}

/** Run the image, then write, modify and delete files: copy-up, whiteouts, volumes, removal. */
export function ContainerPanel({ t, image }: { t: DockerT; image: ImageReport }) {
  const id = useId();
  const [run, setRun] = useState<Running | null>(null);
  const [path, setPath] = useState<string | null>(null);
  const [bytes, setBytes] = useState(100);
  const current = path ?? suggestPath(image);
  const start = () => setRun({ state: startContainer(image.layers, image.config.volumes), image, log: [] });
  const apply = (f: (s: ContainerState) => ContainerState) =>
    setRun((r) => {
      if (!r) return r;
      const state = f(r.state);
      return { ...r, state, log: [...state.events.map((e) => eventText(t, e)), ...r.log].slice(0, 20) };
    });
  const remove = () =>
    setRun((r) => {
      if (!r) return r;
      const { discarded, next } = removeContainer(r.state);
      return { ...r, state: next, log: [t('eventRemoved', { n: discarded.length }), ...r.log].slice(0, 20) };
    });
  const upper = run ? writableLayer(run.state) : null;
  const seen = run ? containerView(run.state).filter((e) => !e.isDir && e.from !== 'image') : [];
  const fromLabel = { image: t('fromImage'), container: t('fromContainer'), volume: t('fromVolume') };
  const mark = { added: '+', modified: '~', deleted: '−' };
  const kindLabel = { added: t('added'), modified: t('modified'), deleted: t('deleted') };
  return (
    <section className="docker-layers-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('container')}</h3>
      <p className="docker-layers-help">{t('containerHelp')}</p>
      <div className="docker-layers-buttons">
        <button type="button" onClick={start}>
          {run ? t('rerun') : t('run')}
        </button>
        {run && (
          <button type="button" onClick={remove}>
            {t('removeContainer')}
          </button>
        )}
      </div>
      {run && run.image !== image && <p className="docker-layers-warn">{t('imageChanged')}</p>}
      {run && (
        <>
          {image.config.volumes.length > 0 && <p>{t('volumes', { list: image.config.volumes.join(', ') })}</p>}
          <div className="docker-layers-buttons">
            <label className="docker-layers-field">
              <span>{t('containerPath')}</span>
              <input type="text" value={current} spellCheck={false} onChange={(e) => setPath(e.target.value)} />
            </label>
            <label className="docker-layers-field">
              <span>{t('containerBytes')}</span>
              <input
                type="number"
                min={0}
                value={bytes}
                onChange={(e) => setBytes(Math.max(0, Math.round(Number(e.target.value) || 0)))}
              />
            </label>
          </div>
          <div className="docker-layers-buttons">
            <button type="button" onClick={() => apply((s) => writeFile(s, current, bytes))}>
              {t('write')}
            </button>
            <button type="button" onClick={() => apply((s) => writeFile(s, current, bytes, true))}>
              {t('append')}
            </button>
            <button type="button" onClick={() => apply((s) => touchFile(s, current))}>
              {t('touch')}
            </button>
            <button type="button" onClick={() => apply((s) => deletePath(s, current))}>
              {t('remove')}
            </button>
          </div>
          <ul className="docker-layers-log" aria-live="polite">
            {run.log.map((line, i) => (
              <li key={run.log.length - i}>{line}</li>
            ))}
          </ul>
          <h4>{t('writable')}</h4>
          {upper && upper.changes.length > 0 ? (
            <>
              <p>{t('writableSize', { size: formatBytes(upper.bytes, t('unknown')) })}</p>
              <ul className="docker-layers-diff docker-layers-writable">
                {upper.changes.map((c) => (
                  <li key={c.path} className={`is-${c.kind}`}>
                    <span className="docker-layers-mark" aria-hidden="true">
                      {mark[c.kind]}
                    </span>
                    <code>{c.path}</code> <span className="docker-layers-kind">{kindLabel[c.kind]}</span>
                    {c.kind === 'deleted' ? (
                      (c.size ?? 0) > 0 && <span className="docker-layers-waste"> · {t('whiteoutHides', { size: formatBytes(c.size) })}</span>
                    ) : (
                      <span> · {formatBytes(c.size, t('unknown'))}</span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('writableEmpty')}</p>
          )}
          {seen.length > 0 && (
            <>
              <h4>{t('sees')}</h4>
              <ul className="docker-layers-diff">
                {seen.map((e) => (
                  <li key={e.path}>
                    <code>{e.path}</code> · {formatBytes(e.size, t('unknown'))} · {fromLabel[e.from]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
