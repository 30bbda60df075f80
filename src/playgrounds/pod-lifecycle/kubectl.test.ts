// kubectlStatus against kubectl's own unit tests: the tables of kubernetes/kubernetes
// pkg/printers/internalversion/printers_test.go (TestPrintPod*, TestPrintNonTerminatedPod,
// TestPrintPodList), restated as facts about our PodSnapshot.
//
// Translation notes:
// - RESTARTS: upstream prints "3 (10s ago)" from lastState.finishedAt; we check the count.
// - Upstream statuses with no State at all ({RestartCount: 3}) become `state: 'waiting'`
//   with no reason: printPod treats an empty waiting state and an empty state alike, and a
//   snapshot without `state` means "no status reported".
// - Upstream tables use the placeholder phase "podPhase"; we keep it (kubectl prints
//   whatever phase the API holds).

import { describe, expect, it } from 'vitest';
import type { ContainerSnapshot, Phase, PodSnapshot } from './model.ts';
import { kubectlStatus } from './model.ts';

const PLACEHOLDER = 'podPhase' as Phase;

type Row = [ready: string, status: string, restarts: number];

function row(pod: PodSnapshot): Row {
  const r = kubectlStatus(pod);
  return [r.ready, r.status, r.restarts];
}

const running = (extra: Partial<ContainerSnapshot> = {}): ContainerSnapshot => ({ name: 'c', state: 'running', ...extra });
const noState = (extra: Partial<ContainerSnapshot> = {}): ContainerSnapshot => ({ name: 'c', state: 'waiting', ...extra });

