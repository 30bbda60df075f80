// A port of kubectl's pod row (kubernetes/kubernetes pkg/printers/internalversion/printers.go,
// printPod): the READY, STATUS and RESTARTS columns of `kubectl get pods`.
//
// Differences that come from the snapshot, not from the rules:
// - RESTARTS is the count only; kubectl appends "(10s ago)" from lastState.finishedAt,
//   which a snapshot does not carry.
// - printPod walks pod.Status.*ContainerStatuses; a ContainerSnapshot without `state`
//   is "no status reported yet", i.e. absent from those lists.
// - STATUS starts from pod.Status.Phase; when the snapshot has no `phase` we use the
//   kubelet's rule (podPhase) so the two read-outs cannot disagree.

import { podPhase } from './phase.ts';
import type { ContainerSnapshot, PodCondition, PodSnapshot } from './types.ts';
import { isReported, isSidecar } from './types.ts';

export interface KubectlRow {
  ready: string;
  status: string;
  restarts: number;
}

/** NodeUnreachablePodReason (k8s.io/kubernetes/pkg/util/node). */
export const NODE_UNREACHABLE_POD_REASON = 'NodeLost';

function list<T>(xs: readonly T[] | undefined): readonly T[] {
  return Array.isArray(xs) ? xs : [];
}

function isPodInitializedConditionTrue(conditions: readonly PodCondition[]): boolean {
  for (const c of conditions) {
    if (c.type !== 'Initialized') continue;
    return c.status === 'True';
  }
  return false;
}

function hasPodReadyCondition(conditions: readonly PodCondition[]): boolean {
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

function terminatedReason(c: ContainerSnapshot, prefix: string): string {
  if (c.reason) return prefix + c.reason;
  if (c.signal) return `${prefix}Signal:${c.signal}`;
  return `${prefix}ExitCode:${c.exitCode ?? 0}`;
}

/** kubectl's printPod rules for READY, STATUS and RESTARTS. */
export function kubectlStatus(pod: PodSnapshot): KubectlRow {
  const inits = list(pod.initContainers);
  const containers = list(pod.containers);
  const conditions = list(pod.conditions);
  const phase = pod.phase ?? podPhase(pod);

  let restarts = 0;
  let restartableInitContainerRestarts = 0;
  let totalContainers = containers.length;
  let readyContainers = 0;

  let reason: string = phase;
  if (pod.reason) reason = pod.reason;

  // If the Pod carries {type:PodScheduled, reason:SchedulingGated}, set reason to 'SchedulingGated'.
  for (const c of conditions) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  for (const c of inits) if (isSidecar(c)) totalContainers++;

  let initializing = false;
  const initStatuses = inits.filter(isReported);
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i];
    if (c === undefined) continue;
    restarts += c.restartCount ?? 0;
    if (isSidecar(c)) restartableInitContainerRestarts += c.restartCount ?? 0;

    if (c.state === 'terminated' && (c.exitCode ?? 0) === 0) continue;
    if (isSidecar(c) && c.started === true) {
      if (c.ready === true) readyContainers++;
      continue;
    }
    if (c.state === 'terminated') {
      // initialization is failed
      reason = terminatedReason(c, 'Init:');
      initializing = true;
    } else if (c.state === 'waiting' && c.reason && c.reason !== 'PodInitializing') {
      reason = 'Init:' + c.reason;
      initializing = true;
    } else {
      reason = `Init:${i}/${inits.length}`;
      initializing = true;
    }
    break;
  }

  if (!initializing || isPodInitializedConditionTrue(conditions)) {
    restarts = restartableInitContainerRestarts;
    let hasRunning = false;
    for (let i = containers.length - 1; i >= 0; i--) {
      const c = containers[i];
      if (c === undefined || !isReported(c)) continue;
      restarts += c.restartCount ?? 0;
      if (c.state === 'waiting' && c.reason) {
        reason = c.reason;
      } else if (c.state === 'terminated') {
        reason = terminatedReason(c, '');
      } else if (c.ready === true && c.state === 'running') {
        hasRunning = true;
        readyContainers++;
      }
    }
    // change pod status back to "Running" if there is at least one container still reporting as "Running" status
    if (reason === 'Completed' && hasRunning) {
      reason = hasPodReadyCondition(conditions) ? 'Running' : 'NotReady';
    }
  }

  if (pod.deleting === true && pod.reason === NODE_UNREACHABLE_POD_REASON) {
    reason = 'Unknown';
  } else if (pod.deleting === true && phase !== 'Succeeded' && phase !== 'Failed') {
    reason = 'Terminating';
  }

  return { ready: `${readyContainers}/${totalContainers}`, status: reason, restarts };
}
