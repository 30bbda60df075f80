// Exhaustive walk: from a fresh pod, every sequence of up to 6 events (breadth-first,
// merging states already seen) through the XState machine, checking at every state that
// nothing impossible is reachable and that every event was either applied or refused
// with a reason. Then a longer random walk (fast-check) for the deep states.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Phase, PodEvent, PodMachineSnapshot, PodSpec } from './model.ts';
import {
  PHASE_DIAGRAM,
  checkEvent,
  kubectlStatus,
  podPhase,
  readout,
  sendEvent,
  stageOf,
  stageOfSnapshot,
  startPod,
} from './model.ts';

const WAITING_REASONS = new Set(['PodInitializing', 'ContainerCreating', 'ErrImagePull', 'ImagePullBackOff', 'CrashLoopBackOff']);
const EDGES = new Set(PHASE_DIAGRAM.edges.filter((e) => e.simulated).map((e) => `${e.from}>${e.to}`));

/** Everything that must hold in any reachable state. Returns the problems found. */
function violations(s: PodMachineSnapshot): string[] {
  const out: string[] = [];
  const sim = s.context.sim;
  const r = readout(sim);
  const bad = (msg: string) => out.push(msg);
  const all = [...sim.init, ...sim.apps];
  const running = all.filter((c) => c.status === 'running');

  if (stageOfSnapshot(s) !== stageOf(sim)) bad(`machine state ${stageOfSnapshot(s)} but facts say ${stageOf(sim)}`);
  if (podPhase(r.snapshot) !== r.phase) bad('podPhase(snapshot) disagrees with the reported phase');
  if (JSON.stringify(kubectlStatus(r.snapshot)) !== JSON.stringify(r.kubectl)) bad('kubectl line disagrees with the snapshot');

  if (r.phase === 'Succeeded' && running.length > 0) bad('Succeeded with a running container');
  if (r.phase === 'Failed' && sim.apps.some((c) => c.status === 'running')) bad('Failed with a running app container');
  if (r.phase === 'Unknown') bad('phase Unknown (deprecated, never set)');
  if (sim.terminal && running.length > 0) bad('terminal with a running container');
  if (sim.terminal && r.phase !== 'Succeeded' && r.phase !== 'Failed') bad(`terminal but phase ${r.phase}`);

  for (const c of all) {
    const completedInit = c.kind === 'init' && c.status === 'terminated' && c.exitCode === 0;
    if (c.ready && c.status !== 'running' && !completedInit) bad(`${c.name} ready while ${c.status}`);
    if (c.started && c.status !== 'running') bad(`${c.name} started while ${c.status}`);
    if (c.status === 'waiting' && !WAITING_REASONS.has(c.waitingReason ?? '')) bad(`${c.name} waiting for "${c.waitingReason}"`);
    if (c.waitingReason === 'CrashLoopBackOff' && (c.lastTerminated === undefined || c.restartAt === undefined)) bad(`${c.name} in back-off without a last state`);
    if (c.restartAt !== undefined && c.status === 'waiting' && c.restartAt < sim.now && !sim.deletion && !sim.nodeLost && !sim.completing)
      bad(`${c.name} overdue restart`);
    if (sim.spec.restartPolicy === 'Never' && c.kind !== 'sidecar' && c.restartCount > 0) bad(`${c.name} restarted under Never`);
    if (c.kind === 'app' && (c.status !== 'waiting' || c.everRan) && c.status !== 'none' && c.everRan && !sim.initialized) bad(`${c.name} ran before Initialized`);
    if (c.status === 'none' && sim.scheduled) bad(`${c.name} unreported on a bound pod`);
  }
  if (sim.init.filter((c) => c.kind === 'init' && c.status === 'running').length > 1) bad('two init containers running');
  if (sim.initialized && sim.init.some((c) => c.kind === 'init' && c.status === 'running')) bad('init container running after Initialized');

  if (!sim.scheduled) {
    if (all.some((c) => c.status !== 'none')) bad('statuses on an unscheduled pod');
    if (r.phase !== 'Pending' && !sim.gone) bad('unscheduled pod not Pending');
  }
  const cond = (t: string) => r.conditions.find((c) => c.type === t)?.status;
  if (cond('Ready') === 'True' && cond('ContainersReady') !== 'True') bad('Ready without ContainersReady');
  if (cond('ContainersReady') === 'True') {
    if (cond('Initialized') !== 'True') bad('ContainersReady before Initialized');
    if (!sim.apps.every((c) => c.status === 'running' && c.ready)) bad('ContainersReady with an unready app container');
    if (!sim.init.filter((c) => c.kind === 'sidecar').every((c) => c.status === 'running' && c.ready)) bad('ContainersReady with an unready sidecar');
  }
  if (sim.scheduled && (cond('Initialized') === 'True') !== sim.initialized) bad('Initialized condition out of step');

  const [n, m] = r.kubectl.ready.split('/').map(Number);
  const total = sim.apps.length + sim.init.filter((c) => c.kind === 'sidecar').length;
  if (m !== total || n === undefined || n > total || n < 0) bad(`READY ${r.kubectl.ready}`);
  if (r.kubectl.restarts < 0) bad('negative restarts');
  if (sim.deletion && r.phase !== 'Succeeded' && r.phase !== 'Failed' && !['Terminating', 'Unknown'].includes(r.kubectl.status))
    bad(`deleting but STATUS ${r.kubectl.status}`);
  return out.concat(logViolations(s, 0));
}

