import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { PodEvent, PodMachineSnapshot, PodSpec } from './model.ts';
import {
  SCENARIOS,
  applyEvent,
  initialContext,
  kubectlStatus,
  normalizeSpec,
  playScript,
  podLifecycleMachine,
  podPhase,
  readout,
  runScript,
  sendEvent,
  stageOfSnapshot,
} from './model.ts';

const SCHEDULE: PodEvent = { type: 'SCHEDULE' };
const PULL: PodEvent = { type: 'IMAGE_PULL_OK' };
const tick = (seconds = 1): PodEvent => ({ type: 'TICK', seconds });

function ro(s: PodMachineSnapshot) {
  return readout(s.context.sim);
}

describe('scripted scenarios reproduce what a cluster shows', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', (_id, sc) => {
    const s = playScript(sc.spec, sc.events);
    const r = ro(s);
    expect(s.context.sim.lastResult?.ok).toBe(true);
    expect(r.phase).toBe(sc.expect.phase);
    expect(r.kubectl.status).toBe(sc.expect.status);
    if (sc.expect.ready !== undefined) expect(r.kubectl.ready).toBe(sc.expect.ready);
    if (sc.expect.restarts !== undefined) expect(r.kubectl.restarts).toBe(sc.expect.restarts);
    // the three read-outs come from one snapshot
    expect(podPhase(r.snapshot)).toBe(r.phase);
    expect(kubectlStatus(r.snapshot)).toEqual(r.kubectl);
  });
  it('every scenario event is accepted along the way', () => {
    for (const sc of SCENARIOS) {
      let s = playScript(sc.spec, []);
      for (const e of sc.events) {
        s = sendEvent(s, e);
        expect(s.context.sim.lastResult, `${sc.id}: ${JSON.stringify(e)}`).toMatchObject({ ok: true });
      }
    }
  });
});

describe('the XState machine', () => {
  it('runs as an actor too', () => {
    const actor = createActor(podLifecycleMachine, { input: { restartPolicy: 'Never', containers: [{ name: 'job' }] } });
    actor.start();
    for (const e of [SCHEDULE, PULL, tick(3), { type: 'APP_EXIT', exitCode: 0 } as PodEvent, tick()]) actor.send(e);
    const s = actor.getSnapshot();
    expect(stageOfSnapshot(s)).toBe('completed');
    expect(ro(s).kubectl.status).toBe('Completed');
    actor.stop();
  });
  it('walks unscheduled → active → terminating → deleted', () => {
    let s = playScript({ restartPolicy: 'Always', containers: [{ name: 'app' }] }, []);
    expect(stageOfSnapshot(s)).toBe('unscheduled');
    s = sendEvent(s, SCHEDULE);
    expect(stageOfSnapshot(s)).toBe('active');
    s = sendEvent(s, PULL);
    s = sendEvent(s, { type: 'DELETE' });
    expect(stageOfSnapshot(s)).toBe('terminating');
    expect(ro(s).kubectl.status).toBe('Terminating');
    s = sendEvent(s, tick(2)); // graceful: exits 1 s after SIGTERM, then the final status, then removal
    s = sendEvent(s, tick());
    expect(stageOfSnapshot(s)).toBe('deleted');
    expect(ro(s).gone).toBe(true);
  });
  it('refuses impossible events with a reason, as a value, and changes nothing else', () => {
    const s0 = playScript({ restartPolicy: 'Always', containers: [{ name: 'app' }] }, []);
    const s1 = sendEvent(s0, { type: 'APP_EXIT', exitCode: 1 });
    expect(s1.context.sim.lastResult).toMatchObject({ ok: false, code: 'not-scheduled' });
    expect({ ...s1.context.sim, lastResult: undefined }).toEqual({ ...s0.context.sim, lastResult: undefined });
    const s2 = sendEvent(sendEvent(s0, SCHEDULE), SCHEDULE);
    expect(s2.context.sim.lastResult).toMatchObject({ ok: false, code: 'already-scheduled' });
    const s3 = sendEvent(sendEvent(s0, SCHEDULE), { type: 'INIT_EXIT', exitCode: 0 });
    expect(s3.context.sim.lastResult).toMatchObject({ ok: false, code: 'not-running' });
    const s4 = sendEvent(s0, { type: 'TICK', seconds: 0 });
    expect(s4.context.sim.lastResult).toMatchObject({ ok: false, code: 'invalid-seconds' });
    const s5 = sendEvent(sendEvent(sendEvent(s0, SCHEDULE), PULL), { type: 'APP_EXIT', exitCode: 300 });
    expect(s5.context.sim.lastResult).toMatchObject({ ok: false, code: 'invalid-exit-code' });
    const s6 = sendEvent(sendEvent(sendEvent(s0, SCHEDULE), PULL), { type: 'LIVENESS_FAIL' });
    expect(s6.context.sim.lastResult).toMatchObject({ ok: false, code: 'no-probe' });
    const s7 = sendEvent(sendEvent(s0, { type: 'DELETE' }), tick());
    expect(s7.context.sim.lastResult).toMatchObject({ ok: false, code: 'gone' });
    const s8 = sendEvent(s0, { type: 'NOPE' } as unknown as PodEvent);
    expect(s8.context.sim.lastResult).toMatchObject({ ok: false, code: 'unknown-event' });
  });
  it('pure reducer and machine agree', () => {
    for (const sc of SCENARIOS) {
      const viaMachine = playScript(sc.spec, sc.events).context.sim;
      const viaReducer = runScript(initialContext(sc.spec), sc.events);
      expect(viaMachine).toEqual(viaReducer);
    }
  });
});

