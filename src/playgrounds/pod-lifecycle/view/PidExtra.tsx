import { useMemo, useState } from 'react';
import type { PidNote, PidStoryStep } from '../model.ts';
import { orphanStory, psRows } from '../model.ts';
import { fmt, STRINGS } from '../strings.ts';
import { table } from './format.ts';

type Lang = 'zh' | 'en';

function noteText(lang: Lang, n: PidNote, names: Map<number, { name: string; pid: number; ppid: number }>): string {
  const s = STRINGS[lang];
  const name = (id: number) => names.get(id)?.name ?? `#${id}`;
  switch (n.kind) {
    case 'spawned':
      return fmt(s.pidSpawned, { name: name(n.proc), pid: n.pid, ppid: n.ppid });
    case 'zombie':
      return fmt(s.pidZombie, { name: name(n.proc), ppid: n.parentPid });
    case 'reaped':
      return fmt(s.pidReaped, { name: name(n.proc), by: `${name(n.by)} (PID ${names.get(n.by)?.pid ?? '?'})` });
    case 'reparented':
      return fmt(s.pidReparented, { name: name(n.proc), pid: n.toPid, to: n.toName });
    case 'namespaceKilled':
      return fmt(s.pidKilled, { ns: n.ns });
  }
}

export function PidExtra({ lang }: { lang: Lang }) {
  const s = STRINGS[lang];
  const [shared, setShared] = useState(true);
  const [step, setStep] = useState(0);
  const steps: PidStoryStep[] = useMemo(() => orphanStory(shared), [shared]);
  const names = useMemo(() => {
    const m = new Map<number, { name: string; pid: number; ppid: number }>();
    for (const st of steps) for (const p of st.tree.procs) if (!m.has(p.id)) m.set(p.id, { name: p.name, pid: p.pid, ppid: p.ppid });
    return m;
  }, [steps]);
  const at = Math.min(step, steps.length - 1);
  const cur = steps[at]!;
  const namespaces = [...new Set(cur.tree.procs.map((p) => p.ns))];
  return (
    <section className="pl-panel pl-pid" aria-labelledby="pl-pid-h">
      <h3 id="pl-pid-h">{s.pid}</h3>
      <p className="pl-small">{s.pidIntro}</p>
      <div className="pl-field-row" role="radiogroup" aria-label="PID namespace">
        <label className="pl-check">
          <input
            type="radio"
            name="pl-pid-ns"
            checked={shared}
            onChange={() => {
              setShared(true);
              setStep(0);
            }}
          />{' '}
          {s.pidShared}
        </label>
        <label className="pl-check">
          <input
            type="radio"
            name="pl-pid-ns"
            checked={!shared}
            onChange={() => {
              setShared(false);
              setStep(0);
            }}
          />{' '}
          {s.pidOwn}
        </label>
      </div>
      <div className="pl-field-row">
        <button type="button" onClick={() => setStep(Math.max(0, at - 1))} disabled={at === 0}>
          {s.pidPrev}
        </button>
        <button type="button" onClick={() => setStep(at + 1)} disabled={at >= steps.length - 1}>
          {s.pidNext}
        </button>
        <button type="button" onClick={() => setStep(0)}>
          {s.pidRestart}
        </button>
        <span className="pl-soft pl-small">{fmt(s.pidStep, { step: at, total: steps.length - 1 })}</span>
      </div>
      <div className="pl-pid-trees">
        {namespaces.map((ns) => (
          <figure key={ns} className="pl-pid-ns">
            <figcaption className="pl-small">{fmt(s.pidNs, { ns })}</figcaption>
            <pre className="pl-term" tabIndex={0} aria-label={fmt(s.pidNs, { ns })} data-testid={`pl-ps-${ns}`}>
              {table([['PID', 'PPID', 'S', 'CMD'], ...psRows(cur.tree, ns).map((r) => [String(r.pid), String(r.ppid), r.state, r.cmd])])}
            </pre>
          </figure>
        ))}
      </div>
      <p className="pl-small" aria-live="polite" data-testid="pl-pid-note">
        {cur.notes.length === 0 ? s.pidStart : cur.notes.map((n) => noteText(lang, n, names)).join(' ')}
      </p>
    </section>
  );
}
