// The simulator's pure step: check an event against the current context (refusing it
// with a reason, as a value, when Kubernetes could not produce it now) and apply it.
// The XState machine (machine.ts) calls these from its guards and actions.

import { admit, allStates, beginDeletion, emit, exitContainer, note, pullFailed, pullSucceeded, specOf, tickOnce } from './kubelet.ts';
import { phaseDecision } from './snapshot.ts';
import type { ContainerState, PodEvent, Refusal, SimContext } from './sim-types.ts';
import type { PodSpec } from './spec.ts';
import { LIMITS, normalizeSpec } from './spec.ts';

export function initialContext(input?: PodSpec): SimContext {
  const { spec, issues } = normalizeSpec(input);
  const state = (name: string, kind: ContainerState['kind']): ContainerState => ({
    name,
    kind,
    status: 'none',
    restartCount: 0,
    started: false,
    ready: false,
    everRan: false,
    everStarted: false,
    livenessOk: true,
    readinessOk: true,
    probes: {},
  });
  return {
    spec,
    issues,
    now: 0,
    scheduled: false,
    unschedulable: false,
    sandbox: false,
    initialized: false,
    init: spec.initContainers.map((c) => state(c.name, c.kind)),
    apps: spec.containers.map((c) => state(c.name, 'app')),
    terminal: false,
    gone: false,
    events: [],
    timeline: [],
  };
}

function refuse(code: Refusal['code'], message: string): Refusal {
  return { code, message };
}

function find(ctx: SimContext, name: string): ContainerState | undefined {
  return allStates(ctx).find((c) => c.name === name);
}

type Target = { targets: ContainerState[] } | { refusal: Refusal };

function validExitCode(code: unknown): code is number {
  return typeof code === 'number' && Number.isInteger(code) && code >= 0 && code <= 255;
}

function named(ctx: SimContext, name: string | undefined): ContainerState | Refusal | undefined {
  if (name === undefined) return undefined;
  return find(ctx, name) ?? refuse('no-such-container', `There is no container named "${name}".`);
}

function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && 'code' in x && 'message' in x;
}

function notRunning(c: ContainerState): Refusal {
  return refuse('not-running', `"${c.name}" is not running.`);
}

/** Which containers an event acts on (or why it cannot). */
function resolve(ctx: SimContext, ev: PodEvent): Target {
  const all = allStates(ctx);
  const runningOf = (c: ContainerState): boolean => c.status === 'running';
  switch (ev.type) {
    case 'IMAGE_PULL_OK':
    case 'IMAGE_PULL_FAIL': {
      const n = named(ctx, ev.container);
      if (isRefusal(n)) return { refusal: n };
      const candidates = n ? [n] : all;
      const pending = candidates.filter((c) => c.pull === 'pending');
      if (pending.length === 0) {
        const backing = candidates.find((c) => c.pull === 'backoff');
        if (backing) {
          return {
            refusal: refuse(
              'pull-backoff',
              `The kubelet is backing off pulling "${specOf(ctx, backing).image}"; it tries again at t=${backing.pullRetryAt ?? ctx.now}s.`,
            ),
          };
        }
        return { refusal: refuse('no-pull-pending', n ? `No image pull is in progress for "${n.name}".` : 'No image pull is in progress.') };
      }
      return { targets: ev.type === 'IMAGE_PULL_OK' ? pending : pending.slice(0, 1) };
    }
    case 'INIT_EXIT': {
      if (!validExitCode(ev.exitCode)) return { refusal: refuse('invalid-exit-code', 'An exit code is an integer from 0 to 255.') };
      const c = ctx.init.find((x) => x.kind === 'init' && runningOf(x));
      return c ? { targets: [c] } : { refusal: refuse('not-running', 'No init container is running.') };
    }
    case 'APP_EXIT': {
      if (!validExitCode(ev.exitCode)) return { refusal: refuse('invalid-exit-code', 'An exit code is an integer from 0 to 255.') };
      const n = named(ctx, ev.container);
      if (isRefusal(n)) return { refusal: n };
      if (n) {
        if (n.kind === 'init') return { refusal: refuse('wrong-kind', `"${n.name}" is an init container: use the init container's exit.`) };
        return runningOf(n) ? { targets: [n] } : { refusal: notRunning(n) };
      }
      const c = ctx.apps.find(runningOf);
      return c ? { targets: [c] } : { refusal: refuse('not-running', 'No app container is running.') };
    }
    case 'OOM_KILL': {
      const n = named(ctx, ev.container);
      if (isRefusal(n)) return { refusal: n };
      if (n) return runningOf(n) ? { targets: [n] } : { refusal: notRunning(n) };
      const c =
        ctx.init.find((x) => x.kind === 'init' && runningOf(x)) ??
        ctx.apps.find(runningOf) ??
        ctx.init.find(runningOf);
      return c ? { targets: [c] } : { refusal: refuse('not-running', 'No container is running.') };
    }
    case 'LIVENESS_FAIL': {
      const n = named(ctx, ev.container);
      if (isRefusal(n)) return { refusal: n };
      const check = (c: ContainerState): Refusal | null => {
        if (!specOf(ctx, c).probes.liveness) return refuse('no-probe', `"${c.name}" has no liveness probe.`);
        if (!runningOf(c)) return notRunning(c);
        if (c.stop) return refuse('stopping', `"${c.name}" is already being stopped.`);
        if (!c.started) return refuse('not-started', `"${c.name}" has not passed its startup probe yet; liveness probes start after it.`);
        if (!c.livenessOk) return refuse('already-failing', `"${c.name}" already fails its liveness probe.`);
        return null;
      };
      if (n) {
        const r = check(n);
        return r ? { refusal: r } : { targets: [n] };
      }
      const c = all.find((x) => check(x) === null);
      if (c) return { targets: [c] };
      const withProbe = all.find((x) => specOf(ctx, x).probes.liveness);
      return { refusal: withProbe ? (check(withProbe) ?? notRunning(withProbe)) : refuse('no-probe', 'No container has a liveness probe.') };
    }
    case 'READINESS_FLIP': {
      const n = named(ctx, ev.container);
      if (isRefusal(n)) return { refusal: n };
      const check = (c: ContainerState): Refusal | null => {
        if (!specOf(ctx, c).probes.readiness) return refuse('no-probe', `"${c.name}" has no readiness probe.`);
        if (!runningOf(c)) return notRunning(c);
        return null;
      };
      if (n) {
        const r = check(n);
        return r ? { refusal: r } : { targets: [n] };
      }
      const c = all.find((x) => check(x) === null);
      if (c) return { targets: [c] };
      const withProbe = all.find((x) => specOf(ctx, x).probes.readiness);
      return { refusal: withProbe ? (check(withProbe) ?? notRunning(withProbe)) : refuse('no-probe', 'No container has a readiness probe.') };
    }
    default:
      return { targets: [] };
  }
}

