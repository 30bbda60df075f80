import { useState } from 'react';
import type { PodEvent, PodReadout, Refusal, SimContext } from '../model.ts';
import { checkEvent, SCENARIOS } from '../model.ts';
import { fmt, REFUSAL_ZH, SCENARIO_TITLES, STRINGS } from '../strings.ts';
import { eventLabel } from './format.ts';
import type { ViewState } from './state.ts';
import { findScenario } from './state.ts';

type Lang = 'zh' | 'en';

export function refusalText(lang: Lang, r: Refusal): string {
  return lang === 'zh' ? REFUSAL_ZH[r.code] : r.message;
}

function EventButton({ lang, ctx, ev, label, onSend }: { lang: Lang; ctx: SimContext; ev: PodEvent; label: string; onSend: (ev: PodEvent) => void }) {
  const refusal = checkEvent(ctx, ev);
  const why = refusal ? `${STRINGS[lang].refusedPrefix} ${refusalText(lang, refusal)}` : undefined;
  return (
    <button
      type="button"
      className={refusal ? 'pl-ev pl-ev-off' : 'pl-ev'}
      aria-disabled={refusal ? 'true' : undefined}
      title={why}
      data-event={ev.type}
      onClick={() => onSend(ev)}
    >
      {label}
    </button>
  );
}

export function EventPanel({ lang, ctx, r, state, onSend, onAutoPull }: {
  lang: Lang;
  ctx: SimContext;
  r: PodReadout;
  state: ViewState;
  onSend: (ev: PodEvent) => void;
  onAutoPull: (on: boolean) => void;
}) {
  const s = STRINGS[lang];
  const [target, setTarget] = useState('');
  const [code, setCode] = useState('1');
  const names = [...r.spec.initContainers.filter((c) => c.kind === 'sidecar'), ...r.spec.containers].map((c) => c.name);
  const tgt = names.includes(target) ? target : '';
  const on = tgt ? { container: tgt } : {};
  const exitCode = Number(code);
  const badCode = !(Number.isInteger(exitCode) && exitCode >= 1 && exitCode <= 255);
  const ev = (e: PodEvent, label: string) => <EventButton key={label} lang={lang} ctx={ctx} ev={e} label={label} onSend={onSend} />;
  return (
    <section className="pl-panel pl-events" aria-labelledby="pl-events-h">
      <h3 id="pl-events-h">{s.events}</h3>
      <div className="pl-field-row">
        <label>
          {s.target}{' '}
          <select value={tgt} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{s.targetAuto}</option>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s.exitCode}{' '}
          <input
            type="number"
            min={1}
            max={255}
            value={code}
            className="pl-narrow"
            aria-invalid={badCode}
            aria-describedby={badCode ? 'pl-code-err' : undefined}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
        <label className="pl-check">
          <input type="checkbox" checked={state.autoPull} onChange={(e) => onAutoPull(e.target.checked)} /> {s.autoPull}
        </label>
      </div>
      {badCode && (
        <p className="pl-field-error" id="pl-code-err">
          {lang === 'zh' ? REFUSAL_ZH['invalid-exit-code'].replace('0 到', '1 到') : 'A failing exit code is an integer from 1 to 255.'}
        </p>
      )}
      <div className="pl-ev-groups">
        <div role="group" aria-label="scheduler">
          {ev({ type: 'SCHEDULE' }, s.evSchedule)}
          {ev({ type: 'UNSCHEDULABLE' }, s.evUnschedulable)}
        </div>
        <div role="group" aria-label="image">
          {ev({ type: 'IMAGE_PULL_OK', ...on }, s.evPullOk)}
          {ev({ type: 'IMAGE_PULL_FAIL', ...on }, s.evPullFail)}
        </div>
        <div role="group" aria-label="init">
          {ev({ type: 'INIT_EXIT', exitCode: 0 }, s.evInitOk)}
          {ev({ type: 'INIT_EXIT', exitCode }, fmt(s.evInitFail, { code: badCode ? '?' : exitCode }))}
        </div>
        <div role="group" aria-label="containers">
          {ev({ type: 'APP_EXIT', exitCode: 0, ...on }, s.evAppOk)}
          {ev({ type: 'APP_EXIT', exitCode, ...on }, fmt(s.evAppFail, { code: badCode ? '?' : exitCode }))}
          {ev({ type: 'OOM_KILL', ...on }, s.evOom)}
        </div>
        <div role="group" aria-label="probes">
          {ev({ type: 'LIVENESS_FAIL', ...on }, s.evLiveness)}
          {ev({ type: 'READINESS_FLIP', ...on }, s.evReadiness)}
        </div>
        <div role="group" aria-label="node">
          {ev({ type: 'NODE_LOST' }, s.evNodeLost)}
          {ev({ type: 'DELETE' }, s.evDelete)}
        </div>
      </div>
    </section>
  );
}

