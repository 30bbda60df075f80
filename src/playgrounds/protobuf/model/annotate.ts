/**
 * The annotating encoder: typed values → bytes plus the `WireField` tree with byte spans.
 * protobufjs encodes through a writer that only learns offsets once it finishes, so this pass is
 * our own; it produces the same bytes as protobufjs' `Type.encode` (checked by tests): fields by
 * number, packed repeated scalars as one LEN record, maps as repeated key/value entry messages.
 *
 * Two passes: sizes first, so every length prefix is known before it is written and each offset
 * taken while writing is already final (no shifting of spans after the fact).
 * @see https://protobuf.dev/programming-guides/encoding/
 */
import type {
  FieldValue,
  MapEntryValue,
  MessageValue,
  ScalarType,
  ScalarValue,
  Value,
  ValueType,
  WireField,
} from './types.ts';
import type { WireType } from './wire.ts';
import { mapKeyPath } from './json.ts';
import { ByteWriter, int32Size, makeTag, utf8Length, varintSize32, varintSize64, zigzag32, zigzag64 } from './wire.ts';

/** @see https://protobuf.dev/programming-guides/encoding/#structure */
export function scalarWireType(type: ScalarType): WireType {
  switch (type) {
    case 'double':
    case 'fixed64':
    case 'sfixed64':
      return 1;
    case 'float':
    case 'fixed32':
    case 'sfixed32':
      return 5;
    case 'string':
    case 'bytes':
      return 2;
    default:
      return 0;
  }
}

/** Only VARINT, I32 and I64 values can share one LEN record. @see https://protobuf.dev/programming-guides/encoding/#packed */
export function scalarPackable(type: ScalarType): boolean {
  return scalarWireType(type) !== 2;
}

export function valueWireType(type: ValueType): WireType {
  if (type.kind === 'message') return 2;
  if (type.kind === 'enum') return 0;
  return scalarWireType(type.scalar);
}

/** Size of a scalar's value bytes, length prefix included for strings and bytes. */
export function scalarSize(type: ScalarType, v: ScalarValue): number {
  switch (type) {
    case 'int32':
      return int32Size(v as number);
    case 'uint32':
      return varintSize32(v as number);
    case 'sint32':
      return varintSize32(zigzag32(v as number));
    case 'int64':
    case 'uint64':
      return varintSize64(v as bigint);
    case 'sint64':
      return varintSize64(zigzag64(v as bigint));
    case 'fixed32':
    case 'sfixed32':
    case 'float':
      return 4;
    case 'fixed64':
    case 'sfixed64':
    case 'double':
      return 8;
    case 'bool':
      return 1;
    case 'string': {
      const n = utf8Length(v as string);
      return varintSize32(n) + n;
    }
    case 'bytes': {
      const n = (v as Uint8Array).length;
      return varintSize32(n) + n;
    }
  }
}

export function writeScalar(w: ByteWriter, type: ScalarType, v: ScalarValue): void {
  switch (type) {
    case 'int32':
      w.int32(v as number);
      return;
    case 'uint32':
      w.varint32(v as number);
      return;
    case 'sint32':
      w.varint32(zigzag32(v as number));
      return;
    case 'int64':
    case 'uint64':
      w.varint64(v as bigint);
      return;
    case 'sint64':
      w.varint64(zigzag64(v as bigint));
      return;
    case 'fixed32':
    case 'sfixed32':
      w.fixed32(v as number);
      return;
    case 'float':
      w.float(v as number);
      return;
    case 'fixed64':
    case 'sfixed64':
      w.fixed64(v as bigint);
      return;
    case 'double':
      w.double(v as number);
      return;
    case 'bool':
      w.varint32(v ? 1 : 0);
      return;
    case 'string':
      w.varint32(utf8Length(v as string));
      w.utf8(v as string);
      return;
    case 'bytes':
      w.varint32((v as Uint8Array).length);
      w.raw(v as Uint8Array);
      return;
  }
}

class Encoder {
  private readonly messageSizes = new Map<MessageValue, number>();
  private readonly payloadSizes = new Map<object, number>();
  w: ByteWriter | null = null;

  /** Bytes of a message's fields (its length prefix excluded). */
  messageSize(msg: MessageValue): number {
    const cached = this.messageSizes.get(msg);
    if (cached !== undefined) return cached;
    let n = 0;
    for (const fv of msg.fields) n += this.fieldSize(fv);
    this.messageSizes.set(msg, n);
    return n;
  }

  /** Value bytes of one element; messages include their length prefix. */
  valueSize(type: ValueType, v: Value): number {
    if (type.kind === 'message') {
      const n = this.messageSize(v as MessageValue);
      return varintSize32(n) + n;
    }
    if (type.kind === 'enum') return int32Size(v as number);
    return scalarSize(type.scalar, v as ScalarValue);
  }

