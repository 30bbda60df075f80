import { describe, expect, test } from 'vitest';
import {
  PRESETS,
  decode,
  decodeRaw,
  describePath,
  encode,
  encodeDetailed,
  explainField,
  fieldParts,
  flattenFields,
  listTypes,
  parseBytesInput,
  whatIf,
} from './model.ts';
import type { EncodeResult, InputError, WireField } from './model.ts';
import { loadSchema, findMessage } from './model/schema.ts';
import { convertJson } from './model/json.ts';
import { bytesOf, hexOf, tilingProblems, toProtobufjsObject } from './testutil.ts';

function ok(r: EncodeResult): Extract<EncodeResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r;
}

function err(r: { ok: boolean; error?: InputError }): InputError {
  if (r.ok || !r.error) throw new Error('expected an error');
  return r.error;
}

/** Where `needle` (the n-th occurrence) sits in `text`, 1-based, computed from the input itself. */
function posOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const P3 = 'syntax = "proto3";\n';
const P2 = 'syntax = "proto2";\n';

// Expected bytes are the ones printed in https://protobuf.dev/programming-guides/encoding/
// (or, where the guide gives no bytes, worked out by hand from its rules, noted per row).
const GUIDE_CASES: { name: string; schema: string; type: string; json: unknown; hex: string }[] = [
  {
    name: 'Test1 a=150 (proto2 optional)',
    schema: `${P2}message Test1 { optional int32 a = 1; }`,
    type: 'Test1',
    json: { a: 150 },
    hex: '08 96 01',
  },
  {
    name: 'Test1 a=150 (proto3)',
    schema: `${P3}message Test1 { int32 a = 1; }`,
    type: 'Test1',
    json: { a: 150 },
    hex: '08 96 01',
  },
  {
    name: 'Test2 b="testing"',
    schema: `${P2}message Test2 { optional string b = 2; }`,
    type: 'Test2',
    json: { b: 'testing' },
    hex: '12 07 74 65 73 74 69 6e 67',
  },
  {
    name: 'Test3 c.a=150',
    schema: `${P2}message Test1 { optional int32 a = 1; }\nmessage Test3 { optional Test1 c = 3; }`,
    type: 'Test3',
    json: { c: { a: 150 } },
    hex: '1a 03 08 96 01',
  },
  {
    name: 'Test4 d="hello", e=[1,2,3], proto2 (not packed)',
    schema: `${P2}message Test4 { optional string d = 4; repeated int32 e = 5; }`,
    type: 'Test4',
    json: { d: 'hello', e: [1, 2, 3] },
    hex: '22 05 68 65 6c 6c 6f 28 01 28 02 28 03',
  },
  {
    name: 'Test5 f=[3,270,86942] packed',
    schema: `${P2}message Test5 { repeated int32 f = 6 [packed=true]; }`,
    type: 'Test5',
    json: { f: [3, 270, 86942] },
    hex: '32 06 03 8e 02 9e a7 05',
  },
  {
    name: 'Test5 in proto3: packed by default',
    schema: `${P3}message Test5 { repeated int32 f = 6; }`,
    type: 'Test5',
    json: { f: [3, 270, 86942] },
    hex: '32 06 03 8e 02 9e a7 05',
  },
  {
    name: 'proto3 [packed=false] is one record per element',
    schema: `${P3}message Test4 { string d = 4; repeated int32 e = 5 [packed=false]; }`,
    type: 'Test4',
    json: { d: 'hello', e: [1, 2, 3] },
    hex: '22 05 68 65 6c 6c 6f 28 01 28 02 28 03',
  },
  {
    name: 'int32 -2 takes ten bytes (guide: "Signed Integers")',
    schema: `${P3}message M { int32 a = 1; }`,
    type: 'M',
    json: { a: -2 },
    hex: '08 fe ff ff ff ff ff ff ff ff 01',
  },
  // ZigZag table: -2 → 3, -1 → 1, 1 → 2.
  {
    name: 'sint32 -2 is ZigZag 3',
    schema: `${P3}message M { sint32 a = 1; }`,
    type: 'M',
    json: { a: -2 },
    hex: '08 03',
  },
  {
    name: 'sint64 -1 is ZigZag 1',
    schema: `${P3}message M { sint64 a = 1; }`,
    type: 'M',
    json: { a: '-1' },
    hex: '08 01',
  },
  {
    name: 'sint32 2147483647 is ZigZag 0xfffffffe',
    schema: `${P3}message M { sint32 a = 1; }`,
    type: 'M',
    json: { a: 2147483647 },
    hex: '08 fe ff ff ff 0f',
  },
  // Bools encode as 00 or 01; fixed64 200 is "200i64": eight little-endian bytes; fixed32 four.
  { name: 'bool true', schema: `${P3}message M { bool a = 1; }`, type: 'M', json: { a: true }, hex: '08 01' },
  {
    name: 'fixed64 200',
    schema: `${P3}message M { fixed64 a = 6; }`,
    type: 'M',
    json: { a: '200' },
    hex: '31 c8 00 00 00 00 00 00 00',
  },
  {
    name: 'fixed32 200',
    schema: `${P3}message M { fixed32 a = 3; }`,
    type: 'M',
    json: { a: 200 },
    hex: '1d c8 00 00 00',
  },
  {
    name: 'sfixed32 -1',
    schema: `${P3}message M { sfixed32 a = 1; }`,
    type: 'M',
    json: { a: -1 },
    hex: '0d ff ff ff ff',
  },
  // 1.0f = 0x3f800000, 1.0 = 0x3ff0000000000000, little-endian.
  { name: 'float 1', schema: `${P3}message M { float a = 1; }`, type: 'M', json: { a: 1 }, hex: '0d 00 00 80 3f' },
  {
    name: 'double 1',
    schema: `${P3}message M { double a = 1; }`,
    type: 'M',
    json: { a: 1 },
    hex: '09 00 00 00 00 00 00 f0 3f',
  },
  // Field 16 needs a two-byte tag: 16 << 3 = 128.
  { name: 'field 16 tag', schema: `${P3}message M { int32 a = 16; }`, type: 'M', json: { a: 1 }, hex: '80 01 01' },
  // Maps are repeated entry messages { key = 1; value = 2; } (guide: "Maps").
  {
    name: 'Test6 map<string,int32> g = 7',
    schema: `${P3}message Test6 { map<string, int32> g = 7; }`,
    type: 'Test6',
    json: { g: { a: 1 } },
    hex: '3a 05 0a 01 61 10 01',
  },
  {
    name: 'map entries keep key and value even when default',
    schema: `${P3}message M { map<int32, string> m = 1; }`,
    type: 'M',
    json: { m: { '0': '' } },
    hex: '0a 04 08 00 12 00',
  },
  // proto3 implicit presence: defaults are not written; explicit presence (optional) writes them.
  {
    name: 'proto3 default omitted',
    schema: `${P3}message M { int32 a = 1; string s = 2; }`,
    type: 'M',
    json: { a: 0, s: '' },
    hex: '',
  },
  {
    name: 'proto3 optional writes 0',
    schema: `${P3}message M { optional int32 a = 1; }`,
    type: 'M',
    json: { a: 0 },
    hex: '08 00',
  },
  {
    name: 'proto2 optional writes 0',
    schema: `${P2}message M { optional int32 a = 1; }`,
    type: 'M',
    json: { a: 0 },
    hex: '08 00',
  },
  {
    name: 'oneof member written even when default',
    schema: `${P3}message M { oneof o { int32 a = 1; string b = 2; } }`,
    type: 'M',
    json: { a: 0 },
    hex: '08 00',
  },
  // Empty nested message is still present: tag + length 0.
  {
    name: 'empty nested message',
    schema: `${P3}message E {}\nmessage M { E e = 1; }`,
    type: 'M',
    json: { e: {} },
    hex: '0a 00',
  },
  // Fields are written by field number, not declaration or JSON order.
  {
    name: 'field-number order',
    schema: `${P3}message M { int32 b = 2; int32 a = 1; }`,
    type: 'M',
    json: { b: 2, a: 1 },
    hex: '08 01 10 02',
  },
  // Enums are varints; a negative enum value is ten bytes like int32.
  {
    name: 'enum by name',
    schema: `${P3}enum E { Z = 0; ONE = 1; NEG = -1; }\nmessage M { E e = 1; }`,
    type: 'M',
    json: { e: 'ONE' },
    hex: '08 01',
  },
  {
    name: 'negative enum value',
    schema: `${P3}enum E { Z = 0; ONE = 1; NEG = -1; }\nmessage M { E e = 1; }`,
    type: 'M',
    json: { e: 'NEG' },
    hex: '08 ff ff ff ff ff ff ff ff ff 01',
  },
  // bytes: base64 in JSON, raw on the wire ("AQID" = 01 02 03).
  { name: 'bytes', schema: `${P3}message M { bytes b = 1; }`, type: 'M', json: { b: 'AQID' }, hex: '0a 03 01 02 03' },
  // int64 beyond 2^53 must keep every digit: 2^53 + 1 = 0x20000000000001.
  {
    name: 'int64 2^53+1',
    schema: `${P3}message M { int64 a = 1; }`,
    type: 'M',
    json: { a: '9007199254740993' },
    hex: '08 81 80 80 80 80 80 80 10',
  },
];

