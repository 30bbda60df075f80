/**
 * proto3 JSON → typed values, strictly. protobufjs' `fromObject` drops unknown keys and turns
 * wrong types into 0; a learning tool must instead say which field is wrong and where.
 * @see https://protobuf.dev/programming-guides/json/
 */
import type {
  EnumDesc,
  FieldDesc,
  FieldValue,
  InputError,
  JsonSpan,
  MapEntryValue,
  MessageDesc,
  MessageValue,
  ScalarType,
  ScalarValue,
  Value,
  ValueType,
} from './types.ts';
import type { JsonNode } from './jsonparse.ts';
import { isJsonNumber, parseJson } from './jsonparse.ts';
import { positionAt } from './locate.ts';
import { fromBase64, isWellFormedUtf16 } from './wire.ts';
import { parseDuration, parseTimestamp } from './wkt.ts';

export type ConvertResult = { ok: true; message: MessageValue; spans: JsonSpan[] } | { ok: false; error: InputError };

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const UINT32_MAX = 2 ** 32 - 1;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

class ConvertError {
  constructor(
    readonly message: string,
    readonly path: string,
    readonly offset: number,
  ) {}
}

/** Parses JSON text and converts it to a message of type `desc`. */
export function convertJson(text: string, desc: MessageDesc): ConvertResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return { ok: false, error: { source: 'json', message: parsed.message, ...positionAt(text, parsed.offset) } };
  }
  const spans: JsonSpan[] = [];
  try {
    if (parsed.node.kind !== 'object')
      throw new ConvertError(`expected a JSON object for message ${desc.fullName}`, '', parsed.node.start);
    return { ok: true, message: convertMessage(parsed.node, desc, '', spans), spans };
  } catch (e) {
    if (!(e instanceof ConvertError)) throw e;
    const error: InputError = { source: 'json', message: e.message, ...positionAt(text, e.offset) };
    if (e.path) error.path = e.path;
    return { ok: false, error };
  }
}

function join(parent: string, name: string): string {
  return parent ? `${parent}.${name}` : name;
}

/** Path segment for a map entry: strings quoted so that `m["1"]` and `m[1]` stay distinct. */
export function mapKeyPath(path: string, keyType: ScalarType, keyText: string): string {
  return keyType === 'string' ? `${path}[${JSON.stringify(keyText)}]` : `${path}[${keyText}]`;
}

function convertMessage(
  node: Extract<JsonNode, { kind: 'object' }>,
  desc: MessageDesc,
  path: string,
  spans: JsonSpan[],
): MessageValue {
  const seen = new Map<FieldDesc, string>();
  const oneofs = new Map<string, FieldDesc>();
  const fields: FieldValue[] = [];
  for (const member of node.members) {
    const field = desc.byJsonKey.get(member.key);
    if (!field) {
      throw new ConvertError(
        `unknown field "${member.key}" in ${desc.fullName}${suggest(desc, member.key)}`,
        join(path, member.key),
        member.keyStart,
      );
    }
    const fieldPath = join(path, field.name);
    const earlier = seen.get(field);
    if (earlier !== undefined)
      throw new ConvertError(
        `field ${field.name} is given twice ("${earlier}" and "${member.key}")`,
        fieldPath,
        member.keyStart,
      );
    seen.set(field, member.key);
    const v = member.value;
    // null means "not set" for every field in proto3 JSON.
    if (v.kind === 'null') continue;
    if (field.oneof !== undefined) {
      const other = oneofs.get(field.oneof);
      if (other)
        throw new ConvertError(
          `oneof ${field.oneof} already has ${other.name} set; only one member may be set`,
          fieldPath,
          member.keyStart,
        );
      oneofs.set(field.oneof, field);
    }
    spans.push({
      path: fieldPath,
      key: { start: member.keyStart, end: member.keyEnd },
      value: { start: v.start, end: v.end },
    });
    const fv = convertField(field, v, fieldPath, spans);
    if (fv) fields.push(fv);
  }
  for (const field of desc.fields) {
    if (field.presence === 'required' && !fields.some((f) => f.desc === field))
      throw new ConvertError(`required field ${field.name} is missing`, join(path, field.name), node.start);
  }
  fields.sort((a, b) => a.desc.number - b.desc.number);
  return { desc, fields };
}

function suggest(desc: MessageDesc, key: string): string {
  const lower = key.toLowerCase().replace(/_/g, '');
  const near = desc.fields.find((f) => f.name.toLowerCase().replace(/_/g, '') === lower);
  if (near) return ` (did you mean "${near.jsonName}"?)`;
  const names = desc.fields.map((f) => f.jsonName);
  return names.length ? ` (known: ${names.join(', ')})` : ' (it has no fields)';
}

