// podPhase against the kubelet's own unit tests: the tables of
// kubernetes/kubernetes pkg/kubelet/kubelet_pods_test.go (TestPodPhaseWith*), restated
// as facts about our PodSnapshot. Upstream builds a pod spec plus a list of container
// statuses; here each spec container carries its status (absent status = no `state`).

import { describe, expect, it } from 'vitest';
import type { ContainerSnapshot, Phase, PodSnapshot } from './model.ts';
import { decidePhase, hasAnyRegularContainerStarted, podPhase } from './model.ts';

// ---- the upstream status helpers, as snapshots
const runningState = (name: string): ContainerSnapshot => ({ name, state: 'running' });
const startedState = (name: string): ContainerSnapshot => ({ name, state: 'running', started: true });
const stoppedState = (name: string): ContainerSnapshot => ({ name, state: 'terminated' });
const succeededState = (name: string): ContainerSnapshot => ({ name, state: 'terminated', exitCode: 0 });
const failedState = (name: string): ContainerSnapshot => ({ name, state: 'terminated', exitCode: -1 });
const waitingState = (name: string): ContainerSnapshot => ({ name, state: 'waiting' });
const waitingStateWithLastTermination = (name: string): ContainerSnapshot => ({
  name,
  state: 'waiting',
  lastTerminated: { exitCode: 0 },
});
const waitingStateWithNonZeroTermination = (name: string): ContainerSnapshot => ({
  name,
  state: 'waiting',
  lastTerminated: { exitCode: -1 },
});

interface Spec {
  restartPolicy: PodSnapshot['restartPolicy'];
  init?: { name: string; sidecar?: boolean }[];
  containers: string[];
}

/** Pair the spec with the reported statuses (looked up by name, like GetContainerStatus). */
function pod(spec: Spec, statuses: ContainerSnapshot[], terminal = false): PodSnapshot {
  const status = (name: string): ContainerSnapshot => statuses.find((s) => s.name === name) ?? { name };
  const p: PodSnapshot = {
    restartPolicy: spec.restartPolicy,
    containers: spec.containers.map(status),
  };
  if (spec.init) {
    p.initContainers = spec.init.map((c) => {
      const s = status(c.name);
      return c.sidecar ? { ...s, restartPolicy: 'Always' } : s;
    });
  }
  if (terminal) p.terminal = true;
  return p;
}

interface Case {
  test: string;
  statuses: ContainerSnapshot[];
  status: Phase;
  podIsTerminal?: boolean;
  /** Passed explicitly by the newer upstream tables. */
  podHasInitialized?: boolean;
}

function check(spec: Spec, cases: Case[]): void {
  it.each(cases)('$test', (c) => {
    const p = pod(spec, c.statuses, c.podIsTerminal ?? false);
    const opts = c.podHasInitialized === undefined ? {} : { podHasInitialized: c.podHasInitialized };
    expect(decidePhase(p, opts).phase).toBe(c.status);
  });
}

const twoContainers = { containers: ['containerA', 'containerB'] };

describe('TestPodPhaseWithRestartAlways', () => {
  check({ restartPolicy: 'Always', ...twoContainers }, [
    { test: 'waiting', statuses: [], status: 'Pending' },
    { test: 'all running', statuses: [runningState('containerA'), runningState('containerB')], status: 'Running' },
    {
      test: 'all stopped with restart always',
      statuses: [stoppedState('containerA'), stoppedState('containerB')],
      status: 'Running',
    },
    {
      test: 'all succeeded with restart always, but the pod is terminal',
      statuses: [succeededState('containerA'), succeededState('containerB')],
      podIsTerminal: true,
      status: 'Succeeded',
    },
    {
      test: 'all stopped with restart always, but the pod is terminal',
      statuses: [succeededState('containerA'), failedState('containerB')],
      podIsTerminal: true,
      status: 'Failed',
    },
    {
      test: 'mixed state #1 with restart always',
      statuses: [runningState('containerA'), stoppedState('containerB')],
      status: 'Running',
    },
    { test: 'mixed state #2 with restart always', statuses: [runningState('containerA')], status: 'Pending' },
    {
      test: 'mixed state #3 with restart always',
      statuses: [runningState('containerA'), waitingState('containerB')],
      status: 'Pending',
    },
    {
      test: 'backoff crashloop container with restart always',
      statuses: [runningState('containerA'), waitingStateWithLastTermination('containerB')],
      status: 'Running',
    },
  ]);
});

