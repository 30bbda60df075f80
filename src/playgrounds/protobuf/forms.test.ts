import { describe, expect, test } from 'vitest';
import { PRESETS, encode, encodeForms } from './model.ts';

describe('encodeForms: the bytes behind the reported sizes', () => {
  test.each(PRESETS.map((p) => [p.id, p] as const))('%s: JSON, MessagePack and BSON lengths match sizes', (_id, p) => {
    const enc = encode(p);
    const forms = encodeForms(p);
    if (!enc.ok || !forms.ok) throw new Error('preset failed');
    expect(forms.json.length).toBe(enc.sizes.json);
    expect(forms.msgpack?.length ?? -1).toBe(enc.sizes.msgpack);
    expect(forms.bson?.length ?? -1).toBe(enc.sizes.bson);
  });

  test('errors come back as values, like encode', () => {
    expect(encodeForms({ schema: 'message {', json: '{}' })).toMatchObject({ ok: false, error: { source: 'schema' } });
    expect(encodeForms({ schema: 'syntax = "proto3"; message A { int32 a = 1; }', json: '{"b":1}' })).toMatchObject({
      ok: false,
      error: { source: 'json', path: 'b' },
    });
    expect(encodeForms(null as unknown as { schema: string; json: string })).toMatchObject({ ok: false });
  });
});