function convertField(field: FieldDesc, node: JsonNode, path: string, spans: JsonSpan[]): FieldValue | null {
  if (field.cardinality === 'repeated') {
    if (node.kind !== 'array')
      throw new ConvertError(`expected an array for repeated field ${field.name}`, path, node.start);
    const values = node.items.map((item, i) => {
      const itemPath = `${path}[${i}]`;
      spans.push({ path: itemPath, value: { start: item.start, end: item.end } });
      if (item.kind === 'null')
        throw new ConvertError('null is not allowed inside a repeated field', itemPath, item.start);
      return convertValue(field.type, item, itemPath, spans);
    });
    return values.length ? { desc: field, kind: 'repeated', values } : null;
  }
  if (field.cardinality === 'map') {
    if (node.kind !== 'object')
      throw new ConvertError(`expected an object for map field ${field.name}`, path, node.start);
    const keyType = field.mapKey ?? 'string';
    const entries: MapEntryValue[] = [];
    const keys = new Set<string>();
    for (const member of node.members) {
      const key = convertMapKey(keyType, member.key, `${path}[${JSON.stringify(member.key)}]`, member.keyStart);
      const keyText = String(key);
      const entryPath = mapKeyPath(path, keyType, keyText);
      if (keys.has(keyText)) throw new ConvertError(`map key ${keyText} is given twice`, entryPath, member.keyStart);
      keys.add(keyText);
      const keySpan = { start: member.keyStart, end: member.keyEnd };
      const valueSpan = { start: member.value.start, end: member.value.end };
      spans.push(
        { path: entryPath, key: keySpan, value: valueSpan },
        { path: `${entryPath}.key`, value: keySpan },
        { path: `${entryPath}.value`, value: valueSpan },
      );
      if (member.value.kind === 'null')
        throw new ConvertError('null is not allowed as a map value', entryPath, member.value.start);
      entries.push({ key, keyText, value: convertValue(field.type, member.value, `${entryPath}.value`, spans) });
    }
    return entries.length ? { desc: field, kind: 'map', entries: objectKeyOrder(entries) } : null;
  }
  const value = convertValue(field.type, node, path, spans);
  if (field.presence === 'implicit' && isDefault(field.type, value)) return null;
  return { desc: field, kind: 'singular', value };
}

/**
 * protobufjs and protobuf-es both hold maps as plain JS objects, whose keys iterate integer-like
 * keys first (ascending), then the rest in insertion order. Serializing in that order keeps our
 * bytes equal to theirs.
 */
export function objectKeyOrder(entries: MapEntryValue[]): MapEntryValue[] {
  const isIndex = (k: string): boolean => /^(?:0|[1-9]\d*)$/.test(k) && Number(k) < UINT32_MAX;
  const indexed = entries.filter((e) => isIndex(e.keyText)).sort((a, b) => Number(a.keyText) - Number(b.keyText));
  return [...indexed, ...entries.filter((e) => !isIndex(e.keyText))];
}

/** Implicit-presence fields equal to their default are not written to the wire. */
/** The proto3 default of a scalar: what an absent implicit-presence field reads as. */
export function defaultScalar(type: ScalarType): ScalarValue {
  switch (type) {
    case 'int64':
    case 'uint64':
    case 'sint64':
    case 'fixed64':
    case 'sfixed64':
      return 0n;
    case 'bool':
      return false;
    case 'string':
      return '';
    case 'bytes':
      return new Uint8Array(0);
    default:
      return 0;
  }
}

export function isDefault(type: ValueType, value: Value): boolean {
  if (type.kind === 'message') return false;
  if (type.kind === 'enum') return value === (type.enum.values[0]?.number ?? 0);
  switch (typeof value) {
    case 'number':
      // -0.0 is not the default: protobufjs (like protoc) compares bit patterns.
      return Object.is(value, 0);
    case 'bigint':
      return value === 0n;
    case 'boolean':
      return value === false;
    case 'string':
      return value === '';
    default:
      return value instanceof Uint8Array && value.length === 0;
  }
}

function convertValue(type: ValueType, node: JsonNode, path: string, spans: JsonSpan[]): Value {
  switch (type.kind) {
    case 'message':
      if (type.message.wkt) return convertWkt(type.message, node, path);
      if (node.kind !== 'object')
        throw new ConvertError(
          `expected an object for message ${type.message.fullName}, found ${kindName(node)}`,
          path,
          node.start,
        );
      return convertMessage(node, type.message, path, spans);
    case 'enum':
      return convertEnum(type.enum, node, path);
    case 'scalar':
      return convertScalar(type.scalar, node, path);
  }
}