describe('init containers and sidecars', () => {
  const spec: PodSpec = {
    restartPolicy: 'Always',
    initContainers: [{ name: 'migrate' }, { name: 'proxy', restartPolicy: 'Always' }, { name: 'seed' }],
    containers: [{ name: 'app' }, { name: 'worker' }],
  };
  it('Init:0/3 → Init:1/3 → Init:2/3 → PodInitializing → Running, one init container per sync', () => {
    const seen: string[] = [];
    let s = playScript(spec, []);
    const step = (e: PodEvent) => {
      s = sendEvent(s, e);
      expect(s.context.sim.lastResult, JSON.stringify(e)).toMatchObject({ ok: true });
      const k = ro(s).kubectl;
      if (seen[seen.length - 1] !== k.status) seen.push(k.status);
    };
    for (const e of [SCHEDULE, PULL, { type: 'INIT_EXIT', exitCode: 0 } as PodEvent, tick(), PULL, tick(), PULL, { type: 'INIT_EXIT', exitCode: 0 } as PodEvent, tick()]) step(e);
    expect(ro(s).snapshot.conditions?.find((c) => c.type === 'Initialized')?.status).toBe('True');
    step(PULL);
    expect(seen).toEqual(['Init:0/3', 'Init:1/3', 'Init:2/3', 'PodInitializing', 'Running']);
    expect(ro(s).kubectl.ready).toBe('3/3');
  });
  it('a crashing sidecar is restarted whatever the pod restartPolicy', () => {
    const never: PodSpec = { restartPolicy: 'Never', initContainers: [{ name: 'proxy', restartPolicy: 'Always' }], containers: [{ name: 'job' }] };
    let s = playScript(never, [SCHEDULE, PULL, tick(), PULL, tick(5), { type: 'APP_EXIT', container: 'proxy', exitCode: 1 }, tick()]);
    expect(s.context.sim.init[0]?.restartCount).toBe(1);
    expect(s.context.sim.init[0]?.status).toBe('running');
    s = sendEvent(s, { type: 'APP_EXIT', container: 'job', exitCode: 1 });
    s = sendEvent(s, tick(5));
    expect(ro(s).phase).toBe('Failed');
    expect(s.context.sim.apps[0]?.restartCount).toBe(0);
  });
  it('sidecars stop last, in reverse order, after the app containers', () => {
    const two: PodSpec = {
      restartPolicy: 'Always',
      initContainers: [
        { name: 'mesh', restartPolicy: 'Always', shutdownSeconds: 2 },
        { name: 'logs', restartPolicy: 'Always', shutdownSeconds: 2 },
      ],
      containers: [{ name: 'app', preStopSeconds: 3, shutdownSeconds: 2 }],
    };
    let s = playScript(two, [SCHEDULE, PULL, tick(), PULL, tick(), PULL, tick(10), { type: 'DELETE' }]);
    for (let i = 0; i < 40 && !s.context.sim.gone; i++) s = sendEvent(s, tick());
    const t = s.context.sim.timeline;
    const sigterms = t.filter((e) => e.kind === 'signal' && e.signal === 'SIGTERM').map((e) => ('container' in e ? `${e.container}@${e.at}` : ''));
    const del = t.find((e) => e.kind === 'deletion')?.at ?? -1;
    expect(sigterms).toEqual([`app@${del + 3}`, `logs@${del + 5}`, `mesh@${del + 7}`]);
    expect(t.find((e) => e.kind === 'preStop')).toMatchObject({ container: 'app', until: del + 3 });
    expect(t.some((e) => e.kind === 'signal' && e.signal === 'SIGKILL')).toBe(false);
    expect(s.context.sim.gone).toBe(true);
  });
  it('SIGKILL after the 30 s grace period when PID 1 ignores SIGTERM', () => {
    let s = playScript({ restartPolicy: 'Always', containers: [{ name: 'app', onSigterm: 'ignore' }] }, [SCHEDULE, PULL, tick(5), { type: 'DELETE' }]);
    s = sendEvent(s, tick(29));
    expect(ro(s).kubectl.status).toBe('Terminating');
    s = sendEvent(s, tick());
    const kill = s.context.sim.timeline.find((e) => e.kind === 'signal' && e.signal === 'SIGKILL');
    expect(kill?.at).toBe(35);
    expect(ro(s).containers[0]?.status).toMatchObject({ state: 'terminated', exitCode: 137, reason: 'Error' });
    expect(ro(s).phase).toBe('Failed');
  });
});

