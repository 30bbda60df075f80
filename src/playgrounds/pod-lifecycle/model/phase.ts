// A port of the kubelet's getPhase (kubernetes/kubernetes pkg/kubelet/kubelet_pods.go).
//
// Upstream signature: getPhase(logger, pod, info []v1.ContainerStatus, podIsTerminal,
// podHasInitialized bool) v1.PodPhase. Here the pod spec and the statuses arrive together
// in a PodSnapshot; podIsTerminal is `pod.terminal`, and podHasInitialized (upstream:
// kubecontainer.HasAnyActiveRegularContainerStarted, "a regular container exists in the
// current sandbox") is derived from the snapshot unless the caller overrides it.
//
// Ported with the ContainerRestartRules / RestartAllContainersOnContainerExits feature
// gates off (their defaults). With only pod-level restart policies the gated branches
// compute the same phase: ContainerShouldRestart falls back to the pod's policy.

import type { ContainerSnapshot, Phase, PodSnapshot } from './types.ts';
import { isReported, isSidecar } from './types.ts';

/** Which return statement of getPhase produced the phase (for the view to highlight). */
export type PhaseBranch =
  | 'initFailedNever'
  | 'pendingInitialization'
  | 'waiting'
  | 'running'
  | 'terminalSucceeded'
  | 'terminalFailed'
  | 'restartAlways'
  | 'allSucceeded'
  | 'neverFailed'
  | 'onFailureRestarting'
  | 'default';

export interface PhaseDecision {
  phase: Phase;
  branch: PhaseBranch;
  /** The counters getPhase computed, for a "show your work" view. */
  counts: PhaseCounts;
  podIsTerminal: boolean;
  podHasInitialized: boolean;
}

export interface PhaseCounts {
  pendingRegularInitContainers: number;
  pendingRestartableInitContainers: number;
  failedInitialization: number;
  unknown: number;
  running: number;
  waiting: number;
  stopped: number;
  succeeded: number;
}

/** The Go condition of each branch, in source order (language-neutral text for the view). */
export const PHASE_BRANCHES: readonly { branch: PhaseBranch; phase: Phase; rule: string }[] = [
  { branch: 'initFailedNever', phase: 'Failed', rule: 'failedInitialization > 0 && spec.RestartPolicy == Never' },
  {
    branch: 'pendingInitialization',
    phase: 'Pending',
    rule: 'pendingRegularInitContainers > 0 || (pendingRestartableInitContainers > 0 && !podHasInitialized)',
  },
  { branch: 'waiting', phase: 'Pending', rule: 'waiting > 0' },
  { branch: 'running', phase: 'Running', rule: 'running > 0 && unknown == 0' },
  { branch: 'terminalSucceeded', phase: 'Succeeded', rule: 'running == 0 && stopped > 0 && unknown == 0 && podIsTerminal && stopped == succeeded' },
  { branch: 'terminalFailed', phase: 'Failed', rule: 'running == 0 && stopped > 0 && unknown == 0 && podIsTerminal' },
  { branch: 'restartAlways', phase: 'Running', rule: 'running == 0 && stopped > 0 && unknown == 0 && spec.RestartPolicy == Always' },
  { branch: 'allSucceeded', phase: 'Succeeded', rule: 'running == 0 && stopped > 0 && unknown == 0 && stopped == succeeded' },
  { branch: 'neverFailed', phase: 'Failed', rule: 'running == 0 && stopped > 0 && unknown == 0 && spec.RestartPolicy == Never' },
  { branch: 'onFailureRestarting', phase: 'Running', rule: 'running == 0 && stopped > 0 && unknown == 0 (OnFailure, a failure is restarting)' },
  { branch: 'default', phase: 'Pending', rule: 'default' },
];

/**
 * HasAnyActiveRegularContainerStarted, read off a snapshot: a regular container has been
 * created in the current sandbox (it runs, has exited, or waits to restart after exiting).
 */
export function hasAnyRegularContainerStarted(pod: PodSnapshot): boolean {
  return list(pod.containers).some(
    (c) => c.state === 'running' || c.state === 'terminated' || (c.state === 'waiting' && c.lastTerminated !== undefined),
  );
}

function list(xs: readonly ContainerSnapshot[] | undefined): readonly ContainerSnapshot[] {
  return Array.isArray(xs) ? xs : [];
}