/** Well-known types take their special JSON forms; on the wire they stay ordinary messages. */
function convertWkt(desc: MessageDesc, node: JsonNode, path: string): MessageValue {
  const fields: FieldValue[] = [];
  const set = (number: number, value: ScalarValue): void => {
    const field = desc.byNumber.get(number);
    if (field && !isDefault(field.type, value)) fields.push({ desc: field, kind: 'singular', value });
  };
  switch (desc.wkt) {
    case 'timestamp':
    case 'duration': {
      const what = desc.wkt === 'timestamp' ? 'an RFC 3339 timestamp string' : 'a duration string such as "1.5s"';
      if (node.kind !== 'string')
        throw new ConvertError(`expected ${what} for ${desc.fullName}, found ${kindName(node)}`, path, node.start);
      const v = desc.wkt === 'timestamp' ? parseTimestamp(node.value) : parseDuration(node.value);
      if (typeof v === 'string') throw new ConvertError(v, path, node.start);
      set(1, v.seconds);
      set(2, v.nanos);
      break;
    }
    case 'empty':
      if (node.kind !== 'object' || node.members.length > 0)
        throw new ConvertError(`expected {} for google.protobuf.Empty`, path, node.start);
      break;
    case 'wrapper': {
      const inner = desc.byNumber.get(1);
      if (inner?.type.kind === 'scalar') set(1, convertScalar(inner.type.scalar, node, path));
      break;
    }
  }
  return { desc, fields };
}

function kindName(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'bool':
      return 'a boolean';
    case 'null':
      return 'null';
  }
}

function convertEnum(en: EnumDesc, node: JsonNode, path: string): number {
  if (node.kind === 'string') {
    const n = en.byName.get(node.value);
    if (n === undefined)
      throw new ConvertError(
        `unknown enum value "${node.value}" for ${en.fullName} (known: ${en.values.map((v) => v.name).join(', ')})`,
        path,
        node.start,
      );
    return n;
  }
  if (node.kind === 'number') {
    const n = exactInteger(node.text);
    if (typeof n !== 'bigint')
      throw new ConvertError(`enum number must be an integer, got ${node.text}`, path, node.start);
    if (n < BigInt(INT32_MIN) || n > BigInt(INT32_MAX))
      throw new ConvertError(`enum number ${node.text} is out of the int32 range`, path, node.start);
    const v = Number(n);
    if (en.closed && !en.byNumber.has(v))
      throw new ConvertError(`${v} is not a value of closed enum ${en.fullName}`, path, node.start);
    return v;
  }
  throw new ConvertError(
    `expected an enum name (string) or number for ${en.fullName}, found ${kindName(node)}`,
    path,
    node.start,
  );
}

/**
 * Decimal literal → exact integer, without going through a double (2^53 + 1 must survive).
 * 'fraction' when it has a fractional part, 'huge' when it is far beyond any 64-bit range.
 */
export function exactInteger(text: string): bigint | 'fraction' | 'huge' {
  // Fast path: plain integers short enough to be exact as doubles (the common case by far).
  if (text.length <= 15 && /^-?\d+$/.test(text)) return BigInt(Number(text));
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return 'fraction';
  const [, sign, int = '', frac = '', expText = '0'] = m;
  let digits = (int + frac).replace(/^0+/, '');
  let exp = Number(expText) - frac.length;
  if (digits === '') return 0n;
  while (exp < 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    exp++;
  }
  if (exp < 0) return 'fraction';
  if (digits.length + exp > 40) return 'huge';
  const v = BigInt(digits) * 10n ** BigInt(exp);
  return sign === '-' ? -v : v;
}

function integerFrom(node: JsonNode, path: string, what: string): bigint {
  let text: string;
  if (node.kind === 'number') text = node.text;
  else if (node.kind === 'string' && isJsonNumber(node.value)) text = node.value;
  else
    throw new ConvertError(
      `expected ${what} (a number, or a string holding one), found ${kindName(node)}`,
      path,
      node.start,
    );
  const n = exactInteger(text);
  if (n === 'fraction') throw new ConvertError(`${what} must be a whole number, got ${text}`, path, node.start);
  if (n === 'huge') throw new ConvertError(`${text} is out of range for ${what}`, path, node.start);
  return n;
}

