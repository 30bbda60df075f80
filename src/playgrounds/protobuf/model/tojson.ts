/**
 * Typed values → canonical proto3 JSON text: lowerCamelCase keys, 64-bit integers as strings,
 * enums by name, bytes as base64, implicit-presence defaults left out. This is what a Go service
 * using protojson would send, so it is the fair JSON to compare sizes against.
 * @see https://protobuf.dev/programming-guides/json/
 */
import type { FieldValue, MessageValue, ScalarType, Value, ValueType } from './types.ts';
import { defaultScalar, isDefault } from './json.ts';
import { toBase64 } from './wire.ts';
import { formatDuration, formatTimestamp, secondsNanos } from './wkt.ts';

/** `indent` 0 gives minified JSON. */
export function toProtoJson(msg: MessageValue, indent = 0): string {
  return messageJson(msg, indent, 0);
}

/** One field as it appears in minified JSON, `"key":value` (no separator). */
export function fieldJson(fv: FieldValue): string {
  return `${JSON.stringify(fv.desc.jsonName)}:${fieldValueJson(fv, 0, 0)}`;
}

function nl(indent: number, depth: number): string {
  return indent ? `\n${' '.repeat(indent * depth)}` : '';
}

function messageJson(msg: MessageValue, indent: number, depth: number): string {
  const parts: string[] = [];
  for (const fv of msg.fields) {
    if (fv.kind === 'singular' && fv.desc.presence === 'implicit' && isDefault(fv.desc.type, fv.value)) continue;
    if (fv.kind === 'repeated' && fv.values.length === 0) continue;
    if (fv.kind === 'map' && fv.entries.length === 0) continue;
    parts.push(`${JSON.stringify(fv.desc.jsonName)}:${indent ? ' ' : ''}${fieldValueJson(fv, indent, depth + 1)}`);
  }
  if (parts.length === 0) return '{}';
  return `{${nl(indent, depth + 1)}${parts.join(`,${nl(indent, depth + 1)}`)}${nl(indent, depth)}}`;
}

function fieldValueJson(fv: FieldValue, indent: number, depth: number): string {
  switch (fv.kind) {
    case 'singular':
      return valueJson(fv.desc.type, fv.value, indent, depth);
    case 'repeated': {
      if (fv.values.length === 0) return '[]';
      const items = fv.values.map((v) => valueJson(fv.desc.type, v, indent, depth + 1));
      return `[${nl(indent, depth + 1)}${items.join(`,${nl(indent, depth + 1)}`)}${nl(indent, depth)}]`;
    }
    case 'map': {
      if (fv.entries.length === 0) return '{}';
      const items = fv.entries.map(
        (e) =>
          `${JSON.stringify(e.keyText)}:${indent ? ' ' : ''}${valueJson(fv.desc.type, e.value, indent, depth + 1)}`,
      );
      return `{${nl(indent, depth + 1)}${items.join(`,${nl(indent, depth + 1)}`)}${nl(indent, depth)}}`;
    }
  }
}

function valueJson(type: ValueType, value: Value, indent: number, depth: number): string {
  switch (type.kind) {
    case 'message': {
      const msg = value as MessageValue;
      return msg.desc.wkt ? wktJson(msg, indent, depth) : messageJson(msg, indent, depth);
    }
    case 'enum': {
      const name = type.enum.byNumber.get(value as number);
      return name !== undefined ? JSON.stringify(name) : String(value);
    }
    case 'scalar':
      return scalarJson(type.scalar, value as Exclude<Value, MessageValue>);
  }
}

function wktJson(msg: MessageValue, indent: number, depth: number): string {
  switch (msg.desc.wkt) {
    case 'timestamp':
      // Out-of-range values are rejected when decoding, so null only guards against misuse.
      return JSON.stringify(formatTimestamp(secondsNanos(msg.fields)));
    case 'duration':
      return JSON.stringify(formatDuration(secondsNanos(msg.fields)));
    case 'wrapper': {
      const inner = msg.desc.byNumber.get(1);
      if (!inner) return 'null';
      const set = msg.fields.find((f) => f.desc === inner);
      const value = set?.kind === 'singular' ? set.value : defaultOf(inner.type);
      return valueJson(inner.type, value, indent, depth);
    }
    default:
      return '{}';
  }
}

function defaultOf(type: ValueType): Value {
  return type.kind === 'scalar' ? defaultScalar(type.scalar) : 0;
}

export function scalarJson(type: ScalarType, value: Exclude<Value, MessageValue>): string {
  switch (type) {
    case 'int64':
    case 'uint64':
    case 'sint64':
    case 'fixed64':
    case 'sfixed64':
      // Quoted: a JSON number is a double in most parsers and would lose precision past 2^53.
      return `"${String(value)}"`;
    case 'double':
      return numberJson(value as number);
    case 'float':
      return numberJson(value as number, true);
    case 'bytes':
      return `"${toBase64(value as Uint8Array)}"`;
    case 'string':
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

function numberJson(v: number, float32 = false): string {
  if (Number.isNaN(v)) return '"NaN"';
  if (v === Infinity) return '"Infinity"';
  if (v === -Infinity) return '"-Infinity"';
  if (Object.is(v, -0)) return '-0';
  return String(float32 ? shortestFloat32(v) : v);
}

/** The shortest decimal that reads back as the same float32: 0.1f prints as 0.1, not 0.10000000149011612. */
export function shortestFloat32(v: number): number {
  for (let p = 1; p <= 9; p++) {
    const candidate = Number(v.toPrecision(p));
    if (Math.fround(candidate) === v) return candidate;
  }
  return v;
}
