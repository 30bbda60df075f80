import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useLang } from '../../i18n/useT.ts';
import type { PlaygroundProps } from '../types.ts';
import { usePlaygroundState } from '../usePlaygroundState.ts';
import type { PodEvent, PodSpec } from './model.ts';
import { checkEvent, readout } from './model.ts';
import { fmt, STRINGS } from './strings.ts';
import { Builder } from './view/Builder.tsx';
import { ClockPanel, EventPanel, refusalText, ScenarioPanel } from './view/Controls.tsx';
import { PhaseDiagram } from './view/Diagram.tsx';
import { eventLabel } from './view/format.ts';
import { PidExtra } from './view/PidExtra.tsx';
import { BranchesPanel, ContainersPanel, KubectlPanel, PhasePanel } from './view/Readouts.tsx';
import type { ViewState } from './view/state.ts';
import { appendEvent, findScenario, initialState, parseState, replay } from './view/state.ts';
import { DescribePanel, TimelinePanel } from './view/Timeline.tsx';
import './view.css';

/** Apply events in order, keeping only the accepted ones; with auto-pull, pending pulls succeed at once. */
function advance(state: ViewState, evs: readonly PodEvent[], autoPull: boolean): { events: PodEvent[]; refusal: ReturnType<typeof checkEvent> } {
  let events = state.events;
  let refusal: ReturnType<typeof checkEvent> = null;
  for (const ev of evs) {
    const ctx = replay(state.spec, events).context.sim;
    const r = checkEvent(ctx, ev);
    if (r) {
      refusal = r;
      continue;
    }
    events = appendEvent(events, ev);
    if (!autoPull) continue;
    for (let i = 0; i < 8; i++) {
      const pull: PodEvent = { type: 'IMAGE_PULL_OK' };
      if (checkEvent(replay(state.spec, events).context.sim, pull)) break;
      events = appendEvent(events, pull);
    }
  }
  return { events, refusal };
}

const noSubscribe = () => () => {};

export default function View({ preset, standalone }: PlaygroundProps) {
  // false in the prerendered HTML and while hydrating, true once the handlers are live (tests wait for it)
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  const lang = useLang();
  const s = STRINGS[lang];
  const initial = useMemo(() => initialState(preset), [preset]);
  const [state, setState] = usePlaygroundState(`pod-lifecycle${preset ? `:${preset}` : ''}`, initial, parseState, {
    urlSync: standalone ?? false,
  });
  const snap = useMemo(() => replay(state.spec, state.events), [state.spec, state.events]);
  const ctx = snap.context.sim;
  const r = useMemo(() => readout(ctx), [ctx]);
  const [live, setLive] = useState('');
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);

  const status = r.gone ? 'NotFound' : r.kubectl.status;
  const announce = (what: string, next: ViewState) => {
    const nr = readout(replay(next.spec, next.events).context.sim);
    setLive(fmt(s.live, { t: nr.now, what, phase: nr.phase, status: nr.gone ? 'NotFound' : nr.kubectl.status }));
  };

  const send = (ev: PodEvent) => {
    const { events, refusal } = advance(state, [ev], state.autoPull);
    if (refusal) {
      setLive(fmt(s.liveRefused, { why: refusalText(lang, refusal) }));
      return;
    }
    const next = { ...state, events };
    setState(next);
    announce(eventLabel(lang, ev), next);
  };

  const stepScenario = (all: boolean) => {
    const sc = findScenario(state.scenario?.id);
    if (!sc || !state.scenario) return;
    const from = state.scenario.step;
    const evs = all ? sc.events.slice(from) : sc.events.slice(from, from + 1);
    if (evs.length === 0) return;
    const { events, refusal } = advance(state, evs, false);
    const next: ViewState = { ...state, events, scenario: { id: sc.id, step: from + evs.length } };
    setState(next);
    if (refusal) setLive(fmt(s.liveRefused, { why: refusalText(lang, refusal) }));
    else announce(evs.map((e) => eventLabel(lang, e)).join(', '), next);
  };

  const loadScenario = (id: string) => {
    const sc = findScenario(id);
    if (!sc) return;
    setPlaying(false);
    const next: ViewState = { spec: structuredClone(sc.spec), events: [], scenario: { id, step: 0 }, autoPull: false };
    setState(next);
    announce(id, next);
  };

  const changeSpec = (spec: PodSpec) => {
    setPlaying(false);
    setState({ ...state, spec, events: [], scenario: null });
    setLive(s.specChanged);
  };

  // The clock: a timer (only here, in an effect) sends TICK events; time itself is the model's.
  const latest = useRef({ state, status, phase: r.phase });
  useEffect(() => {
    latest.current = { state, status, phase: r.phase };
  });
  const stop = ctx.gone;
  useEffect(() => {
    if (!playing || stop) return;
    const interval = Math.max(100, 1000 / speed);
    const seconds = Math.max(1, Math.round((speed * interval) / 1000));
    const timer = window.setInterval(() => {
      const cur = latest.current;
      const { events, refusal } = advance(cur.state, [{ type: 'TICK', seconds }], cur.state.autoPull);
      if (refusal) return;
      const next = { ...cur.state, events };
      setState(next);
      const nr = readout(replay(next.spec, next.events).context.sim);
      const nextStatus = nr.gone ? 'NotFound' : nr.kubectl.status;
      // while the clock runs, say only what changed
      if (nextStatus !== cur.status || nr.phase !== cur.phase) {
        setLive(fmt(s.live, { t: nr.now, what: `+${seconds} s`, phase: nr.phase, status: nextStatus }));
      }
    }, interval);
    return () => window.clearInterval(timer);
  }, [playing, speed, stop, setState, s.live]);

  const normalNames = [...r.spec.initContainers, ...r.spec.containers].map((c) => c.name);

  return (
    <div className="pl-root" data-hydrated={hydrated ? 'true' : undefined}>
      <Builder lang={lang} spec={state.spec} normalNames={normalNames} onChange={changeSpec} open={standalone ?? false} />
      <div className="pl-controls">
        <ScenarioPanel lang={lang} state={state} r={r} onLoad={loadScenario} onStep={() => stepScenario(false)} onAll={() => stepScenario(true)} />
        <ClockPanel
          lang={lang}
          now={r.now}
          playing={playing && !stop}
          speed={speed}
          ctx={ctx}
          onSend={send}
          onPlay={setPlaying}
          onSpeed={setSpeed}
          onReset={() => {
            setPlaying(false);
            const next: ViewState = { ...state, events: [], scenario: state.scenario ? { id: state.scenario.id, step: 0 } : null };
            setState(next);
            announce(s.reset, next);
          }}
        />
      </div>
      <EventPanel lang={lang} ctx={ctx} r={r} state={state} onSend={send} onAutoPull={(autoPull) => setState({ ...state, autoPull })} />
      <p className="pl-live" role="status" aria-live="polite" data-testid="pl-live">
        {live}
      </p>
      <div className="pl-readouts">
        <PhasePanel lang={lang} r={r} />
        <ContainersPanel lang={lang} r={r} />
        <KubectlPanel lang={lang} r={r} ctx={ctx} />
      </div>
      <div className="pl-row2">
        <BranchesPanel lang={lang} r={r} />
        <PhaseDiagram lang={lang} r={r} />
      </div>
      <DescribePanel lang={lang} r={r} />
      <TimelinePanel lang={lang} r={r} />
      <PidExtra lang={lang} />
    </div>
  );
}
