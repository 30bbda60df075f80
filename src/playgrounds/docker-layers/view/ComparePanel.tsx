import { useId, useMemo } from 'react';
import { PRESETS, compareBuilds } from '../model.ts';
import type { CompareSide } from '../model.ts';
import type { DockerT } from '../strings.ts';
import { formatBytes } from './format.ts';

/** The two presets compared, and the file whose one-line edit is simulated. */
export const COMPARE_NAIVE = 'go-naive';
export const COMPARE_OPTIMISED = 'go-cache-friendly';
export const COMPARE_FILE = 'main.go';

function input(id: string) {
  const p = PRESETS.find((x) => x.id === id);
  return p ? { text: p.dockerfile, context: p.context, dockerignore: p.dockerignore } : { text: '', context: {} };
}

interface Props {
  t: DockerT;
  lang: 'zh' | 'en';
  onLoad: (presetId: string) => void;
}

/** Naive vs optimised Go Dockerfile side by side: final size and what a one-line edit of main.go rebuilds. */
export function ComparePanel({ t, lang, onLoad }: Props) {
  const id = useId();
  // Presets are constants: compute once.
  const result = useMemo(() => compareBuilds(input(COMPARE_NAIVE), input(COMPARE_OPTIMISED), COMPARE_FILE), []);
  const sides: [string, string, CompareSide][] = [
    ['naive', COMPARE_NAIVE, result.a],
    ['optimised', COMPARE_OPTIMISED, result.b],
  ];
  const saved =
    result.a.bytesRebuilt !== null && result.b.bytesRebuilt !== null ? result.a.bytesRebuilt - result.b.bytesRebuilt : null;
  return (
    <section className="docker-layers-panel docker-layers-compare" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('compare')}</h3>
      <p className="docker-layers-help">{t('compareHelp', { file: COMPARE_FILE })}</p>
      <div className="docker-layers-compare-cols">
        {sides.map(([kind, presetId, s]) => {
          const title = PRESETS.find((p) => p.id === presetId)?.title[lang] ?? presetId;
          return (
            <div key={kind} className={`docker-layers-compare-col is-${kind}`} data-side={kind}>
              <h4>{kind === 'naive' ? t('compareNaive') : t('compareOptimised')}</h4>
              <p className="docker-layers-note">{title}</p>
              {s.failed ? (
                <p className="docker-layers-error">{t('compareFailed')}</p>
              ) : (
                <dl className="docker-layers-compare-figures">
                  <div>
                    <dt>{t('compareSize')}</dt>
                    <dd data-figure="size">{formatBytes(s.imageBytes)}</dd>
                  </div>
                  <div>
                    <dt>{t('compareLayers')}</dt>
                    <dd data-figure="layers">{s.layers}</dd>
                  </div>
                  <div>
                    <dt>{t('compareSteps')}</dt>
                    <dd data-figure="steps">{s.stepsRerun}</dd>
                  </div>
                  <div>
                    <dt>{t('compareRebuilt', { file: COMPARE_FILE })}</dt>
                    <dd data-figure="rebuilt">{formatBytes(s.bytesRebuilt)}</dd>
                  </div>
                </dl>
              )}
              <button type="button" onClick={() => onLoad(presetId)}>
                {t('compareLoad', { title })}
              </button>
            </div>
          );
        })}
      </div>
      {saved !== null && (
        <p className="docker-layers-compare-takeaway">
          {t('compareTakeaway', { opt: result.b.stepsRerun, naive: result.a.stepsRerun, size: formatBytes(saved) })}
        </p>
      )}
    </section>
  );
}