describe('the encoding guide, byte for byte', () => {
  test.each(GUIDE_CASES)('$name', ({ schema, type, json, hex }) => {
    const r = ok(encode({ schema, type, json: JSON.stringify(json) }));
    expect(hexOf(r.bytes)).toBe(hex);
    expect(r.sizes.protobuf).toBe(r.bytes.length);
    expect(tilingProblems(r.fields, r.bytes)).toEqual([]);
  });

  test('int64 beyond 2^53 given as a JSON number keeps its digits', () => {
    const r = ok(encode({ schema: `${P3}message M { int64 a = 1; }`, json: '{"a": 9007199254740993}' }));
    expect(hexOf(r.bytes)).toBe('08 81 80 80 80 80 80 80 10');
  });

  test('the same bytes as protobufjs Type.encode', () => {
    for (const c of GUIDE_CASES) {
      const loaded = loadSchema(c.schema);
      if (!loaded.ok) throw new Error(c.name);
      const found = findMessage(loaded.schema, c.type);
      if (!found.ok) throw new Error(c.name);
      const conv = convertJson(JSON.stringify(c.json), found.message);
      if (!conv.ok) throw new Error(c.name);
      const pbjs = loaded.schema.root.lookupType(c.type).encode(toProtobufjsObject(conv.message)).finish();
      expect(hexOf(pbjs), c.name).toBe(c.hex);
    }
  });
});

