/**
 * One record worked out byte by byte, as structured data (numbers and kinds, no prose: the view
 * localizes). Everything is recomputed from the bytes, so it explains a decoded record exactly as
 * well as an encoded one.
 * @see https://protobuf.dev/programming-guides/encoding/
 */
import type { ScalarType, TextSpan, WireField } from './types.ts';
import type { WireType } from './wire.ts';
import { WIRE_TYPE_NAMES, decodeUtf8, readTag, readVarint, unzigzag64 } from './wire.ts';

/** Byte ranges of a record's parts. A packed element has no tag; only LEN records have a length. */
export interface FieldParts {
  tag?: TextSpan;
  length?: TextSpan;
  value: TextSpan;
}

/**
 * One byte of a varint: the continuation bit (MSB) says whether another byte follows, the low
 * seven bits are `payload`, worth `payload << shift` (groups are little-endian: first byte lowest).
 * @see https://protobuf.dev/programming-guides/encoding/#varints
 */
export interface VarintGroup {
  offset: number;
  byte: number;
  continuation: boolean;
  payload: number;
  shift: number;
}

export interface VarintExplanation {
  start: number;
  end: number;
  groups: VarintGroup[];
  /** The concatenated payloads as an unsigned 64-bit integer. */
  value: bigint;
}

/** `tag = (fieldNumber << 3) | wireType`; `shifted` is `fieldNumber << 3`. */
export interface TagExplanation {
  varint: VarintExplanation;
  tag: number;
  fieldNumber: number;
  shifted: number;
  wireType: WireType;
  wireTypeName: 'VARINT' | 'I64' | 'LEN' | 'I32';
}

/** What a field's declared type makes of the bytes; without a type, the view can list the readings. */
export type Interpretation =
  | { type: 'uint32' | 'uint64' | 'enum' | 'bool'; display: string }
  | {
      /**
       * `int32`/`int64`: a negative value is its 64-bit two's complement, `2^64 - |value|`, whose top
       * bit is set, so the varint needs all ten 7-bit groups.
       * @see https://protobuf.dev/programming-guides/encoding/#signed-ints
       */
      type: 'int32' | 'int64';
      display: string;
      negative: boolean;
      unsigned64: bigint;
    }
  | {
      /** `sint32`/`sint64`: ZigZag maps 0, -1, 1, -2 … to 0, 1, 2, 3 …, `(n << 1) ^ (n >> bits-1)`. */
      type: 'sint32' | 'sint64';
      display: string;
      zigzagEncoded: bigint;
      decoded: bigint;
    }
  | { type: 'fixed32' | 'sfixed32' | 'float' | 'fixed64' | 'sfixed64' | 'double'; display: string }
  | { type: 'string'; display: string }
  | { type: 'bytes'; display: string }
  | { type: 'message'; display: string; fieldCount: number }
  | { type: 'packed'; display: string; elementCount: number };

export type ValueExplanation =
  | {
      kind: 'varint';
      varint: VarintExplanation;
      unsigned: bigint;
      /** As int64 (two's complement). */
      signed: bigint;
      /** As ZigZag-decoded sint64. */
      zigzag: bigint;
    }
  | {
      /**
       * Fixed width, little-endian: `bytes` in wire order, `bigEndianHex` the same bytes reversed
       * the way one writes the number.
       * @see https://protobuf.dev/programming-guides/encoding/#non-varint-numbers
       */
      kind: 'i32' | 'i64';
      start: number;
      end: number;
      bytes: number[];
      bigEndianHex: string;
      unsigned: bigint;
      signed: bigint;
      float: number;
    }
  | {
      /** @see https://protobuf.dev/programming-guides/encoding/#length-types */
      kind: 'len';
      length: VarintExplanation;
      payload: TextSpan;
      /** The payload as UTF-8 text, or null when it is not valid UTF-8. */
      utf8: string | null;
    };