export function ClockPanel({ lang, now, playing, speed, ctx, onSend, onPlay, onSpeed, onReset }: {
  lang: Lang;
  now: number;
  playing: boolean;
  speed: number;
  ctx: SimContext;
  onSend: (ev: PodEvent) => void;
  onPlay: (on: boolean) => void;
  onSpeed: (n: number) => void;
  onReset: () => void;
}) {
  const s = STRINGS[lang];
  return (
    <section className="pl-panel pl-clock" aria-labelledby="pl-clock-h">
      <h3 id="pl-clock-h">
        {s.clock}: <span className="pl-mono" data-testid="pl-now">t={now}s</span>
      </h3>
      <div className="pl-field-row">
        {[1, 10, 60].map((n) => (
          <EventButton key={n} lang={lang} ctx={ctx} ev={{ type: 'TICK', seconds: n }} label={`+${n} s`} onSend={onSend} />
        ))}
        <button type="button" aria-pressed={playing} onClick={() => onPlay(!playing)} disabled={ctx.gone}>
          {playing ? `❚❚ ${s.pause}` : `▶ ${s.play}`}
        </button>
        <label>
          {s.speed}{' '}
          <select value={speed} onChange={(e) => onSpeed(Number(e.target.value))}>
            {[1, 2, 5, 10, 30, 60].map((n) => (
              <option key={n} value={n}>
                {n}×
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onReset}>
          {s.reset}
        </button>
      </div>
    </section>
  );
}

export function ScenarioPanel({ lang, state, onLoad, onStep, onAll, r }: {
  lang: Lang;
  state: ViewState;
  r: PodReadout;
  onLoad: (id: string) => void;
  onStep: () => void;
  onAll: () => void;
}) {
  const s = STRINGS[lang];
  const active = findScenario(state.scenario?.id);
  const [pick, setPick] = useState(active?.id ?? SCENARIOS[0]!.id);
  const step = state.scenario?.step ?? 0;
  const next = active?.events[step];
  const done = active && step >= active.events.length;
  const matches = done && r.phase === active.expect.phase && r.kubectl.status === active.expect.status;
  return (
    <section className="pl-panel pl-scenarios" aria-labelledby="pl-scen-h">
      <h3 id="pl-scen-h">{s.scenarios}</h3>
      <div className="pl-field-row">
        <label>
          {s.scenario}{' '}
          <select value={pick} onChange={(e) => setPick(e.target.value)} data-testid="pl-scenario-select">
            {SCENARIOS.map((sc) => (
              <option key={sc.id} value={sc.id}>
                {SCENARIO_TITLES[lang][sc.id] ?? sc.id}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onLoad(pick)}>
          {s.load}
        </button>
      </div>
      {active && (
        <div className="pl-scenario-run">
          <p className="pl-small">
            <strong>{SCENARIO_TITLES[lang][active.id] ?? active.id}</strong> · {fmt(s.stepOf, { step, total: active.events.length })}
            {next && <> · {fmt(s.nextIs, { event: eventLabel(lang, next) })}</>}
          </p>
          <div className="pl-field-row">
            <button type="button" onClick={onStep} disabled={!next}>
              {s.stepNext}
            </button>
            <button type="button" onClick={onAll} disabled={!next}>
              {s.stepAll}
            </button>
          </div>
          {done && (
            <p className="pl-small">
              {matches ? '✓ ' : '≠ '}
              {fmt(s.scenarioDone, { phase: active.expect.phase, status: active.expect.status })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