describe('WireField trees', () => {
  test('nested message: children inside the LEN payload', () => {
    const r = ok(encode({ schema: GUIDE_CASES[3]!.schema, type: 'Test3', json: '{"c":{"a":150}}' }));
    expect(r.fields).toEqual([
      {
        path: 'c',
        fieldNumber: 3,
        wireType: 2,
        start: 0,
        end: 5,
        children: [{ path: 'c.a', fieldNumber: 1, wireType: 0, start: 2, end: 5 }],
      },
    ]);
  });

  test('packed: one record, elements as children', () => {
    const r = ok(encode({ schema: `${P3}message T { repeated int32 f = 6; }`, json: '{"f":[3,270,86942]}' }));
    expect(r.fields).toEqual([
      {
        path: 'f',
        fieldNumber: 6,
        wireType: 2,
        start: 0,
        end: 8,
        children: [
          { path: 'f[0]', fieldNumber: 6, wireType: 0, start: 2, end: 3 },
          { path: 'f[1]', fieldNumber: 6, wireType: 0, start: 3, end: 5 },
          { path: 'f[2]', fieldNumber: 6, wireType: 0, start: 5, end: 8 },
        ],
      },
    ]);
  });

  test('unpacked: one record per element', () => {
    const r = ok(encode({ schema: GUIDE_CASES[4]!.schema, json: '{"d":"hello","e":[1,2,3]}' }));
    expect(r.fields.map((f) => [f.path, f.start, f.end])).toEqual([
      ['d', 0, 7],
      ['e[0]', 7, 9],
      ['e[1]', 9, 11],
      ['e[2]', 11, 13],
    ]);
  });

  test('map entries: path by key, key and value children', () => {
    const r = ok(
      encode({
        schema: `${P3}message T { map<string, int32> g = 7; map<int32, bool> n = 8; }`,
        json: '{"g":{"a":1},"n":{"5":true}}',
      }),
    );
    expect(r.fields).toEqual([
      {
        path: 'g["a"]',
        fieldNumber: 7,
        wireType: 2,
        start: 0,
        end: 7,
        children: [
          { path: 'g["a"].key', fieldNumber: 1, wireType: 2, start: 2, end: 5 },
          { path: 'g["a"].value', fieldNumber: 2, wireType: 0, start: 5, end: 7 },
        ],
      },
      {
        path: 'n[5]',
        fieldNumber: 8,
        wireType: 2,
        start: 7,
        end: 13,
        children: [
          { path: 'n[5].key', fieldNumber: 1, wireType: 0, start: 9, end: 11 },
          { path: 'n[5].value', fieldNumber: 2, wireType: 0, start: 11, end: 13 },
        ],
      },
    ]);
  });

  test('map order follows JS object key order, as protobufjs and protobuf-es do', () => {
    const schema = `${P3}message T { map<string, int32> g = 1; }`;
    const r = ok(encode({ schema, json: '{"g":{"b":1,"2":2,"a":3,"1":4}}' }));
    expect(r.fields.map((f) => f.path)).toEqual(['g["1"]', 'g["2"]', 'g["b"]', 'g["a"]']);
  });
});

describe('every preset', () => {
  test.each(PRESETS.map((p) => [p.id, p] as const))('%s encodes, decodes back, tiles, matches protobufjs', (_id, p) => {
    const r = ok(encode(p));
    expect(r.bytes.length).toBeGreaterThan(0);
    expect(tilingProblems(r.fields, r.bytes)).toEqual([]);
    expect(r.sizes.json).toBeGreaterThan(r.sizes.protobuf);
    expect(r.sizes.msgpack).toBeGreaterThan(0);
    expect(r.sizes.bson).toBeGreaterThan(0);
    const d = decode({ schema: p.schema, type: p.type, bytes: r.bytes });
    if (!d.ok) throw new Error(JSON.stringify(d.error));
    expect(d.fields).toEqual(r.fields);
    expect(hexOf(ok(encode({ schema: p.schema, type: p.type, json: d.json })).bytes)).toBe(hexOf(r.bytes));
    const raw = decodeRaw(r.bytes);
    if (!raw.ok) throw new Error(JSON.stringify(raw.error));
    expect(tilingProblems(raw.fields, r.bytes)).toEqual([]);
    // protobufjs, given the same values, writes the same bytes.
    const loaded = loadSchema(p.schema);
    if (!loaded.ok) throw new Error('schema');
    const msg = findMessage(loaded.schema, p.type);
    if (!msg.ok) throw new Error('type');
    const conv = convertJson(p.json, msg.message);
    if (!conv.ok) throw new Error('json');
    expect(hexOf(loaded.schema.root.lookupType(r.type).encode(toProtobufjsObject(conv.message)).finish())).toBe(
      hexOf(r.bytes),
    );
  });

  test('the guide presets have the guide bytes', () => {
    const byId = (id: string) => hexOf(ok(encode(PRESETS.find((p) => p.id === id)!)).bytes);
    expect(byId('varint-150')).toBe('08 96 01');
    expect(byId('string')).toBe('12 07 74 65 73 74 69 6e 67');
    expect(byId('nested')).toBe('1a 03 08 96 01');
    expect(byId('unpacked')).toBe('22 05 68 65 6c 6c 6f 28 01 28 02 28 03');
    expect(byId('hello-request')).toBe('0a 05 68 65 6c 6c 6f');
  });

  test('ids are unique', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
  });
});

