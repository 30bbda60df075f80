// The view's state (what a `#s=` link carries): the pod spec the learner built, the events
// accepted so far, and where a scripted scenario stands. The read-outs are replayed from
// it through the model, so a link reproduces the pod exactly.

import type { PodEvent, PodMachineSnapshot, PodSpec, Scenario } from '../model.ts';
import { LIMITS, POD_EVENT_TYPES, SCENARIOS, playScript, sendEvent, startPod } from '../model.ts';

export interface ViewState {
  spec: PodSpec;
  events: PodEvent[];
  /** The scenario being stepped through, and how many of its events were sent. */
  scenario: { id: string; step: number } | null;
  autoPull: boolean;
}

export const MAX_EVENTS = 2000;

export const DEFAULT_SPEC: PodSpec = {
  name: 'web',
  restartPolicy: 'Always',
  initContainers: [],
  containers: [{ name: 'app', probes: { readiness: { periodSeconds: 5 } } }],
};

export function findScenario(id: string | undefined | null): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

/** The state a preset (a scenario id) starts from: the scenario's pod, nothing sent yet. */
export function initialState(preset?: string): ViewState {
  const s = findScenario(preset);
  if (s) return { spec: structuredClone(s.spec), events: [], scenario: { id: s.id, step: 0 }, autoPull: false };
  return { spec: structuredClone(DEFAULT_SPEC), events: [], scenario: null, autoPull: true };
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One event from untrusted data, or undefined. Values are checked again by the model. */
export function parseEvent(raw: unknown): PodEvent | undefined {
  if (!isObj(raw) || typeof raw.type !== 'string') return undefined;
  const type = raw.type as PodEvent['type'];
  if (!POD_EVENT_TYPES.includes(type)) return undefined;
  const out: Record<string, unknown> = { type };
  if (typeof raw.container === 'string' && raw.container.length <= 63) out.container = raw.container;
  if (typeof raw.exitCode === 'number' && Number.isFinite(raw.exitCode)) out.exitCode = raw.exitCode;
  if (typeof raw.seconds === 'number' && Number.isFinite(raw.seconds)) out.seconds = raw.seconds;
  if ((type === 'INIT_EXIT' || type === 'APP_EXIT') && out.exitCode === undefined) return undefined;
  return out as unknown as PodEvent;
}

function parseProbe(raw: unknown): Record<string, number> | undefined {
  if (!isObj(raw)) return undefined;
  const out: Record<string, number> = {};
  for (const k of ['initialDelaySeconds', 'periodSeconds', 'failureThreshold', 'successThreshold']) {
    const v = raw[k];
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  }
  return out;
}

function parseContainer(raw: unknown, init: boolean): Record<string, unknown> | undefined {
  if (!isObj(raw)) return undefined;
  const out: Record<string, unknown> = { name: typeof raw.name === 'string' ? raw.name.slice(0, 80) : '' };
  if (typeof raw.image === 'string') out.image = raw.image.slice(0, 200);
  for (const k of ['bootSeconds', 'preStopSeconds', 'shutdownSeconds']) {
    const v = raw[k];
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  }
  if (raw.onSigterm === 'graceful' || raw.onSigterm === 'default' || raw.onSigterm === 'ignore') out.onSigterm = raw.onSigterm;
  if (init && raw.restartPolicy === 'Always') out.restartPolicy = 'Always';
  if (isObj(raw.probes)) {
    const probes: Record<string, unknown> = {};
    for (const k of ['startup', 'liveness', 'readiness']) {
      const p = parseProbe(raw.probes[k]);
      if (p) probes[k] = p;
    }
    out.probes = probes;
  }
  return out;
}

/** A spec from untrusted data (normalizeSpec clamps the numbers later), or undefined. */
export function parseSpec(raw: unknown): PodSpec | undefined {
  if (!isObj(raw)) return undefined;
  const policy = raw.restartPolicy;
  if (policy !== 'Always' && policy !== 'OnFailure' && policy !== 'Never') return undefined;
  const list = (x: unknown, init: boolean, max: number) =>
    (Array.isArray(x) ? x : []).slice(0, max).map((c) => parseContainer(c, init)).filter((c) => c !== undefined);
  const containers = list(raw.containers, false, LIMITS.maxContainers);
  if (containers.length < LIMITS.minContainers) return undefined;
  const spec: Record<string, unknown> = {
    restartPolicy: policy,
    initContainers: list(raw.initContainers, true, LIMITS.maxInitContainers),
    containers,
  };
  if (typeof raw.name === 'string') spec.name = raw.name.slice(0, 63);
  const grace = raw.terminationGracePeriodSeconds;
  if (typeof grace === 'number' && Number.isFinite(grace)) spec.terminationGracePeriodSeconds = grace;
  return spec as unknown as PodSpec;
}

export function parseState(raw: unknown): ViewState | undefined {
  if (!isObj(raw)) return undefined;
  const spec = parseSpec(raw.spec);
  if (!spec) return undefined;
  const events = (Array.isArray(raw.events) ? raw.events : []).slice(0, MAX_EVENTS).map(parseEvent).filter((e) => e !== undefined);
  let scenario: ViewState['scenario'] = null;
  if (isObj(raw.scenario)) {
    const s = findScenario(typeof raw.scenario.id === 'string' ? raw.scenario.id : null);
    const step = raw.scenario.step;
    if (s && typeof step === 'number' && Number.isInteger(step) && step >= 0 && step <= s.events.length) scenario = { id: s.id, step };
  }
  return { spec, events, scenario, autoPull: raw.autoPull === true };
}

/**
 * Consecutive clock ticks are kept as one (TICK 1 + TICK 1 = TICK 2): ticking n seconds at
 * once is the same as n ticks of one second, and the link stays short while the clock runs.
 */
export function appendEvent(events: readonly PodEvent[], ev: PodEvent): PodEvent[] {
  const last = events[events.length - 1];
  if (ev.type === 'TICK' && last?.type === 'TICK') {
    const total = (last.seconds ?? 1) + (ev.seconds ?? 1);
    if (total <= LIMITS.maxSeconds) return [...events.slice(0, -1), { type: 'TICK', seconds: total }];
  }
  return events.length >= MAX_EVENTS ? [...events.slice(1), ev] : [...events, ev];
}

// Replaying the whole script on every tick would redo all of it; the last replay is kept and
// continued when the new script only adds to it (or grows its last tick).
let cache: { spec: PodSpec; events: readonly PodEvent[]; snap: PodMachineSnapshot } | null = null;

/** The machine after `events` on a fresh pod of `spec` (refused events change nothing). */
export function replay(spec: PodSpec, events: readonly PodEvent[]): PodMachineSnapshot {
  let snap: PodMachineSnapshot | undefined;
  if (cache && cache.spec === spec && events.length >= cache.events.length) {
    const n = cache.events.length;
    let same = true;
    for (let i = 0; i < n - 1 && same; i++) same = events[i] === cache.events[i];
    const prevLast = cache.events[n - 1];
    const nextLast = events[n - 1];
    if (same && n > 0 && prevLast !== nextLast) {
      // only a grown last tick continues
      if (prevLast?.type === 'TICK' && nextLast?.type === 'TICK' && (nextLast.seconds ?? 1) > (prevLast.seconds ?? 1)) {
        snap = sendEvent(cache.snap, { type: 'TICK', seconds: (nextLast.seconds ?? 1) - (prevLast.seconds ?? 1) });
      } else same = false;
    } else if (same) snap = cache.snap;
    if (same && snap) for (let i = n; i < events.length; i++) snap = sendEvent(snap, events[i]!);
    else snap = undefined;
  }
  snap ??= events.length === 0 ? startPod(spec) : playScript(spec, events);
  cache = { spec, events, snap };
  return snap;
}
