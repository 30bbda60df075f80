import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { useLang } from '../../i18n/useT.ts';
import type { PlaygroundProps } from '../types.ts';
import { usePlaygroundState } from '../usePlaygroundState.ts';
import { CALL_KINDS, INTERLEAVES, OUTCOMES, clientStreams, simulateCall } from './model.ts';
import type { CallResult, CallStatus, Step } from './model.ts';
import { STRINGS, format } from './strings.ts';
import { CodePanel } from './view/CodePanel.tsx';
import { Inspector } from './view/Inspector.tsx';
import { NumberField } from './view/NumberField.tsx';
import { SPEEDS, UI_MAX_MESSAGES, UI_MAX_TIMEOUT, callInput, initialConfig, parseConfig } from './view/config.ts';
import type { Config } from './view/config.ts';
import './view.css';

type OkResult = Extract<CallResult, { ok: true }>;
type S = (typeof STRINGS)['en'];

/** Time between frames at 1× speed; the packet's flight takes most of it. */
const STEP_MS = 1400;

export default function View({ preset, standalone }: PlaygroundProps) {
  const s = STRINGS[useLang()];
  const [config, setConfig] = usePlaygroundState(`grpc-streams:${preset ?? 'page'}`, initialConfig(preset), parseConfig, {
    urlSync: standalone ?? false,
  });
  const [pos, setPos] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);

  const result = useMemo(() => simulateCall(callInput(config)), [config]);
  // The model never fails on valid settings; if it did, keep a working call on screen, marked stale.
  const fallback = useMemo(() => simulateCall(callInput(initialConfig(preset))), [preset]);
  const call = (result.ok ? result : fallback) as OkResult;
  const steps = call.steps;
  const total = steps.length;
  const at = Math.min(pos, total);
  const delay = STEP_MS / config.speed;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = Math.min(at + 1, total);
      setPos(next);
      setSelected(null);
      if (next >= total) setPlaying(false);
    }, at === 0 ? 150 : delay);
    return () => window.clearTimeout(timer);
  }, [playing, at, total, delay]);

  const update = (patch: Partial<Config>) => {
    setConfig({ ...config, ...patch });
    setPos(0);
    setPlaying(false);
    setSelected(null);
  };
  const go = (n: number) => {
    setPos(Math.max(0, Math.min(total, n)));
    setSelected(null);
  };
  const togglePlay = () => {
    if (playing) return setPlaying(false);
    if (at >= total) go(0);
    setPlaying(true);
  };

  const current = at > 0 ? steps[at - 1] : undefined;
  const inspected = selected !== null && selected < at ? steps[selected] : current;
  const done = at >= total;
  const ids = useId();

  return (
    <div className="grpc-streams" style={{ '--grpc-streams-flight': `${Math.round(delay * 0.7)}ms` } as CSSProperties}>
      {!result.ok && (
        <p className="grpc-streams-stale" role="alert">
          {format(s.stale, { message: result.error.message })}
        </p>
      )}
      <Settings config={config} s={s} update={update} adjustments={call.adjustments.map((a) => s.adjustments[a.key])} />

      <div className="grpc-streams-player" role="group" aria-label={s.player}>
        <button type="button" onClick={() => { setPlaying(false); go(0); }}>
          <span aria-hidden="true">⇤</span> {s.restart}
        </button>
        <button type="button" onClick={() => { setPlaying(false); go(at - 1); }} disabled={at === 0}>
          <span aria-hidden="true">◀</span> {s.back}
        </button>
        <button type="button" className="grpc-streams-play" onClick={togglePlay}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? s.pause : s.play}
        </button>
        <button type="button" onClick={() => { setPlaying(false); go(at + 1); }} disabled={done}>
          {s.forward} <span aria-hidden="true">▶</span>
        </button>
        <label className="grpc-streams-inline">
          {s.speed}{' '}
          <select value={config.speed} onChange={(e) => setConfig({ ...config, speed: Number(e.target.value) })}>
            {SPEEDS.map((v) => (
              <option key={v} value={v}>
                {v}×
              </option>
            ))}
          </select>
        </label>
        <div className="grpc-streams-timeline">
          <label htmlFor={`${ids}-tl`}>{s.timeline}</label>
          <input
            id={`${ids}-tl`}
            type="range"
            min={0}
            max={total}
            step={1}
            value={at}
            aria-valuetext={at === 0 ? format(s.timelineStart, { total }) : format(s.timelineValue, { n: at, total })}
            onChange={(e) => {
              setPlaying(false);
              go(Number(e.target.value));
            }}
          />
          <output htmlFor={`${ids}-tl`}>{format(s.timelineValue, { n: at, total })}</output>
        </div>
      </div>

      <div className="grpc-streams-main">
        <div className="grpc-streams-left">
          <Stage steps={steps} at={at} s={s} final={done ? call.final : null} selected={inspected?.index ?? null} onSelect={setSelected} />
          <section className="grpc-streams-panel" aria-labelledby={`${ids}-insp`}>
            <h3 id={`${ids}-insp`}>{s.inspector}</h3>
            <Inspector step={inspected} s={s} />
          </section>
          <section className="grpc-streams-panel" aria-labelledby={`${ids}-log`}>
            <h3 id={`${ids}-log`}>{s.log}</h3>
            <div className="grpc-streams-log" role="log" aria-live="polite" aria-labelledby={`${ids}-log`} tabIndex={0}>
              {at === 0 ? (
                <p className="grpc-streams-muted">{s.logEmpty}</p>
              ) : (
                <ol>
                  {steps.slice(0, at).map((st) => (
                    <li key={st.index} aria-current={st.index === at - 1 || undefined}>
                      {format(s.steps[st.describe.key], st.describe.params)}
                    </li>
                  ))}
                </ol>
              )}
              {done && (
                <p className="grpc-streams-final-line">
                  {s.finalStatus}: {s.client} {statusText(call.final.client)} · {s.server} {statusText(call.final.server)}
                </p>
              )}
            </div>
          </section>
        </div>
        <section className="grpc-streams-right" aria-label={s.code}>
          <h3>{s.code}</h3>
          <CodePanel
            title={s.clientCode}
            side="client"
            lines={call.code.client}
            current={current?.codeLine.side === 'client' ? current.codeLine.line : null}
            currentLabel={s.currentLine}
          />
          <CodePanel
            title={s.serverCode}
            side="server"
            lines={call.code.server}
            current={current?.codeLine.side === 'server' ? current.codeLine.line : null}
            currentLabel={s.currentLine}
          />
          <details className="grpc-streams-notes">
            <summary>{s.notesTitle}</summary>
            <ul>
              <li>{s.note1}</li>
              <li>{s.note2}</li>
              <li>{s.note3}</li>
              <li>{s.note4}</li>
              <li>{s.note5}</li>
              <li>{s.note6}</li>
            </ul>
          </details>
        </section>
      </div>
    </div>
  );
}