describe('type selection', () => {
  const schema = `${P3}package a.b;\nmessage Outer { message Inner { int32 x = 1; } Inner i = 1; }\nmessage Other { int32 y = 1; }`;
  test('first message by default, full and short names', () => {
    expect(ok(encode({ schema, json: '{}' })).type).toBe('a.b.Outer');
    expect(ok(encode({ schema, type: 'a.b.Other', json: '{"y":1}' })).type).toBe('a.b.Other');
    expect(ok(encode({ schema, type: '.a.b.Other', json: '{"y":1}' })).type).toBe('a.b.Other');
    expect(ok(encode({ schema, type: 'Other', json: '{"y":1}' })).type).toBe('a.b.Other');
    expect(ok(encode({ schema, type: 'Outer.Inner', json: '{"x":1}' })).type).toBe('a.b.Outer.Inner');
    expect(ok(encode({ schema, type: 'Inner', json: '{"x":1}' })).type).toBe('a.b.Outer.Inner');
  });
  test('listTypes in declaration order', () => {
    expect(listTypes(schema)).toEqual({ ok: true, types: ['a.b.Outer', 'a.b.Outer.Inner', 'a.b.Other'] });
  });
  test('unknown, ambiguous, none', () => {
    expect(err(encode({ schema, type: 'Nope', json: '{}' })).source).toBe('type');
    const amb = `${P3}message A { message X {} } message B { message X {} }`;
    expect(err(encode({ schema: amb, type: 'X', json: '{}' }))).toMatchObject({
      source: 'type',
      message: expect.stringContaining('ambiguous'),
    });
    expect(err(encode({ schema: `${P3}enum E { Z = 0; }`, json: '{}' })).source).toBe('type');
  });
});

