// From the simulator's context to what the API server holds: container statuses,
// conditions, and the phase — computed by the kubelet's own rule (decidePhase) on those
// very statuses, so the phase, the container states and the kubectl line cannot disagree.

import type { PhaseDecision } from './phase.ts';
import { decidePhase } from './phase.ts';
import type { ContainerState, SimContext } from './sim-types.ts';
import type { ContainerSnapshot, Phase, PodCondition, PodSnapshot } from './types.ts';

export function containerSnapshot(c: ContainerState): ContainerSnapshot {
  const s: ContainerSnapshot = { name: c.name };
  if (c.kind === 'sidecar') s.restartPolicy = 'Always';
  if (c.status === 'none') return s;
  s.state = c.status;
  if (c.status === 'waiting' && c.waitingReason) s.reason = c.waitingReason;
  if (c.status === 'terminated') {
    if (c.termReason) s.reason = c.termReason;
    s.exitCode = c.exitCode ?? 0;
  }
  s.restartCount = c.restartCount;
  s.ready = c.ready;
  s.started = c.started;
  if (c.lastTerminated) s.lastTerminated = { ...c.lastTerminated };
  return s;
}

/** Container statuses only (what getPhase reads). */
export function statusSnapshot(ctx: SimContext): PodSnapshot {
  const pod: PodSnapshot = {
    restartPolicy: ctx.spec.restartPolicy,
    containers: ctx.apps.map(containerSnapshot),
  };
  if (ctx.init.length > 0) pod.initContainers = ctx.init.map(containerSnapshot);
  if (ctx.terminal) pod.terminal = true;
  return pod;
}

export function phaseDecision(ctx: SimContext): PhaseDecision {
  return decidePhase(statusSnapshot(ctx));
}

function readyForConditions(c: ContainerState): boolean {
  return c.status === 'running' && c.ready;
}

/** The pod conditions, in the order `kubectl describe pod` shows them. */
export function conditionsOf(ctx: SimContext, phase: Phase): PodCondition[] {
  if (!ctx.scheduled) {
    return ctx.unschedulable ? [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] : [];
  }
  const sidecars = ctx.init.filter((c) => c.kind === 'sidecar');
  const allReady = ctx.apps.every(readyForConditions) && sidecars.every(readyForConditions);
  let containersReady: PodCondition;
  if (phase === 'Succeeded') containersReady = { type: 'ContainersReady', status: 'False', reason: 'PodCompleted' };
  else if (phase === 'Failed') containersReady = { type: 'ContainersReady', status: 'False', reason: 'PodFailed' };
  else if (allReady) containersReady = { type: 'ContainersReady', status: 'True' };
  else containersReady = { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady' };

  // Ready = ContainersReady (no readiness gates), until the node controller marks the
  // pod not ready because its node stopped reporting.
  let ready: PodCondition = { ...containersReady, type: 'Ready' };
  if (ctx.nodeLost?.notReady) ready = { type: 'Ready', status: 'False' };

  return [
    { type: 'PodReadyToStartContainers', status: ctx.sandbox ? 'True' : 'False' },
    ctx.initialized
      ? { type: 'Initialized', status: 'True' }
      : { type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized' },
    ready,
    containersReady,
    { type: 'PodScheduled', status: 'True' },
  ];
}

/** The pod as the API server shows it. */
export function podSnapshot(ctx: SimContext, decision: PhaseDecision = phaseDecision(ctx)): PodSnapshot {
  const pod = statusSnapshot(ctx);
  pod.phase = decision.phase;
  if (ctx.podReason) pod.reason = ctx.podReason;
  if (ctx.deletion) pod.deleting = true;
  pod.conditions = conditionsOf(ctx, decision.phase);
  return pod;
}
