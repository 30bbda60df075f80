/**
 * The wire format's building blocks, knowing nothing of schemas: varints, ZigZag, tags,
 * little-endian fixed-width numbers, UTF-8.
 * @see https://protobuf.dev/programming-guides/encoding/
 */

export type WireType = 0 | 1 | 2 | 5;

/** Names used by the encoding guide (groups, 3 and 4, are deprecated and not produced here). */
export const WIRE_TYPE_NAMES: Readonly<Record<WireType, 'VARINT' | 'I64' | 'LEN' | 'I32'>> = {
  0: 'VARINT',
  1: 'I64',
  2: 'LEN',
  5: 'I32',
};

export const MAX_FIELD_NUMBER = 536_870_911; // 2^29 - 1: the tag varint must fit in 32 bits
const MASK64 = (1n << 64n) - 1n;

/**
 * `(field_number << 3) | wire_type`, kept unsigned: `<<` on a JS number is a signed 32-bit
 * operation and would turn field numbers >= 2^28 negative.
 * @see https://protobuf.dev/programming-guides/encoding/#structure
 */
export function makeTag(fieldNumber: number, wireType: number): number {
  return fieldNumber * 8 + wireType;
}

/** Bytes a varint of an unsigned 32-bit value takes. */
export function varintSize32(value: number): number {
  const v = value >>> 0;
  if (v < 0x80) return 1;
  if (v < 0x4000) return 2;
  if (v < 0x200000) return 3;
  if (v < 0x10000000) return 4;
  return 5;
}

/** Bytes a varint of a 64-bit value takes; negative values count as their two's complement. */
export function varintSize64(value: bigint): number {
  if (value >= 0n && value < 0x1_0000_0000n) return varintSize32(Number(value));
  let v = BigInt.asUintN(64, value);
  let n = 1;
  while (v >= 0x80n) {
    v >>= 7n;
    n++;
  }
  return n;
}

/**
 * Bytes an `int32` (or enum) value takes: negatives are sign-extended to 64 bits, so always 10.
 * @see https://protobuf.dev/programming-guides/encoding/#signed-ints
 */
export function int32Size(value: number): number {
  return value < 0 ? 10 : varintSize32(value);
}

/** @see https://protobuf.dev/programming-guides/encoding/#signed-ints */
export function zigzag32(n: number): number {
  return ((n << 1) ^ (n >> 31)) >>> 0;
}

export function unzigzag32(n: number): number {
  return (n >>> 1) ^ -(n & 1);
}

/** @see https://protobuf.dev/programming-guides/encoding/#signed-ints */
export function zigzag64(n: bigint): bigint {
  return ((n << 1n) ^ (n >> 63n)) & MASK64;
}

export function unzigzag64(n: bigint): bigint {
  const u = BigInt.asUintN(64, n);
  return (u >> 1n) ^ -(u & 1n);
}

/** Writes into a buffer sized in advance, so offsets are final the moment they are taken. */
export class ByteWriter {
  readonly bytes: Uint8Array;
  pos = 0;
  private readonly view: DataView;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }

  varint32(value: number): void {
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.pos++] = v;
  }

  varint64(value: bigint): void {
    if (value >= 0n && value < 0x1_0000_0000n) {
      this.varint32(Number(value));
      return;
    }
    let v = BigInt.asUintN(64, value);
    while (v >= 0x80n) {
      this.bytes[this.pos++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.bytes[this.pos++] = Number(v);
  }

  int32(value: number): void {
    if (value < 0) this.varint64(BigInt(value));
    else this.varint32(value);
  }

  fixed32(value: number): void {
    this.view.setUint32(this.pos, value >>> 0, true);
    this.pos += 4;
  }

  fixed64(value: bigint): void {
    this.view.setBigUint64(this.pos, BigInt.asUintN(64, value), true);
    this.pos += 8;
  }

  float(value: number): void {
    this.view.setFloat32(this.pos, value, true);
    this.pos += 4;
  }

  double(value: number): void {
    this.view.setFloat64(this.pos, value, true);
    this.pos += 8;
  }

  raw(data: Uint8Array): void {
    this.bytes.set(data, this.pos);
    this.pos += data.length;
  }

  /** Strings are validated as well-formed UTF-16 before they get here. */
  utf8(text: string): void {
    const b = this.bytes;
    let p = this.pos;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        b[p++] = c;
      } else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
        c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
        b[p++] = 0xf0 | (c >> 18);
        b[p++] = 0x80 | ((c >> 12) & 0x3f);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      } else {
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = p;
  }
}