describe('bad input: each class gives the right source and position/path', () => {
  const t1 = `${P3}message Test1 {\n  int32 a = 1;\n  uint32 u = 2;\n  int64 big = 3;\n  float f = 4;\n  Color c = 5;\n  repeated int32 r = 6;\n  map<string, Test1> m = 7;\n  Test1 child = 8;\n  bool b = 9;\n  bytes data = 10;\n  string s = 11;\n}\nenum Color { RED = 0; GREEN = 1; }\n`;

  test('schema syntax error: line and column of the offending token', () => {
    const schema = `${P3}message A {\n  int32 x = 1\n}\n`;
    expect(err(encode({ schema, json: '{}' }))).toMatchObject({ source: 'schema', ...posOf(schema, '}') });
  });

  test('schema syntax error: the right one of several equal tokens on a line', () => {
    const schema = `${P3}message A { int32 a = 1; int32 b = 2 int32 c = 3; }\n`;
    expect(err(encode({ schema, json: '{}' }))).toMatchObject({ source: 'schema', ...posOf(schema, 'int32', 3) });
  });

  test('schema syntax errors: missing type name, unterminated comment and string', () => {
    const a = `${P3}\nmessage {\n}`;
    expect(err(encode({ schema: a, json: '{}' }))).toMatchObject({ source: 'schema', ...posOf(a, '{') });
    const b = `${P3}message A {}\n/* never closed\n`;
    expect(err(encode({ schema: b, json: '{}' }))).toMatchObject({ source: 'schema', ...posOf(b, '/*') });
    const c = `${P3}message A { string s = 1 [json_name = "x]; }\n`;
    expect(err(encode({ schema: c, json: '{}' }))).toMatchObject({ source: 'schema', line: 2 });
  });

  test('schema: unknown field type, at its use', () => {
    const schema = `${P3}message A {\n  int32 x = 1;\n  Foo y = 2;\n}\n`;
    expect(err(encode({ schema, json: '{}' }))).toMatchObject({ source: 'schema', ...posOf(schema, 'Foo') });
  });

  test('schema: duplicate names and numbers, at the second declaration', () => {
    const dupName = `${P3}message A {\n  int32 x = 1;\n  string x = 2;\n}\n`;
    expect(err(encode({ schema: dupName, json: '{}' }))).toMatchObject({
      source: 'schema',
      ...posOf(dupName, 'x = 2'),
    });
    const dupId = `${P3}message A {\n  int32 x = 1;\n  string y = 1;\n}\n`;
    expect(err(encode({ schema: dupId, json: '{}' }))).toMatchObject({ source: 'schema', ...posOf(dupId, 'y = 1') });
  });

  test('schema: checks protoc makes that protobufjs skips', () => {
    const cases = [
      `${P3}message A {\n  int32 x = 0;\n}`,
      `${P3}message A {\n  int32 x = 536870912;\n}`,
      `${P3}message A {\n  int32 x = 19000;\n}`,
      `${P3}enum E {\n  x = 1;\n}`,
      `${P3}message A { int32 foo_bar = 1;\n  int32 fooBar = 2;\n}`,
      `${P3}message A {\n  int32 x = 1 [default = 5];\n}`,
    ];
    for (const schema of cases) {
      const e = err(encode({ schema, json: '{}' }));
      expect(e.source, schema).toBe('schema');
      expect(e.line, schema).toBe(3);
    }
  });

  test('schema without a syntax line: proto2 rules, and the error says so', () => {
    const schema = 'message M {\n  string a = 1;\n}';
    expect(err(encode({ schema, json: '{}' }))).toMatchObject({
      source: 'schema',
      line: 2,
      column: 3,
      message: expect.stringContaining('syntax'),
    });
  });

  test('editions: explicit presence by default, IMPLICIT feature, DELIMITED refused', () => {
    const e = 'edition = "2023";\n';
    expect(
      hexOf(
        ok(encode({ schema: `${e}message M { int32 a = 1; repeated int32 r = 2; }`, json: '{"a": 0, "r": [1, 2]}' }))
          .bytes,
      ),
    ).toBe('08 00 12 02 01 02');
    expect(
      ok(encode({ schema: `${e}message M { int32 a = 1 [features.field_presence = IMPLICIT]; }`, json: '{"a": 0}' }))
        .bytes.length,
    ).toBe(0);
    const delimited = `${e}message N { int32 x = 1; }\nmessage M { N n = 1 [features.message_encoding = DELIMITED]; }`;
    expect(err(encode({ schema: delimited, json: '{}' }))).toMatchObject({ source: 'schema', line: 3 });
  });

  test('schema: other imports, groups, extensions are refused with a position', () => {
    const imp = `${P3}import "common/money.proto";\nmessage A {}`;
    expect(err(encode({ schema: imp, json: '{}' }))).toMatchObject({ source: 'schema', line: 2, column: 9 });
    const grp = `${P2}message A {\n  optional group G = 1 { optional int32 x = 1; }\n}`;
    expect(err(encode({ schema: grp, json: '{}' }))).toMatchObject({ source: 'schema', line: 3 });
    const ext = `${P2}message A { extensions 10 to 20; }\nextend A { optional int32 e = 10; }`;
    expect(err(encode({ schema: ext, json: '{}' }))).toMatchObject({ source: 'schema', line: 3, column: 1 });
  });

  test('JSON syntax error: line and column', () => {
    const json = '{\n  "a": 1,\n  "u": \n}';
    expect(err(encode({ schema: t1, json }))).toMatchObject({ source: 'json', line: 4, column: 1 });
    expect(err(encode({ schema: t1, json: '{"a": 1,}' }))).toMatchObject({ source: 'json', line: 1, column: 9 });
    expect(err(encode({ schema: t1, json: '' }))).toMatchObject({ source: 'json', line: 1, column: 1 });
    expect(err(encode({ schema: t1, json: '{"s": "\\ud800"}' }))).toMatchObject({ source: 'json', path: 's' });
    expect(err(encode({ schema: t1, json: '[]' }))).toMatchObject({ source: 'json', line: 1, column: 1 });
  });

  const jsonCases: { name: string; json: string; path: string; at: string }[] = [
    { name: 'unknown key', json: '{\n  "a": 1,\n  "nope": 2\n}', path: 'nope', at: '"nope"' },
    { name: 'unknown nested key', json: '{"child": {"zzz": 1}}', path: 'child.zzz', at: '"zzz"' },
    { name: 'wrong type: string for int32', json: '{"a": "x"}', path: 'a', at: '"x"' },
    { name: 'wrong type: number for string', json: '{"s": 5}', path: 's', at: '5' },
    { name: 'wrong type: string for bool', json: '{"b": "true"}', path: 'b', at: '"true"' },
    { name: 'wrong type: object for repeated', json: '{"r": {}}', path: 'r', at: '{}' },
    { name: 'wrong type: in a repeated element', json: '{"r": [1, "two"]}', path: 'r[1]', at: '"two"' },
    { name: 'wrong type: in a map value', json: '{"m": {"k": {"a": true}}}', path: 'm["k"].value.a', at: 'true' },
    { name: 'fraction for int32', json: '{"a": 1.5}', path: 'a', at: '1.5' },
    { name: 'bad base64', json: '{"data": "***"}', path: 'data', at: '"***"' },
    { name: 'out of range: int32', json: '{"a": 2147483648}', path: 'a', at: '2147483648' },
    { name: 'out of range: uint32 negative', json: '{"u": -1}', path: 'u', at: '-1' },
    { name: 'out of range: int64', json: '{"big": "9223372036854775808"}', path: 'big', at: '"9223372036854775808"' },
    { name: 'out of range: float', json: '{"f": 1e39}', path: 'f', at: '1e39' },
    { name: 'out of range: exponent', json: '{"a": 1e400}', path: 'a', at: '1e400' },
    { name: 'unknown enum name', json: '{"c": "BLUE"}', path: 'c', at: '"BLUE"' },
    { name: 'null inside repeated', json: '{"r": [null]}', path: 'r[0]', at: 'null' },
    { name: 'field given twice (both spellings)', json: '{"big": "1", "big": "2"}', path: 'big', at: '"big"' },
  ];

  test.each(jsonCases)('$name', ({ json, path, at }) => {
    const e = err(encode({ schema: t1, json }));
    const occurrence = json.indexOf(at) === json.lastIndexOf(at) ? 1 : 2;
    expect(e).toMatchObject({ source: 'json', path, ...posOf(json, at, occurrence) });
  });

  test('oneof: two members set', () => {
    const schema = `${P3}message M { oneof o { int32 a = 1; string b = 2; } }`;
    expect(err(encode({ schema, json: '{"a": 1, "b": "x"}' }))).toMatchObject({ source: 'json', path: 'b' });
    expect(ok(encode({ schema, json: '{"a": 1, "b": null}' })).bytes.length).toBe(2);
  });

  test('proto2 required field missing', () => {
    const schema = `${P2}message M { required int32 a = 1; optional M child = 2; }`;
    expect(err(encode({ schema, json: '{}' }))).toMatchObject({ source: 'json', path: 'a' });
    expect(err(encode({ schema, json: '{"a": 1, "child": {}}' }))).toMatchObject({ source: 'json', path: 'child.a' });
  });

  test('closed (proto2) enums reject unknown numbers, open ones accept them', () => {
    expect(
      err(encode({ schema: `${P2}enum E { A = 1; } message M { optional E e = 1; }`, json: '{"e": 7}' })).path,
    ).toBe('e');
    expect(hexOf(ok(encode({ schema: `${P3}enum E { A = 0; } message M { E e = 1; }`, json: '{"e": 7}' })).bytes)).toBe(
      '08 07',
    );
  });
});

