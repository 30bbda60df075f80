import { describe, expect, it } from 'vitest';
import type { PodEvent } from '../model.ts';
import { playScript, readout, SCENARIOS } from '../model.ts';
import { kubectlGetPods, table } from './format.ts';
import { appendEvent, initialState, parseState, replay } from './state.ts';

describe('view state', () => {
  it('starts a preset from its scenario, unknown presets from the default pod', () => {
    expect(initialState('crash-loop').scenario).toEqual({ id: 'crash-loop', step: 0 });
    expect(initialState('nope').scenario).toBeNull();
  });

  it('parses what it saves, and rejects or cleans up junk', () => {
    const s = { ...initialState('init-waiting'), events: [{ type: 'SCHEDULE' }, { type: 'TICK', seconds: 5 }] as PodEvent[] };
    expect(parseState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(parseState(null)).toBeUndefined();
    expect(parseState({ spec: { restartPolicy: 'Sometimes', containers: [{}] } })).toBeUndefined();
    expect(parseState({ spec: { restartPolicy: 'Never', containers: [] } })).toBeUndefined();
    const p = parseState({
      spec: { restartPolicy: 'Never', containers: [{ name: 'x', probes: { liveness: { periodSeconds: 'x' } } }] },
      events: [{ type: 'BOOM' }, { type: 'APP_EXIT' }, { type: 'APP_EXIT', exitCode: 3 }, 7],
      scenario: { id: 'crash-loop', step: 999 },
    });
    expect(p?.events).toEqual([{ type: 'APP_EXIT', exitCode: 3 }]);
    expect(p?.scenario).toBeNull();
  });

  it('merges consecutive ticks', () => {
    let evs: PodEvent[] = [{ type: 'SCHEDULE' }];
    evs = appendEvent(evs, { type: 'TICK', seconds: 1 });
    evs = appendEvent(evs, { type: 'TICK', seconds: 10 });
    expect(evs).toEqual([{ type: 'SCHEDULE' }, { type: 'TICK', seconds: 11 }]);
  });

  it('replays incrementally to the same read-outs as a fresh replay', () => {
    for (const sc of SCENARIOS) {
      let evs: PodEvent[] = [];
      for (const ev of sc.events) {
        evs = appendEvent(evs, ev);
        replay(sc.spec, evs);
      }
      const inc = readout(replay(sc.spec, evs).context.sim);
      const fresh = readout(playScript(sc.spec, evs).context.sim);
      expect({ id: sc.id, phase: inc.phase, kubectl: inc.kubectl, timeline: inc.timeline }).toEqual({
        id: sc.id,
        phase: fresh.phase,
        kubectl: fresh.kubectl,
        timeline: fresh.timeline,
      });
      expect(inc.phase).toBe(sc.expect.phase);
      expect(inc.kubectl.status).toBe(sc.expect.status);
    }
  });
});

describe('kubectl text', () => {
  it('lays columns out like kubectl (3 spaces after the widest cell)', () => {
    expect(table([['NAME', 'READY'], ['web', '0/1']])).toBe('NAME   READY\nweb    0/1');
  });

  it('prints RESTARTS with the time since the last restart', () => {
    const sc = SCENARIOS.find((s) => s.id === 'crash-loop')!;
    const ctx = playScript(sc.spec, sc.events).context.sim;
    const lines = kubectlGetPods(readout(ctx), ctx).split('\n');
    expect(lines[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(lines[1]).toMatch(/^web\s+0\/1\s+CrashLoopBackOff\s+1 \(\d+s ago\)\s+\d+s$/);
  });
});