/** UTF-8 length of a well-formed string, without allocating. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A lone surrogate has no UTF-8 encoding; implementations disagree on what to emit, so we refuse it. */
export function isWellFormedUtf16(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

export type ReadResult<T> = { ok: true; value: T; next: number } | { ok: false; message: string; offset: number };

/**
 * Reads a varint as an unsigned 64-bit value. More than ten bytes is malformed; bits past 64 are
 * dropped, as protoc does.
 * @see https://protobuf.dev/programming-guides/encoding/#varints
 */
export function readVarint(bytes: Uint8Array, pos: number, end: number = bytes.length): ReadResult<bigint> {
  // Fast path: most varints fit in 28 bits and need no BigInt.
  let small = 0;
  let p = pos;
  for (let shift = 0; shift < 28 && p < end; shift += 7) {
    const b = bytes[p++] as number;
    small |= (b & 0x7f) << shift;
    if (b < 0x80) return { ok: true, value: BigInt(small >>> 0), next: p };
  }
  let value = 0n;
  p = pos;
  for (let i = 0; i < 10; i++) {
    if (p >= end) return { ok: false, message: 'truncated varint', offset: pos };
    const b = bytes[p++] as number;
    value |= BigInt(b & 0x7f) << BigInt(7 * i);
    if (b < 0x80) return { ok: true, value: value & MASK64, next: p };
  }
  return { ok: false, message: 'varint longer than 10 bytes', offset: pos };
}

/** A record's tag, split. Wire types 3 and 4 (groups) and 6, 7 are reported as errors. */
export function readTag(
  bytes: Uint8Array,
  pos: number,
  end: number = bytes.length,
): ReadResult<{ fieldNumber: number; wireType: WireType }> {
  const r = readVarint(bytes, pos, end);
  if (!r.ok) return r;
  if (r.value > 0xffff_ffffn) return { ok: false, message: 'tag does not fit in 32 bits', offset: pos };
  const tag = Number(r.value);
  const wireType = tag & 7;
  const fieldNumber = Math.floor(tag / 8);
  if (fieldNumber === 0) return { ok: false, message: 'field number 0 is invalid', offset: pos };
  if (wireType === 3 || wireType === 4)
    return { ok: false, message: `wire type ${wireType} (group) is deprecated and not supported`, offset: pos };
  if (wireType !== 0 && wireType !== 1 && wireType !== 2 && wireType !== 5)
    return { ok: false, message: `invalid wire type ${wireType}`, offset: pos };
  return { ok: true, value: { fieldNumber, wireType }, next: r.next };
}

/**
 * Where a record's value ends, given where it starts. For LEN also where the payload starts.
 * @see https://protobuf.dev/programming-guides/encoding/#length-types
 */
export function skipValue(
  bytes: Uint8Array,
  wireType: WireType,
  pos: number,
  end: number = bytes.length,
): ReadResult<{ payloadStart: number }> {
  switch (wireType) {
    case 0: {
      const r = readVarint(bytes, pos, end);
      return r.ok ? { ok: true, value: { payloadStart: pos }, next: r.next } : r;
    }
    case 1:
      return pos + 8 <= end
        ? { ok: true, value: { payloadStart: pos }, next: pos + 8 }
        : { ok: false, message: 'truncated 8-byte value', offset: pos };
    case 5:
      return pos + 4 <= end
        ? { ok: true, value: { payloadStart: pos }, next: pos + 4 }
        : { ok: false, message: 'truncated 4-byte value', offset: pos };
    case 2: {
      const r = readVarint(bytes, pos, end);
      if (!r.ok) return r;
      if (r.value > BigInt(end - r.next))
        return { ok: false, message: `length ${r.value} runs past the end of the data`, offset: pos };
      return { ok: true, value: { payloadStart: r.next }, next: r.next + Number(r.value) };
    }
  }
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function readFixed32(bytes: Uint8Array, pos: number): number {
  return viewOf(bytes).getUint32(pos, true);
}

export function readFixed64(bytes: Uint8Array, pos: number): bigint {
  return viewOf(bytes).getBigUint64(pos, true);
}

export function readFloat(bytes: Uint8Array, pos: number): number {
  return viewOf(bytes).getFloat32(pos, true);
}

export function readDouble(bytes: Uint8Array, pos: number): number {
  return viewOf(bytes).getFloat64(pos, true);
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 decode; null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    return null;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding: the proto3 JSON form of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + '=';
  }
  return out;
}

/**
 * Accepts standard and URL-safe alphabets, with or without padding, as the proto3 JSON mapping
 * requires of parsers. Null when the text is not base64.
 */
export function fromBase64(text: string): Uint8Array | null {
  let s = text;
  const firstPad = s.indexOf('=');
  if (firstPad >= 0) {
    if (!/^=={0,1}$/.test(s.slice(firstPad)) || s.length % 4 !== 0) return null;
    s = s.slice(0, firstPad);
  }
  if (s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let v: number;
    if (c >= 65 && c <= 90) v = c - 65;
    else if (c >= 97 && c <= 122) v = c - 71;
    else if (c >= 48 && c <= 57) v = c + 4;
    else if (c === 43 || c === 45)
      v = 62; // + or -
    else if (c === 47 || c === 95)
      v = 63; // / or _
    else return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function toHex(bytes: Uint8Array, separator = ' '): string {
  const parts: string[] = [];
  for (const b of bytes) parts.push(b.toString(16).padStart(2, '0'));
  return parts.join(separator);
}
