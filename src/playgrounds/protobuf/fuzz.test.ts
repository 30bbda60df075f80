import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PRESETS, decode, decodeRaw, encode, explainField, flattenFields, parseBytesInput, whatIf } from './model.ts';

/** A string with a few random edits: close to valid input is where parsers break. */
const mutated = (base: string): fc.Arbitrary<string> =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        drop: fc.nat({ max: 4 }),
        insert: fc.oneof(
          fc.string({ maxLength: 3 }),
          fc.constantFrom('{', '}', '"', ';', '=', '[', ']', '/*', '//', '\\', '\n', 'message', 'map<', '-', '1e999'),
        ),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) => {
      let s = base;
      for (const e of edits) {
        const at = s.length ? e.at % (s.length + 1) : 0;
        s = s.slice(0, at) + e.insert + s.slice(at + e.drop);
      }
      return s;
    });

const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...'{}[]":,;=<> \n\t0123456789abcmessagetypintrd-.eE/*\\'), maxLength: 120 }),
  fc.constantFrom(...PRESETS.map((p) => p.schema)).chain(mutated),
  fc.constantFrom(...PRESETS.map((p) => p.json)).chain(mutated),
);

describe('never throws', () => {
  test('encode returns a result for 10,000 random strings as schema and JSON', () => {
    fc.assert(
      fc.property(
        anyText,
        anyText,
        fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
        (schema, json, type) => {
          const r = type === undefined ? encode({ schema, json }) : encode({ schema, json, type });
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) {
            expect(['schema', 'json', 'type']).toContain(r.error.source);
            // The facade's catch-all is a backstop; reaching it would mean an unhandled case.
            expect(r.error.message).not.toMatch(/^internal error/);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);

  test('valid schema, random JSON: errors always name a position', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESETS), anyText, (p, json) => {
        const r = encode({ schema: p.schema, type: p.type, json });
        if (!r.ok) {
          expect(r.error.source).toBe('json');
          expect(r.error.line).toBeGreaterThanOrEqual(1);
          expect(r.error.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  test('decode, decodeRaw and explainField return results for random bytes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESETS), fc.uint8Array({ maxLength: 64 }), (p, bytes) => {
        const d = decode({ schema: p.schema, type: p.type, bytes });
        if (!d.ok) expect(d.error.message).not.toMatch(/^internal error/);
        const raw = decodeRaw(bytes);
        if (!raw.ok) expect(raw.error.message).not.toMatch(/^internal error/);
        if (raw.ok) for (const f of flattenFields(raw.fields)) explainField(f, bytes);
        if (d.ok) for (const f of flattenFields(d.fields)) explainField(f, bytes, 'int32');
      }),
      { numRuns: 2_000 },
    );
  });

  test('parseBytesInput and whatIf return results for random input', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom(...PRESETS),
        fc.string({ maxLength: 10 }),
        fc.integer(),
        (text, p, path, number) => {
          expect(typeof parseBytesInput(text).ok).toBe('boolean');
          expect(typeof whatIf({ ...p, path, change: { kind: 'number', number } }).ok).toBe('boolean');
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
