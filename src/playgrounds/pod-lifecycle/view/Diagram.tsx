import type { Phase, PodReadout } from '../model.ts';
import { PHASE_DIAGRAM } from '../model.ts';
import { fmt, STRINGS } from '../strings.ts';

type Lang = 'zh' | 'en';

const POS: Record<Phase, { x: number; y: number }> = {
  Pending: { x: 80, y: 120 },
  Running: { x: 300, y: 120 },
  Succeeded: { x: 520, y: 50 },
  Failed: { x: 520, y: 190 },
  Unknown: { x: 300, y: 230 },
};

// Hand-placed so that no edge crosses a node.
const PATHS: Record<string, string> = {
  'Pending->Running': 'M140,113 L236,113',
  'Running->Pending': 'M240,127 L144,127',
  'Running->Succeeded': 'M360,108 L456,60',
  'Running->Failed': 'M360,132 L456,180',
  'Pending->Succeeded': 'M80,100 C80,20 300,14 456,44',
  'Pending->Failed': 'M100,140 C140,196 380,196 456,194',
  'Pending->Unknown': 'M60,140 C60,228 150,232 236,232',
  'Running->Unknown': 'M300,140 L300,206',
};

export function PhaseDiagram({ lang, r }: { lang: Lang; r: PodReadout }) {
  const s = STRINGS[lang];
  let lastIndex = -1;
  for (let i = r.timeline.length - 1; i >= 0; i--) {
    if (r.timeline[i]?.kind === 'phase') {
      lastIndex = i;
      break;
    }
  }
  const last = lastIndex >= 0 ? r.timeline[lastIndex] : undefined;
  const lastKey = last?.kind === 'phase' ? `${last.from}->${last.to}` : null;
  const lastText = last?.kind === 'phase' ? `${last.from} → ${last.to} (t=${last.at}s)` : s.diagramNone;
  return (
    <section className="pl-panel pl-diagram" aria-labelledby="pl-diagram-h">
      <h3 id="pl-diagram-h">{s.diagram}</h3>
      <svg viewBox="0 0 600 262" role="img" aria-labelledby="pl-diagram-t pl-diagram-d" className="pl-svg">
        <title id="pl-diagram-t">{s.diagram}</title>
        <desc id="pl-diagram-d">{fmt(s.diagramDesc, { phase: r.phase, last: lastText })}</desc>
        <defs>
          <marker id="pl-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="pl-arrow" />
          </marker>
          <marker id="pl-arrow-lit" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="pl-arrow-lit" />
          </marker>
        </defs>
        {PHASE_DIAGRAM.edges.map((e) => {
          const key = `${e.from}->${e.to}`;
          const lit = key === lastKey;
          return (
            <path
              // a new transition remounts the path so its animation plays again
              key={lit ? `${key}-${lastIndex}` : key}
              d={PATHS[key]}
              className={`pl-edge${e.simulated ? '' : ' pl-edge-off'}${lit ? ' pl-edge-last' : ''}`}
              markerEnd={lit ? 'url(#pl-arrow-lit)' : 'url(#pl-arrow)'}
            />
          );
        })}
        {PHASE_DIAGRAM.phases.map((p) => {
          const { x, y } = POS[p];
          const on = p === r.phase;
          return (
            <g key={on ? `${p}-on-${lastIndex}` : p} className={`pl-node${on ? ' pl-node-on' : ''}`}>
              <rect x={x - 60} y={y - 20} width={120} height={40} rx={8} />
              <text x={x} y={y + 5} textAnchor="middle">
                {on ? `▶ ${p}` : p}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="pl-small pl-soft">
        — {s.legendSim} · - - {s.legendNotSim}
      </p>
    </section>
  );
}
