import type { PodReadout } from '../model.ts';
import { STRINGS } from '../strings.ts';
import { conditionsText, describeEventsText, timelineText } from './format.ts';

type Lang = 'zh' | 'en';
const SHOWN = 200;

export function DescribePanel({ lang, r }: { lang: Lang; r: PodReadout }) {
  const s = STRINGS[lang];
  return (
    <section className="pl-panel pl-describe" aria-labelledby="pl-describe-h">
      <h3 id="pl-describe-h">
        {s.conditions} · {s.describeEvents}
      </h3>
      <pre className="pl-term" tabIndex={0} aria-label={`${s.conditions} · ${s.describeEvents}`} data-testid="pl-describe">
        <span className="pl-prompt">$ kubectl describe pod {r.spec.name}</span>
        {'\n…\n'}
        {r.gone ? `Error from server (NotFound): pods "${r.spec.name}" not found` : `${conditionsText(r)}\n${describeEventsText(r)}`}
      </pre>
    </section>
  );
}

export function TimelinePanel({ lang, r }: { lang: Lang; r: PodReadout }) {
  const s = STRINGS[lang];
  const waits = r.timeline.flatMap((e) => (e.kind === 'crashLoopBackOff' ? [`${e.container}: ${e.wait} s`] : []));
  const entries = r.timeline.slice(-SHOWN);
  return (
    <section className="pl-panel pl-timeline" aria-labelledby="pl-timeline-h">
      <h3 id="pl-timeline-h">{s.timeline}</h3>
      <p className="pl-small" data-testid="pl-backoffs">
        {s.backoffs}: {waits.length > 0 ? waits.join(' → ') : s.noBackoff}
      </p>
      {entries.length === 0 ? (
        <p className="pl-soft">{s.timelineEmpty}</p>
      ) : (
        <ol className="pl-log" tabIndex={0} aria-label={s.timeline}>
          {entries.map((e, i) => (
            <li key={r.timeline.length - entries.length + i} className={`pl-log-${e.kind}`}>
              <span className="pl-log-t">t={e.at}s</span> {timelineText(lang, e)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
