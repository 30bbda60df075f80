// Everything the view shows, derived from one context in one place: the snapshot, the
// phase with the getPhase branch that produced it, kubectl's line, each container's
// state, the conditions, the describe events and the timeline.

import type { DescribeEvent, StopCause, TimelineEntry } from './events.ts';
import type { KubectlRow } from './kubectl.ts';
import { kubectlStatus } from './kubectl.ts';
import type { Stage } from './machine.ts';
import { stageOf } from './machine.ts';
import type { PhaseBranch, PhaseDecision } from './phase.ts';
import { checkEvent } from './reduce.ts';
import type { EventResult, PodEvent, PodEventType, Refusal, SimContext } from './sim-types.ts';
import { phaseDecision, podSnapshot } from './snapshot.ts';
import type { ContainerKind, NormalSpec } from './spec.ts';
import type { ContainerSnapshot, Phase, PodCondition, PodSnapshot } from './types.ts';

export interface ProbeReadout {
  probe: 'startup' | 'liveness' | 'readiness';
  periodSeconds: number;
  failureThreshold: number;
  /** Consecutive failures so far. */
  failures: number;
  /** Next time the kubelet runs it (absent when not running now). */
  nextAt?: number;
}

export interface ContainerReadout {
  status: ContainerSnapshot;
  kind: ContainerKind;
  image: string;
  /** Running since (simulated seconds). */
  startedAt?: number;
  /** Image pull in flight or backing off until pullRetryAt. */
  pull?: 'pending' | 'backoff';
  pullRetryAt?: number;
  /** CrashLoopBackOff: restarts at this time. */
  restartAt?: number;
  /** A kill in progress. */
  stopping?: { cause: StopCause; step: 'preStop' | 'SIGTERM'; deadline: number; preStopUntil?: number };
  /** What the app's health endpoints answer (flipped by LIVENESS_FAIL / READINESS_FLIP). */
  livenessOk: boolean;
  readinessOk: boolean;
  probes: ProbeReadout[];
}

export interface PodReadout {
  stage: Stage;
  now: number;
  spec: NormalSpec;
  issues: readonly string[];
  snapshot: PodSnapshot;
  phase: Phase;
  branch: PhaseBranch;
  decision: PhaseDecision;
  kubectl: KubectlRow;
  initContainers: ContainerReadout[];
  containers: ContainerReadout[];
  conditions: PodCondition[];
  events: readonly DescribeEvent[];
  timeline: readonly TimelineEntry[];
  /** The object is gone (kubectl: NotFound). */
  gone: boolean;
  /** The node stopped reporting: the statuses shown are the last ones the kubelet sent. */
  nodeLost: { at: number; notReady: boolean; evicted: boolean } | null;
  deletion: { at: number; deadline: number } | null;
  lastResult: EventResult | null;
}

function containerReadouts(ctx: SimContext, snapshot: PodSnapshot): { init: ContainerReadout[]; apps: ContainerReadout[] } {
  const build = (states: SimContext['init'], snaps: readonly ContainerSnapshot[], specs: NormalSpec['containers']): ContainerReadout[] =>
    states.map((c, i) => {
      const spec = specs[i];
      const probes: ProbeReadout[] = [];
      for (const probe of ['startup', 'liveness', 'readiness'] as const) {
        const p = spec?.probes[probe];
        if (!p) continue;
        const st = c.probes[probe];
        const r: ProbeReadout = { probe, periodSeconds: p.periodSeconds, failureThreshold: p.failureThreshold, failures: st?.failures ?? 0 };
        if (st && c.status === 'running' && !c.stop) r.nextAt = st.next;
        probes.push(r);
      }
      const out: ContainerReadout = {
        status: snaps[i] ?? { name: c.name },
        kind: c.kind,
        image: spec?.image ?? '',
        livenessOk: c.livenessOk,
        readinessOk: c.readinessOk,
        probes,
      };
      if (c.status === 'running' && c.startedAt !== undefined) out.startedAt = c.startedAt;
      if (c.pull) out.pull = c.pull;
      if (c.pull === 'backoff' && c.pullRetryAt !== undefined) out.pullRetryAt = c.pullRetryAt;
      if (c.status === 'waiting' && c.restartAt !== undefined) out.restartAt = c.restartAt;
      if (c.stop && c.status === 'running') {
        out.stopping = { cause: c.stop.cause, step: c.stop.sigtermAt === undefined ? 'preStop' : 'SIGTERM', deadline: c.stop.deadline };
        if (c.stop.preStopUntil !== undefined) out.stopping.preStopUntil = c.stop.preStopUntil;
      }
      return out;
    });
  return {
    init: build(ctx.init, snapshot.initContainers ?? [], ctx.spec.initContainers),
    apps: build(ctx.apps, snapshot.containers, ctx.spec.containers),
  };
}

/** All read-outs of one context. They come from a single snapshot, so they agree. */
export function readout(ctx: SimContext): PodReadout {
  const decision = phaseDecision(ctx);
  const snapshot = podSnapshot(ctx, decision);
  const { init, apps } = containerReadouts(ctx, snapshot);
  return {
    stage: stageOf(ctx),
    now: ctx.now,
    spec: ctx.spec,
    issues: ctx.issues,
    snapshot,
    phase: decision.phase,
    branch: decision.branch,
    decision,
    kubectl: kubectlStatus(snapshot),
    initContainers: init,
    containers: apps,
    conditions: snapshot.conditions ?? [],
    events: ctx.events,
    timeline: ctx.timeline,
    gone: ctx.gone,
    nodeLost: ctx.nodeLost ? { ...ctx.nodeLost } : null,
    deletion: ctx.deletion ? { ...ctx.deletion } : null,
    lastResult: ctx.lastResult ?? null,
  };
}

/** The default form of each event, for buttons: what it would do is checked, not done. */
export function defaultEvent(type: PodEventType): PodEvent {
  switch (type) {
    case 'INIT_EXIT':
      return { type, exitCode: 0 };
    case 'APP_EXIT':
      return { type, exitCode: 1 };
    case 'TICK':
      return { type, seconds: 1 };
    default:
      return { type };
  }
}

/** Whether each (default-form) event is possible now, and if not, why. */
export function availableEvents(ctx: SimContext, types: readonly PodEventType[]): { event: PodEvent; refusal: Refusal | null }[] {
  return types.map((t) => {
    const event = defaultEvent(t);
    return { event, refusal: checkEvent(ctx, event) };
  });
}
