/**
 * `npx vitest bench src/playgrounds/protobuf`: the model's encode on a ~4 KB JSON order (27 items)
 * against plain protobufjs on the same message (issue 4's performance section: goal, annotated
 * encode within 3× of plain `Type.encode`), and what the view adds per keystroke.
 */
import { bench, describe } from 'vitest';
import { encode, encodeDetailed, encodeForms, listTypes } from './model.ts';
import { findMessage, loadSchema } from './model/schema.ts';
import { convertJson } from './model/json.ts';
import { encodeMessage } from './model/annotate.ts';

const schema = `syntax = "proto3";
enum Kind { KIND_UNSPECIFIED = 0; KIND_BOOK = 1; KIND_TOOL = 2; }
message Item {
  int64 id = 1;
  string name = 2;
  repeated int32 tags = 3;
  double price = 4;
  Kind kind = 5;
  map<string, string> attrs = 6;
  bool active = 7;
}
message Order {
  string order_id = 1;
  repeated Item items = 2;
  int64 created_at = 3;
}`;

const item = (i: number) => ({
  id: String(1_000_000 + i),
  name: `item number ${i}`,
  tags: [1, 2, 300, 40000],
  price: 19.99 + i,
  kind: 'KIND_BOOK',
  attrs: { color: 'red', size: 'L' },
  active: true,
});
const json = JSON.stringify({
  orderId: 'ord-123',
  items: Array.from({ length: 27 }, (_, i) => item(i)),
  createdAt: '1700000000000',
});

const loaded = loadSchema(schema);
if (!loaded.ok) throw new Error('bench schema');
const desc = findMessage(loaded.schema, 'Order');
if (!desc.ok) throw new Error('bench type');
const converted = convertJson(json, desc.message);
if (!converted.ok) throw new Error('bench json');
const Order = loaded.schema.root.lookupType('Order');
const plainObject = Order.fromObject(JSON.parse(json));

describe(`encode ${json.length} bytes of JSON`, () => {
  bench('model encode (parse + convert + annotate + sizes)', () => {
    encode({ schema, type: 'Order', json });
  });
  bench('model encodeDetailed (+ spans, per-field sizes)', () => {
    encodeDetailed({ schema, type: 'Order', json });
  });
  bench('model convert + annotate (no sizes)', () => {
    const c = convertJson(json, desc.message);
    if (c.ok) encodeMessage(c.message);
  });
  bench('model annotate only', () => {
    encodeMessage(converted.message);
  });
  bench('protobufjs Type.encode', () => {
    Order.encode(plainObject).finish();
  });
  bench('protobufjs JSON.parse + fromObject + encode', () => {
    Order.encode(Order.fromObject(JSON.parse(json))).finish();
  });
});

// What one keystroke costs the view beyond encodeDetailed: the type picker (schema cached) and,
// after paint, the JSON/MessagePack/BSON bytes that are gzipped for the size comparison.
describe(`view work per edit, ${json.length} bytes of JSON`, () => {
  bench('listTypes (cached schema)', () => {
    listTypes(schema);
  });
  bench('encodeForms (JSON, MessagePack, BSON bytes)', () => {
    encodeForms({ schema, type: 'Order', json });
  });
});
