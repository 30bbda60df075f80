/**
 * The same message in the other encodings the notes' go-micro section names: minified proto3
 * JSON, MessagePack and BSON. Gzip is left to the view (`CompressionStream` is asynchronous).
 */
import { encode as msgpackEncode } from '@msgpack/msgpack';
import { calculateObjectSize as bsonSize, serialize as bsonSerialize } from 'bson';
import type { FieldValue, MessageValue, Value, ValueType, WireField } from './types.ts';
import { isDefault } from './json.ts';
import { fieldJson } from './tojson.ts';
import { readVarint, utf8Length } from './wire.ts';
import { secondsNanos } from './wkt.ts';

export interface Sizes {
  protobuf: number;
  json: number;
  msgpack: number;
  /** -1 when BSON cannot represent the message (a map key containing U+0000). */
  bson: number;
}

/**
 * Native value for the binary codecs: what a Go struct would hold. 64-bit integers stay 64-bit
 * integers (not the quoted strings JSON needs; BSON, having only signed int64, keeps the bits of a
 * uint64 above 2^63 - 1 as Go's driver does), bytes stay binary (not base64), enums are their
 * numbers; keys are the JSON names, implicit-presence defaults are left out as in JSON.
 */
export function nativeValue(msg: MessageValue): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const fv of msg.fields) {
    const { desc } = fv;
    let v: unknown;
    if (fv.kind === 'singular') {
      if (desc.presence === 'implicit' && isDefault(desc.type, fv.value)) continue;
      v = nativeScalar(desc.type, fv.value);
    } else if (fv.kind === 'repeated') {
      if (fv.values.length === 0) continue;
      v = fv.values.map((x) => nativeScalar(desc.type, x));
    } else {
      if (fv.entries.length === 0) continue;
      const m: Record<string, unknown> = {};
      for (const e of fv.entries) define(m, e.keyText, nativeScalar(desc.type, e.value));
      v = m;
    }
    define(out, desc.jsonName, v);
  }
  return out;
}

/** Plain assignment would let a map key "__proto__" replace the prototype instead of adding a key. */
function define(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function nativeScalar(type: ValueType, v: Value): unknown {
  if (type.kind !== 'message') return v;
  const msg = v as MessageValue;
  switch (msg.desc.wkt) {
    case 'timestamp': {
      // A Go time.Time: MessagePack's timestamp extension, BSON's datetime.
      const { seconds, nanos } = secondsNanos(msg.fields);
      return new Date(Number(seconds) * 1000 + Math.floor(nanos / 1e6));
    }
    case 'duration': {
      // A Go time.Duration: int64 nanoseconds.
      const { seconds, nanos } = secondsNanos(msg.fields);
      return seconds * 1_000_000_000n + BigInt(nanos);
    }
    case 'wrapper': {
      const inner = msg.fields[0];
      return inner?.kind === 'singular' ? inner.value : null;
    }
    default:
      return nativeValue(msg);
  }
}

/** Minified canonical JSON, built from per-field pieces so the per-field comparison can reuse them. */
export function jsonPieces(msg: MessageValue): { json: string; pieces: Map<FieldValue, string> } {
  const pieces = new Map<FieldValue, string>();
  for (const fv of msg.fields) {
    if (fv.kind === 'singular' && fv.desc.presence === 'implicit' && isDefault(fv.desc.type, fv.value)) continue;
    if (fv.kind === 'repeated' && fv.values.length === 0) continue;
    if (fv.kind === 'map' && fv.entries.length === 0) continue;
    pieces.set(fv, fieldJson(fv));
  }
  return { json: `{${[...pieces.values()].join(',')}}`, pieces };
}

export function computeSizes(msg: MessageValue, protobufBytes: number, canonicalJson: string): Sizes {
  const native = nativeValue(msg);
  let msgpack: number;
  try {
    msgpack = msgpackEncode(native, { useBigInt64: true }).length;
  } catch {
    msgpack = -1;
  }
  let bson: number;
  try {
    bson = bsonSize(native);
  } catch {
    bson = -1;
  }
  return { protobuf: protobufBytes, json: utf8Length(canonicalJson), msgpack, bson };
}

/**
 * The bytes behind `computeSizes`' numbers (for gzipping them in the view): UTF-8 of the canonical JSON,
 * MessagePack and BSON of the native value; null where that codec cannot represent the message.
 */
export function encodedForms(
  msg: MessageValue,
  canonicalJson: string,
): { json: Uint8Array; msgpack: Uint8Array | null; bson: Uint8Array | null } {
  const native = nativeValue(msg);
  let msgpack: Uint8Array | null;
  try {
    msgpack = msgpackEncode(native, { useBigInt64: true });
  } catch {
    msgpack = null;
  }
  let bson: Uint8Array | null;
  try {
    bson = bsonSerialize(native);
  } catch {
    bson = null;
  }
  return { json: new TextEncoder().encode(canonicalJson), msgpack, bson };
}

/** Where one top-level field's bytes go, in minified JSON and on the wire. */
export interface FieldSizeComparison {
  /** Schema name of the field. */
  name: string;
  fieldNumber: number;
  json: { total: number; key: number; value: number };
  /** Tag bytes (one per record: packed fields pay one tag, unpacked ones one per element). */
  protobuf: { total: number; tags: number; lengths: number; values: number; records: number };
}

/**
 * Per top-level field: `"key":` and value text vs tag, length prefix and value bytes. Separators
 * and braces of the JSON are not attributed to any field.
 */
export function compareFieldSizes(
  msg: MessageValue,
  fields: WireField[],
  bytes: Uint8Array,
  pieces: Map<FieldValue, string> = jsonPieces(msg).pieces,
): FieldSizeComparison[] {
  const byNumber = new Map<number, WireField[]>();
  for (const f of fields) {
    const list = byNumber.get(f.fieldNumber);
    if (list) list.push(f);
    else byNumber.set(f.fieldNumber, [f]);
  }
  return msg.fields.flatMap((fv: FieldValue) => {
    const text = pieces.get(fv);
    const records = byNumber.get(fv.desc.number);
    if (text === undefined || !records) return [];
    const key = utf8Length(JSON.stringify(fv.desc.jsonName)) + 1;
    const total = utf8Length(text);
    const pb = { total: 0, tags: 0, lengths: 0, values: 0, records: records.length };
    for (const r of records) {
      const tag = readVarint(bytes, r.start, r.end);
      const tagEnd = tag.ok ? tag.next : r.start + 1;
      let lengthEnd = tagEnd;
      if (r.wireType === 2) {
        const len = readVarint(bytes, tagEnd, r.end);
        lengthEnd = len.ok ? len.next : tagEnd;
      }
      pb.total += r.end - r.start;
      pb.tags += tagEnd - r.start;
      pb.lengths += lengthEnd - tagEnd;
      pb.values += r.end - lengthEnd;
    }
    return [
      { name: fv.desc.name, fieldNumber: fv.desc.number, json: { total, key, value: total - key }, protobuf: pb },
    ];
  });
}
