import { describe, expect, it } from 'vitest';
import { PRESETS } from '../model.ts';
import { contextOf, parseDockerState, stateFromPreset } from './state.ts';

describe('docker-layers view state', () => {
  it('round-trips every preset through JSON', () => {
    for (const p of PRESETS) {
      const s = stateFromPreset(p.id);
      expect(parseDockerState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    }
  });

  it('rejects or cleans untrusted data', () => {
    expect(parseDockerState(null)).toBeUndefined();
    expect(parseDockerState({ v: 2, dockerfile: 'FROM a' })).toBeUndefined();
    const s = parseDockerState({ v: 1, dockerfile: 'FROM a', files: [{ path: 'x', size: -5 }, 7, { path: 3 }], changed: [1, 'x'] });
    expect(s?.files).toEqual([{ path: 'x', size: 0 }]);
    expect(s?.changed).toEqual(['x']);
    expect(s?.previous).toBe('FROM a');
  });

  it('puts .dockerignore in the context only when it has text', () => {
    const s = stateFromPreset('go-naive');
    expect(contextOf(s)['.dockerignore']).toBeGreaterThan(0);
    expect(contextOf({ ...s, dockerignore: '  ' })['.dockerignore']).toBeUndefined();
  });
});