/** null when the event is possible now; otherwise why not. */
export function checkEvent(ctx: SimContext, ev: PodEvent): Refusal | null {
  if (typeof ev !== 'object' || ev === null || typeof (ev as { type?: unknown }).type !== 'string') {
    return refuse('unknown-event', 'Not a pod event.');
  }
  if (ctx.gone) return refuse('gone', 'The pod no longer exists: kubectl would answer NotFound.');
  const node = ctx.spec.node;
  switch (ev.type) {
    case 'TICK': {
      const s = ev.seconds ?? 1;
      if (!Number.isInteger(s) || s < 1 || s > LIMITS.maxSeconds) {
        return refuse('invalid-seconds', `A tick is a whole number of seconds from 1 to ${LIMITS.maxSeconds}.`);
      }
      return null;
    }
    case 'SCHEDULE':
    case 'UNSCHEDULABLE':
      return ctx.scheduled ? refuse('already-scheduled', `The pod is already bound to ${node}; a pod is scheduled once in its life.`) : null;
    case 'DELETE':
      return ctx.deletion ? refuse('already-deleting', 'The pod is already being deleted.') : null;
    case 'NODE_LOST':
      if (!ctx.scheduled) return refuse('not-scheduled', 'The pod is not bound to a node yet.');
      if (ctx.nodeLost) return refuse('node-lost', `${node} has already stopped reporting.`);
      return null;
    case 'IMAGE_PULL_OK':
    case 'IMAGE_PULL_FAIL':
    case 'INIT_EXIT':
    case 'APP_EXIT':
    case 'OOM_KILL':
    case 'LIVENESS_FAIL':
    case 'READINESS_FLIP': {
      if (!ctx.scheduled) return refuse('not-scheduled', 'The pod is not bound to a node yet: no kubelet runs its containers.');
      if (ctx.nodeLost) return refuse('node-lost', `${node} has stopped reporting: nothing that happens there reaches the API server.`);
      if (ctx.terminal) return refuse('terminal', 'The pod has finished: the kubelet will not run any of its containers again.');
      if (ctx.deletion && (ev.type === 'IMAGE_PULL_OK' || ev.type === 'IMAGE_PULL_FAIL' || ev.type === 'LIVENESS_FAIL')) {
        return refuse('terminating', 'The pod is terminating: the kubelet starts nothing new and no longer acts on liveness probes.');
      }
      const r = resolve(ctx, ev);
      return 'refusal' in r ? r.refusal : null;
    }
    default:
      return refuse('unknown-event', `Unknown event ${JSON.stringify((ev as { type: string }).type)}.`);
  }
}