describe('TestPrintPod', () => {
  const cases: { name: string; pod: PodSnapshot; expect: Row }[] = [
    {
      name: 'test1: name, num of containers, restarts, container ready status',
      pod: {
        restartPolicy: 'Always',
        phase: PLACEHOLDER,
        containers: [running({ ready: true, restartCount: 3 }), noState({ restartCount: 3 })],
      },
      expect: ['1/2', 'podPhase', 6],
    },
    {
      name: 'test2: container error overwrites pod phase',
      pod: {
        restartPolicy: 'Always',
        phase: PLACEHOLDER,
        containers: [running({ ready: true, restartCount: 3 }), { name: 'c', state: 'waiting', reason: 'ContainerWaitingReason', restartCount: 3 }],
      },
      expect: ['1/2', 'ContainerWaitingReason', 6],
    },
    {
      name: 'test3: the same with Terminated state, the first container overwrites the rest',
      pod: {
        restartPolicy: 'Always',
        phase: PLACEHOLDER,
        containers: [
          { name: 'c', state: 'waiting', reason: 'ContainerWaitingReason', restartCount: 3 },
          { name: 'd', state: 'terminated', reason: 'ContainerTerminatedReason', restartCount: 3 },
        ],
      },
      expect: ['0/2', 'ContainerWaitingReason', 6],
    },
    {
      name: 'test4: ready is not enough for reporting running',
      pod: {
        restartPolicy: 'Always',
        phase: PLACEHOLDER,
        containers: [running({ ready: true, restartCount: 3 }), noState({ ready: true, restartCount: 3 })],
      },
      expect: ['1/2', 'podPhase', 6],
    },
    {
      name: 'test5: ready is not enough for reporting running (pod reason)',
      pod: {
        restartPolicy: 'Always',
        phase: PLACEHOLDER,
        reason: 'podReason',
        containers: [running({ ready: true, restartCount: 3 }), noState({ ready: true, restartCount: 3 })],
      },
      expect: ['1/2', 'podReason', 6],
    },
    {
      name: 'test6: 2 containers, one running and the other completed, w/o ready condition',
      pod: {
        restartPolicy: 'Always',
        phase: 'Running',
        containers: [
          { name: 'c', state: 'terminated', reason: 'Completed', exitCode: 0, ready: true, restartCount: 3 },
          running({ ready: true, restartCount: 3 }),
        ],
      },
      expect: ['1/2', 'NotReady', 6],
    },
    {
      name: 'test6: 2 containers, one running and the other completed, with ready condition',
      pod: {
        restartPolicy: 'Always',
        phase: 'Running',
        containers: [
          { name: 'c', state: 'terminated', reason: 'Completed', exitCode: 0, ready: true, restartCount: 3 },
          running({ ready: true, restartCount: 3 }),
        ],
        conditions: [{ type: 'Ready', status: 'True' }],
      },
      expect: ['1/2', 'Running', 6],
    },
    {
      name: 'test7: 1 init container restarting and 1 container not running',
      pod: {
        restartPolicy: 'Always',
        phase: PLACEHOLDER,
        initContainers: [{ name: 'i', state: 'running', ready: false, restartCount: 3, lastTerminated: { exitCode: 0 } }],
        containers: [noState({ ready: false, restartCount: 0 })],
      },
      expect: ['0/1', 'Init:0/1', 3],
    },
    {
      name: 'test8: 2 init containers, one restarting and the other not running, and 1 container not running',
      pod: {
        restartPolicy: 'Always',
        phase: PLACEHOLDER,
        initContainers: [
          { name: 'i', state: 'running', ready: false, restartCount: 3, lastTerminated: { exitCode: 0 } },
          { name: 'j', state: 'waiting', ready: false },
        ],
        containers: [noState({ ready: false })],
      },
      expect: ['0/1', 'Init:0/2', 3],
    },
    {
      name: 'test9: 2 init containers, one completed without restarts and the other restarting, and 1 container not running',
      pod: {
        restartPolicy: 'Always',
        phase: PLACEHOLDER,
        initContainers: [
          { name: 'i', state: 'terminated', ready: false },
          { name: 'j', state: 'running', ready: false, restartCount: 3, lastTerminated: { exitCode: 0 } },
        ],
        containers: [noState({ ready: false })],
      },
      expect: ['0/1', 'Init:1/2', 3],
    },
    {
      name: 'test10: 2 init containers, one completed with restarts and the other restarting, and 1 container not running',
      pod: {
        restartPolicy: 'Always',
        phase: PLACEHOLDER,
        initContainers: [
          { name: 'i', state: 'terminated', ready: false, restartCount: 2, lastTerminated: { exitCode: 0 } },
          { name: 'j', state: 'running', ready: false, restartCount: 3, lastTerminated: { exitCode: 0 } },
        ],
        containers: [noState({ ready: false })],
      },
      expect: ['0/1', 'Init:1/2', 5],
    },
    {
      name: 'test11: 1 init container completed with restarts and one container restarting',
      pod: {
        restartPolicy: 'Always',
        phase: 'Running',
        initContainers: [{ name: 'i', state: 'terminated', ready: false, restartCount: 2, lastTerminated: { exitCode: 0 } }],
        containers: [running({ ready: false, restartCount: 4, lastTerminated: { exitCode: 0 } })],
      },
      expect: ['0/1', 'Running', 4],
    },
    {
      name: 'test12: 1 container that restarted 5d ago',
      pod: {
        restartPolicy: 'Always',
        phase: 'Running',
        containers: [running({ ready: true, restartCount: 3, lastTerminated: { exitCode: 0 } })],
      },
      expect: ['1/1', 'Running', 3],
    },
    {
      name: 'test13: 2 containers, one has never restarted and the other has restarted 10d ago',
      pod: {
        restartPolicy: 'Always',
        phase: 'Running',
        containers: [running({ ready: true, restartCount: 0 }), running({ ready: true, restartCount: 3, lastTerminated: { exitCode: 0 } })],
      },
      expect: ['2/2', 'Running', 3],
    },
    {
      name: 'test14: 2 containers, one restarted 5d ago and the other restarted 20d ago',
      pod: {
        restartPolicy: 'Always',
        phase: 'Running',
        containers: [
          running({ ready: true, restartCount: 6, lastTerminated: { exitCode: 0 } }),
          running({ ready: true, restartCount: 3, lastTerminated: { exitCode: 0 } }),
        ],
      },
      expect: ['2/2', 'Running', 9],
    },
    {
      name: 'test15: PodScheduled condition with reason SchedulingGated',
      pod: {
        restartPolicy: 'Always',
        phase: PLACEHOLDER,
        containers: [{ name: 'a' }, { name: 'b' }],
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
      },
      expect: ['0/2', 'SchedulingGated', 0],
    },
    {
      name: 'test16: pod condition succeed',
      pod: {
        restartPolicy: 'Always',
        phase: 'Succeeded',
        containers: [{ name: 'c', state: 'terminated', reason: 'Completed', exitCode: 0, ready: false, restartCount: 0 }],
      },
      expect: ['0/1', 'Completed', 0],
    },
    {
      name: 'test17: pod condition failed',
      pod: {
        restartPolicy: 'Always',
        phase: 'Failed',
        containers: [{ name: 'c', state: 'terminated', reason: 'Error', exitCode: 1, ready: false, restartCount: 0 }],
      },
      expect: ['0/1', 'Error', 0],
    },
    {
      name: 'test18: pod condition succeed with deletion',
      pod: {
        restartPolicy: 'Always',
        phase: 'Succeeded',
        deleting: true,
        containers: [{ name: 'c', state: 'terminated', reason: 'Completed', exitCode: 0, ready: false, restartCount: 0 }],
      },
      expect: ['0/1', 'Completed', 0],
    },
    {
      name: 'test19: pod condition running with deletion',
      pod: {
        restartPolicy: 'Always',
        phase: 'Running',
        deleting: true,
        containers: [running({ ready: false, restartCount: 0 })],
      },
      expect: ['0/1', 'Terminating', 0],
    },
    {
      name: 'test20: pod condition pending with deletion',
      pod: { restartPolicy: 'Always', phase: 'Pending', deleting: true, containers: [{ name: 'c' }] },
      expect: ['0/1', 'Terminating', 0],
    },
  ];
  it.each(cases)('$name', (c) => {
    expect(row(c.pod)).toEqual(c.expect);
  });
});