/** Checks on the two logs, for entries at or after `since`. */
function logViolations(s: PodMachineSnapshot, since: number): string[] {
  const out: string[] = [];
  const sim = s.context.sim;
  if (sim.events.some((e) => e.lastAt > sim.now || e.firstAt > e.lastAt)) out.push('event from the future');
  for (const e of sim.timeline) {
    if (e.at < since) continue;
    if (e.at > sim.now) out.push('timeline entry from the future');
    if (e.kind === 'phase' && !EDGES.has(`${e.from}>${e.to}`)) out.push(`phase move ${e.from} → ${e.to} not in the diagram`);
  }
  return out;
}

function alphabet(spec: PodSpec): PodEvent[] {
  const evs: PodEvent[] = [
    { type: 'SCHEDULE' },
    { type: 'UNSCHEDULABLE' },
    { type: 'IMAGE_PULL_OK' },
    { type: 'IMAGE_PULL_FAIL' },
    { type: 'INIT_EXIT', exitCode: 0 },
    { type: 'INIT_EXIT', exitCode: 1 },
    { type: 'APP_EXIT', exitCode: 0 },
    { type: 'APP_EXIT', exitCode: 1 },
    { type: 'OOM_KILL' },
    { type: 'LIVENESS_FAIL' },
    { type: 'READINESS_FLIP' },
    { type: 'NODE_LOST' },
    { type: 'DELETE' },
    { type: 'TICK', seconds: 1 },
    { type: 'TICK', seconds: 10 },
    { type: 'TICK', seconds: 400 },
  ];
  for (const c of spec.initContainers ?? []) if (c.restartPolicy === 'Always') evs.push({ type: 'APP_EXIT', container: c.name, exitCode: 1 });
  return evs;
}

function key(s: PodMachineSnapshot): string {
  const { events: _e, timeline: _t, lastResult: _l, ...rest } = s.context.sim;
  return JSON.stringify([s.value, rest]);
}

interface WalkStats {
  states: number;
  transitions: number;
  refusals: number;
  phases: Set<Phase>;
  statuses: Set<string>;
}

function walk(spec: PodSpec, depth: number): WalkStats {
  const events = alphabet(spec);
  const start = startPod(spec);
  const seen = new Set<string>([key(start)]);
  let frontier: PodMachineSnapshot[] = [start];
  const stats: WalkStats = { states: 1, transitions: 0, refusals: 0, phases: new Set(), statuses: new Set() };
  let verifyRefusal = 0;
  for (let d = 0; d < depth; d++) {
    const next: PodMachineSnapshot[] = [];
    for (const s of frontier) {
      for (const ev of events) {
        const refusal = checkEvent(s.context.sim, ev);
        if (refusal) {
          stats.refusals++;
          // the machine refuses it too, with the same reason and no change (checked on a sample)
          if (verifyRefusal++ % 5 === 0) {
            const t = sendEvent(s, ev);
            expect(t.context.sim.lastResult).toMatchObject({ ok: false, code: refusal.code });
            expect(t.value).toEqual(s.value);
            expect({ ...t.context.sim, lastResult: null }).toEqual({ ...s.context.sim, lastResult: null });
          }
          continue;
        }
        const t = sendEvent(s, ev);
        stats.transitions++;
        expect(t.context.sim.lastResult?.ok, `${JSON.stringify(ev)} accepted by checkEvent but not by the machine`).toBe(true);
        expect(t.context.sim.now).toBeGreaterThanOrEqual(s.context.sim.now);
        const k = key(t);
        // a state already seen has been checked; only this step's log entries are new
        const v = seen.has(k) ? logViolations(t, s.context.sim.now) : violations(t);
        if (v.length > 0) {
          throw new Error(`${v.join('; ')}\nafter ${JSON.stringify(ev)} at t=${t.context.sim.now}`);
        }
        if (seen.has(k)) continue;
        seen.add(k);
        stats.states++;
        const r = readout(t.context.sim);
        stats.phases.add(r.phase);
        stats.statuses.add(r.kubectl.status);
        next.push(t);
      }
    }
    frontier = next;
  }
  return stats;
}