describe('probes', () => {
  it('liveness: N failures at the probe period, then the kubelet restarts the container', () => {
    const spec: PodSpec = { restartPolicy: 'Always', containers: [{ name: 'app', probes: { liveness: { periodSeconds: 10, failureThreshold: 3 } } }] };
    let s = playScript(spec, [SCHEDULE, PULL, tick(5), { type: 'LIVENESS_FAIL' }]);
    s = sendEvent(s, tick(30));
    const probes = s.context.sim.timeline.filter((e) => e.kind === 'probe' && e.probe === 'liveness' && !e.ok).map((e) => e.at);
    expect(probes).toEqual([11, 21, 31]);
    expect(s.context.sim.events.find((e) => e.reason === 'Killing')?.message).toBe('Container app failed liveness probe, will be restarted');
    s = sendEvent(s, tick(2));
    expect(ro(s).kubectl).toEqual({ ready: '1/1', status: 'Running', restarts: 1 });
    expect(s.context.sim.events.find((e) => e.reason === 'Unhealthy')?.count).toBe(3);
  });
  it('liveness under restartPolicy Never: killed, not restarted', () => {
    const spec: PodSpec = { restartPolicy: 'Never', containers: [{ name: 'app', probes: { liveness: { periodSeconds: 5 } } }] };
    const s = playScript(spec, [SCHEDULE, PULL, { type: 'LIVENESS_FAIL' }, tick(30)]);
    expect(ro(s).phase).toBe('Succeeded'); // graceful shutdown: exit 0
    expect(s.context.sim.apps[0]?.restartCount).toBe(0);
    expect(s.context.sim.events.find((e) => e.reason === 'Killing')?.message).toBe('Container app failed liveness probe');
  });
  it('readiness flips READY without touching STATUS', () => {
    const spec: PodSpec = { restartPolicy: 'Always', containers: [{ name: 'app', probes: { readiness: { periodSeconds: 5, failureThreshold: 2 } } }] };
    let s = playScript(spec, [SCHEDULE, PULL, tick()]);
    expect(ro(s).kubectl).toEqual({ ready: '1/1', status: 'Running', restarts: 0 });
    s = playScript(spec, [SCHEDULE, PULL, tick(), { type: 'READINESS_FLIP' }, tick(10)]);
    expect(ro(s).kubectl).toEqual({ ready: '0/1', status: 'Running', restarts: 0 });
    expect(ro(s).conditions.find((c) => c.type === 'Ready')).toEqual({ type: 'Ready', status: 'False', reason: 'ContainersNotReady' });
    s = sendEvent(s, { type: 'READINESS_FLIP' });
    s = sendEvent(s, tick(5));
    expect(ro(s).kubectl.ready).toBe('1/1');
  });
  it('a sidecar with a startup probe holds back the next init container', () => {
    const spec: PodSpec = {
      restartPolicy: 'Always',
      initContainers: [{ name: 'proxy', restartPolicy: 'Always', bootSeconds: 12, probes: { startup: { periodSeconds: 5, failureThreshold: 10 } } }],
      containers: [{ name: 'app' }],
    };
    let s = playScript(spec, [SCHEDULE, PULL, tick(10)]);
    expect(ro(s).kubectl.status).toBe('Init:0/1');
    expect(ro(s).phase).toBe('Pending');
    s = sendEvent(s, tick(10));
    expect(ro(s).kubectl.status).toBe('PodInitializing');
  });
});

