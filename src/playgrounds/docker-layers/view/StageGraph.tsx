import { useId } from 'react';
import type { Stage } from '../model.ts';
import type { DockerT } from '../strings.ts';

const stageLabel = (s: Stage) => (s.name ? `${s.index}: ${s.name}` : `${s.index}`);

/** Stages as a small graph: one box per stage, with the stages it depends on (FROM and COPY --from). */
export function StageGraph({ t, stages, finalStage }: { t: DockerT; stages: Stage[]; finalStage: number }) {
  const id = useId();
  if (stages.length < 2) return null;
  return (
    <section className="docker-layers-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('stages')}</h3>
      <p className="docker-layers-help">{t('stagesHelp')}</p>
      <ol className="docker-layers-stages">
        {stages.map((s) => {
          const deps = [...(s.parent !== undefined ? [s.parent] : []), ...s.copiesFrom];
          const status = s.index === finalStage ? t('stageFinal') : s.used ? t('stageUsed') : t('stageUnused');
          return (
            <li key={s.index} className={`docker-layers-stage${s.used ? '' : ' is-unused'}${s.index === finalStage ? ' is-final' : ''}`}>
              <strong>{stageLabel(s)}</strong> <span className="docker-layers-badge">{status}</span>
              <div className="docker-layers-mono">{t('basedOn', { base: s.base })}</div>
              {deps.length > 0 && (
                <div className="docker-layers-edge">
                  <span aria-hidden="true">⟵ </span>
                  {t('copiesFrom', {
                    list: [...new Set(deps)].map((d) => stages[d] ? stageLabel(stages[d]) : String(d)).join(', '),
                  })}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