/**
 * Copy-on-write: containers and small records are deep-copied; the two logs are shared
 * (describe events are replaced, never mutated; timeline entries are never mutated, so a
 * shallow copy of the array is enough).
 */
function clone(ctx: SimContext): SimContext {
  const d: SimContext = {
    ...ctx,
    init: structuredClone(ctx.init),
    apps: structuredClone(ctx.apps),
    timeline: ctx.timeline.slice(),
  };
  if (ctx.deletion) d.deletion = { ...ctx.deletion };
  if (ctx.completing) d.completing = { ...ctx.completing };
  if (ctx.nodeLost) d.nodeLost = { ...ctx.nodeLost };
  return d;
}

/** Apply an accepted event to a clone of the context (the caller has checked it). */
function perform(d: SimContext, ev: PodEvent): void {
  switch (ev.type) {
    case 'SCHEDULE':
      d.scheduled = true;
      d.unschedulable = false;
      emit(d, 'Normal', 'Scheduled', `Successfully assigned ${d.spec.namespace}/${d.spec.name} to ${d.spec.node}`, 'default-scheduler');
      note(d, { at: d.now, kind: 'scheduled', node: d.spec.node });
      admit(d);
      return;
    case 'UNSCHEDULABLE':
      d.unschedulable = true;
      emit(
        d,
        'Warning',
        'FailedScheduling',
        '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
        'default-scheduler',
      );
      note(d, { at: d.now, kind: 'unschedulable' });
      return;
    case 'DELETE':
      if (!d.scheduled) {
        // not bound to a node: the API server deletes it at once
        d.deletion = { at: d.now, deadline: d.now };
        d.gone = true;
        note(d, { at: d.now, kind: 'removed' });
        return;
      }
      beginDeletion(d);
      return;
    case 'NODE_LOST':
      d.nodeLost = { at: d.now, notReady: false, evicted: false };
      note(d, { at: d.now, kind: 'nodeLost' });
      return;
    case 'TICK': {
      const seconds = ev.seconds ?? 1;
      let before = phaseDecision(d).phase;
      for (let i = 0; i < seconds; i++) {
        const last = d.timeline[d.timeline.length - 1];
        tickOnce(d);
        // every status change leaves a timeline entry: a quiet second cannot change the phase
        if (d.timeline[d.timeline.length - 1] === last) continue;
        const after = phaseDecision(d).phase;
        if (after !== before) note(d, { at: d.now, kind: 'phase', from: before, to: after });
        before = after;
      }
      return;
    }
    default:
      break;
  }
  const r = resolve(d, ev);
  if ('refusal' in r) return;
  for (const c of r.targets) {
    switch (ev.type) {
      case 'IMAGE_PULL_OK':
        pullSucceeded(d, c);
        break;
      case 'IMAGE_PULL_FAIL':
        pullFailed(d, c);
        break;
      case 'INIT_EXIT':
      case 'APP_EXIT':
        exitContainer(d, c, ev.exitCode, ev.exitCode === 0 ? 'Completed' : 'Error');
        break;
      case 'OOM_KILL':
        exitContainer(d, c, 137, 'OOMKilled');
        break;
      case 'LIVENESS_FAIL':
        c.livenessOk = false;
        note(d, { at: d.now, kind: 'appHealth', container: c.name, probe: 'liveness', healthy: false });
        break;
      case 'READINESS_FLIP':
        c.readinessOk = !c.readinessOk;
        note(d, { at: d.now, kind: 'appHealth', container: c.name, probe: 'readiness', healthy: c.readinessOk });
        break;
    }
  }
}

/**
 * Apply one event: a new context, with `lastResult` saying whether it was accepted.
 * A refused event changes nothing else. Never throws.
 */
export function applyEvent(ctx: SimContext, ev: PodEvent): SimContext {
  const refusal = checkEvent(ctx, ev);
  if (refusal) return { ...ctx, lastResult: { ok: false, event: ev, ...refusal } };
  const d = clone(ctx);
  const before = ev.type === 'TICK' ? undefined : phaseDecision(d).phase;
  perform(d, ev);
  if (before !== undefined) {
    const after = phaseDecision(d).phase;
    if (after !== before) note(d, { at: d.now, kind: 'phase', from: before, to: after });
  }
  d.lastResult = { ok: true, event: ev };
  return d;
}

/** Apply a script of events in order. */
export function runScript(ctx: SimContext, events: readonly PodEvent[]): SimContext {
  return events.reduce(applyEvent, ctx);
}
