import { useDeferredValue, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { CodeEditor } from '../../components/code-editor/CodeEditor.tsx';
import type { EditorMarker } from '../../components/code-editor/types.ts';
import { useLang, useT } from '../../i18n/useT.ts';
import type { PlaygroundProps } from '../types.ts';
import { usePlaygroundState } from '../usePlaygroundState.ts';
import { PRESETS, explainCache, isIgnored, parseDockerignore, simulateBuild } from './model.ts';
import type { BuildReport, CacheReason } from './model.ts';
import { dockerT } from './strings.ts';
import { CachePanel } from './view/CachePanel.tsx';
import { ComparePanel } from './view/ComparePanel.tsx';
import { ContainerPanel } from './view/ContainerPanel.tsx';
import { ContextPanel } from './view/ContextPanel.tsx';
import { EfficiencyPanel } from './view/EfficiencyPanel.tsx';
import { LayerDetail } from './view/LayerDetail.tsx';
import { LayerStack } from './view/LayerStack.tsx';
import { StageGraph } from './view/StageGraph.tsx';
import { layerRows } from './view/rows.ts';
import { contextOf, parseDockerState, stateFromPreset } from './view/state.ts';
import type { DockerState } from './view/state.ts';
import './view.css';

interface Build {
  report: BuildReport;
  reasons: (CacheReason | null)[][];
  failed: boolean;
}

function build(state: DockerState): Build {
  const context = contextOf(state);
  const opts = {
    context,
    previous: state.previous,
    changedFiles: state.changed,
    ...(state.dockerignore.trim() !== '' ? { dockerignore: state.dockerignore } : {}),
    ...(state.target ? { target: state.target } : {}),
  };
  const report = simulateBuild(state.dockerfile, opts);
  const failed = report.image === null || report.analysis.problems.some((p) => p.severity === 'error');
  // Reasons only matter for misses; when every step hits, the report already says so.
  const reasons = failed || !report.rebuild?.missedSteps ? [] : explainCache(state.dockerfile, opts);
  return { report, reasons, failed };
}

/** The Docker layer visualizer: a Dockerfile in, the image's layers, cache and container layer out. */
export default function View({ preset, standalone }: PlaygroundProps) {
  const lang = useLang();
  const siteT = useT();
  const t = useMemo(() => dockerT(lang), [lang]);
  const id = useId();
  const initial = useMemo(() => stateFromPreset(preset), [preset]);
  const [state, setState, reset] = usePlaygroundState(`docker-layers:${preset ?? 'default'}`, initial, parseDockerState, {
    urlSync: standalone ?? false,
  });
  const patch = (p: Partial<DockerState>) => setState({ ...state, ...p });
  const deferred = useDeferredValue(state);
  const current = useMemo(() => build(deferred), [deferred]);
  // Keep the last build that worked on screen while the text has errors (marked stale).
  const [lastGood, setLastGood] = useState<Build | null>(null);
  if (!current.failed && lastGood !== current) setLastGood(current);
  const shown = current.failed && lastGood ? lastGood : current;
  const stale = current.failed && lastGood !== null;

  const rows = useMemo(() => layerRows(shown.report), [shown]);
  const [selected, setSelected] = useState<number | null>(null);
  // By default the top layer that writes files (a 0 B entry on top has nothing to show).
  const topLayer = rows.findLastIndex((r) => r.kind !== 'meta');
  const sel = selected !== null && selected < rows.length ? selected : topLayer >= 0 ? topLayer : rows.length - 1;

  const markers: EditorMarker[] = useMemo(
    () =>
      current.report.analysis.problems.map((p) => ({
        line: p.line,
        message: p.message,
        severity: p.severity === 'hint' ? 'info' : p.severity,
      })),
    [current],
  );
  const ignored = useMemo(() => {
    const rules = parseDockerignore(state.dockerignore);
    return new Set(state.files.filter((f) => isIgnored(f.path, rules)).map((f) => f.path));
  }, [state.dockerignore, state.files]);
  const targets = shown.report.analysis.stages.filter((s) => s.name);
  const image = shown.report.image;
  const sevLabel = { error: t('sevError'), warning: t('sevWarning'), hint: t('sevHint') };

  return (
    <div className="docker-layers" lang={lang}>
      <div className="docker-layers-toolbar">
        <label className="docker-layers-field">
          <span>{t('preset')}</span>
          <select
            value={PRESETS.some((p) => p.id === state.preset) ? state.preset : ''}
            onChange={(e) => {
              setSelected(null);
              setState(stateFromPreset(e.target.value));
            }}
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title[lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="docker-layers-field">
          <span>{t('target')}</span>
          <select value={state.target} onChange={(e) => patch({ target: e.target.value })}>
            <option value="">{t('targetLast')}</option>
            {targets.map((s) => (
              <option key={s.index} value={s.name}>
                {s.name}
              </option>
            ))}
            {state.target !== '' && !targets.some((s) => s.name === state.target) && <option value={state.target}>{state.target}</option>}
          </select>
        </label>
        <button type="button" onClick={reset}>
          {siteT('playgroundReset')}
        </button>
      </div>

      <div className="docker-layers-grid">
        <div className="docker-layers-col">
          <CodeEditor
            value={state.dockerfile}
            onChange={(dockerfile) =>
              // Commit at once: CodeEditor resets Monaco to `value` when they differ, so a keystroke typed
              // before a batched render lands would be undone. The analysis itself is deferred below.
              flushSync(() => patch({ dockerfile }))
            }
            language="dockerfile"
            label={t('editorLabel')}
            height={360}
            markers={markers}
          />
          <section className="docker-layers-panel" aria-labelledby={`${id}-p`}>
            <h3 id={`${id}-p`}>{t('problems')}</h3>
            <div aria-live="polite">
              {current.failed && <p className="docker-layers-error">{t('buildFails')}</p>}
              {current.report.analysis.problems.length === 0 ? (
                <p>{t('noProblems')}</p>
              ) : (
                <ul className="docker-layers-problems">
                  {current.report.analysis.problems.map((p, i) => (
                    <li key={i} className={`is-${p.severity}`}>
                      <span className="docker-layers-badge">{sevLabel[p.severity]}</span> {t('line', { n: p.line })}: {p.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </section>
          <ContextPanel t={t} state={state} ignored={ignored} onChange={patch} />
        </div>

        <div className="docker-layers-col">
          {stale && (
            <p className="docker-layers-stale" role="status">
              {siteT('playgroundStale')}
            </p>
          )}
          <div className={stale ? 'docker-layers-is-stale' : undefined}>
            <StageGraph t={t} stages={shown.report.analysis.stages} finalStage={shown.report.analysis.finalStage} />
            {image ? (
              <>
                <LayerStack
                  t={t}
                  rows={rows}
                  selected={sel}
                  onSelect={setSelected}
                  total={image.totalBytes}
                  known={image.knownBytes}
                />
                {rows[sel] && <LayerDetail t={t} row={rows[sel]} layers={image.layers} />}
              </>
            ) : (
              <p>{t('noImage')}</p>
            )}
          </div>
        </div>
      </div>

      {image && (
        <div className={`docker-layers-grid${stale ? ' docker-layers-is-stale' : ''}`}>
          <div className="docker-layers-col">
            <CachePanel t={t} report={shown.report} reasons={shown.reasons} onAccept={() => patch({ previous: state.dockerfile, changed: [] })} />
          </div>
          <div className="docker-layers-col">
            <EfficiencyPanel t={t} eff={image.efficiency} />
            <ContainerPanel t={t} image={image} />
          </div>
        </div>
      )}

      <ComparePanel
        t={t}
        lang={lang}
        onLoad={(presetId) => {
          setSelected(null);
          setState(stateFromPreset(presetId));
        }}
      />
    </div>
  );
}