describe('TestPrintPodWithRestartableInitContainer', () => {
  const sidecar = (s: Omit<ContainerSnapshot, 'restartPolicy'>): ContainerSnapshot => ({ ...s, restartPolicy: 'Always' });
  const cases: { name: string; pod: PodSnapshot; expect: Row }[] = [
    {
      name: 'test1: 2 restartable init containers, the first one running but not started',
      pod: {
        restartPolicy: 'Always',
        phase: 'Pending',
        initContainers: [
          sidecar({ name: 'restartable-init-1', state: 'running', ready: false, restartCount: 3, started: false, lastTerminated: { exitCode: 0 } }),
          sidecar({ name: 'restartable-init-2', state: 'waiting', ready: false, started: false }),
        ],
        containers: [{ name: 'c', state: 'waiting', ready: false, restartCount: 0 }],
        conditions: [{ type: 'Initialized', status: 'False' }],
      },
      expect: ['0/3', 'Init:0/2', 3],
    },
    {
      name: 'test1: 2 restartable init containers, the first one started and the second one running but not started',
      pod: {
        restartPolicy: 'Always',
        phase: 'Pending',
        initContainers: [
          sidecar({ name: 'restartable-init-1', state: 'running', ready: false, restartCount: 3, started: true, lastTerminated: { exitCode: 0 } }),
          sidecar({ name: 'restartable-init-2', state: 'running', ready: false, started: false }),
        ],
        containers: [{ name: 'c', state: 'waiting', ready: false, restartCount: 0 }],
        conditions: [{ type: 'Initialized', status: 'False' }],
      },
      expect: ['0/3', 'Init:1/2', 3],
    },
    {
      name: 'test2: 2 restartable init containers started and 1 container running',
      pod: {
        restartPolicy: 'Always',
        phase: 'Running',
        initContainers: [
          sidecar({ name: 'restartable-init-1', state: 'running', ready: false, restartCount: 3, started: true, lastTerminated: { exitCode: 0 } }),
          sidecar({ name: 'restartable-init-2', state: 'running', ready: false, started: true }),
        ],
        containers: [running({ ready: true, restartCount: 4, lastTerminated: { exitCode: 0 } })],
        conditions: [{ type: 'Initialized', status: 'True' }],
      },
      expect: ['1/3', 'Running', 7],
    },
    {
      name: 'test3: 2 restartable init containers completed with non-zero and 1 container completed',
      pod: {
        restartPolicy: 'Always',
        phase: 'Succeeded',
        initContainers: [
          sidecar({ name: 'restartable-init-1', state: 'terminated', reason: 'Error', exitCode: 137, ready: false, restartCount: 3, started: false, lastTerminated: { exitCode: 0 } }),
          sidecar({ name: 'restartable-init-2', state: 'terminated', reason: 'Error', exitCode: 137, ready: false, started: false }),
        ],
        containers: [{ name: 'c', state: 'terminated', reason: 'Completed', exitCode: 0, ready: false, restartCount: 4, lastTerminated: { exitCode: 0 } }],
        conditions: [{ type: 'Initialized', status: 'True' }],
      },
      expect: ['0/3', 'Completed', 7],
    },
    {
      // Upstream also lists statuses for containers that are not in the spec
      // ("initinvalid", "containerinvalid"); a snapshot pairs spec and status, so only
      // the real containers remain. Their empty states become empty waiting states.
      name: 'test4: container statuses for non-existent initContainers and containers',
      pod: {
        restartPolicy: 'Always',
        phase: 'Running',
        initContainers: [{ name: 'init1', state: 'waiting' }, sidecar({ name: 'sidecar1', state: 'waiting' })],
        containers: [{ name: 'container1', state: 'waiting' }],
      },
      expect: ['0/2', 'Init:0/2', 0],
    },
  ];
  it.each(cases)('$name', (c) => {
    expect(row(c.pod)).toEqual(c.expect);
  });
});