describe('proto3 JSON mapping accepted forms', () => {
  const schema = `${P3}enum E { Z = 0; ONE = 1; }\nmessage M {\n  int32 foo_bar = 1;\n  int64 big = 2;\n  E e = 3;\n  double d = 4;\n  bytes b = 5;\n  float f = 6;\n  uint32 u = 7 [json_name = "yoo"];\n}`;
  test.each([
    ['{"fooBar": 1}', '08 01'],
    ['{"foo_bar": 1}', '08 01'],
    ['{"fooBar": "1"}', '08 01'],
    ['{"fooBar": 1.0}', '08 01'],
    ['{"fooBar": 1e0}', '08 01'],
    ['{"fooBar": -0}', ''],
    ['{"big": 5}', '10 05'],
    ['{"big": "-1"}', '10 ff ff ff ff ff ff ff ff ff 01'],
    ['{"e": "ONE"}', '18 01'],
    ['{"e": 1}', '18 01'],
    ['{"e": null}', ''],
    ['{"d": "NaN"}', '21 00 00 00 00 00 00 f8 7f'],
    ['{"d": "-Infinity"}', '21 00 00 00 00 00 00 f0 ff'],
    ['{"d": "1.5"}', '21 00 00 00 00 00 00 f8 3f'],
    ['{"b": "-_8"}', '2a 02 fb ff'],
    ['{"b": "+/8="}', '2a 02 fb ff'],
    ['{"f": 3.4028235e38}', '35 ff ff 7f 7f'],
    ['{"yoo": 3}', '38 03'],
    ['{"u": 3}', '38 03'],
  ])('%s', (json, hex) => {
    expect(hexOf(ok(encode({ schema, json })).bytes)).toBe(hex);
  });
});

describe('decode', () => {
  const schema = `${P3}message Test1 { int32 a = 1; }\nmessage Test3 { Test1 c = 3; repeated int32 r = 4; string s = 5; }`;

  test('last one wins; embedded messages merge', () => {
    const bytes = bytesOf('2a 01 61 2a 01 62 1a 02 08 01 1a 02 08 02');
    const d = decode({ schema, type: 'Test3', bytes });
    expect(d.ok && JSON.parse(d.json)).toEqual({ s: 'b', c: { a: 2 } });
  });

  test('packed and unpacked records of one repeated field are both accepted', () => {
    const d = decode({ schema, type: 'Test3', bytes: bytesOf('20 01 22 02 02 03 20 04') });
    if (!d.ok) throw new Error('decode');
    expect(JSON.parse(d.json)).toEqual({ r: [1, 2, 3, 4] });
    expect(flattenFields(d.fields).map((f) => f.path)).toEqual(['r[0]', 'r', 'r[1]', 'r[2]', 'r[3]']);
    expect(tilingProblems(d.fields, bytesOf('20 01 22 02 02 03 20 04'))).toEqual([]);
  });

  test('unknown fields stay in the tree and out of the JSON', () => {
    const bytes = bytesOf('08 96 01 38 05');
    const d = decode({ schema, type: 'Test1', bytes });
    if (!d.ok) throw new Error('decode');
    expect(JSON.parse(d.json)).toEqual({ a: 150 });
    expect(d.fields.map((f) => f.path)).toEqual(['a', '#7']);
  });

  test('malformed bytes are errors with the byte offset and path', () => {
    expect(err(decode({ schema, type: 'Test3', bytes: bytesOf('1a 05 08 96') }))).toMatchObject({ source: 'type' });
    expect(err(decode({ schema, type: 'Test3', bytes: bytesOf('1a 02 08 96') }))).toMatchObject({
      source: 'type',
      path: 'c',
    });
    expect(err(decode({ schema, type: 'Test3', bytes: bytesOf('2a 01 ff') })).path).toBe('s');
    expect(err(decode({ schema: `${P2}message M { required int32 a = 1; }`, bytes: new Uint8Array() })).path).toBe('a');
  });

  test('canonical JSON: int64 strings, enum names, base64, camelCase, -0 and float32 shortest', () => {
    const s = `${P3}enum E { Z = 0; ONE = 1; }\nmessage M { int64 big_one = 1; E e = 2; bytes b = 3; double d = 4; float f = 5; }`;
    const r = ok(encode({ schema: s, json: '{"big_one": 5, "e": 1, "b": "AQID", "d": -0, "f": 0.1}' }));
    const d = decode({ schema: s, bytes: r.bytes });
    expect(d.ok && JSON.parse(d.json)).toEqual({ bigOne: '5', e: 'ONE', b: 'AQID', d: -0, f: 0.1 });
    expect(d.ok && d.json).toContain('"d": -0');
  });
});