  packedPayload(fv: Extract<FieldValue, { kind: 'repeated' }>): number {
    const cached = this.payloadSizes.get(fv);
    if (cached !== undefined) return cached;
    let n = 0;
    for (const v of fv.values) n += this.valueSize(fv.desc.type, v);
    this.payloadSizes.set(fv, n);
    return n;
  }

  entryPayload(fv: Extract<FieldValue, { kind: 'map' }>, e: MapEntryValue): number {
    const cached = this.payloadSizes.get(e);
    if (cached !== undefined) return cached;
    // Keys and values of map entries are always written, defaults included, as protobufjs does.
    const n = 1 + scalarSize(fv.desc.mapKey ?? 'string', e.key) + 1 + this.valueSize(fv.desc.type, e.value);
    this.payloadSizes.set(e, n);
    return n;
  }

  fieldSize(fv: FieldValue): number {
    const tag = varintSize32(makeTag(fv.desc.number, 0));
    switch (fv.kind) {
      case 'singular':
        return tag + this.valueSize(fv.desc.type, fv.value);
      case 'repeated': {
        if (fv.values.length === 0) return 0;
        if (fv.desc.packed) {
          const n = this.packedPayload(fv);
          return tag + varintSize32(n) + n;
        }
        let n = 0;
        for (const v of fv.values) n += tag + this.valueSize(fv.desc.type, v);
        return n;
      }
      case 'map': {
        let n = 0;
        for (const e of fv.entries) {
          const p = this.entryPayload(fv, e);
          n += tag + varintSize32(p) + p;
        }
        return n;
      }
    }
  }

  writeMessage(msg: MessageValue, path: string): WireField[] {
    const out: WireField[] = [];
    for (const fv of msg.fields) this.writeField(fv, path ? `${path}.${fv.desc.name}` : fv.desc.name, out);
    return out;
  }

  private writeValue(type: ValueType, v: Value, path: string): WireField[] | undefined {
    const w = this.w!;
    if (type.kind === 'message') {
      w.varint32(this.messageSize(v as MessageValue));
      return this.writeMessage(v as MessageValue, path);
    }
    if (type.kind === 'enum') w.int32(v as number);
    else writeScalar(w, type.scalar, v as ScalarValue);
    return undefined;
  }

  private record(path: string, number: number, wireType: WireType, type: ValueType, v: Value): WireField {
    const w = this.w!;
    const start = w.pos;
    w.varint32(makeTag(number, wireType));
    const children = this.writeValue(type, v, path);
    const f: WireField = { path, fieldNumber: number, wireType, start, end: w.pos };
    if (children) f.children = children;
    return f;
  }

  private writeField(fv: FieldValue, path: string, out: WireField[]): void {
    const w = this.w!;
    const { number, type } = fv.desc;
    const wt = valueWireType(type);
    switch (fv.kind) {
      case 'singular':
        out.push(this.record(path, number, wt, type, fv.value));
        return;
      case 'repeated': {
        if (fv.values.length === 0) return;
        if (!fv.desc.packed) {
          fv.values.forEach((v, i) => out.push(this.record(`${path}[${i}]`, number, wt, type, v)));
          return;
        }
        // One LEN record; the elements are its children, each without a tag of its own.
        const start = w.pos;
        w.varint32(makeTag(number, 2));
        w.varint32(this.packedPayload(fv));
        const children = fv.values.map((v, i): WireField => {
          const s = w.pos;
          this.writeValue(type, v, path);
          return { path: `${path}[${i}]`, fieldNumber: number, wireType: wt, start: s, end: w.pos };
        });
        out.push({ path, fieldNumber: number, wireType: 2, start, end: w.pos, children });
        return;
      }
      case 'map': {
        const keyType = fv.desc.mapKey ?? 'string';
        const keyWt = scalarWireType(keyType);
        for (const e of fv.entries) {
          const entryPath = mapKeyPath(path, keyType, e.keyText);
          const start = w.pos;
          w.varint32(makeTag(number, 2));
          w.varint32(this.entryPayload(fv, e));
          const keyStart = w.pos;
          w.varint32(makeTag(1, keyWt));
          writeScalar(w, keyType, e.key);
          const key: WireField = {
            path: `${entryPath}.key`,
            fieldNumber: 1,
            wireType: keyWt,
            start: keyStart,
            end: w.pos,
          };
          const value = this.record(`${entryPath}.value`, 2, wt, type, e.value);
          out.push({ path: entryPath, fieldNumber: number, wireType: 2, start, end: w.pos, children: [key, value] });
        }
        return;
      }
    }
  }
}

/** Encodes a converted message, returning its bytes and the span of every record. */
export function encodeMessage(msg: MessageValue): { bytes: Uint8Array; fields: WireField[] } {
  const enc = new Encoder();
  const w = new ByteWriter(enc.messageSize(msg));
  enc.w = w;
  const fields = enc.writeMessage(msg, '');
  return { bytes: w.bytes, fields };
}

/** Bytes one field takes on the wire, all its records together. */
export function encodedFieldSize(fv: FieldValue): number {
  return new Encoder().fieldSize(fv);
}
