import { describe, expect, test } from 'vitest';
import { create, createFileRegistry, fromBinary, fromJsonString, toBinary, toJson } from '@bufbuild/protobuf';
import type { DescFile } from '@bufbuild/protobuf';
import {
  FieldDescriptorProto_Label as Label,
  FieldDescriptorProto_Type as PbType,
  FileDescriptorProtoSchema,
  file_google_protobuf_duration,
  file_google_protobuf_empty,
  file_google_protobuf_timestamp,
  file_google_protobuf_wrappers,
} from '@bufbuild/protobuf/wkt';
import { decode, encode, listTypes } from './model.ts';
import { hexOf, tilingProblems } from './testutil.ts';

const schema = `syntax = "proto3";
import "google/protobuf/timestamp.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/wrappers.proto";
import "google/protobuf/empty.proto";

message Job {
  google.protobuf.Timestamp at = 1;
  google.protobuf.Duration timeout = 2;
  google.protobuf.Int32Value retries = 3;
  google.protobuf.StringValue note = 4;
  google.protobuf.Empty nothing = 5;
  repeated google.protobuf.Int64Value big = 6;
  map<string, google.protobuf.Timestamp> seen = 7;
}
`;

/** The same message for @bufbuild/protobuf, built by hand against its own well-known-type files. */
function bufJob() {
  const msg = (n: string) => ({ type: PbType.MESSAGE, typeName: `.google.protobuf.${n}` });
  const file = create(FileDescriptorProtoSchema, {
    name: 'job.proto',
    syntax: 'proto3',
    dependency: [
      'google/protobuf/timestamp.proto',
      'google/protobuf/duration.proto',
      'google/protobuf/wrappers.proto',
      'google/protobuf/empty.proto',
    ],
    messageType: [
      {
        name: 'Job',
        field: [
          { name: 'at', jsonName: 'at', number: 1, label: Label.OPTIONAL, ...msg('Timestamp') },
          { name: 'timeout', jsonName: 'timeout', number: 2, label: Label.OPTIONAL, ...msg('Duration') },
          { name: 'retries', jsonName: 'retries', number: 3, label: Label.OPTIONAL, ...msg('Int32Value') },
          { name: 'note', jsonName: 'note', number: 4, label: Label.OPTIONAL, ...msg('StringValue') },
          { name: 'nothing', jsonName: 'nothing', number: 5, label: Label.OPTIONAL, ...msg('Empty') },
          { name: 'big', jsonName: 'big', number: 6, label: Label.REPEATED, ...msg('Int64Value') },
          {
            name: 'seen',
            jsonName: 'seen',
            number: 7,
            label: Label.REPEATED,
            type: PbType.MESSAGE,
            typeName: '.Job.SeenEntry',
          },
        ],
        nestedType: [
          {
            name: 'SeenEntry',
            options: { mapEntry: true },
            field: [
              { name: 'key', jsonName: 'key', number: 1, label: Label.OPTIONAL, type: PbType.STRING },
              { name: 'value', jsonName: 'value', number: 2, label: Label.OPTIONAL, ...msg('Timestamp') },
            ],
          },
        ],
      },
    ],
  });
  const deps: Record<string, DescFile> = {
    'google/protobuf/timestamp.proto': file_google_protobuf_timestamp,
    'google/protobuf/duration.proto': file_google_protobuf_duration,
    'google/protobuf/wrappers.proto': file_google_protobuf_wrappers,
    'google/protobuf/empty.proto': file_google_protobuf_empty,
  };
  const desc = createFileRegistry(file, (name) => deps[name]).getMessage('Job');
  if (!desc) throw new Error('descriptor');
  return desc;
}

describe('well-known types', () => {
  const cases = [
    { at: '1970-01-01T00:00:01Z' },
    { at: '2024-05-01T12:00:00.500Z', timeout: '1.5s', retries: 0, note: '', nothing: {} },
    { at: '0001-01-01T00:00:00Z', timeout: '-0.000000001s' },
    { at: '9999-12-31T23:59:59.999999999Z', timeout: '-315576000000s' },
    { at: '2024-05-01T13:00:00.123456+01:00', retries: -5, note: 'hi' },
    { big: ['1', '9007199254740993', '0'], seen: { a: '2000-02-29T00:00:00Z', b: '1969-12-31T23:59:59.5Z' } },
  ];

  test.each(cases)('%j: bytes and canonical JSON equal @bufbuild/protobuf', (json) => {
    const text = JSON.stringify(json);
    const r = encode({ schema, json: text });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const desc = bufJob();
    expect(hexOf(r.bytes)).toBe(hexOf(toBinary(desc, fromJsonString(desc, text))));
    expect(tilingProblems(r.fields, r.bytes)).toEqual([]);
    const d = decode({ schema, bytes: r.bytes });
    if (!d.ok) throw new Error(JSON.stringify(d.error));
    expect(JSON.parse(d.json)).toEqual(toJson(desc, fromBinary(desc, r.bytes)));
  });

  test('on the wire they are ordinary messages', () => {
    const r = encode({ schema, json: '{"at": "1970-01-01T00:00:01Z", "retries": 0, "nothing": {}}' });
    if (!r.ok) throw new Error('encode');
    // at = { seconds: 1 }; retries = {} (the wrapped 0 is a default); nothing = {}.
    expect(hexOf(r.bytes)).toBe('0a 02 08 01 1a 00 2a 00');
    expect(r.fields[0]).toMatchObject({ path: 'at', children: [{ path: 'at.seconds' }] });
  });

  test.each([
    ['{"at": "2024-13-01T00:00:00Z"}', 'at'],
    ['{"at": "2023-02-29T00:00:00Z"}', 'at'],
    ['{"at": "0000-12-31T23:59:59Z"}', 'at'],
    ['{"at": 5}', 'at'],
    ['{"timeout": "1.5"}', 'timeout'],
    ['{"timeout": "315576000001s"}', 'timeout'],
    ['{"retries": "x"}', 'retries'],
    ['{"retries": 2147483648}', 'retries'],
    ['{"nothing": {"x": 1}}', 'nothing'],
    ['{"seen": {"k": "yesterday"}}', 'seen["k"].value'],
  ])('%s is an error at %s', (json, path) => {
    expect(encode({ schema, json })).toMatchObject({ ok: false, error: { source: 'json', path } });
  });

  test('imported types stay out of the type picker and the default', () => {
    expect(listTypes(schema)).toEqual({ ok: true, types: ['Job'] });
    expect(encode({ schema, json: '{}' })).toMatchObject({ ok: true, type: 'Job' });
    expect(encode({ schema, type: 'google.protobuf.Duration', json: '"2s"' })).toMatchObject({
      ok: false,
      error: { source: 'json' },
    });
  });

  test('other imports are refused at the import', () => {
    const s = 'syntax = "proto3";\nimport "google/protobuf/struct.proto";\nmessage A {}';
    expect(encode({ schema: s, json: '{}' })).toMatchObject({
      ok: false,
      error: { source: 'schema', line: 2, column: 9 },
    });
  });

  test('decoding an out-of-range Timestamp is an error, not bad JSON', () => {
    // at = { nanos: -1 }
    const bytes = new Uint8Array([0x0a, 0x0b, 0x10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    expect(decode({ schema, bytes })).toMatchObject({ ok: false, error: { source: 'type', path: 'at' } });
  });
});