const SPECS: { name: string; spec: PodSpec }[] = [
  {
    name: 'Always, one app with liveness and readiness probes',
    spec: {
      restartPolicy: 'Always',
      containers: [{ name: 'app', probes: { liveness: { periodSeconds: 5, failureThreshold: 2 }, readiness: { periodSeconds: 5 } } }],
    },
  },
  {
    name: 'Never, one job that ignores SIGTERM',
    spec: { restartPolicy: 'Never', containers: [{ name: 'job', onSigterm: 'ignore', preStopSeconds: 5 }] },
  },
  {
    name: 'Never, an init container and a job',
    spec: { restartPolicy: 'Never', initContainers: [{ name: 'migrate' }], containers: [{ name: 'job', onSigterm: 'ignore' }] },
  },
  {
    name: 'OnFailure, a sidecar and two app containers',
    spec: {
      restartPolicy: 'OnFailure',
      initContainers: [{ name: 'proxy', restartPolicy: 'Always', preStopSeconds: 2 }],
      containers: [{ name: 'setup' }, { name: 'server', onSigterm: 'default' }],
    },
  },
  {
    name: 'Always, init + sidecar with a startup probe + app',
    spec: {
      restartPolicy: 'Always',
      initContainers: [{ name: 'migrate' }, { name: 'mesh', restartPolicy: 'Always', bootSeconds: 8, probes: { startup: { periodSeconds: 5, failureThreshold: 3 } } }],
      containers: [{ name: 'app' }],
    },
  },
];

describe('exhaustive walk of event sequences up to length 6', () => {
  it.each(SPECS.map((s) => [s.name, s.spec] as const))('%s', (_name, spec) => {
    const stats = walk(spec, 6);
    expect(stats.states).toBeGreaterThan(100);
    expect(stats.transitions).toBeGreaterThan(stats.states - 1);
    expect(stats.refusals).toBeGreaterThan(0);
  }, 60_000);
});

/**
 * Pick the next event from a random number: mostly a possible non-clock event, a third
 * of the time a clock tick, rarely a deletion or a node loss (they end the interesting
 * part of a path), and one time in 64 anything at all (to exercise refusals).
 */
function choose(events: readonly PodEvent[], s: PodMachineSnapshot, k: number): PodEvent | undefined {
  const possible = events.filter((e) => checkEvent(s.context.sim, e) === null);
  const ticks = possible.filter((e) => e.type === 'TICK');
  const rare = possible.filter((e) => e.type === 'DELETE' || e.type === 'NODE_LOST');
  const others = possible.filter((e) => e.type !== 'TICK' && e.type !== 'DELETE' && e.type !== 'NODE_LOST');
  const r = k % 64;
  const pool =
    r === 0 || possible.length === 0
      ? events
      : r === 1 && rare.length > 0
        ? rare
        : (r < 22 && ticks.length > 0) || others.length === 0
          ? ticks.length > 0
            ? ticks
            : possible
          : others;
  return pool[Math.floor(k / 64) % pool.length];
}

describe('random long walks (guided by what is possible)', () => {
  // Each path is a list of random numbers; at every step one picks an event among those
  // the pod accepts now (and, one time in 64, any event at all, to exercise refusals),
  // so paths go deep: restarts, back-offs, probes, deletions, node loss.
  it.each(SPECS.map((s) => [s.name, s.spec] as const))('%s: 100 random paths of 30–80 events', (_name, spec) => {
    const names = [...(spec.initContainers ?? []), ...spec.containers].map((c) => c.name);
    const events = alphabet(spec);
    for (const name of names) {
      events.push({ type: 'APP_EXIT', container: name, exitCode: 2 }, { type: 'OOM_KILL', container: name });
      events.push({ type: 'LIVENESS_FAIL', container: name }, { type: 'READINESS_FLIP', container: name });
    }
    events.push({ type: 'TICK', seconds: 3 }, { type: 'TICK', seconds: 30 }, { type: 'TICK', seconds: 120 });
    fc.assert(
      fc.property(fc.array(fc.noBias(fc.integer({ min: 0, max: 1 << 20 })), { minLength: 30, maxLength: 80 }), (choices) => {
        let s = startPod(spec);
        for (const k of choices) {
          const ev = choose(events, s, k);
          if (ev === undefined) return false;
          const before = s;
          s = sendEvent(s, ev);
          const last = s.context.sim.lastResult;
          if (!last) return false;
          if (!last.ok) {
            expect(s.value).toEqual(before.value);
            expect(s.context.sim.now).toBe(before.context.sim.now);
          }
          const v = violations(s);
          if (v.length > 0) throw new Error(`${v.join('; ')} after ${JSON.stringify(ev)}`);
        }
        return true;
      }),
      { numRuns: 100, seed: 7 },
    );
  }, 60_000);
});
