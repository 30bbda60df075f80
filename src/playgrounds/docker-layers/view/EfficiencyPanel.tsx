import { useId } from 'react';
import type { EfficiencyReport } from '../model.ts';
import type { DockerT } from '../strings.ts';
import { formatBytes, formatPercent } from './format.ts';

/** dive's figures with the formula spelled out (N−1 copies, dive #684). */
export function EfficiencyPanel({ t, eff }: { t: DockerT; eff: EfficiencyReport }) {
  const id = useId();
  return (
    <section className="docker-layers-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('efficiency')}</h3>
      <ul className="docker-layers-figures" aria-live="polite">
        <li>
          <strong>{t('score', { score: formatPercent(eff.score) })}</strong>
        </li>
        <li>{t('wasted', { size: formatBytes(eff.wastedBytes), pct: formatPercent(eff.userWastedPercent) })}</li>
        <li>{t('wastedAll', { size: formatBytes(eff.wastedBytesAllCopies) })}</li>
        <li>{t('hidden', { size: formatBytes(eff.hiddenBytes) })}</li>
      </ul>
      {eff.partial && <p className="docker-layers-warn">{t('partial')}</p>}
      <details>
        <summary>{t('formulaTitle')}</summary>
        <p>{t('formula1')}</p>
        <p>{t('formula2')}</p>
        <p>{t('formula3')}</p>
      </details>
      <h4>{t('inefficient')}</h4>
      {eff.inefficiencies.length === 0 ? (
        <p>{t('noWaste')}</p>
      ) : (
        <ul className="docker-layers-diff docker-layers-scroll" tabIndex={0}>
          {eff.inefficiencies.slice(0, 50).map((x) => (
            <li key={x.path}>
              <code>{x.path}</code> · {t('copies', { n: x.copies, layers: x.layers.join(', ') })} ·{' '}
              <span className="docker-layers-waste">{formatBytes(x.wastedBytes)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