export interface FieldExplanation {
  parts: FieldParts;
  /** Absent for a packed element: packing pays one tag for all elements. */
  tag?: TagExplanation;
  value: ValueExplanation;
  interpretation?: Interpretation;
}

export type ExplainType = ScalarType | 'enum' | 'message' | 'packed';

export function explainVarint(bytes: Uint8Array, start: number, end = bytes.length): VarintExplanation | null {
  const r = readVarint(bytes, start, end);
  if (!r.ok) return null;
  const groups: VarintGroup[] = [];
  for (let p = start; p < r.next; p++) {
    const byte = bytes[p] as number;
    groups.push({ offset: p, byte, continuation: byte >= 0x80, payload: byte & 0x7f, shift: 7 * (p - start) });
  }
  return { start, end: r.next, groups, value: r.value };
}

/**
 * A record has a tag when the bytes at `start` read as a tag with the field's number and wire type
 * and the record then ends exactly at `end`. A packed element never does: it is a single varint or
 * fixed-width value, too short to be a tag plus a value.
 */
function hasTag(field: WireField, bytes: Uint8Array): boolean {
  const tag = readTag(bytes, field.start, field.end);
  if (!tag.ok || tag.value.fieldNumber !== field.fieldNumber || tag.value.wireType !== field.wireType) return false;
  const valueEnd = valueEndAt(bytes, field.wireType, tag.next, field.end);
  return valueEnd === field.end;
}

function valueEndAt(bytes: Uint8Array, wireType: WireType, pos: number, end: number): number | null {
  switch (wireType) {
    case 0: {
      const r = readVarint(bytes, pos, end);
      return r.ok ? r.next : null;
    }
    case 1:
      return pos + 8 <= end ? pos + 8 : null;
    case 5:
      return pos + 4 <= end ? pos + 4 : null;
    case 2: {
      const r = readVarint(bytes, pos, end);
      return r.ok && r.value <= BigInt(end - r.next) ? r.next + Number(r.value) : null;
    }
  }
}

/** Tag, length and value byte ranges of a record (for colouring the hex dump); null if the span is not a record. */
export function fieldParts(field: WireField, bytes: Uint8Array): FieldParts | null {
  if (field.start < 0 || field.end > bytes.length || field.start >= field.end) return null;
  let pos = field.start;
  const parts: FieldParts = { value: { start: pos, end: field.end } };
  if (hasTag(field, bytes)) {
    const tag = readTag(bytes, pos, field.end);
    if (!tag.ok) return null;
    parts.tag = { start: pos, end: tag.next };
    pos = tag.next;
  }
  if (field.wireType === 2) {
    const len = readVarint(bytes, pos, field.end);
    if (!len.ok || len.value !== BigInt(field.end - len.next)) return null;
    parts.length = { start: pos, end: len.next };
    pos = len.next;
  }
  parts.value = { start: pos, end: field.end };
  return valueEndAt(bytes, field.wireType, parts.length ? parts.length.start : pos, field.end) === field.end
    ? parts
    : null;
}

