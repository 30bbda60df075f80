/**
 * The protobuf playground's pure model (issue 4): schema + JSON → annotated wire bytes and back.
 * No React, no DOM; every function returns errors as values and never throws.
 * @see https://protobuf.dev/programming-guides/encoding/
 */
import type {
  DecodeRawResult,
  DecodeResult,
  EncodeResult,
  InputError,
  JsonSpan,
  MessageDesc,
  WireField,
} from './model/types.ts';
import type { FieldSizeComparison } from './model/sizes.ts';
import type { ResolvedPath } from './model/paths.ts';
import type { WhatIfChange, WhatIfResult } from './model/whatif.ts';
import { findMessage, loadSchema, messageNames } from './model/schema.ts';
import { convertJson } from './model/json.ts';
import { encodeMessage } from './model/annotate.ts';
import { compareFieldSizes, computeSizes, encodedForms, jsonPieces } from './model/sizes.ts';
import { DecodeError, decodeMessage, decodeRawMessage } from './model/decode.ts';
import { toProtoJson } from './model/tojson.ts';
import { resolvePath } from './model/paths.ts';
import { whatIfChange } from './model/whatif.ts';

export type {
  DecodeRawResult,
  DecodeResult,
  EncodeResult,
  InputError,
  JsonSpan,
  ScalarType,
  TextSpan,
  WireField,
} from './model/types.ts';
export type { FieldSizeComparison, Sizes } from './model/sizes.ts';
export type { ResolvedPath } from './model/paths.ts';
export type { WhatIfChange, WhatIfResult, WhatIfSide } from './model/whatif.ts';
export type {
  ExplainType,
  FieldExplanation,
  FieldParts,
  Interpretation,
  TagExplanation,
  ValueExplanation,
  VarintExplanation,
  VarintGroup,
} from './model/explain.ts';
export type { Preset } from './model/presets.ts';
export type { BytesInputResult } from './model/bytesinput.ts';
export { explainField, explainVarint, fieldParts } from './model/explain.ts';
export { PRESETS } from './model/presets.ts';
export { parseBytesInput } from './model/bytesinput.ts';
export { WIRE_TYPE_NAMES, toBase64, toHex, zigzag32, zigzag64 } from './model/wire.ts';

export interface EncodeRequest {
  schema: string;
  type?: string;
  json: string;
}

/** `encode`'s result plus what the view needs to link the JSON editor with the bytes. */
export type EncodeDetails =
  | (Extract<EncodeResult, { ok: true }> & {
      /** Where each field path sits in the JSON text (keys and values). */
      jsonSpans: JsonSpan[];
      /** The canonical proto3 JSON the `json` size was measured on, minified. */
      canonicalJson: string;
      /** Per top-level field: JSON bytes (key, value) vs protobuf bytes (tags, lengths, values). */
      perField: FieldSizeComparison[];
    })
  | { ok: false; error: InputError };

function internalError(e: unknown): { ok: false; error: InputError } {
  // Backstop only: every expected failure is returned as a value before reaching here.
  return {
    ok: false,
    error: { source: 'schema', message: `internal error: ${e instanceof Error ? e.message : String(e)}` },
  };
}

function resolveType(
  schema: string,
  type: string | undefined,
): { ok: true; desc: MessageDesc } | { ok: false; error: InputError } {
  const loaded = loadSchema(schema);
  if (!loaded.ok) return loaded;
  const found = findMessage(loaded.schema, type);
  return found.ok ? { ok: true, desc: found.message } : found;
}

/**
 * Schema + proto3 JSON → bytes, the span of every record, and the size of the same data as JSON
 * (minified canonical proto3 JSON: camelCase keys, quoted 64-bit integers, base64 bytes),
 * MessagePack and BSON (native types: 64-bit integers, binary bytes, enum numbers). `type` is a full (`pkg.Msg`) or short (`Msg`) message name; the first
 * message declared when omitted. Fields are written in field-number order, proto3 fields holding
 * their default are left out, repeated numbers are packed in proto3, maps are repeated entries —
 * byte for byte what protobufjs' `Type.encode` writes.
 * @see https://protobuf.dev/programming-guides/encoding/#structure
 * @see https://protobuf.dev/programming-guides/encoding/#packed
 */
export function encode(req: { schema: string; type?: string; json: string }): EncodeResult {
  const d = run(req, false);
  if (!d.ok) return d;
  return { ok: true, type: d.type, bytes: d.bytes, fields: d.fields, sizes: d.sizes };
}

/** `encode` plus JSON spans, the canonical JSON and the per-field size comparison. */
export function encodeDetailed(req: EncodeRequest): EncodeDetails {
  return run(req, true);
}

function run(req: EncodeRequest, detailed: boolean): EncodeDetails {
  try {
    if (typeof req?.schema !== 'string' || typeof req.json !== 'string')
      return { ok: false, error: { source: 'json', message: 'schema and json must be strings' } };
    const resolved = resolveType(req.schema, typeof req.type === 'string' ? req.type : undefined);
    if (!resolved.ok) return resolved;
    const conv = convertJson(req.json, resolved.desc);
    if (!conv.ok) return conv;
    const { bytes, fields } = encodeMessage(conv.message);
    const { json, pieces } = jsonPieces(conv.message);
    return {
      ok: true,
      type: resolved.desc.fullName,
      bytes,
      fields,
      sizes: computeSizes(conv.message, bytes.length, json),
      jsonSpans: conv.spans,
      canonicalJson: json,
      perField: detailed ? compareFieldSizes(conv.message, fields, bytes, pieces) : [],
    };
  } catch (e) {
    return internalError(e);
  }
}