describe('TestPodPhaseWithRestartAlwaysInitContainers', () => {
  check({ restartPolicy: 'Always', init: [{ name: 'containerX' }], ...twoContainers }, [
    { test: 'empty, waiting', statuses: [], status: 'Pending' },
    { test: 'init container running', statuses: [runningState('containerX')], status: 'Pending' },
    { test: 'init container terminated non-zero', statuses: [failedState('containerX')], status: 'Pending' },
    {
      test: 'init container waiting, terminated zero',
      statuses: [waitingStateWithLastTermination('containerX')],
      status: 'Pending',
    },
    {
      test: 'init container waiting, terminated non-zero',
      statuses: [waitingStateWithNonZeroTermination('containerX')],
      status: 'Pending',
    },
    { test: 'init container waiting, not terminated', statuses: [waitingState('containerX')], status: 'Pending' },
    {
      test: 'init container succeeded',
      statuses: [succeededState('containerX'), runningState('containerA'), runningState('containerB')],
      status: 'Running',
    },
  ]);
});

describe('TestPodPhaseWithRestartAlwaysRestartableInitContainers', () => {
  check({ restartPolicy: 'Always', init: [{ name: 'containerX', sidecar: true }], ...twoContainers }, [
    { test: 'empty, waiting', statuses: [], podHasInitialized: false, status: 'Pending' },
    {
      test: 'restartable init container running',
      statuses: [runningState('containerX')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'restartable init container stopped',
      statuses: [stoppedState('containerX')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'restartable init container waiting, terminated zero',
      statuses: [waitingStateWithLastTermination('containerX')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'restartable init container waiting, terminated non-zero',
      statuses: [waitingStateWithNonZeroTermination('containerX')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'restartable init container waiting, not terminated',
      statuses: [waitingState('containerX')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'restartable init container started, 1/2 regular container running',
      statuses: [startedState('containerX'), runningState('containerA')],
      podHasInitialized: true,
      status: 'Pending',
    },
    {
      test: 'restartable init container started, all regular containers running',
      statuses: [startedState('containerX'), runningState('containerA'), runningState('containerB')],
      podHasInitialized: true,
      status: 'Running',
    },
    {
      test: 'restartable init container running, all regular containers running',
      statuses: [runningState('containerX'), runningState('containerA'), runningState('containerB')],
      podHasInitialized: true,
      status: 'Running',
    },
    {
      test: 'restartable init container stopped, all regular containers running',
      statuses: [stoppedState('containerX'), runningState('containerA'), runningState('containerB')],
      podHasInitialized: true,
      status: 'Running',
    },
    {
      test: 'backoff crashloop restartable init container, all regular containers running',
      statuses: [waitingStateWithLastTermination('containerX'), runningState('containerA'), runningState('containerB')],
      podHasInitialized: true,
      status: 'Running',
    },
    {
      test: 'all regular containers succeeded and restartable init container failed with restart always, but the pod is terminal',
      statuses: [failedState('containerX'), succeededState('containerA'), succeededState('containerB')],
      podIsTerminal: true,
      podHasInitialized: true,
      status: 'Succeeded',
    },
    {
      test: 'all regular containers succeeded and restartable init container succeeded with restart always, but the pod is terminal',
      statuses: [succeededState('containerX'), succeededState('containerA'), succeededState('containerB')],
      podIsTerminal: true,
      podHasInitialized: true,
      status: 'Succeeded',
    },
    {
      test: 're-initializing the pod after the sandbox is recreated',
      statuses: [runningState('containerX'), runningState('containerA'), runningState('containerB')],
      podHasInitialized: false,
      status: 'Pending',
    },
  ]);
});

describe('TestPodPhaseWithRestartAlwaysAndPodHasRun', () => {
  const spec: Spec = {
    restartPolicy: 'Always',
    init: [{ name: 'containerX' }, { name: 'containerY', sidecar: true }],
    containers: ['containerA'],
  };
  check(spec, [
    {
      test: 'regular init containers, restartable init container and regular container are all running',
      statuses: [runningState('containerX'), runningState('containerY'), runningState('containerA')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'regular containers is stopped, restartable init container and regular int container are both running',
      statuses: [runningState('containerX'), runningState('containerY'), stoppedState('containerA')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 're-created sandbox: regular init container is succeeded, restartable init container is running, old regular containers is stopped',
      statuses: [succeededState('containerX'), runningState('containerY'), stoppedState('containerA')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'regular init container is succeeded, restartable init container is running, regular containers is stopped',
      statuses: [succeededState('containerX'), runningState('containerY'), stoppedState('containerA')],
      podHasInitialized: true,
      status: 'Running',
    },
    {
      test: 'regular init container is succeeded, restartable init container and regular containers are both running',
      statuses: [succeededState('containerX'), runningState('containerY'), runningState('containerA')],
      podHasInitialized: true,
      status: 'Running',
    },
  ]);
});

describe('TestPodPhaseWithRestartNever', () => {
  check({ restartPolicy: 'Never', ...twoContainers }, [
    { test: 'waiting', statuses: [], status: 'Pending' },
    {
      test: 'all running with restart never',
      statuses: [runningState('containerA'), runningState('containerB')],
      status: 'Running',
    },
    {
      test: 'all succeeded with restart never',
      statuses: [succeededState('containerA'), succeededState('containerB')],
      status: 'Succeeded',
    },
    {
      test: 'all failed with restart never',
      statuses: [failedState('containerA'), failedState('containerB')],
      status: 'Failed',
    },
    {
      test: 'mixed state #1 with restart never',
      statuses: [runningState('containerA'), succeededState('containerB')],
      status: 'Running',
    },
    { test: 'mixed state #2 with restart never', statuses: [runningState('containerA')], status: 'Pending' },
    {
      test: 'mixed state #3 with restart never',
      statuses: [runningState('containerA'), waitingState('containerB')],
      status: 'Pending',
    },
  ]);
});

describe('TestPodPhaseWithRestartNeverInitContainers', () => {
  check({ restartPolicy: 'Never', init: [{ name: 'containerX' }], ...twoContainers }, [
    { test: 'empty, waiting', statuses: [], status: 'Pending' },
    { test: 'init container running', statuses: [runningState('containerX')], status: 'Pending' },
    { test: 'init container terminated non-zero', statuses: [failedState('containerX')], status: 'Failed' },
    {
      test: 'init container waiting, terminated zero',
      statuses: [waitingStateWithLastTermination('containerX')],
      status: 'Pending',
    },
    {
      test: 'init container waiting, terminated non-zero',
      statuses: [waitingStateWithNonZeroTermination('containerX')],
      status: 'Failed',
    },
    { test: 'init container waiting, not terminated', statuses: [waitingState('containerX')], status: 'Pending' },
    {
      test: 'init container succeeded',
      statuses: [succeededState('containerX'), runningState('containerA'), runningState('containerB')],
      status: 'Running',
    },
  ]);
});

describe('TestPodPhaseWithRestartNeverRestartableInitContainers', () => {
  check({ restartPolicy: 'Never', init: [{ name: 'containerX', sidecar: true }], ...twoContainers }, [
    { test: 'empty, waiting', statuses: [], podHasInitialized: false, status: 'Pending' },
    {
      test: 'restartable init container running',
      statuses: [runningState('containerX')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'restartable init container stopped',
      statuses: [stoppedState('containerX')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'restartable init container waiting, terminated zero',
      statuses: [waitingStateWithLastTermination('containerX')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'restartable init container waiting, terminated non-zero',
      statuses: [waitingStateWithNonZeroTermination('containerX')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'restartable init container waiting, not terminated',
      statuses: [waitingState('containerX')],
      podHasInitialized: false,
      status: 'Pending',
    },
    {
      test: 'restartable init container started, one main container running',
      statuses: [startedState('containerX'), runningState('containerA')],
      podHasInitialized: true,
      status: 'Pending',
    },
    {
      test: 'restartable init container started, main containers succeeded',
      statuses: [startedState('containerX'), succeededState('containerA'), succeededState('containerB')],
      podHasInitialized: true,
      status: 'Running',
    },
    {
      test: 'restartable init container re-running, main containers succeeded',
      statuses: [runningState('containerX'), succeededState('containerA'), succeededState('containerB')],
      podHasInitialized: true,
      status: 'Running',
    },
    {
      test: 'all containers succeeded',
      statuses: [succeededState('containerX'), succeededState('containerA'), succeededState('containerB')],
      podHasInitialized: true,
      status: 'Succeeded',
    },
    {
      test: 'restartable init container terminated non-zero, main containers succeeded',
      statuses: [failedState('containerX'), succeededState('containerA'), succeededState('containerB')],
      podHasInitialized: true,
      status: 'Succeeded',
    },
    {
      test: 'backoff crashloop restartable init container, main containers succeeded',
      statuses: [waitingStateWithLastTermination('containerX'), succeededState('containerA'), succeededState('containerB')],
      podHasInitialized: true,
      status: 'Succeeded',
    },
    {
      test: 'backoff crashloop with non-zero restartable init container, main containers succeeded',
      statuses: [
        waitingStateWithNonZeroTermination('containerX'),
        succeededState('containerA'),
        succeededState('containerB'),
      ],
      podHasInitialized: true,
      status: 'Succeeded',
    },
  ]);
});

describe('TestPodPhaseWithRestartOnFailure', () => {
  check({ restartPolicy: 'OnFailure', ...twoContainers }, [
    { test: 'waiting', statuses: [], status: 'Pending' },
    {
      test: 'all running with restart onfailure',
      statuses: [runningState('containerA'), runningState('containerB')],
      status: 'Running',
    },
    {
      test: 'all succeeded with restart onfailure',
      statuses: [succeededState('containerA'), succeededState('containerB')],
      status: 'Succeeded',
    },
    {
      // (sic: the upstream case name says "never"; the pod is OnFailure)
      test: 'all failed with restart never',
      statuses: [failedState('containerA'), failedState('containerB')],
      status: 'Running',
    },
    {
      test: 'mixed state #1 with restart onfailure',
      statuses: [runningState('containerA'), succeededState('containerB')],
      status: 'Running',
    },
    { test: 'mixed state #2 with restart onfailure', statuses: [runningState('containerA')], status: 'Pending' },
    {
      test: 'mixed state #3 with restart onfailure',
      statuses: [runningState('containerA'), waitingState('containerB')],
      status: 'Pending',
    },
    {
      test: 'backoff crashloop container with restart onfailure',
      statuses: [runningState('containerA'), waitingStateWithLastTermination('containerB')],
      status: 'Running',
    },
  ]);
});

describe('podHasInitialized, derived from the snapshot', () => {
  // Upstream passes kubecontainer.HasAnyActiveRegularContainerStarted; podPhase derives it:
  // a regular container runs, has exited, or waits to restart after exiting. It matches
  // every upstream case except the two that simulate a re-created sandbox (old statuses,
  // new sandbox), which a snapshot cannot express.
  const spec: Spec = { restartPolicy: 'Always', init: [{ name: 'containerX', sidecar: true }], ...twoContainers };
  it('is false before any regular container ran, true after', () => {
    expect(hasAnyRegularContainerStarted(pod(spec, [runningState('containerX')]))).toBe(false);
    expect(hasAnyRegularContainerStarted(pod(spec, [runningState('containerX'), runningState('containerA')]))).toBe(true);
    expect(hasAnyRegularContainerStarted(pod(spec, [waitingStateWithLastTermination('containerA')]))).toBe(true);
    expect(hasAnyRegularContainerStarted(pod(spec, [waitingState('containerA')]))).toBe(false);
  });
  it('podPhase uses the derived value', () => {
    const p = pod(spec, [runningState('containerX'), runningState('containerA'), runningState('containerB')]);
    expect(podPhase(p)).toBe('Running');
    expect(decidePhase(p, { podHasInitialized: false }).phase).toBe('Pending');
  });
});

describe('which getPhase branch decided', () => {
  it('names the return statement', () => {
    const base: Spec = { restartPolicy: 'Never', init: [{ name: 'x' }], containers: ['a'] };
    expect(decidePhase(pod(base, [failedState('x')])).branch).toBe('initFailedNever');
    expect(decidePhase(pod(base, [runningState('x')])).branch).toBe('pendingInitialization');
    expect(decidePhase(pod(base, [succeededState('x'), waitingState('a')])).branch).toBe('waiting');
    expect(decidePhase(pod(base, [succeededState('x'), runningState('a')])).branch).toBe('running');
    expect(decidePhase(pod(base, [succeededState('x'), succeededState('a')])).branch).toBe('allSucceeded');
    expect(decidePhase(pod(base, [succeededState('x'), failedState('a')])).branch).toBe('neverFailed');
    expect(decidePhase(pod(base, [succeededState('x'), failedState('a')], true)).branch).toBe('terminalFailed');
    expect(decidePhase(pod(base, [succeededState('x'), succeededState('a')], true)).branch).toBe('terminalSucceeded');
    expect(decidePhase(pod({ ...base, restartPolicy: 'Always' }, [succeededState('x'), failedState('a')])).branch).toBe('restartAlways');
    expect(decidePhase(pod({ ...base, restartPolicy: 'OnFailure' }, [succeededState('x'), failedState('a')])).branch).toBe(
      'onFailureRestarting',
    );
    expect(decidePhase(pod({ ...base, init: [] }, [])).branch).toBe('default');
  });
  it('never throws on odd input', () => {
    expect(podPhase({ restartPolicy: 'Always', containers: [] })).toBe('Pending');
    expect(podPhase({ restartPolicy: 'Always', containers: undefined as unknown as ContainerSnapshot[] })).toBe('Pending');
  });
});
