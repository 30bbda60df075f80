// What the view does on every clock tick: replay the script (incrementally) and derive the read-outs.
import { bench, describe } from 'vitest';
import type { PodEvent } from './model.ts';
import { playScript, readout, SCENARIOS } from './model.ts';
import { appendEvent, replay } from './view/state.ts';

const crash = SCENARIOS.find((s) => s.id === 'crash-loop')!;
// a long crash loop: 40 crashes with back-off waits, about an hour of simulated time
const long: PodEvent[] = [{ type: 'SCHEDULE' }, { type: 'IMAGE_PULL_OK' }];
for (let i = 0; i < 40; i++) long.push({ type: 'TICK', seconds: 5 }, { type: 'APP_EXIT', exitCode: 1 }, { type: 'TICK', seconds: 300 });

describe('pod-lifecycle view', () => {
  bench('fresh replay of a 120-event crash loop + readout', () => {
    readout(playScript(crash.spec, long).context.sim);
  });
  let evs = long;
  bench('one clock tick (incremental replay + readout)', () => {
    evs = appendEvent(evs, { type: 'TICK', seconds: 1 });
    readout(replay(crash.spec, evs).context.sim);
  });
});