/** The same message as minified JSON, MessagePack and BSON bytes (the sizes `encode` reports), for gzipping. */
export type EncodedForms =
  | { ok: true; json: Uint8Array; msgpack: Uint8Array | null; bson: Uint8Array | null }
  | { ok: false; error: InputError };

/**
 * The bytes `encode`'s `sizes.json`, `sizes.msgpack` and `sizes.bson` measure (null where the codec
 * cannot represent the message), so the view can gzip each of them.
 */
export function encodeForms(req: EncodeRequest): EncodedForms {
  try {
    if (typeof req?.schema !== 'string' || typeof req.json !== 'string')
      return { ok: false, error: { source: 'json', message: 'schema and json must be strings' } };
    const resolved = resolveType(req.schema, typeof req.type === 'string' ? req.type : undefined);
    if (!resolved.ok) return resolved;
    const conv = convertJson(req.json, resolved.desc);
    if (!conv.ok) return conv;
    return { ok: true, ...encodedForms(conv.message, jsonPieces(conv.message).json) };
  } catch (e) {
    return internalError(e);
  }
}

/**
 * Bytes → proto3 JSON (pretty-printed, canonical: lowerCamelCase keys, 64-bit integers as strings)
 * and the record tree. Repeated records of a singular field follow "last one wins" (messages
 * merge); packed and unpacked encodings of a repeated field are both accepted. Fields the schema
 * does not know stay in the tree with a `#<number>` path and are left out of the JSON.
 * Malformed bytes are reported with `source: 'type'` (the bytes are not a valid message of that
 * type), the byte offset in the message and the path of the field being read.
 * @see https://protobuf.dev/programming-guides/encoding/#last-one-wins
 */
export function decode(req: { schema: string; type?: string; bytes: Uint8Array }): DecodeResult {
  try {
    if (!(req?.bytes instanceof Uint8Array))
      return { ok: false, error: { source: 'type', message: 'bytes must be a Uint8Array' } };
    const resolved = resolveType(req.schema, req.type);
    if (!resolved.ok) return resolved;
    const { message, fields } = decodeMessage(req.bytes, resolved.desc);
    return { ok: true, json: `${toProtoJson(message, 2)}\n`, fields };
  } catch (e) {
    if (e instanceof DecodeError) return { ok: false, error: bytesError(e) };
    return internalError(e);
  }
}

function bytesError(e: DecodeError): InputError {
  const error: InputError = { source: 'type', message: `${e.message} (at byte ${e.offset})` };
  if (e.path) error.path = e.path;
  return error;
}

/**
 * Bytes → record tree without a schema, like `protoc --decode_raw`. A LEN payload that parses as a
 * message and is not printable text gets children; paths are field numbers (`#3.#1`).
 * @see https://protobuf.dev/programming-guides/encoding/#structure
 */
export function decodeRaw(bytes: Uint8Array): DecodeRawResult {
  try {
    if (!(bytes instanceof Uint8Array))
      return { ok: false, error: { source: 'type', message: 'bytes must be a Uint8Array' } };
    return { ok: true, fields: decodeRawMessage(bytes) };
  } catch (e) {
    if (e instanceof DecodeError) return { ok: false, error: bytesError(e) };
    return internalError(e);
  }
}

/** The message types a schema defines (full names, declaration order), for the type picker. */
export function listTypes(schema: string): { ok: true; types: string[] } | { ok: false; error: InputError } {
  try {
    const loaded = loadSchema(schema);
    return loaded.ok ? { ok: true, types: messageNames(loaded.schema) } : loaded;
  } catch (e) {
    return internalError(e);
  }
}

/** Schema facts about a path in a `WireField` tree: field name, role, and the type to explain it as. */
export function describePath(
  req: { schema: string; type?: string },
  path: string,
):
  | { ok: true; name: string; jsonName: string; number: number; resolved: ResolvedPath }
  | { ok: false; error: InputError } {
  try {
    const resolved = resolveType(req.schema, req.type);
    if (!resolved.ok) return resolved;
    const r = resolvePath(resolved.desc, path);
    if (!r) return { ok: false, error: { source: 'type', message: `no schema field at path ${path}`, path } };
    return { ok: true, name: r.field.name, jsonName: r.field.jsonName, number: r.field.number, resolved: r };
  } catch (e) {
    return internalError(e);
  }
}

/**
 * Re-encodes the JSON with one field's declaration changed and reports the size difference:
 * `{ kind: 'type', scalar: 'sint32' }`, `{ kind: 'number', number: 16 }` (a tag needs a second
 * byte from field 16 on), `{ kind: 'packed', packed: false }`.
 * @see https://protobuf.dev/programming-guides/encoding/#packed
 */
export function whatIf(req: EncodeRequest & { path: string; change: WhatIfChange }): WhatIfResult {
  try {
    const resolved = resolveType(req.schema, req.type);
    if (!resolved.ok) return resolved;
    return whatIfChange(resolved.desc, req.json, req.path, req.change);
  } catch (e) {
    return internalError(e);
  }
}

/** Depth-first list of every record and element, parents before children. */
export function flattenFields(fields: WireField[]): WireField[] {
  const out: WireField[] = [];
  const walk = (list: WireField[]): void => {
    for (const f of list) {
      out.push(f);
      if (f.children) walk(f.children);
    }
  };
  walk(fields);
  return out;
}
