/**
 * Starting points for the playground and for lessons embedding it. The `Test1`…`Test6` messages
 * are the encoding guide's own examples, so the page's bytes can be checked against the guide.
 * @see https://protobuf.dev/programming-guides/encoding/
 */

export interface Preset {
  id: string;
  schema: string;
  type: string;
  json: string;
}

const HELLO = `syntax = "proto3";

package helloworld;

// The greeter service from the notes.
service Greeter {
  rpc SayHello(HelloRequest) returns (HelloResponse);
}

message HelloRequest {
  string greeting = 1;
}

message HelloResponse {
  string reply = 1;
}
`;

const GUIDE = `syntax = "proto3";

// The encoding guide's examples.
message Test1 {
  int32 a = 1;
}

message Test2 {
  string b = 2;
}

message Test3 {
  Test1 c = 3;
}

message Test4 {
  string d = 4;
  repeated int32 e = 5; // packed: the proto3 default
}
`;

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

export const PRESETS: readonly Preset[] = [
  { id: 'hello-request', schema: HELLO, type: 'helloworld.HelloRequest', json: json({ greeting: 'hello' }) },
  { id: 'hello-response', schema: HELLO, type: 'helloworld.HelloResponse', json: json({ reply: 'hello, world' }) },
  // 08 96 01
  { id: 'varint-150', schema: GUIDE, type: 'Test1', json: json({ a: 150 }) },
  // 12 07 74 65 73 74 69 6e 67
  { id: 'string', schema: GUIDE, type: 'Test2', json: json({ b: 'testing' }) },
  // 1a 03 08 96 01
  { id: 'nested', schema: GUIDE, type: 'Test3', json: json({ c: { a: 150 } }) },
  // 22 05 68 65 6c 6c 6f 2a 03 01 02 03
  { id: 'packed', schema: GUIDE, type: 'Test4', json: json({ d: 'hello', e: [1, 2, 3] }) },
  {
    id: 'unpacked',
    schema: `syntax = "proto2";

// The guide's Test4 as proto2 writes it: one record per element.
message Test4 {
  optional string d = 4;
  repeated int32 e = 5;
}

// And Test5, packed on request.
message Test5 {
  repeated int32 f = 6 [packed = true];
}
`,
    type: 'Test4',
    json: json({ d: 'hello', e: [1, 2, 3] }),
  },
  {
    id: 'negative',
    schema: `syntax = "proto3";

// -2 as int32 is sign-extended to 64 bits: ten bytes.
// As sint32 ZigZag makes it 3: one byte.
message Temperature {
  int32 as_int32 = 1;
  sint32 as_sint32 = 2;
  int64 as_int64 = 3;
  sint64 as_sint64 = 4;
}
`,
    type: 'Temperature',
    json: json({ asInt32: -2, asSint32: -2, asInt64: '-2', asSint64: '-2' }),
  },
  {
    id: 'int64',
    schema: `syntax = "proto3";

// JSON numbers are doubles: past 2^53 they lose digits, so proto3 JSON writes 64-bit integers as strings.
message Snowflake {
  int64 id = 1;
  uint64 max = 2;
  fixed64 fixed = 3;
}
`,
    type: 'Snowflake',
    json: json({ id: '9007199254740993', max: '18446744073709551615', fixed: '9007199254740993' }),
  },
  {
    id: 'enum',
    schema: `syntax = "proto3";

enum Status {
  STATUS_UNSPECIFIED = 0; // the default: never written
  STATUS_ACTIVE = 1;
  STATUS_SUSPENDED = 2;
}

message Account {
  string name = 1;
  Status status = 2;
}
`,
    type: 'Account',
    json: json({ name: 'gopher', status: 'STATUS_ACTIVE' }),
  },
  {
    id: 'map',
    schema: `syntax = "proto3";

// The guide's Test6: a map is a repeated message of key = 1, value = 2.
message Test6 {
  map<string, int32> g = 7;
}
`,
    type: 'Test6',
    json: json({ g: { apples: 3, pears: 150 } }),
  },
  {
    id: 'oneof',
    schema: `syntax = "proto3";

// A oneof is no different on the wire: only the member that is set is written.
message Payment {
  int64 amount_cents = 1;
  oneof method {
    string card_token = 2;
    string iban = 3;
    bool cash = 4;
  }
}
`,
    type: 'Payment',
    json: json({ amountCents: '1999', cardToken: 'tok_visa' }),
  },
  {
    id: 'bytes',
    schema: `syntax = "proto3";

// bytes are raw on the wire but base64 in JSON: a third bigger.
message Upload {
  string name = 1;
  bytes sha256 = 2;
}
`,
    type: 'Upload',
    json: json({ name: 'logo.png', sha256: 'LCa0a2j/xo/5m0U8HTBBNBNCLXBkg7+g+YpeiGJm564=' }),
  },
  {
    id: 'fixed',
    schema: `syntax = "proto3";

// Fixed-width numbers: four or eight bytes, little-endian, whatever the value.
message Point {
  double lat = 1;
  float lng = 2;
  fixed32 id = 3;
  sfixed64 offset = 4;
}
`,
    type: 'Point',
    json: json({ lat: 52.52, lng: 13.405, id: 150, offset: '-1' }),
  },
  {
    id: 'well-known',
    schema: `syntax = "proto3";

import "google/protobuf/timestamp.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/wrappers.proto";

// Well-known types have special JSON forms but are plain messages on the wire:
// a Timestamp is { int64 seconds = 1; int32 nanos = 2; }.
message Job {
  string id = 1;
  google.protobuf.Timestamp created_at = 2;
  google.protobuf.Duration timeout = 3;
  google.protobuf.Int32Value retries = 4; // a wrapper tells 0 apart from "not set"
}
`,
    type: 'Job',
    json: json({ id: 'job-1', createdAt: '2024-05-01T12:00:00.500Z', timeout: '1.5s', retries: 0 }),
  },
  {
    id: 'proto2',
    schema: `syntax = "proto2";

// proto2 tracks presence: a set optional field is written even when it holds the default,
// and a required field must be set.
message Person {
  required string name = 1;
  optional int32 id = 2;
  optional string email = 3 [default = "none"];
  repeated string phones = 4;
}
`,
    type: 'Person',
    json: json({ name: 'Ada', id: 0, phones: ['555-0100'] }),
  },
];
