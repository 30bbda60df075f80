import { useId } from 'react';
import type { BuildReport, CacheReason } from '../model.ts';
import type { DockerT } from '../strings.ts';
import { formatBytes } from './format.ts';

function reasonText(t: DockerT, r: CacheReason): string {
  switch (r.kind) {
    case 'hit':
      return '';
    case 'instruction':
      return t('reasonInstruction');
    case 'files':
      return t('reasonFiles');
    case 'expanded':
      return t('reasonExpanded');
    case 'source-stage':
      return t('reasonSourceStage', { stage: r.stage });
    case 'base':
      return t('reasonBase');
    case 'earlier':
      return t('reasonEarlier', { n: r.line });
  }
}

interface Props {
  t: DockerT;
  report: BuildReport;
  reasons: (CacheReason | null)[][];
  onAccept: () => void;
}

/** Per step: cache hit or miss against the previous build, and why a step missed. */
export function CachePanel({ t, report, reasons, onAccept }: Props) {
  const id = useId();
  const rebuild = report.rebuild;
  return (
    <section className="docker-layers-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('cache')}</h3>
      <p className="docker-layers-help">{t('cacheHelp')}</p>
      <p aria-live="polite" className="docker-layers-cache-summary">
        {rebuild && rebuild.missedSteps === 0
          ? t('cacheAll')
          : rebuild
            ? rebuild.rebuildBytes === null
              ? t('cacheSummaryUnknown', { steps: rebuild.missedSteps, layers: rebuild.missedLayers })
              : t('cacheSummary', { steps: rebuild.missedSteps, layers: rebuild.missedLayers, size: formatBytes(rebuild.rebuildBytes) })
            : ''}
      </p>
      <button type="button" onClick={onAccept} title={t('acceptBuildHelp')}>
        {t('acceptBuild')}
      </button>
      <p className="docker-layers-help">{t('acceptBuildHelp')}</p>
      <div className="docker-layers-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-h`}>
        <table className="docker-layers-cache-table">
          <tbody>
            {report.stages.map((st, i) =>
              st.steps.map((step, j) => {
                const reason = reasons[i]?.[j] ?? null;
                return (
                  <tr key={`${i}-${j}`} className={st.stage.used ? undefined : 'is-unused'}>
                    <td className="docker-layers-nowrap">{t('line', { n: step.line })}</td>
                    <td>
                      <code>{step.text}</code>
                    </td>
                    <td>
                      {step.cache === 'hit' ? (
                        <span className="docker-layers-cache is-hit">✓ {t('cacheHit')}</span>
                      ) : step.cache === 'miss' ? (
                        <span className="docker-layers-cache is-miss">↻ {t('cacheMiss')}</span>
                      ) : (
                        <span className="docker-layers-note">{st.stage.used ? '' : t('notBuilt')}</span>
                      )}
                      {reason && reason.kind !== 'hit' && <div className="docker-layers-reason">{reasonText(t, reason)}</div>}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
