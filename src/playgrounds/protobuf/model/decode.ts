/**
 * Bytes → `WireField` tree, with a schema (values, then proto3 JSON) or without one, the way
 * `protoc --decode_raw` reads them.
 * @see https://protobuf.dev/programming-guides/encoding/
 */
import type {
  FieldDesc,
  FieldValue,
  MapEntryValue,
  MessageDesc,
  MessageValue,
  ScalarType,
  ScalarValue,
  Value,
  ValueType,
  WireField,
} from './types.ts';
import type { WireType } from './wire.ts';
import { defaultScalar, mapKeyPath, objectKeyOrder } from './json.ts';
import { MAX_JSON_DEPTH } from './jsonparse.ts';
import { formatDuration, formatTimestamp, secondsNanos } from './wkt.ts';
import { scalarWireType, valueWireType } from './annotate.ts';
import {
  decodeUtf8,
  readDouble,
  readFixed32,
  readFixed64,
  readFloat,
  readTag,
  readVarint,
  skipValue,
  unzigzag32,
  unzigzag64,
} from './wire.ts';

export class DecodeError {
  constructor(
    readonly message: string,
    readonly offset: number,
    readonly path: string,
  ) {}
}

// One more than the JSON depth limit, so whatever `encode` accepts, `decode` reads back.
const MAX_DEPTH = MAX_JSON_DEPTH + 1;

/** One record, before its value is interpreted. */
interface RawRecord {
  fieldNumber: number;
  wireType: WireType;
  start: number;
  payloadStart: number;
  end: number;
}