const statusText = (st: CallStatus) => `${st.name} (${st.code})${st.message ? ` "${st.message}"` : ''}`;

function Settings({ config, s, update, adjustments }: { config: Config; s: S; update: (p: Partial<Config>) => void; adjustments: string[] }) {
  const id = useId();
  const reqFixed = !clientStreams(config.kind);
  const resFixed = !(config.kind === 'server-streaming' || config.kind === 'bidi');
  const number = (min: number, max: number) => format(s.numberError, { min, max });
  return (
    <fieldset className="grpc-streams-settings">
      <legend>{s.settings}</legend>
      <div className="grpc-streams-field">
        <label htmlFor={`${id}-kind`}>{s.kind}</label>
        <select id={`${id}-kind`} value={config.kind} onChange={(e) => {
            // A new kind starts from its own message counts (unary's 1 would make a dull stream).
            const { kind, requests, responses } = initialConfig(e.target.value);
            update({ kind, requests, responses });
          }}>
          {CALL_KINDS.map((k) => (
            <option key={k} value={k}>
              {s.kinds[k]}
            </option>
          ))}
        </select>
      </div>
      <NumberField
        label={s.requests}
        value={reqFixed ? 1 : config.requests}
        min={0}
        max={UI_MAX_MESSAGES}
        disabled={reqFixed}
        {...(reqFixed ? { hint: s.fixedCount } : {})}
        errorText={number(0, UI_MAX_MESSAGES)}
        onChange={(requests) => update({ requests })}
      />
      <NumberField
        label={s.responses}
        value={resFixed ? 1 : config.responses}
        min={0}
        max={UI_MAX_MESSAGES}
        disabled={resFixed}
        {...(resFixed ? { hint: s.fixedCount } : {})}
        errorText={number(0, UI_MAX_MESSAGES)}
        onChange={(responses) => update({ responses })}
      />
      {config.kind === 'bidi' && (
        <div className="grpc-streams-field">
          <label htmlFor={`${id}-il`}>{s.interleave}</label>
          <select id={`${id}-il`} value={config.interleave} onChange={(e) => update({ interleave: e.target.value as Config['interleave'] })}>
            {INTERLEAVES.map((k) => (
              <option key={k} value={k}>
                {s.interleaves[k]}
              </option>
            ))}
          </select>
        </div>
      )}
      {config.kind === 'bidi' && config.interleave === 'every-k' && (
        <NumberField
          label={s.k}
          value={config.k}
          min={1}
          max={UI_MAX_MESSAGES}
          errorText={number(1, UI_MAX_MESSAGES)}
          onChange={(k) => update({ k })}
        />
      )}
      <div className="grpc-streams-field">
        <label htmlFor={`${id}-out`}>{s.outcome}</label>
        <select id={`${id}-out`} value={config.outcome} onChange={(e) => update({ outcome: e.target.value as Config['outcome'] })}>
          {OUTCOMES.map((o) => {
            const na = o === 'server-early-finish' && !clientStreams(config.kind);
            return (
              <option key={o} value={o} disabled={na}>
                {s.outcomes[o]}
                {na ? ` ${s.notApplicable}` : ''}
              </option>
            );
          })}
        </select>
      </div>
      {config.outcome === 'deadline' && (
        <NumberField
          label={s.timeout}
          value={config.timeoutMs}
          min={1}
          max={UI_MAX_TIMEOUT}
          errorText={number(1, UI_MAX_TIMEOUT)}
          onChange={(timeoutMs) => update({ timeoutMs })}
        />
      )}
      {adjustments.length > 0 && (
        <p className="grpc-streams-adjusted" role="status">
          {s.adjusted} {adjustments.join('; ')}
        </p>
      )}
    </fieldset>
  );
}

