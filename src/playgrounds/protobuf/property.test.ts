import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fromBinary, fromJsonString, toBinary, toJson } from '@bufbuild/protobuf';
import { decode, decodeRaw, encode, explainField, flattenFields } from './model.ts';
import { findMessage, loadSchema } from './model/schema.ts';
import { convertJson } from './model/json.ts';
import { caseArb, planToBufDesc } from './gen.ts';
import { hexOf, tilingProblems, toProtobufjsObject } from './testutil.ts';

const RUNS = 200;

function encodeOk(schema: string, json: string) {
  const r = encode({ schema, json });
  if (!r.ok) throw new Error(`encode failed: ${JSON.stringify(r.error)}\n${schema}\n${json}`);
  return r;
}

describe('generated schemas and messages', () => {
  test('bytes equal @bufbuild/protobuf and protobufjs for the same schema and message', () => {
    fc.assert(
      fc.property(caseArb, ({ plan, schema, json }) => {
        const ours = encodeOk(schema, json);
        const desc = planToBufDesc(plan);
        const theirs = toBinary(desc, fromJsonString(desc, json));
        expect(hexOf(ours.bytes)).toBe(hexOf(theirs));

        const loaded = loadSchema(schema);
        if (!loaded.ok) throw new Error('schema');
        const found = findMessage(loaded.schema, 'M0');
        const conv = found.ok ? convertJson(json, found.message) : null;
        if (!conv?.ok) throw new Error('convert');
        const pbjs = loaded.schema.root.lookupType('M0').encode(toProtobufjsObject(conv.message)).finish();
        expect(hexOf(pbjs)).toBe(hexOf(ours.bytes));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  test('decode(encode(x)) == x (as canonical proto3 JSON), with the same record tree', () => {
    fc.assert(
      fc.property(caseArb, ({ plan, schema, json }) => {
        const ours = encodeOk(schema, json);
        const back = decode({ schema, bytes: ours.bytes });
        if (!back.ok) throw new Error(`decode failed: ${JSON.stringify(back.error)}`);
        // The canonical form of x according to the independent implementation.
        const desc = planToBufDesc(plan);
        expect(JSON.parse(back.json)).toEqual(toJson(desc, fromJsonString(desc, json)));
        expect(JSON.parse(back.json)).toEqual(toJson(desc, fromBinary(desc, ours.bytes)));
        expect(back.fields).toEqual(ours.fields);
        expect(hexOf(encodeOk(schema, back.json).bytes)).toBe(hexOf(ours.bytes));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  test('the fields spans tile the bytes exactly at every level (encode, decode, decodeRaw)', () => {
    fc.assert(
      fc.property(caseArb, ({ schema, json }) => {
        const ours = encodeOk(schema, json);
        expect(tilingProblems(ours.fields, ours.bytes)).toEqual([]);
        const raw = decodeRaw(ours.bytes);
        if (!raw.ok) throw new Error(`decodeRaw failed: ${JSON.stringify(raw.error)}`);
        expect(tilingProblems(raw.fields, ours.bytes)).toEqual([]);
        for (const f of flattenFields(ours.fields)) expect(explainField(f, ours.bytes), f.path).not.toBeNull();
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
