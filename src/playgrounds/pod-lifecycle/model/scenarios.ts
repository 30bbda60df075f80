// Scripted scenarios: a pod spec and a list of events that reproduce one phase or one
// common STATUS. The view offers them as a list; the tests replay them and check the
// final read-outs against what a cluster shows.

import type { PodEvent } from './sim-types.ts';
import type { PodSpec } from './spec.ts';
import type { Phase } from './types.ts';

export interface Scenario {
  id: string;
  spec: PodSpec;
  events: PodEvent[];
  /** The read-outs after the last event. */
  expect: { phase: Phase; status: string; ready?: string; restarts?: number };
}

const SCHEDULE: PodEvent = { type: 'SCHEDULE' };
const PULL: PodEvent = { type: 'IMAGE_PULL_OK' };
const tick = (seconds = 1): PodEvent => ({ type: 'TICK', seconds });

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'unschedulable',
    spec: { restartPolicy: 'Always', containers: [{ name: 'app' }] },
    events: [{ type: 'UNSCHEDULABLE' }, tick(30), { type: 'UNSCHEDULABLE' }],
    expect: { phase: 'Pending', status: 'Pending', ready: '0/1', restarts: 0 },
  },
  {
    id: 'container-creating',
    spec: { restartPolicy: 'Always', containers: [{ name: 'app' }] },
    events: [SCHEDULE],
    expect: { phase: 'Pending', status: 'ContainerCreating', ready: '0/1' },
  },
  {
    id: 'running',
    spec: { restartPolicy: 'Always', containers: [{ name: 'app', probes: { readiness: { periodSeconds: 5 } } }] },
    events: [SCHEDULE, PULL, tick(2)],
    expect: { phase: 'Running', status: 'Running', ready: '1/1', restarts: 0 },
  },
  {
    id: 'image-pull-backoff',
    spec: { restartPolicy: 'Always', containers: [{ name: 'app', image: 'nginx:1.277' }] },
    events: [SCHEDULE, { type: 'IMAGE_PULL_FAIL' }, tick(1)],
    expect: { phase: 'Pending', status: 'ImagePullBackOff', ready: '0/1' },
  },
  {
    id: 'err-image-pull',
    spec: { restartPolicy: 'Always', containers: [{ name: 'app', image: 'nginx:1.277' }] },
    events: [SCHEDULE, { type: 'IMAGE_PULL_FAIL' }],
    expect: { phase: 'Pending', status: 'ErrImagePull', ready: '0/1' },
  },
  {
    id: 'crash-loop',
    spec: { restartPolicy: 'Always', containers: [{ name: 'app' }] },
    events: [SCHEDULE, PULL, tick(5), { type: 'APP_EXIT', exitCode: 1 }, tick(), tick(3), { type: 'APP_EXIT', exitCode: 1 }, tick()],
    expect: { phase: 'Running', status: 'CrashLoopBackOff', ready: '0/1', restarts: 1 },
  },
  {
    id: 'completed-then-restarted',
    spec: { restartPolicy: 'Always', containers: [{ name: 'app' }] },
    events: [SCHEDULE, PULL, tick(3), { type: 'APP_EXIT', exitCode: 0 }],
    expect: { phase: 'Running', status: 'Completed', ready: '0/1', restarts: 0 },
  },
  {
    id: 'oom-killed',
    spec: { restartPolicy: 'Always', containers: [{ name: 'app' }] },
    events: [SCHEDULE, PULL, tick(20), { type: 'OOM_KILL' }],
    expect: { phase: 'Running', status: 'OOMKilled', ready: '0/1', restarts: 0 },
  },
  {
    id: 'init-waiting',
    spec: { restartPolicy: 'Always', initContainers: [{ name: 'migrate' }, { name: 'seed' }], containers: [{ name: 'app' }] },
    events: [SCHEDULE, PULL, { type: 'INIT_EXIT', exitCode: 0 }],
    expect: { phase: 'Pending', status: 'Init:1/2', ready: '0/1' },
  },
  {
    id: 'init-crash-loop',
    spec: { restartPolicy: 'Always', initContainers: [{ name: 'migrate' }], containers: [{ name: 'app' }] },
    events: [SCHEDULE, PULL, { type: 'INIT_EXIT', exitCode: 1 }, tick(), { type: 'INIT_EXIT', exitCode: 1 }, tick()],
    expect: { phase: 'Pending', status: 'Init:CrashLoopBackOff', ready: '0/1', restarts: 1 },
  },
  {
    id: 'init-error-never',
    spec: { restartPolicy: 'Never', initContainers: [{ name: 'migrate' }], containers: [{ name: 'app' }] },
    events: [SCHEDULE, PULL, { type: 'INIT_EXIT', exitCode: 2 }, tick()],
    expect: { phase: 'Failed', status: 'Init:Error', ready: '0/1', restarts: 0 },
  },
  {
    id: 'pod-initializing',
    spec: { restartPolicy: 'Always', initContainers: [{ name: 'migrate' }], containers: [{ name: 'app' }] },
    events: [SCHEDULE, PULL, { type: 'INIT_EXIT', exitCode: 0 }, tick()],
    expect: { phase: 'Pending', status: 'PodInitializing', ready: '0/1' },
  },
  {
    id: 'job-succeeded',
    spec: { restartPolicy: 'Never', containers: [{ name: 'job' }] },
    events: [SCHEDULE, PULL, tick(10), { type: 'APP_EXIT', exitCode: 0 }, tick()],
    expect: { phase: 'Succeeded', status: 'Completed', ready: '0/1', restarts: 0 },
  },
  {
    id: 'job-failed',
    spec: { restartPolicy: 'Never', containers: [{ name: 'job' }] },
    events: [SCHEDULE, PULL, tick(10), { type: 'APP_EXIT', exitCode: 1 }, tick()],
    expect: { phase: 'Failed', status: 'Error', ready: '0/1', restarts: 0 },
  },
  {
    id: 'on-failure-retries',
    spec: { restartPolicy: 'OnFailure', containers: [{ name: 'job' }] },
    events: [SCHEDULE, PULL, tick(5), { type: 'APP_EXIT', exitCode: 1 }, tick(), tick(4), { type: 'APP_EXIT', exitCode: 0 }, tick()],
    expect: { phase: 'Succeeded', status: 'Completed', ready: '0/1', restarts: 1 },
  },
  {
    id: 'sidecar-job',
    spec: {
      restartPolicy: 'Never',
      initContainers: [{ name: 'log-shipper', restartPolicy: 'Always' }],
      containers: [{ name: 'job' }],
    },
    events: [SCHEDULE, PULL, tick(), PULL, tick(10), { type: 'APP_EXIT', exitCode: 0 }, tick(), tick(2)],
    expect: { phase: 'Succeeded', status: 'Completed', ready: '0/2', restarts: 0 },
  },
  {
    id: 'not-ready-completed',
    spec: { restartPolicy: 'OnFailure', containers: [{ name: 'setup' }, { name: 'server' }] },
    events: [SCHEDULE, PULL, tick(5), { type: 'APP_EXIT', container: 'setup', exitCode: 0 }, tick()],
    expect: { phase: 'Running', status: 'NotReady', ready: '1/2', restarts: 0 },
  },
  {
    id: 'liveness-restart',
    spec: { restartPolicy: 'Always', containers: [{ name: 'app', probes: { liveness: { periodSeconds: 5, failureThreshold: 3 } } }] },
    events: [SCHEDULE, PULL, tick(10), { type: 'LIVENESS_FAIL' }, tick(15), tick()],
    expect: { phase: 'Running', status: 'Running', ready: '1/1', restarts: 1 },
  },
  {
    id: 'startup-probe-kills',
    spec: {
      restartPolicy: 'Always',
      containers: [{ name: 'app', bootSeconds: 120, probes: { startup: { periodSeconds: 10, failureThreshold: 3 } } }],
    },
    events: [SCHEDULE, PULL, tick(30)],
    expect: { phase: 'Running', status: 'Running', ready: '0/1', restarts: 1 },
  },
  {
    id: 'readiness-fails',
    spec: { restartPolicy: 'Always', containers: [{ name: 'app', probes: { readiness: { periodSeconds: 5, failureThreshold: 3 } } }] },
    events: [SCHEDULE, PULL, tick(5), { type: 'READINESS_FLIP' }, tick(15)],
    expect: { phase: 'Running', status: 'Running', ready: '0/1', restarts: 0 },
  },
  {
    id: 'terminating',
    spec: {
      restartPolicy: 'Always',
      initContainers: [{ name: 'proxy', restartPolicy: 'Always' }],
      containers: [{ name: 'app', preStopSeconds: 5, shutdownSeconds: 3 }],
    },
    events: [SCHEDULE, PULL, tick(), PULL, tick(30), { type: 'DELETE' }, tick(4)],
    expect: { phase: 'Running', status: 'Terminating', ready: '2/2', restarts: 0 },
  },
  {
    id: 'sigkill-after-grace',
    spec: { restartPolicy: 'Always', terminationGracePeriodSeconds: 30, containers: [{ name: 'app', onSigterm: 'ignore' }] },
    events: [SCHEDULE, PULL, tick(10), { type: 'DELETE' }, tick(30)],
    expect: { phase: 'Failed', status: 'Error', ready: '0/1', restarts: 0 },
  },
  {
    id: 'node-lost',
    spec: { restartPolicy: 'Always', containers: [{ name: 'app' }] },
    events: [SCHEDULE, PULL, tick(60), { type: 'NODE_LOST' }, tick(350)],
    expect: { phase: 'Running', status: 'Unknown', ready: '1/1', restarts: 0 },
  },
];
