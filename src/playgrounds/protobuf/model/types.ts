/**
 * Shared types of the protobuf playground model. The first three are the public contract of
 * `model.ts` (issue 4); the rest describe the schema and values the implementation passes around.
 */

/** Where an input went wrong. `line`/`column` are 1-based (Monaco markers), columns count UTF-16 code units. */
export interface InputError {
  source: 'schema' | 'json' | 'type';
  message: string;
  line?: number;
  column?: number;
  path?: string;
}

/**
 * One record (tag + value) of the wire format, or one element of a packed field.
 * `start`/`end` are byte offsets into the encoded bytes, `end` exclusive.
 * @see https://protobuf.dev/programming-guides/encoding/#structure
 */
export interface WireField {
  path: string;
  fieldNumber: number;
  wireType: 0 | 1 | 2 | 5;
  start: number;
  end: number;
  children?: WireField[];
}

export type EncodeResult =
  | {
      ok: true;
      type: string;
      bytes: Uint8Array;
      fields: WireField[];
      sizes: { protobuf: number; json: number; msgpack: number; bson: number };
    }
  | { ok: false; error: InputError };

export type DecodeResult = { ok: true; json: string; fields: WireField[] } | { ok: false; error: InputError };

export type DecodeRawResult = { ok: true; fields: WireField[] } | { ok: false; error: InputError };

/** The fifteen scalar types of the language guide. */
export type ScalarType =
  | 'double'
  | 'float'
  | 'int32'
  | 'int64'
  | 'uint32'
  | 'uint64'
  | 'sint32'
  | 'sint64'
  | 'fixed32'
  | 'fixed64'
  | 'sfixed32'
  | 'sfixed64'
  | 'bool'
  | 'string'
  | 'bytes';

export const SCALAR_TYPES: readonly ScalarType[] = [
  'double',
  'float',
  'int32',
  'int64',
  'uint32',
  'uint64',
  'sint32',
  'sint64',
  'fixed32',
  'fixed64',
  'sfixed32',
  'sfixed64',
  'bool',
  'string',
  'bytes',
];

export interface EnumDesc {
  fullName: string;
  values: { name: string; number: number }[];
  byName: Map<string, number>;
  /** First name declared for a number (aliases share numbers). */
  byNumber: Map<number, string>;
  /** Closed enums (proto2) reject numbers they do not declare. */
  closed: boolean;
}

export type ValueType =
  { kind: 'scalar'; scalar: ScalarType } | { kind: 'enum'; enum: EnumDesc } | { kind: 'message'; message: MessageDesc };

export interface FieldDesc {
  /** Name as written in the schema (parsed with keepCase). */
  name: string;
  /** lowerCamelCase name or the `json_name` option. */
  jsonName: string;
  number: number;
  cardinality: 'singular' | 'repeated' | 'map';
  /** Element type for repeated fields, value type for maps. */
  type: ValueType;
  /** Key type, maps only. */
  mapKey?: ScalarType;
  /** Singular fields only: implicit presence drops default values from the wire. */
  presence: 'implicit' | 'explicit' | 'required';
  /** Repeated scalar/enum fields written as one LEN record. */
  packed: boolean;
  /** Name of the real (non-synthetic) oneof this field belongs to. */
  oneof?: string;
}

/** Well-known types with a special proto3 JSON form. */
export type WktKind = 'timestamp' | 'duration' | 'empty' | 'wrapper';

export interface MessageDesc {
  /** Full name without the leading dot, e.g. `pkg.Outer.Inner`. */
  fullName: string;
  /** Set for the supported well-known types, which have their own JSON form. */
  wkt?: WktKind;
  /** Sorted by field number: the order protobufjs (and protoc) serialize in. */
  fields: FieldDesc[];
  byNumber: Map<number, FieldDesc>;
  /** Both the JSON name and the schema name of every field. */
  byJsonKey: Map<string, FieldDesc>;
}

/** A value after strict proto3-JSON conversion: numbers for 32-bit types and floats, bigint for 64-bit. */
export type ScalarValue = number | bigint | boolean | string | Uint8Array;
export type Value = ScalarValue | MessageValue;

export interface MapEntryValue {
  key: ScalarValue;
  /** Canonical key text: the JSON object key and the key shown in paths. */
  keyText: string;
  value: Value;
}

export type FieldValue =
  | { desc: FieldDesc; kind: 'singular'; value: Value }
  | { desc: FieldDesc; kind: 'repeated'; values: Value[] }
  | { desc: FieldDesc; kind: 'map'; entries: MapEntryValue[] };

export interface MessageValue {
  desc: MessageDesc;
  /** Sorted by field number; absent fields are not listed. */
  fields: FieldValue[];
}

/** Half-open character range in the JSON text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Where a field path appears in the JSON text, for linking hovers between the editor and the bytes. */
export interface JsonSpan {
  path: string;
  /** The key, quotes included; absent for array elements. */
  key?: TextSpan;
  value: TextSpan;
}
