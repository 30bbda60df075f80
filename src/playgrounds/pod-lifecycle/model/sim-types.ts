// State of the lifecycle simulator. The pod's coarse lifecycle (unscheduled → bound →
// terminating/completed → removed, or node lost) is the XState machine in machine.ts;
// the per-container facts below are its context. Times are simulated seconds since the
// pod was created (the clock only moves on TICK).

import type { BackoffEntry } from './backoff.ts';
import type { DescribeEvent, StopCause, TimelineEntry } from './events.ts';
import type { ContainerKind, NormalSpec } from './spec.ts';

export interface ProbeState {
  /** Next time the probe runs. */
  next: number;
  successes: number;
  failures: number;
}

/** A kill in progress: preStop hook, then SIGTERM to PID 1, SIGKILL at the deadline. */
export interface StopState {
  cause: StopCause;
  deadline: number;
  preStopUntil?: number;
  sigtermAt?: number;
  /** When the process exits by itself after SIGTERM (absent: it ignores SIGTERM). */
  exitAt?: number;
}

export interface ContainerState {
  name: string;
  kind: ContainerKind;
  /** 'none': the kubelet has reported nothing yet (pod not on a node). */
  status: 'none' | 'waiting' | 'running' | 'terminated';
  waitingReason?: string;
  /** Image pull in flight ('pending', resolved by IMAGE_PULL_OK/FAIL) or backing off. */
  pull?: 'pending' | 'backoff';
  pullRetryAt?: number;
  imageBackoff?: BackoffEntry;
  /** Current (status 'terminated') or most recent exit. */
  exitCode?: number;
  termReason?: string;
  finishedAt?: number;
  /** Who ended the current terminated instance, when the kubelet did. */
  killedBy?: StopCause;
  restartCount: number;
  lastTerminated?: { exitCode: number; reason?: string };
  started: boolean;
  ready: boolean;
  startedAt?: number;
  /** Has run at all (its image is present; restarts do not pull). */
  everRan: boolean;
  /** Has passed its startup (sidecars: lets the next init container start). */
  everStarted: boolean;
  /** The kubelet's restart back-off entry for this container. */
  backoff?: BackoffEntry;
  /** CrashLoopBackOff: restart not before this time. */
  restartAt?: number;
  /** Last time a "Back-off restarting" event was recorded. */
  backoffEventAt?: number;
  /** What the app's endpoints answer (the learner flips these). */
  livenessOk: boolean;
  readinessOk: boolean;
  probes: { startup?: ProbeState; liveness?: ProbeState; readiness?: ProbeState };
  stop?: StopState;
}

export type PodEvent =
  | { type: 'SCHEDULE' }
  | { type: 'UNSCHEDULABLE' }
  | { type: 'IMAGE_PULL_OK'; container?: string }
  | { type: 'IMAGE_PULL_FAIL'; container?: string }
  | { type: 'INIT_EXIT'; exitCode: number }
  | { type: 'APP_EXIT'; container?: string; exitCode: number }
  | { type: 'OOM_KILL'; container?: string }
  | { type: 'LIVENESS_FAIL'; container?: string }
  | { type: 'READINESS_FLIP'; container?: string }
  | { type: 'NODE_LOST' }
  | { type: 'DELETE' }
  | { type: 'TICK'; seconds?: number };

export type PodEventType = PodEvent['type'];

export const POD_EVENT_TYPES: readonly PodEventType[] = [
  'SCHEDULE',
  'UNSCHEDULABLE',
  'IMAGE_PULL_OK',
  'IMAGE_PULL_FAIL',
  'INIT_EXIT',
  'APP_EXIT',
  'OOM_KILL',
  'LIVENESS_FAIL',
  'READINESS_FLIP',
  'NODE_LOST',
  'DELETE',
  'TICK',
];

export type RefusalCode =
  | 'gone'
  | 'not-scheduled'
  | 'already-scheduled'
  | 'node-lost'
  | 'terminating'
  | 'terminal'
  | 'already-deleting'
  | 'no-pull-pending'
  | 'pull-backoff'
  | 'no-such-container'
  | 'wrong-kind'
  | 'not-running'
  | 'stopping'
  | 'not-started'
  | 'no-probe'
  | 'already-failing'
  | 'invalid-exit-code'
  | 'invalid-seconds'
  | 'unknown-event';

export interface Refusal {
  code: RefusalCode;
  /** English explanation; the view may translate by `code`. */
  message: string;
}

export type EventResult = { ok: true; event: PodEvent } | ({ ok: false; event: PodEvent } & Refusal);

export interface SimContext {
  spec: NormalSpec;
  /** What normalizeSpec changed in the learner's spec. */
  issues: string[];
  now: number;
  scheduled: boolean;
  /** The scheduler has reported the pod unschedulable (PodScheduled=False). */
  unschedulable: boolean;
  /** Pod sandbox exists (PodReadyToStartContainers). */
  sandbox: boolean;
  /** Initialized condition (sticky once true). */
  initialized: boolean;
  init: ContainerState[];
  apps: ContainerState[];
  /** deletionTimestamp + grace period deadline. */
  deletion?: { at: number; deadline: number };
  /** All regular containers are done (or init failed with Never): stopping sidecars. */
  completing?: { at: number; deadline: number };
  /** podIsTerminal: every container has stopped and nothing will be restarted. */
  terminal: boolean;
  /** The API object is gone (graceful deletion finished). */
  gone: boolean;
  nodeLost?: { at: number; notReady: boolean; evicted: boolean };
  /** pod.status.reason */
  podReason?: string;
  events: DescribeEvent[];
  timeline: TimelineEntry[];
  lastResult?: EventResult;
}
