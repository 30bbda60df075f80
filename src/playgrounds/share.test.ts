import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareHash } from './share.ts';

describe('share hash', () => {
  it('round-trips a state, Chinese text included, through a URL-safe fragment', () => {
    const state = { schema: 'message A { string s = 1; }', json: '{"s":"你好 & = # ?"}', n: [1, 2] };
    const hash = encodeShareHash(state);
    expect(hash.startsWith('#s=')).toBe(true);
    expect(hash.slice(3)).toMatch(/^[A-Za-z0-9+\-$]*$/);
    expect(decodeShareHash(hash)).toEqual({ ok: true, state });
  });

  it('reports a missing or damaged fragment instead of throwing', () => {
    expect(decodeShareHash('')).toEqual({ ok: false, reason: 'absent' });
    expect(decodeShareHash('#section-id')).toEqual({ ok: false, reason: 'absent' });
    expect(decodeShareHash('#s=%%%not-lz')).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeShareHash(encodeShareHash({ a: 1 }).slice(0, 8))).toMatchObject({ ok: false });
  });
});