function scan(bytes: Uint8Array, start: number, end: number, path: string): RawRecord[] {
  const out: RawRecord[] = [];
  let pos = start;
  while (pos < end) {
    const tag = readTag(bytes, pos, end);
    if (!tag.ok) throw new DecodeError(tag.message, tag.offset, path);
    const { fieldNumber, wireType } = tag.value;
    const value = skipValue(bytes, wireType, tag.next, end);
    if (!value.ok) throw new DecodeError(value.message, value.offset, path);
    out.push({ fieldNumber, wireType, start: pos, payloadStart: value.value.payloadStart, end: value.next });
    pos = value.next;
  }
  return out;
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function packable(type: ValueType): boolean {
  return type.kind === 'enum' || (type.kind === 'scalar' && scalarWireType(type.scalar) !== 2);
}

/** Reads one scalar whose value bytes start at `pos` (after the tag, or inside a packed run). */
function readScalar(
  type: ScalarType,
  bytes: Uint8Array,
  pos: number,
  end: number,
  path: string,
): { value: ScalarValue; next: number } {
  const wt = scalarWireType(type);
  if (wt === 0) {
    const r = readVarint(bytes, pos, end);
    if (!r.ok) throw new DecodeError(r.message, r.offset, path);
    const v = r.value;
    let value: ScalarValue;
    switch (type) {
      case 'int32':
        value = Number(BigInt.asIntN(32, v));
        break;
      case 'uint32':
        value = Number(BigInt.asUintN(32, v));
        break;
      case 'sint32':
        value = unzigzag32(Number(BigInt.asUintN(32, v)));
        break;
      case 'int64':
        value = BigInt.asIntN(64, v);
        break;
      case 'sint64':
        value = unzigzag64(v);
        break;
      case 'bool':
        value = v !== 0n;
        break;
      default:
        value = v;
    }
    return { value, next: r.next };
  }
  if (wt === 5) {
    if (pos + 4 > end) throw new DecodeError('truncated 4-byte value', pos, path);
    const value =
      type === 'float'
        ? readFloat(bytes, pos)
        : type === 'sfixed32'
          ? readFixed32(bytes, pos) | 0
          : readFixed32(bytes, pos);
    return { value, next: pos + 4 };
  }
  if (wt === 1) {
    if (pos + 8 > end) throw new DecodeError('truncated 8-byte value', pos, path);
    const value =
      type === 'double'
        ? readDouble(bytes, pos)
        : type === 'sfixed64'
          ? BigInt.asIntN(64, readFixed64(bytes, pos))
          : readFixed64(bytes, pos);
    return { value, next: pos + 8 };
  }
  // LEN: the caller has already read the length; `pos..end` is exactly the payload.
  const payload = bytes.slice(pos, end);
  if (type === 'string') {
    const text = decodeUtf8(payload);
    if (text === null) throw new DecodeError('string field holds invalid UTF-8', pos, path);
    return { value: text, next: end };
  }
  return { value: payload, next: end };
}

/** Message under construction: repeated fields append, singular ones are replaced (last one wins). */
class MessageAcc {
  readonly values = new Map<FieldDesc, FieldValue>();
  constructor(readonly desc: MessageDesc) {}

  finish(path: string, offset: number): MessageValue {
    for (const f of this.desc.fields) {
      if (f.presence === 'required' && !this.values.has(f))
        throw new DecodeError(`required field ${f.name} is missing`, offset, join(path, f.name));
    }
    const fields = [...this.values.values()].sort((a, b) => a.desc.number - b.desc.number);
    for (const fv of fields) if (fv.kind === 'map') fv.entries = objectKeyOrder(fv.entries);
    const wkt = this.desc.wkt;
    if (wkt === 'timestamp' || wkt === 'duration') {
      // Their JSON form only exists inside the documented range.
      const v = secondsNanos(fields);
      if ((wkt === 'timestamp' ? formatTimestamp(v) : formatDuration(v)) === null)
        throw new DecodeError(
          `${this.desc.fullName} out of range (seconds ${v.seconds}, nanos ${v.nanos})`,
          offset,
          path,
        );
    }
    return { desc: this.desc, fields };
  }
}

/**
 * Decodes a message body. Singular embedded messages that appear twice are merged, as the guide
 * requires; `accs` keeps each message's accumulator so a later record can continue it.
 * @see https://protobuf.dev/programming-guides/encoding/#last-one-wins
 */
class SchemaDecoder {
  private readonly accs = new WeakMap<MessageValue, MessageAcc>();

  constructor(private readonly bytes: Uint8Array) {}

  message(
    desc: MessageDesc,
    start: number,
    end: number,
    path: string,
    depth: number,
    into?: MessageAcc,
  ): { acc: MessageAcc; fields: WireField[] } {
    if (depth > MAX_DEPTH) throw new DecodeError(`messages nested deeper than ${MAX_DEPTH}`, start, path);
    const acc = into ?? new MessageAcc(desc);
    const fields: WireField[] = [];
    for (const rec of scan(this.bytes, start, end, path)) {
      const field = desc.byNumber.get(rec.fieldNumber);
      const fieldPath = field ? join(path, field.name) : join(path, `#${rec.fieldNumber}`);
      const expected = field ? (field.cardinality === 'map' ? 2 : valueWireType(field.type)) : -1;
      const packedRecord = field?.cardinality === 'repeated' && rec.wireType === 2 && packable(field.type);
      if (!field || (rec.wireType !== expected && !packedRecord)) {
        // Unknown field, or a wire type the schema cannot produce: kept in the tree, left out of the JSON.
        fields.push({
          path: fieldPath,
          fieldNumber: rec.fieldNumber,
          wireType: rec.wireType,
          start: rec.start,
          end: rec.end,
        });
        continue;
      }
      fields.push(this.field(acc, field, rec, fieldPath, depth));
    }
    return { acc, fields };
  }

  private value(
    type: ValueType,
    rec: RawRecord,
    path: string,
    depth: number,
    existing?: Value,
  ): { value: Value; children?: WireField[] } {
    if (type.kind === 'message') {
      const into = existing !== undefined ? this.accs.get(existing as MessageValue) : undefined;
      const payloadEnd = rec.end;
      const { acc, fields } = this.message(type.message, rec.payloadStart, payloadEnd, path, depth + 1, into);
      const value = acc.finish(path, rec.start);
      this.accs.set(value, acc);
      return { value, children: fields };
    }
    const scalar = type.kind === 'enum' ? 'int32' : type.scalar;
    return { value: readScalar(scalar, this.bytes, rec.payloadStart, rec.end, path).value };
  }

  private field(acc: MessageAcc, field: FieldDesc, rec: RawRecord, path: string, depth: number): WireField {
    const wf: WireField = {
      path,
      fieldNumber: rec.fieldNumber,
      wireType: rec.wireType,
      start: rec.start,
      end: rec.end,
    };
    if (field.cardinality === 'singular') {
      const prev = acc.values.get(field);
      const { value, children } = this.value(
        field.type,
        rec,
        path,
        depth,
        prev?.kind === 'singular' ? prev.value : undefined,
      );
      if (field.oneof !== undefined)
        for (const other of acc.values.keys())
          if (other.oneof === field.oneof && other !== field) acc.values.delete(other);
      acc.values.set(field, { desc: field, kind: 'singular', value });
      if (children) wf.children = children;
      return wf;
    }
    if (field.cardinality === 'repeated') {
      let fv = acc.values.get(field);
      if (!fv || fv.kind !== 'repeated') {
        fv = { desc: field, kind: 'repeated', values: [] };
        acc.values.set(field, fv);
      }
      const values = fv.values;
      if (rec.wireType === 2 && packable(field.type)) {
        const scalar =
          field.type.kind === 'enum' ? 'int32' : field.type.kind === 'scalar' ? field.type.scalar : 'int32';
        const elementWt = valueWireType(field.type);
        const children: WireField[] = [];
        let pos = rec.payloadStart;
        while (pos < rec.end) {
          const elementPath = `${path}[${values.length}]`;
          const r = readScalar(scalar, this.bytes, pos, rec.end, elementPath);
          children.push({
            path: elementPath,
            fieldNumber: rec.fieldNumber,
            wireType: elementWt,
            start: pos,
            end: r.next,
          });
          values.push(r.value);
          pos = r.next;
        }
        wf.children = children;
        return wf;
      }
      wf.path = `${path}[${values.length}]`;
      const { value, children } = this.value(field.type, rec, wf.path, depth);
      values.push(value);
      if (children) wf.children = children;
      return wf;
    }
    return this.mapEntry(acc, field, rec, path, depth);
  }

  private mapEntry(acc: MessageAcc, field: FieldDesc, rec: RawRecord, path: string, depth: number): WireField {
    const keyType = field.mapKey ?? 'string';
    const keyWt = scalarWireType(keyType);
    const records = scan(this.bytes, rec.payloadStart, rec.end, path);
    // The key decides the entry's path, and the value may come first: find the key before decoding.
    let key: ScalarValue = defaultScalar(keyType);
    for (const r of records) {
      if (r.fieldNumber === 1 && r.wireType === keyWt)
        key = readScalar(keyType, this.bytes, r.payloadStart, r.end, path).value;
    }
    const keyText = String(key);
    const entryPath = mapKeyPath(path, keyType, keyText);
    let value: Value | undefined;
    const children: WireField[] = [];
    for (const r of records) {
      if (r.fieldNumber === 1 && r.wireType === keyWt) {
        children.push({ path: `${entryPath}.key`, fieldNumber: 1, wireType: keyWt, start: r.start, end: r.end });
      } else if (r.fieldNumber === 2 && r.wireType === valueWireType(field.type)) {
        const decoded = this.value(field.type, r, `${entryPath}.value`, depth, value);
        value = decoded.value;
        const wf: WireField = {
          path: `${entryPath}.value`,
          fieldNumber: 2,
          wireType: r.wireType,
          start: r.start,
          end: r.end,
        };
        if (decoded.children) wf.children = decoded.children;
        children.push(wf);
      } else {
        children.push({
          path: `${entryPath}.#${r.fieldNumber}`,
          fieldNumber: r.fieldNumber,
          wireType: r.wireType,
          start: r.start,
          end: r.end,
        });
      }
    }
    if (value === undefined) value = defaultValue(field.type);
    let fv = acc.values.get(field);
    if (!fv || fv.kind !== 'map') {
      fv = { desc: field, kind: 'map', entries: [] };
      acc.values.set(field, fv);
    }
    const entry: MapEntryValue = { key, keyText, value };
    const at = fv.entries.findIndex((e) => e.keyText === keyText);
    if (at >= 0) fv.entries[at] = entry;
    else fv.entries.push(entry);
    return { path: entryPath, fieldNumber: rec.fieldNumber, wireType: 2, start: rec.start, end: rec.end, children };
  }
}

function defaultValue(type: ValueType): Value {
  if (type.kind === 'message') return { desc: type.message, fields: [] };
  if (type.kind === 'enum') return type.enum.values[0]?.number ?? 0;
  return defaultScalar(type.scalar);
}

/** Schema-aware decode. Throws `DecodeError`, which the facade turns into a value. */
export function decodeMessage(bytes: Uint8Array, desc: MessageDesc): { message: MessageValue; fields: WireField[] } {
  const { acc, fields } = new SchemaDecoder(bytes).message(desc, 0, bytes.length, '', 0);
  return { message: acc.finish('', 0), fields };
}

/**
 * Schema-blind decode, like `protoc --decode_raw`: a LEN payload that parses as a message is shown
 * as one (children), otherwise it is a string or bytes (no children). Paths are field numbers,
 * `#3.#1`, with an index when a number repeats at one level: `#5[0]`, `#5[1]`.
 */
export function decodeRawMessage(bytes: Uint8Array): WireField[] {
  return rawLevel(bytes, 0, bytes.length, '', 0, true) ?? [];
}

function rawLevel(
  bytes: Uint8Array,
  start: number,
  end: number,
  path: string,
  depth: number,
  top: boolean,
): WireField[] | null {
  let records: RawRecord[];
  try {
    records = scan(bytes, start, end, path);
  } catch (e) {
    if (top) throw e;
    return null;
  }
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.fieldNumber, (counts.get(r.fieldNumber) ?? 0) + 1);
  const seen = new Map<number, number>();
  return records.map((r) => {
    const i = seen.get(r.fieldNumber) ?? 0;
    seen.set(r.fieldNumber, i + 1);
    const name = (counts.get(r.fieldNumber) ?? 0) > 1 ? `#${r.fieldNumber}[${i}]` : `#${r.fieldNumber}`;
    const p = join(path, name);
    const wf: WireField = { path: p, fieldNumber: r.fieldNumber, wireType: r.wireType, start: r.start, end: r.end };
    if (
      r.wireType === 2 &&
      r.end > r.payloadStart &&
      depth < MAX_DEPTH &&
      !looksLikeText(bytes, r.payloadStart, r.end)
    ) {
      const children = rawLevel(bytes, r.payloadStart, r.end, p, depth + 1, false);
      if (children) wf.children = children;
    }
    return wf;
  });
}

/**
 * Short printable text often also parses as a message (two spaces are field 4 = 32), so printable
 * UTF-8 is read as a string; anything else that parses is shown as a nested message.
 */
function looksLikeText(bytes: Uint8Array, start: number, end: number): boolean {
  const text = decodeUtf8(bytes.subarray(start, end));
  return text !== null && /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}\t\n\r]*$/u.test(text);
}