describe('decodeRaw (schema-blind)', () => {
  test('nested message, string and packed payloads', () => {
    const r = decodeRaw(bytesOf('1a 03 08 96 01 12 07 74 65 73 74 69 6e 67 32 06 03 8e 02 9e a7 05'));
    if (!r.ok) throw new Error('raw');
    expect(r.fields).toEqual([
      {
        path: '#3',
        fieldNumber: 3,
        wireType: 2,
        start: 0,
        end: 5,
        children: [{ path: '#3.#1', fieldNumber: 1, wireType: 0, start: 2, end: 5 }],
      },
      { path: '#2', fieldNumber: 2, wireType: 2, start: 5, end: 14 },
      { path: '#6', fieldNumber: 6, wireType: 2, start: 14, end: 22 },
    ]);
  });

  test('repeated numbers get indexes; malformed input is an error value', () => {
    const r = decodeRaw(bytesOf('28 01 28 02'));
    expect(r.ok && r.fields.map((f) => f.path)).toEqual(['#5[0]', '#5[1]']);
    expect(err(decodeRaw(bytesOf('08')))).toMatchObject({ source: 'type' });
    expect(err(decodeRaw(bytesOf('0b')))).toMatchObject({ source: 'type' });
  });
});

describe('explainField', () => {
  test('tag arithmetic and 7-bit groups of 150 (08 96 01)', () => {
    const r = ok(encode({ schema: `${P3}message Test1 { int32 a = 1; }`, json: '{"a":150}' }));
    const x = explainField(r.fields[0]!, r.bytes, 'int32')!;
    expect(x.tag).toMatchObject({ tag: 8, fieldNumber: 1, shifted: 8, wireType: 0, wireTypeName: 'VARINT' });
    expect(x.value.kind).toBe('varint');
    if (x.value.kind !== 'varint') return;
    expect(x.value.varint.groups).toEqual([
      { offset: 1, byte: 0x96, continuation: true, payload: 0x16, shift: 0 },
      { offset: 2, byte: 0x01, continuation: false, payload: 1, shift: 7 },
    ]);
    expect(x.value.unsigned).toBe(150n);
    expect(x.interpretation).toMatchObject({ type: 'int32', display: '150', negative: false });
  });

  test('negative int32: ten groups, two’s complement', () => {
    const r = ok(encode({ schema: `${P3}message M { int32 a = 1; }`, json: '{"a":-2}' }));
    const x = explainField(r.fields[0]!, r.bytes, 'int32')!;
    expect(x.value.kind === 'varint' && x.value.varint.groups.length).toBe(10);
    expect(x.interpretation).toMatchObject({ negative: true, unsigned64: (1n << 64n) - 2n, display: '-2' });
  });

  test('zigzag, little-endian, length prefix, packed element', () => {
    const schema = `${P3}message M { sint32 z = 1; fixed32 f = 2; string s = 3; repeated int32 p = 4; }`;
    const r = ok(encode({ schema, json: '{"z": -2, "f": 1, "s": "hi", "p": [300]}' }));
    const [z, f, s, p] = r.fields;
    expect(explainField(z!, r.bytes, 'sint32')!.interpretation).toMatchObject({ zigzagEncoded: 3n, decoded: -2n });
    const fx = explainField(f!, r.bytes, 'fixed32')!;
    expect(fx.value).toMatchObject({ kind: 'i32', bytes: [1, 0, 0, 0], bigEndianHex: '00000001', unsigned: 1n });
    const sx = explainField(s!, r.bytes, 'string')!;
    expect(sx.value).toMatchObject({ kind: 'len', utf8: 'hi' });
    expect(sx.parts.length).toEqual({ start: sx.parts.tag!.end, end: sx.parts.tag!.end + 1 });
    const element = p!.children![0]!;
    const ex = explainField(element, r.bytes, 'int32')!;
    expect(ex.tag).toBeUndefined();
    expect(ex.interpretation?.display).toBe('300');
    expect(fieldParts(p!, r.bytes)).toMatchObject({ tag: { start: p!.start, end: p!.start + 1 } });
  });

  test('describePath gives the type to explain a path as', () => {
    const schema = `${P3}message T { map<string, T> m = 1; repeated sint64 r = 2; int32 a = 3; }`;
    expect(describePath({ schema }, 'm["x"].value.r[0]')).toMatchObject({
      ok: true,
      name: 'r',
      resolved: { role: 'element', explainType: 'sint64' },
    });
    expect(describePath({ schema }, 'r')).toMatchObject({ ok: true, resolved: { role: 'packed' } });
    expect(describePath({ schema }, 'm["x"].key')).toMatchObject({
      ok: true,
      resolved: { role: 'key', explainType: 'string' },
    });
    expect(describePath({ schema }, '#9').ok).toBe(false);
  });

  test('a span that is not a record gives null, not an exception', () => {
    const bogus: WireField = { path: 'x', fieldNumber: 1, wireType: 2, start: 0, end: 99 };
    expect(explainField(bogus, bytesOf('08 01'))).toBeNull();
  });
});

