// Model-based check with XState's own graph tools (xstate/graph): shortest event paths
// to every distinct read-out (stage, phase, kubectl line) of a few pods. Every common
// STATUS must be reachable by clicking, and every path replays to the same read-out.

import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { PodEvent, PodMachineSnapshot, PodSpec } from './model.ts';
import { checkEvent, playScript, podLifecycleMachine, readout, stageOfSnapshot } from './model.ts';

const EVENTS: PodEvent[] = [
  { type: 'SCHEDULE' },
  { type: 'UNSCHEDULABLE' },
  { type: 'IMAGE_PULL_OK' },
  { type: 'IMAGE_PULL_FAIL' },
  { type: 'INIT_EXIT', exitCode: 0 },
  { type: 'INIT_EXIT', exitCode: 1 },
  { type: 'APP_EXIT', exitCode: 0 },
  { type: 'APP_EXIT', exitCode: 1 },
  { type: 'OOM_KILL' },
  { type: 'READINESS_FLIP' },
  { type: 'NODE_LOST' },
  { type: 'DELETE' },
  { type: 'TICK', seconds: 1 },
  { type: 'TICK', seconds: 30 },
  { type: 'TICK', seconds: 400 },
];

/** What a learner sees (clock and counters left out, so the graph is finite). */
function view(s: PodMachineSnapshot): string {
  const r = readout(s.context.sim);
  const containers = [...r.initContainers, ...r.containers].map((c) => [
    c.status.state,
    c.status.reason,
    c.status.ready,
    c.status.started,
    Math.min(c.status.restartCount ?? 0, 2),
    c.pull,
    c.stopping?.step,
  ]);
  return JSON.stringify([stageOfSnapshot(s), r.phase, r.kubectl.status, r.kubectl.ready, containers, r.conditions.map((c) => c.status)]);
}

function explore(spec: PodSpec) {
  return getShortestPaths(podLifecycleMachine, {
    input: spec,
    events: EVENTS,
    serializeState: (s) => view(s),
    // refused events change nothing; no need to follow them
    filterEvents: (s, e) => checkEvent(s.context.sim, e) === null,
    limit: 20_000,
  });
}

describe('shortest paths to every read-out (xstate/graph)', () => {
  const specs: PodSpec[] = [
    { restartPolicy: 'Always', containers: [{ name: 'app', probes: { readiness: { periodSeconds: 10 } } }] },
    { restartPolicy: 'Never', initContainers: [{ name: 'migrate' }], containers: [{ name: 'job' }] },
    { restartPolicy: 'OnFailure', containers: [{ name: 'setup' }, { name: 'server' }] },
    { restartPolicy: 'Never', initContainers: [{ name: 'proxy', restartPolicy: 'Always' }], containers: [{ name: 'job' }] },
    { restartPolicy: 'Always', initContainers: [{ name: 'migrate' }], containers: [{ name: 'app' }] },
  ];
  const statuses = new Set<string>();
  const phases = new Set<string>();

  it.each(specs.map((s, i) => [i, s] as const))('spec %i: every path replays to its read-out', (_i, spec) => {
    const paths = explore(spec);
    expect(paths.length).toBeGreaterThan(10);
    for (const p of paths) {
      const events = p.steps.map((st) => st.event).filter((e) => !e.type.startsWith('xstate.'));
      const replayed = playScript(spec, events);
      expect(view(replayed)).toBe(view(p.state));
      const r = readout(p.state.context.sim);
      statuses.add(r.kubectl.status);
      phases.add(r.phase);
    }
  });

  it('every common STATUS and every phase but the deprecated Unknown is reachable by clicking', () => {
    for (const s of [
      'Pending',
      'ContainerCreating',
      'Running',
      'ErrImagePull',
      'ImagePullBackOff',
      'CrashLoopBackOff',
      'Completed',
      'Error',
      'OOMKilled',
      'Terminating',
      'Unknown',
      'Init:0/1',
      'Init:Error',
      'Init:CrashLoopBackOff',
      'Init:ImagePullBackOff',
      'PodInitializing',
      'NotReady',
    ]) {
      expect(statuses, s).toContain(s);
    }
    expect([...phases].sort()).toEqual(['Failed', 'Pending', 'Running', 'Succeeded']);
  });
});