describe('node lost', () => {
  it('statuses freeze; Ready=False after 50 s; evicted after 300 s more; kubectl prints Unknown', () => {
    let s = playScript({ restartPolicy: 'Always', containers: [{ name: 'app' }] }, [SCHEDULE, PULL, tick(10), { type: 'NODE_LOST' }]);
    expect(stageOfSnapshot(s)).toBe('nodeLost');
    expect(sendEvent(s, { type: 'APP_EXIT', exitCode: 1 }).context.sim.lastResult).toMatchObject({ ok: false, code: 'node-lost' });
    s = sendEvent(s, tick(49));
    expect(ro(s).conditions.find((c) => c.type === 'Ready')?.status).toBe('True');
    s = sendEvent(s, tick());
    expect(ro(s).conditions.find((c) => c.type === 'Ready')?.status).toBe('False');
    expect(ro(s).kubectl.status).toBe('Running');
    s = sendEvent(s, tick(299));
    expect(ro(s).kubectl.status).toBe('Running');
    s = sendEvent(s, tick());
    expect(ro(s).kubectl.status).toBe('Unknown');
    expect(ro(s).phase).toBe('Running'); // the kubelet never reported anything else
    s = sendEvent(s, tick(3600));
    expect(stageOfSnapshot(s)).toBe('nodeLost');
    expect(s.context.sim.gone).toBe(false);
  });
});

describe('spec normalization', () => {
  it('clamps counts, drops probes on regular init containers, dedupes names; never throws', () => {
    const { spec, issues } = normalizeSpec({
      restartPolicy: 'Sometimes' as 'Always',
      initContainers: [{ name: 'a', probes: { liveness: {} } }, { name: 'b' }, { name: 'c' }, { name: 'd' }],
      containers: [{ name: 'a' }, { name: 'x' }, { name: 'y' }, { name: 'z' }],
    });
    expect(spec.restartPolicy).toBe('Always');
    expect(spec.initContainers.map((c) => c.name)).toEqual(['a', 'b', 'c']);
    expect(spec.initContainers[0]?.probes).toEqual({});
    expect(spec.containers.map((c) => c.name)).toEqual(['a-2', 'x', 'y']);
    expect(issues.length).toBeGreaterThanOrEqual(4);
    expect(normalizeSpec(undefined).spec.containers).toHaveLength(1);
    expect(normalizeSpec(null as unknown as PodSpec).spec.containers).toHaveLength(1);
    expect(() => applyEvent(initialContext({ restartPolicy: 'Always', containers: [] }), SCHEDULE)).not.toThrow();
  });
});
