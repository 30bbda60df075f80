import { describe, expect, it } from 'vitest';
import type { PodMachineSnapshot } from './model.ts';
import {
  BACKOFF_RESET_AFTER_SECONDS,
  backoffNext,
  backoffResets,
  crashLoopDelay,
  isInBackOffSince,
  playScript,
  readout,
  sendEvent,
} from './model.ts';

describe('crashLoopDelay', () => {
  it('is 10 s doubling, capped at 300 s (kubelet backOff: initial 10s, max 300s)', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(crashLoopDelay)).toEqual([10, 20, 40, 80, 160, 300, 300]);
  });
  it('is 0 before the first restart: the first restart is not backed off (doBackOff has no entry yet)', () => {
    expect(crashLoopDelay(0)).toBe(0);
  });
  it('never throws and stays in range', () => {
    for (const n of [-1, Number.NaN, 0.5, 1.9, 33, 1e9, Number.POSITIVE_INFINITY]) {
      const d = crashLoopDelay(n);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(300);
    }
    expect(crashLoopDelay(1e9)).toBe(300);
    expect(crashLoopDelay(1.9)).toBe(10);
  });
});

describe('flowcontrol.Backoff as the kubelet uses it', () => {
  it('Next doubles up to the cap', () => {
    let e = backoffNext(undefined, 0, 0);
    const seen = [e.backoff];
    for (let t = 1; t < 8; t++) {
      e = backoffNext(e, t, t);
      seen.push(e.backoff);
    }
    expect(seen).toEqual([10, 20, 40, 80, 160, 300, 300, 300]);
  });
  it('an entry untouched for more than 2 × 300 s starts over at 10 s', () => {
    const e = { backoff: 300, lastUpdate: 100 };
    expect(backoffNext(e, 100 + BACKOFF_RESET_AFTER_SECONDS, 1000).backoff).toBe(300);
    expect(backoffNext(e, 101 + BACKOFF_RESET_AFTER_SECONDS, 1000).backoff).toBe(10);
    expect(isInBackOffSince(e, 101 + BACKOFF_RESET_AFTER_SECONDS, 102 + BACKOFF_RESET_AFTER_SECONDS)).toBe(false);
  });
  it('backoffResets: ten minutes of running', () => {
    expect(backoffResets(600)).toBe(false);
    expect(backoffResets(601)).toBe(true);
    expect(backoffResets(60)).toBe(false);
  });
});

/** Crash the app whenever it runs; return the waits between each exit and the next start. */
function crashLoop(runSeconds: number, crashes: number): { waits: number[]; s: PodMachineSnapshot } {
  let s = playScript({ restartPolicy: 'Always', containers: [{ name: 'app' }] }, [{ type: 'SCHEDULE' }, { type: 'IMAGE_PULL_OK' }]);
  for (let i = 0; i < crashes; i++) {
    s = sendEvent(s, { type: 'TICK', seconds: runSeconds });
    s = sendEvent(s, { type: 'APP_EXIT', exitCode: 1 });
    // wait until the kubelet has started it again
    for (let guard = 0; guard < 400 && s.context.sim.apps[0]?.status !== 'running'; guard++) s = sendEvent(s, { type: 'TICK' });
  }
  const t = s.context.sim.timeline;
  const waits: number[] = [];
  for (const e of t) {
    if (e.kind !== 'start' || e.restartCount === 0) continue;
    const exit = [...t].reverse().find((x) => x.kind === 'exit' && x.at <= e.at);
    if (exit) waits.push(e.at - exit.at);
  }
  return { waits, s };
}

describe('the simulator restarts with the same back-off', () => {
  it('waits ~0 (next sync), then 10, 20, 40, 80, 160, 300, 300 s', () => {
    const { waits, s } = crashLoop(2, 8);
    expect(waits).toEqual([1, 10, 20, 40, 80, 160, 300, 300]);
    expect(readout(s.context.sim).kubectl.restarts).toBe(8);
  });
  it('CrashLoopBackOff shows while it waits, with phase Running', () => {
    let s = playScript({ restartPolicy: 'Always', containers: [{ name: 'app' }] }, [
      { type: 'SCHEDULE' },
      { type: 'IMAGE_PULL_OK' },
      { type: 'APP_EXIT', exitCode: 1 },
      { type: 'TICK' },
      { type: 'APP_EXIT', exitCode: 1 },
      { type: 'TICK' },
    ]);
    const r = readout(s.context.sim);
    expect(r.kubectl.status).toBe('CrashLoopBackOff');
    expect(r.phase).toBe('Running');
    expect(r.containers[0]?.restartAt).toBe(r.now - 1 + 10);
    s = sendEvent(s, { type: 'TICK', seconds: 9 });
    expect(readout(s.context.sim).kubectl.status).toBe('Running');
  });
  it('resets after ten minutes of running', () => {
    const long = crashLoop(601, 4).waits;
    expect(long).toEqual([1, 1, 1, 1]); // every restart is the "first" again
    const short = crashLoop(599, 4).waits;
    expect(short).toEqual([1, 10, 20, 40]);
  });
});