function chipText(st: Step): string {
  switch (st.role) {
    case 'request-headers':
      return `${st.headers?.[':path'] ?? ''}${st.headers?.['grpc-timeout'] ? ` · grpc-timeout ${st.headers['grpc-timeout']}` : ''}`;
    case 'response-headers':
      return ':status 200';
    case 'trailers':
      return `grpc-status ${st.headers?.['grpc-status'] ?? ''}`;
    case 'trailers-only':
      return `Trailers-Only · grpc-status ${st.headers?.['grpc-status'] ?? ''}`;
    case 'request-message':
    case 'response-message':
      return `${st.decoded?.type.split('.')[1] ?? ''} "${JSON.parse(st.decoded?.json ?? '{}')[st.role === 'request-message' ? 'greeting' : 'reply'] ?? ''}"`;
    case 'half-close':
      return '∅';
    case 'rst-cancel':
    case 'rst-no-error':
      return `${st.rstCode} (0x${(st.rstCodeValue ?? 0).toString(16)})`;
  }
}

/** The client lane, the stream and the server lane; each sent frame is a row, the newest one flies across. */
function Stage(props: {
  steps: Step[];
  at: number;
  s: S;
  final: OkResult['final'] | null;
  selected: number | null;
  onSelect: (i: number) => void;
}) {
  const { steps, at, s, final, selected, onSelect } = props;
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Keep the newest frame in view inside the box (never scrolls the page).
    const box = list.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [at]);
  return (
    <section className="grpc-streams-stage" aria-label={s.frames}>
      <div className="grpc-streams-lanes" aria-hidden="true">
        <span>{s.client}</span>
        <span>{s.stream}</span>
        <span>{s.server}</span>
      </div>
      {at === 0 ? (
        <p className="grpc-streams-muted grpc-streams-empty">{s.noFrames}</p>
      ) : (
        <ol className="grpc-streams-frames" ref={list}>
          {steps.slice(0, at).map((st) => {
            const newest = st.index === at - 1;
            const bytes = st.data ? st.data.length : null;
            return (
              <li
                key={st.index}
                className={`grpc-streams-row is-${st.dir}${newest ? ' is-newest' : ''}`}
                data-frame={[st.dir, st.type, ...(st.endStream ? ['END_STREAM'] : []), ...(st.rstCode ? [st.rstCode] : [])].join(' ')}
              >
                <span className="grpc-streams-lane is-client" aria-hidden="true">
                  {st.dir === 'c2s' ? st.index + 1 : ''}
                </span>
                <span className="grpc-streams-wire">
                  <span className="grpc-streams-track">
                    <button
                      type="button"
                      className={`grpc-streams-chip is-${st.type.toLowerCase()}`}
                      aria-pressed={selected === st.index}
                      onClick={() => onSelect(st.index)}
                    >
                      <span className="visually-hidden">
                        {st.index + 1}. {st.dir === 'c2s' ? s.c2s : s.s2c}:{' '}
                      </span>
                      <span aria-hidden="true">{st.dir === 'c2s' ? '→ ' : '← '}</span>
                      <strong>{st.type}</strong>
                      {bytes !== null && <span> · {format(s.bytes, { n: bytes })}</span>}
                      <span className="grpc-streams-chip-sub"> {chipText(st)}</span>
                      {st.flags
                        .filter((f) => f === 'END_STREAM')
                        .map((f) => (
                          <span key={f} className="grpc-streams-flag">
                            {f}
                          </span>
                        ))}
                    </button>
                  </span>
                </span>
                <span className="grpc-streams-lane is-server" aria-hidden="true">
                  {st.dir === 's2c' ? st.index + 1 : ''}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <div className="grpc-streams-finals" aria-live="polite">
        <p>
          <span className="grpc-streams-label">{s.client}:</span> {final ? statusText(final.client) : s.pending}
        </p>
        <p>
          <span className="grpc-streams-label">{s.server}:</span> {final ? statusText(final.server) : s.pending}
        </p>
      </div>
    </section>
  );
}
