import { useId } from 'react';
import type { DockerT } from '../strings.ts';
import type { ContextFile, DockerState } from './state.ts';

interface Props {
  t: DockerT;
  state: DockerState;
  ignored: Set<string>;
  onChange: (patch: Partial<DockerState>) => void;
}

/** The virtual build context: files with sizes, "edited" marks and the text of .dockerignore. */
export function ContextPanel({ t, state, ignored, onChange }: Props) {
  const id = useId();
  const setFile = (i: number, next: ContextFile) => {
    const before = state.files[i];
    const files = state.files.map((f, k) => (k === i ? next : f));
    // Renaming or resizing a file is an edit: the next build sees different files.
    const changed = new Set(state.changed);
    if (before && before.path !== next.path) changed.delete(before.path);
    changed.add(next.path);
    onChange({ files, changed: [...changed] });
  };
  const toggleChanged = (path: string, on: boolean) => {
    const changed = new Set(state.changed);
    if (on) changed.add(path);
    else changed.delete(path);
    onChange({ changed: [...changed] });
  };
  const remove = (i: number) => {
    const f = state.files[i];
    onChange({ files: state.files.filter((_, k) => k !== i), changed: state.changed.filter((c) => c !== f?.path) });
  };
  const add = () => {
    let name = t('newFile');
    for (let n = 2; state.files.some((f) => f.path === name); n++) name = `new-file-${n}.txt`;
    onChange({ files: [...state.files, { path: name, size: 1000 }], changed: [...state.changed, name] });
  };
  return (
    <section className="docker-layers-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('context')}</h3>
      <p className="docker-layers-help">{t('contextHelp')}</p>
      <div className="docker-layers-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-h`}>
        <table className="docker-layers-context">
          <thead>
            <tr>
              <th scope="col">{t('path')}</th>
              <th scope="col">{t('size')}</th>
              <th scope="col">{t('changed')}</th>
              <th scope="col">
                <span className="docker-layers-sr">{t('removeFile', { path: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.files.map((f, i) => (
              <tr key={i} className={ignored.has(f.path) ? 'docker-layers-ignored' : undefined}>
                <td>
                  <input
                    type="text"
                    value={f.path}
                    aria-label={`${t('path')} ${i + 1}`}
                    spellCheck={false}
                    onChange={(e) => setFile(i, { ...f, path: e.target.value })}
                  />
                  {ignored.has(f.path) && <span className="docker-layers-note"> {t('ignored')}</span>}
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    step={1}
                    value={f.size}
                    aria-label={`${t('size')}: ${f.path}`}
                    onChange={(e) => {
                      const n = Number(e.target.value);
                      setFile(i, { ...f, size: Number.isFinite(n) && n >= 0 ? Math.round(n) : 0 });
                    }}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    checked={state.changed.includes(f.path)}
                    aria-label={`${t('changed')}: ${f.path}`}
                    onChange={(e) => toggleChanged(f.path, e.target.checked)}
                  />
                </td>
                <td>
                  <button type="button" className="docker-layers-icon" aria-label={t('removeFile', { path: f.path })} onClick={() => remove(i)}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={add}>
        {t('addFile')}
      </button>
      <label className="docker-layers-field">
        <span>{t('dockerignore')}</span>
        <textarea
          rows={5}
          spellCheck={false}
          value={state.dockerignore}
          onChange={(e) => onChange({ dockerignore: e.target.value })}
        />
      </label>
      <p className="docker-layers-help">{t('dockerignoreHelp')}</p>
    </section>
  );
}