describe('whatIf', () => {
  const schema = `${P3}message M { int32 a = 15; repeated int32 r = 2; }`;
  test('type change: int32 → sint32 → fixed32 for -1', () => {
    const json = '{"a": -1}';
    const s = (scalar: 'sint32' | 'fixed32' | 'sfixed32') =>
      whatIf({ schema, json, path: 'a', change: { kind: 'type', scalar } });
    expect(s('sint32')).toMatchObject({ ok: true, before: { size: 11 }, after: { size: 2 }, delta: -9 });
    expect(s('sfixed32')).toMatchObject({ ok: true, after: { size: 5 } });
    expect(s('fixed32')).toMatchObject({ ok: false, error: { source: 'json', path: 'a' } });
  });
  test('number 15 → 16 makes the tag two bytes', () => {
    expect(whatIf({ schema, json: '{"a": 1}', path: 'a', change: { kind: 'number', number: 16 } })).toMatchObject({
      ok: true,
      delta: 1,
    });
    expect(whatIf({ schema, json: '{"a": 1}', path: 'a', change: { kind: 'number', number: 2 } }).ok).toBe(false);
  });
  test('packed off costs a tag per element', () => {
    const r = whatIf({ schema, json: '{"r": [1,2,3]}', path: 'r[1]', change: { kind: 'packed', packed: false } });
    expect(r).toMatchObject({ ok: true, before: { size: 5 }, after: { size: 6 } });
    expect(r.ok && hexOf(r.after.bytes)).toBe('10 01 10 02 10 03');
  });
  test('bad path', () => {
    expect(whatIf({ schema, json: '{}', path: 'zz', change: { kind: 'packed', packed: false } }).ok).toBe(false);
  });
});

describe('sizes and spans', () => {
  test('JSON size is the minified canonical proto3 JSON', () => {
    const d = encodeDetailed({
      schema: `${P3}message M { int64 big = 1; string name_x = 2; }`,
      json: '{ "big": 5,\n "name_x": "a" }',
    });
    if (!d.ok) throw new Error('encode');
    expect(d.canonicalJson).toBe('{"big":"5","nameX":"a"}');
    expect(d.sizes.json).toBe(d.canonicalJson.length);
    expect(d.perField.map((f) => [f.name, f.json, f.protobuf])).toEqual([
      ['big', { total: 9, key: 6, value: 3 }, { total: 2, tags: 1, lengths: 0, values: 1, records: 1 }],
      ['name_x', { total: 11, key: 8, value: 3 }, { total: 3, tags: 1, lengths: 1, values: 1, records: 1 }],
    ]);
  });

  test('JSON spans point at keys and values', () => {
    const json = '{"c": {"a": 150}, "r": [1, 2]}';
    const d = encodeDetailed({ schema: `${P3}message T { int32 a = 1; T c = 3; repeated int32 r = 4; }`, json });
    if (!d.ok) throw new Error('encode');
    const text = (p: string, part: 'key' | 'value') => {
      const s = d.jsonSpans.find((x) => x.path === p)?.[part];
      return s ? json.slice(s.start, s.end) : undefined;
    };
    expect(text('c', 'key')).toBe('"c"');
    expect(text('c.a', 'value')).toBe('150');
    expect(text('r[1]', 'value')).toBe('2');
  });
});

describe('parseBytesInput', () => {
  test.each([
    ['08 96 01', '08 96 01', 'hex'],
    ['0x08,0x96,0x01', '08 96 01', 'hex'],
    ['\\x08\\x96\\x01', '08 96 01', 'hex'],
    ['CJYB', '08 96 01', 'base64'],
    // gRPC frame: flag 0, length 3, then the message.
    ['00 00 00 00 03 08 96 01', '08 96 01', 'hex'],
    ['AAAAAAMIlgE=', '08 96 01', 'base64'],
  ])('%s', (text, hex, format) => {
    const r = parseBytesInput(text);
    expect(r.ok && [hexOf(r.bytes), r.format]).toEqual([hex, format]);
  });
  test('errors', () => {
    expect(parseBytesInput('08 9').ok).toBe(false);
    expect(parseBytesInput('%%%').ok).toBe(false);
    expect(parseBytesInput('01 00 00 00 01 08').ok).toBe(false);
  });
});