export interface PhaseOptions {
  /** Override the derived podHasInitialized (upstream tests pass it explicitly). */
  podHasInitialized?: boolean;
  /** Override `pod.terminal`. */
  podIsTerminal?: boolean;
}

export function decidePhase(pod: PodSnapshot, opts: PhaseOptions = {}): PhaseDecision {
  const podIsTerminal = opts.podIsTerminal ?? pod.terminal === true;
  const podHasInitialized = opts.podHasInitialized ?? hasAnyRegularContainerStarted(pod);
  const inits = list(pod.initContainers);
  const containers = list(pod.containers);

  const counts: PhaseCounts = {
    pendingRegularInitContainers: 0,
    pendingRestartableInitContainers: 0,
    failedInitialization: 0,
    unknown: 0,
    running: 0,
    waiting: 0,
    stopped: 0,
    succeeded: 0,
  };

  // regular init containers
  for (const c of inits) {
    if (isSidecar(c)) continue;
    if (!isReported(c)) {
      counts.pendingRegularInitContainers++;
      continue;
    }
    switch (c.state) {
      case 'running':
        counts.pendingRegularInitContainers++;
        break;
      case 'terminated':
        if ((c.exitCode ?? 0) !== 0) counts.failedInitialization++;
        break;
      case 'waiting':
        if (c.lastTerminated !== undefined) {
          if (c.lastTerminated.exitCode !== 0) counts.failedInitialization++;
        } else {
          counts.pendingRegularInitContainers++;
        }
        break;
      default:
        counts.pendingRegularInitContainers++;
    }
  }

  // sidecar (restartable) init containers
  for (const c of inits) {
    if (!isSidecar(c)) continue;
    if (!isReported(c)) {
      counts.unknown++;
      continue;
    }
    switch (c.state) {
      case 'running':
        if (c.started !== true) counts.pendingRestartableInitContainers++;
        counts.running++;
        break;
      case 'terminated':
        // terminated restartable init containers are not taken into account
        break;
      case 'waiting':
        if (c.lastTerminated === undefined) {
          counts.pendingRestartableInitContainers++;
          counts.waiting++;
        }
        break;
      default:
        counts.pendingRestartableInitContainers++;
        counts.unknown++;
    }
  }

  for (const c of containers) {
    if (!isReported(c)) {
      counts.unknown++;
      continue;
    }
    switch (c.state) {
      case 'running':
        counts.running++;
        break;
      case 'terminated':
        counts.stopped++;
        if ((c.exitCode ?? 0) === 0) counts.succeeded++;
        break;
      case 'waiting':
        if (c.lastTerminated !== undefined) counts.stopped++;
        else counts.waiting++;
        break;
      default:
        counts.unknown++;
    }
  }

  const decide = (phase: Phase, branch: PhaseBranch): PhaseDecision => ({
    phase,
    branch,
    counts,
    podIsTerminal,
    podHasInitialized,
  });

  if (counts.failedInitialization > 0 && pod.restartPolicy === 'Never') return decide('Failed', 'initFailedNever');

  if (
    counts.pendingRegularInitContainers > 0 ||
    (counts.pendingRestartableInitContainers > 0 && !podHasInitialized)
  ) {
    return decide('Pending', 'pendingInitialization'); // upstream: fallthrough into `waiting > 0`
  }
  if (counts.waiting > 0) return decide('Pending', 'waiting');
  if (counts.running > 0 && counts.unknown === 0) return decide('Running', 'running');
  if (counts.running === 0 && counts.stopped > 0 && counts.unknown === 0) {
    if (podIsTerminal) {
      // (static pods are not modelled: a static pod keeps the non-terminal rules)
      return counts.stopped === counts.succeeded
        ? decide('Succeeded', 'terminalSucceeded')
        : decide('Failed', 'terminalFailed');
    }
    if (pod.restartPolicy === 'Always') return decide('Running', 'restartAlways');
    if (counts.stopped === counts.succeeded) return decide('Succeeded', 'allSucceeded');
    if (pod.restartPolicy === 'Never') return decide('Failed', 'neverFailed');
    return decide('Running', 'onFailureRestarting');
  }
  return decide('Pending', 'default');
}

/** The kubelet's getPhase rules. */
export function podPhase(pod: PodSnapshot): Phase {
  return decidePhase(pod).phase;
}