function hexBE(bytes: number[]): string {
  return bytes
    .slice()
    .reverse()
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/**
 * Works out one record (or packed element). `type` is the field's declared type when known; with
 * it the explanation says what the bytes mean (zigzag, two's complement, float …).
 */
export function explainField(field: WireField, bytes: Uint8Array, type?: ExplainType): FieldExplanation | null {
  try {
    return explainUnsafe(field, bytes, type);
  } catch {
    return null;
  }
}

function explainUnsafe(field: WireField, bytes: Uint8Array, type?: ExplainType): FieldExplanation | null {
  const parts = fieldParts(field, bytes);
  if (!parts) return null;
  const out: FieldExplanation = { parts, value: null as unknown as ValueExplanation };
  if (parts.tag) {
    const varint = explainVarint(bytes, parts.tag.start, parts.tag.end);
    if (!varint) return null;
    const tag = Number(varint.value);
    out.tag = {
      varint,
      tag,
      fieldNumber: field.fieldNumber,
      shifted: field.fieldNumber * 8,
      wireType: field.wireType,
      wireTypeName: WIRE_TYPE_NAMES[field.wireType],
    };
  }
  const { start, end } = parts.value;
  if (field.wireType === 0) {
    const varint = explainVarint(bytes, start, end);
    if (!varint) return null;
    const u = varint.value;
    out.value = { kind: 'varint', varint, unsigned: u, signed: BigInt.asIntN(64, u), zigzag: unzigzag64(u) };
  } else if (field.wireType === 1 || field.wireType === 5) {
    const width = field.wireType === 1 ? 8 : 4;
    const raw = Array.from(bytes.subarray(start, start + width));
    const view = new DataView(bytes.buffer, bytes.byteOffset + start, width);
    const unsigned = width === 8 ? view.getBigUint64(0, true) : BigInt(view.getUint32(0, true));
    out.value = {
      kind: width === 8 ? 'i64' : 'i32',
      start,
      end,
      bytes: raw,
      bigEndianHex: hexBE(raw),
      unsigned,
      signed: BigInt.asIntN(width * 8, unsigned),
      float: width === 8 ? view.getFloat64(0, true) : view.getFloat32(0, true),
    };
  } else {
    const length = explainVarint(bytes, parts.length!.start, parts.length!.end);
    if (!length) return null;
    out.value = { kind: 'len', length, payload: { start, end }, utf8: decodeUtf8(bytes.subarray(start, end)) };
  }
  if (type !== undefined) {
    const interpretation = interpret(type, out.value, field, bytes);
    if (interpretation) out.interpretation = interpretation;
  }
  return out;
}

function interpret(type: ExplainType, v: ValueExplanation, field: WireField, bytes: Uint8Array): Interpretation | null {
  if (v.kind === 'varint') {
    switch (type) {
      case 'int32':
      case 'int64': {
        const n = type === 'int32' ? BigInt.asIntN(32, v.unsigned) : v.signed;
        return { type, display: String(n), negative: n < 0n, unsigned64: v.unsigned };
      }
      case 'sint32':
      case 'sint64': {
        const decoded = type === 'sint32' ? BigInt.asIntN(32, v.zigzag) : v.zigzag;
        return { type, display: String(decoded), zigzagEncoded: v.unsigned, decoded };
      }
      case 'uint32':
        return { type, display: String(BigInt.asUintN(32, v.unsigned)) };
      case 'uint64':
        return { type, display: String(v.unsigned) };
      case 'bool':
        return { type, display: v.unsigned !== 0n ? 'true' : 'false' };
      case 'enum':
        return { type, display: String(BigInt.asIntN(32, v.unsigned)) };
      default:
        return null;
    }
  }
  if (v.kind === 'i32' || v.kind === 'i64') {
    switch (type) {
      case 'fixed32':
      case 'fixed64':
        return { type, display: String(v.unsigned) };
      case 'sfixed32':
      case 'sfixed64':
        return { type, display: String(v.signed) };
      case 'float':
      case 'double':
        return { type, display: String(v.float) };
      default:
        return null;
    }
  }
  if (v.kind !== 'len') return null;
  switch (type) {
    case 'string':
      return { type, display: v.utf8 !== null ? JSON.stringify(v.utf8) : '' };
    case 'bytes':
      return {
        type,
        display: Array.from(bytes.subarray(v.payload.start, v.payload.end), (b) =>
          b.toString(16).padStart(2, '0'),
        ).join(' '),
      };
    case 'message':
      return { type, display: `{${field.children?.length ?? 0}}`, fieldCount: field.children?.length ?? 0 };
    case 'packed':
      return { type, display: `[${field.children?.length ?? 0}]`, elementCount: field.children?.length ?? 0 };
    default:
      return null;
  }
}
