// Pod lifecycle playground — the pure model (issue 7). No React, no DOM, no clock:
// deterministic functions of their inputs; time is the simulator's TICK.
//
// Public contract:
//   ContainerSnapshot, PodSnapshot, Phase
//   podPhase(pod)        the kubelet's getPhase rules
//   kubectlStatus(pod)   kubectl's printPod rules (READY, STATUS, RESTARTS)
//   crashLoopDelay(n)    seconds before the next restart

export type { ContainerSnapshot, PodSnapshot, Phase, PodCondition, RestartPolicy } from './model/types.ts';
export { isSidecar } from './model/types.ts';

export { podPhase, decidePhase, hasAnyRegularContainerStarted, PHASE_BRANCHES } from './model/phase.ts';
export type { PhaseBranch, PhaseCounts, PhaseDecision, PhaseOptions } from './model/phase.ts';

export { kubectlStatus, NODE_UNREACHABLE_POD_REASON } from './model/kubectl.ts';
export type { KubectlRow } from './model/kubectl.ts';

export {
  crashLoopDelay,
  backoffResets,
  backoffNext,
  isInBackOffSince,
  backoffUntil,
  BACKOFF_INITIAL_SECONDS,
  BACKOFF_MAX_SECONDS,
  BACKOFF_RESET_AFTER_SECONDS,
} from './model/backoff.ts';
export type { BackoffEntry } from './model/backoff.ts';

export { normalizeSpec, PROBE_DEFAULTS, LIMITS } from './model/spec.ts';
export type {
  PodSpec,
  ContainerSpec,
  InitContainerSpec,
  ProbeSpec,
  SigtermBehavior,
  NormalSpec,
  NormalContainer,
  NormalProbe,
  ContainerKind,
} from './model/spec.ts';

export type {
  PodEvent,
  PodEventType,
  Refusal,
  RefusalCode,
  EventResult,
  SimContext,
  ContainerState,
} from './model/sim-types.ts';
export { POD_EVENT_TYPES } from './model/sim-types.ts';

export { initialContext, checkEvent, applyEvent, runScript } from './model/reduce.ts';
export { NODE_MONITOR_GRACE_SECONDS, UNREACHABLE_TOLERATION_SECONDS } from './model/kubelet.ts';

export {
  podLifecycleMachine,
  startPod,
  sendEvent,
  playScript,
  stageOf,
  stageOfSnapshot,
} from './model/machine.ts';
export type { Stage, PodMachineSnapshot, PodMachineContext } from './model/machine.ts';

export { podSnapshot, conditionsOf, containerSnapshot } from './model/snapshot.ts';
export { readout, availableEvents, defaultEvent } from './model/readout.ts';
export type { PodReadout, ContainerReadout, ProbeReadout } from './model/readout.ts';

export { describeAge, formatAge } from './model/events.ts';
export type { DescribeEvent, TimelineEntry, EventSource, ProbeKind, StopCause } from './model/events.ts';

export { PHASE_DIAGRAM } from './model/diagram.ts';
export type { PhaseEdge } from './model/diagram.ts';

export { SCENARIOS } from './model/scenarios.ts';
export type { Scenario } from './model/scenarios.ts';

export { initialProcesses, pidStep, orphanStory, psRows } from './model/pid.ts';
export type { Proc, ProcessTree, PidEvent, PidNote, PidResult, PidStoryStep, Reaping } from './model/pid.ts';
