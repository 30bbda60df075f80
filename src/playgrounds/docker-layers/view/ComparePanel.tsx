import { useId, useMemo } from 'react';
import { PRESETS, buildCost } from '../model.ts';
import type { CompareSide } from '../model.ts';
import type { DockerT } from '../strings.ts';
import { formatBytes } from './format.ts';

/** The presets compared, naive first, and the file whose one-line edit is simulated. */
const SIDES = [
  { kind: 'naive', presetId: 'go-naive' },
  { kind: 'cached', presetId: 'go-cache-friendly' },
  { kind: 'optimised', presetId: 'go-multistage-distroless' },
] as const;
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

/**
 * Three Go Dockerfiles side by side: naive, then cache-friendly ordering, then that ordering plus a
 * multi-stage build onto distroless; final size and what a one-line edit of main.go rebuilds.
 */
export function ComparePanel({ t, lang, onLoad }: Props) {
  const id = useId();
  // Presets are constants: compute once.
  const sides = useMemo(
    () => SIDES.map(({ kind, presetId }) => ({ kind, presetId, s: buildCost(input(presetId), COMPARE_FILE) })),
    [],
  );
  const [naive, cached, optimised] = sides.map((x) => x.s) as [CompareSide, CompareSide, CompareSide];
  const saved = naive.bytesRebuilt !== null && cached.bytesRebuilt !== null ? naive.bytesRebuilt - cached.bytesRebuilt : null;
  const heading = { naive: t('compareNaive'), cached: t('compareCached'), optimised: t('compareOptimised') };
  return (
    <section className="docker-layers-panel docker-layers-compare" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('compare')}</h3>
      <p className="docker-layers-help">{t('compareHelp', { file: COMPARE_FILE })}</p>
      <div className="docker-layers-compare-cols">
        {sides.map(({ kind, presetId, s }) => {
          const title = PRESETS.find((p) => p.id === presetId)?.title[lang] ?? presetId;
          return (
            <div key={kind} className={`docker-layers-compare-col is-${kind}`} data-side={kind}>
              <h4>{heading[kind]}</h4>
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
          {t('compareTakeaway', { opt: cached.stepsRerun, naive: naive.stepsRerun, size: formatBytes(saved) })}
        </p>
      )}
      {!optimised.failed && !naive.failed && (
        <p className="docker-layers-compare-takeaway" data-takeaway="multistage">
          {t('compareTakeawayMultistage', { size: formatBytes(optimised.imageBytes), naive: formatBytes(naive.imageBytes) })}
        </p>
      )}
    </section>
  );
}