describe('TestPrintPodwide (READY, STATUS, RESTARTS columns)', () => {
  it('NodeName and PodIP set', () => {
    expect(
      row({ restartPolicy: 'Always', phase: PLACEHOLDER, containers: [running({ ready: true, restartCount: 3 }), noState({ restartCount: 3 })] }),
    ).toEqual(['1/2', 'podPhase', 6]);
  });
  it('NodeName and PodIP none', () => {
    expect(
      row({
        restartPolicy: 'Always',
        phase: PLACEHOLDER,
        containers: [running({ ready: true, restartCount: 3 }), { name: 'c', state: 'waiting', reason: 'ContainerWaitingReason', restartCount: 3 }],
      }),
    ).toEqual(['1/2', 'ContainerWaitingReason', 6]);
  });
});

describe('TestPrintPodConditions', () => {
  const containers = [running({ ready: true, restartCount: 3 }), noState({ restartCount: 3 })];
  it.each([
    ['Running', ['1/2', 'Running', 6]],
    ['Succeeded', ['1/2', 'Succeeded', 6]],
    ['Failed', ['1/2', 'Failed', 6]],
  ] as [Phase, Row][])('%s pod', (phase, expected) => {
    expect(row({ restartPolicy: 'Always', phase, containers })).toEqual(expected);
  });
});

describe('TestPrintPodList', () => {
  it('prints each pod', () => {
    expect(
      row({ restartPolicy: 'Always', phase: PLACEHOLDER, containers: [running({ ready: true, restartCount: 3 }), running({ ready: true, restartCount: 3 })] }),
    ).toEqual(['2/2', 'podPhase', 6]);
    expect(row({ restartPolicy: 'Always', phase: PLACEHOLDER, containers: [running({ ready: true, restartCount: 1 })] })).toEqual([
      '1/1',
      'podPhase',
      1,
    ]);
  });
});

describe('TestPrintNonTerminatedPod', () => {
  const containers = [running({ ready: true, restartCount: 3 }), noState({ restartCount: 3 })];
  it.each([
    ['Running', ['1/2', 'Running', 6]],
    ['Pending', ['1/2', 'Pending', 6]],
    ['Unknown', ['1/2', 'Unknown', 6]],
    ['Succeeded', ['1/2', 'Succeeded', 6]],
    ['Failed', ['1/2', 'Failed', 6]],
  ] as [Phase, Row][])('phase %s', (phase, expected) => {
    expect(row({ restartPolicy: 'Always', phase, containers })).toEqual(expected);
  });
});