function inRange(n: bigint, lo: bigint, hi: bigint, type: ScalarType, node: JsonNode, path: string): bigint {
  if (n < lo || n > hi) {
    const text = node.kind === 'number' ? node.text : node.kind === 'string' ? node.value : String(n);
    throw new ConvertError(`${text} is out of range for ${type} (${lo}..${hi})`, path, node.start);
  }
  return n;
}

function floatFrom(node: JsonNode, type: 'float' | 'double', path: string): number {
  let v: number;
  if (node.kind === 'number') v = Number(node.text);
  else if (node.kind === 'string' && (node.value === 'NaN' || node.value === 'Infinity' || node.value === '-Infinity'))
    return Number(node.value);
  else if (node.kind === 'string' && isJsonNumber(node.value)) v = Number(node.value);
  else
    throw new ConvertError(
      `expected a number (or "NaN", "Infinity", "-Infinity") for ${type}, found ${kindName(node)}`,
      path,
      node.start,
    );
  const text = node.kind === 'number' ? node.text : node.value;
  if (!Number.isFinite(v)) throw new ConvertError(`${text} is out of range for ${type}`, path, node.start);
  if (type === 'float') {
    const f = Math.fround(v);
    if (!Number.isFinite(f))
      throw new ConvertError(`${text} is out of range for float (about ±3.4e38)`, path, node.start);
    return f;
  }
  return v;
}

/** 32-bit integers written plainly (the usual case) are checked as doubles, skipping BigInt. */
function small32(node: JsonNode, lo: number, hi: number): number | null {
  if (node.kind !== 'number' || node.text.length > 11 || !/^-?\d+$/.test(node.text)) return null;
  const n = Number(node.text);
  return n >= lo && n <= hi ? n + 0 : null; // + 0 turns -0 into 0
}

function convertScalar(type: ScalarType, node: JsonNode, path: string): ScalarValue {
  switch (type) {
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return (
        small32(node, INT32_MIN, INT32_MAX) ??
        Number(inRange(integerFrom(node, path, type), BigInt(INT32_MIN), BigInt(INT32_MAX), type, node, path))
      );
    case 'uint32':
    case 'fixed32':
      return (
        small32(node, 0, UINT32_MAX) ??
        Number(inRange(integerFrom(node, path, type), 0n, BigInt(UINT32_MAX), type, node, path))
      );
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return inRange(integerFrom(node, path, type), INT64_MIN, INT64_MAX, type, node, path);
    case 'uint64':
    case 'fixed64':
      return inRange(integerFrom(node, path, type), 0n, UINT64_MAX, type, node, path);
    case 'float':
    case 'double':
      return floatFrom(node, type, path);
    case 'bool':
      if (node.kind !== 'bool')
        throw new ConvertError(`expected true or false for bool, found ${kindName(node)}`, path, node.start);
      return node.value;
    case 'string':
      if (node.kind !== 'string')
        throw new ConvertError(`expected a string, found ${kindName(node)}`, path, node.start);
      if (!isWellFormedUtf16(node.value))
        throw new ConvertError('string contains a lone surrogate escape, which is not valid UTF-8', path, node.start);
      return node.value;
    case 'bytes': {
      if (node.kind !== 'string')
        throw new ConvertError(`expected a base64 string for bytes, found ${kindName(node)}`, path, node.start);
      const b = fromBase64(node.value);
      if (!b) throw new ConvertError(`"${truncate(node.value)}" is not valid base64`, path, node.start);
      return b;
    }
  }
}

function truncate(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

function convertMapKey(type: ScalarType, key: string, path: string, offset: number): ScalarValue {
  const bad = (what: string): never => {
    throw new ConvertError(`map key "${truncate(key)}" is not ${what}`, path, offset);
  };
  switch (type) {
    case 'string':
      if (!isWellFormedUtf16(key)) bad('valid UTF-8');
      return key;
    case 'bool':
      if (key !== 'true' && key !== 'false') bad('"true" or "false"');
      return key === 'true';
    default: {
      const signed = !(type === 'uint32' || type === 'fixed32' || type === 'uint64' || type === 'fixed64');
      if (!(signed ? /^-?\d+$/ : /^\d+$/).test(key)) bad(`a decimal ${type}`);
      const n = BigInt(key);
      const is64 = type.endsWith('64');
      const lo = signed ? (is64 ? INT64_MIN : BigInt(INT32_MIN)) : 0n;
      const hi = is64 ? (signed ? INT64_MAX : UINT64_MAX) : signed ? BigInt(INT32_MAX) : BigInt(UINT32_MAX);
      if (n < lo || n > hi) bad(`in range for ${type}`);
      return is64 ? n : Number(n);
    }
  }
}