describe('printPod rules without an upstream table case (our own facts)', () => {
  it('NodeLost + deletion prints Unknown, before the terminal-phase check', () => {
    expect(row({ restartPolicy: 'Always', phase: 'Running', reason: 'NodeLost', deleting: true, containers: [running({ ready: true })] })).toEqual([
      '1/1',
      'Unknown',
      0,
    ]);
    expect(row({ restartPolicy: 'Always', phase: 'Succeeded', reason: 'NodeLost', deleting: true, containers: [{ name: 'c', state: 'terminated', reason: 'Completed' }] })[1]).toBe(
      'Unknown',
    );
  });
  it('NodeLost without deletion prints the reason itself', () => {
    expect(row({ restartPolicy: 'Always', phase: 'Running', reason: 'NodeLost', containers: [running({ ready: true })] })[1]).toBe('NodeLost');
  });
  it('Init:ExitCode / Init:Signal / ExitCode / Signal when the runtime gives no reason', () => {
    const init = (s: Partial<ContainerSnapshot>): PodSnapshot => ({
      restartPolicy: 'Always',
      phase: 'Pending',
      initContainers: [{ name: 'i', state: 'terminated', ...s }],
      containers: [{ name: 'c', state: 'waiting', reason: 'PodInitializing' }],
    });
    expect(row(init({ exitCode: 3 }))[1]).toBe('Init:ExitCode:3');
    expect(row(init({ exitCode: 137, signal: 9 }))[1]).toBe('Init:Signal:9');
    expect(row(init({ exitCode: 1, reason: 'Error' }))[1]).toBe('Init:Error');
    expect(row({ restartPolicy: 'Always', phase: 'Running', containers: [{ name: 'c', state: 'terminated', exitCode: 2 }] })[1]).toBe('ExitCode:2');
    expect(row({ restartPolicy: 'Always', phase: 'Running', containers: [{ name: 'c', state: 'terminated', exitCode: 143, signal: 15 }] })[1]).toBe(
      'Signal:15',
    );
  });
  it('Init:<waiting reason>, but not for PodInitializing', () => {
    const p = (reason: string): PodSnapshot => ({
      restartPolicy: 'Always',
      phase: 'Pending',
      initContainers: [{ name: 'a', state: 'terminated', exitCode: 0, reason: 'Completed' }, { name: 'b', state: 'waiting', reason }],
      containers: [{ name: 'c', state: 'waiting', reason: 'PodInitializing' }],
    });
    expect(row(p('CrashLoopBackOff'))[1]).toBe('Init:CrashLoopBackOff');
    expect(row(p('ImagePullBackOff'))[1]).toBe('Init:ImagePullBackOff');
    expect(row(p('PodInitializing'))[1]).toBe('Init:1/2');
  });
  it('after initialization, restarts count sidecars and app containers but not regular init containers', () => {
    expect(
      row({
        restartPolicy: 'Always',
        phase: 'Running',
        initContainers: [
          { name: 'init', state: 'terminated', exitCode: 0, reason: 'Completed', restartCount: 4 },
          { name: 'side', restartPolicy: 'Always', state: 'running', started: true, ready: true, restartCount: 2 },
        ],
        containers: [running({ ready: true, restartCount: 1 })],
        conditions: [{ type: 'Initialized', status: 'True' }],
      }),
    ).toEqual(['2/2', 'Running', 3]);
  });
  it('without a phase in the snapshot, STATUS starts from podPhase', () => {
    expect(row({ restartPolicy: 'Never', containers: [{ name: 'c', state: 'terminated', exitCode: 0 }] })).toEqual(['0/1', 'ExitCode:0', 0]);
    expect(row({ restartPolicy: 'Never', containers: [{ name: 'c' }] })).toEqual(['0/1', 'Pending', 0]);
  });
});
