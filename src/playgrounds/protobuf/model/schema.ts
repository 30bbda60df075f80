/**
 * `.proto` source → descriptors. protobufjs does the parsing and name resolution; this file turns
 * its reflection objects into the small plain descriptors the rest of the model walks, adds the
 * checks protoc makes but protobufjs skips, and gives every error a line and column.
 */
import { Enum, MapField, Root, Type, parse } from 'protobufjs';
import type { Field, Namespace, OneOf, ReflectionObject } from 'protobufjs';
import type { EnumDesc, FieldDesc, InputError, MessageDesc, ScalarType, ValueType } from './types.ts';
import { SCALAR_TYPES } from './types.ts';
import { firstNonBlank, lineStartOffset, maskComments, positionAt, tokenOffsets } from './locate.ts';
import { MAX_FIELD_NUMBER } from './wire.ts';
import { WKT_FILES, wktKind, wktSource } from './wkt.ts';

export interface Schema {
  root: Root;
  /** Every message, in declaration order (outer before nested): the order of the type picker. */
  messages: MessageDesc[];
  byFullName: Map<string, MessageDesc>;
}

export type SchemaResult = { ok: true; schema: Schema } | { ok: false; error: InputError };

/** protobufjs keeps resolved editions features on a private field; its public getters cover the rest. */
interface WithFeatures {
  _features?: { enum_type?: string };
}

const SCALARS = new Set<string>(SCALAR_TYPES);
const cache = new Map<string, SchemaResult>();
const CACHE_SIZE = 8;

/**
 * Parses a schema (one file, no imports). Results are cached by source text because the view
 * re-encodes on every keystroke in the JSON editor while the schema stays the same.
 */
export function loadSchema(source: string): SchemaResult {
  const hit = cache.get(source);
  if (hit) return hit;
  const result = loadUncached(source);
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(source, result);
  return result;
}

function loadUncached(source: string): SchemaResult {
  let root: Root;
  let injected = new Set<string>();
  try {
    const parsed = parse(source, { keepCase: true });
    const imports = [...(parsed.imports ?? []), ...(parsed.weakImports ?? [])];
    root = parsed.root;
    if (imports.length > 0) {
      const unsupported = imports.find((f) => WKT_FILES[f] === undefined);
      if (unsupported !== undefined) {
        const at = maskComments(source).masked.indexOf(unsupported);
        return fail(
          source,
          `import "${unsupported}" is not available here: only ${Object.keys(WKT_FILES).join(', ')} are built in; paste other definitions into this schema`,
          at < 0 ? 0 : at,
        );
      }
      // The well-known types go into the root first, as if their files had been loaded.
      root = new Root();
      parse(wktSource([...new Set(imports)]), root, { keepCase: true });
      injected = new Set(collectNames(root));
      parse(source, root, { keepCase: true });
    }
    root.resolveAll();
  } catch (e) {
    const error = protobufjsError(source, e);
    // Without a syntax line protobufjs applies proto2, whose fields need a label; say so.
    if (/^illegal token/.test(error.message) && !/^\s*(?:syntax|edition)\s*=/m.test(maskComments(source).masked))
      error.message +=
        ' (there is no `syntax = "proto3";` line, so proto2 rules apply: fields need optional, required or repeated)';
    return { ok: false, error };
  }
  try {
    return build(source, root, injected);
  } catch (e) {
    // Reflection objects are walked defensively; anything unexpected still becomes a value.
    return { ok: false, error: { source: 'schema', message: messageOf(e) } };
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function fail(source: string, message: string, offset: number): SchemaResult {
  return { ok: false, error: { source: 'schema', message, ...positionAt(source, offset) } };
}

/** Pre-order walk, so an outer message comes before the messages nested in it. */
function collect(obj: ReflectionObject, types: Type[], enums: Enum[]): void {
  if (obj instanceof Enum) {
    enums.push(obj);
    return;
  }
  if (obj instanceof Type) types.push(obj);
  const nested = (obj as Partial<Namespace>).nestedArray;
  if (nested) for (const child of nested) collect(child, types, enums);
}

function stripDot(name: string): string {
  return name.startsWith('.') ? name.slice(1) : name;
}

function isSyntheticOneof(oneof: OneOf): boolean {
  const only = oneof.fieldsArray[0];
  return oneof.fieldsArray.length === 1 && only !== undefined && only.options?.['proto3_optional'] === true;
}

function collectNames(root: Root): string[] {
  const types: Type[] = [];
  collect(root, types, []);
  return types.map((t) => stripDot(t.fullName));
}

function build(source: string, root: Root, injected: Set<string>): SchemaResult {
  const masked = maskComments(source).masked;
  const types: Type[] = [];
  const enums: Enum[] = [];
  collect(root, types, enums);

  const declOffset = (name: string): number => {
    const re = new RegExp(`(?<![\\w.])${escapeRe(name)}\\s*=`, 'g');
    const m = re.exec(masked);
    return m ? m.index : 0;
  };
  const typeOffset = (kind: string, name: string): number => {
    const m = new RegExp(`\\b${kind}\\s+(${escapeRe(name)})\\b`).exec(masked);
    return m ? m.index + m[0].length - name.length : 0;
  };

  const enumDescs = new Map<Enum, EnumDesc>();
  for (const en of enums) {
    const values = Object.entries(en.values).map(([name, number]) => ({ name, number }));
    const closed = (en as unknown as WithFeatures)._features?.enum_type === 'CLOSED';
    const first = values[0];
    if (!closed && first !== undefined && first.number !== 0)
      return fail(
        source,
        `the first value of open (proto3) enum ${en.name} must be 0, so that the default is a known value`,
        declOffset(first.name),
      );
    const byNumber = new Map<number, string>();
    for (const v of values) if (!byNumber.has(v.number)) byNumber.set(v.number, v.name);
    enumDescs.set(en, {
      fullName: stripDot(en.fullName),
      values,
      byName: new Map(values.map((v) => [v.name, v.number])),
      byNumber,
      closed,
    });
  }

  // Create every message first so recursive and forward references can point at them.
  const msgDescs = new Map<Type, MessageDesc>();
  for (const t of types) {
    const fullName = stripDot(t.fullName);
    const wkt = injected.has(fullName) ? wktKind(fullName) : undefined;
    msgDescs.set(t, { fullName, ...(wkt ? { wkt } : {}), fields: [], byNumber: new Map(), byJsonKey: new Map() });
  }

  for (const t of types) {
    if ((t as unknown as { group?: boolean }).group)
      return fail(
        source,
        `groups are deprecated and not supported: use a nested message instead of ${t.name}`,
        typeOffset('group', t.name),
      );
  }

  for (const t of types) {
    const desc = msgDescs.get(t)!;
    const fields = t.fieldsArray.slice().sort((a, b) => a.id - b.id);
    for (const f of fields) {
      if (f.declaringField || f.extensionField || f.extend !== undefined) {
        const at = tokenOffsets(masked, 'extend')[0] ?? 0;
        return fail(source, 'extensions are not supported here', at);
      }
      if (f.id < 1 || f.id > MAX_FIELD_NUMBER)
        return fail(source, `field number ${f.id} of ${f.name} is outside 1..${MAX_FIELD_NUMBER}`, declOffset(f.name));
      if (f.id >= 19000 && f.id <= 19999)
        return fail(
          source,
          `field numbers 19000..19999 are reserved for the protobuf implementation (${f.name} = ${f.id})`,
          declOffset(f.name),
        );
      if (f.delimited)
        return fail(
          source,
          `delimited (group) encoding is deprecated and not supported (${f.name})`,
          declOffset(f.name),
        );
      const fieldDesc = buildField(f, msgDescs, enumDescs);
      if (typeof fieldDesc === 'string') return fail(source, fieldDesc, declOffset(f.name));
      if (!f.hasPresence && !f.map && !f.repeated && f.options?.['default'] !== undefined)
        return fail(
          source,
          `explicit default values need field presence (proto2 or editions), not implicit presence (${f.name})`,
          declOffset(f.name),
        );
      for (const key of new Set([fieldDesc.jsonName, fieldDesc.name])) {
        const clash = desc.byJsonKey.get(key);
        if (clash && clash !== fieldDesc)
          return fail(
            source,
            `the JSON name "${key}" of ${fieldDesc.name} clashes with field ${clash.name} in ${desc.fullName}`,
            declOffset(f.name),
          );
        desc.byJsonKey.set(key, fieldDesc);
      }
      desc.fields.push(fieldDesc);
      desc.byNumber.set(fieldDesc.number, fieldDesc);
    }
  }

  const all = types.map((t) => msgDescs.get(t)!);
  // Imported well-known types can be named explicitly but are not the schema's own messages.
  const messages = all.filter((m) => !injected.has(m.fullName));
  return { ok: true, schema: { root, messages, byFullName: new Map(all.map((m) => [m.fullName, m])) } };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function valueType(f: Field, msgDescs: Map<Type, MessageDesc>, enumDescs: Map<Enum, EnumDesc>): ValueType | string {
  const rt = f.resolvedType;
  if (rt instanceof Type) {
    const m = msgDescs.get(rt);
    return m ? { kind: 'message', message: m } : `unknown message type ${f.type}`;
  }
  if (rt instanceof Enum) {
    const e = enumDescs.get(rt);
    return e ? { kind: 'enum', enum: e } : `unknown enum type ${f.type}`;
  }
  if (SCALARS.has(f.type)) return { kind: 'scalar', scalar: f.type as ScalarType };
  return `unknown type ${f.type}`;
}

function buildField(f: Field, msgDescs: Map<Type, MessageDesc>, enumDescs: Map<Enum, EnumDesc>): FieldDesc | string {
  const type = valueType(f, msgDescs, enumDescs);
  if (typeof type === 'string') return type;
  const oneof = f.partOf && !isSyntheticOneof(f.partOf) ? f.partOf.name : undefined;
  const packable =
    type.kind === 'enum' || (type.kind === 'scalar' && type.scalar !== 'string' && type.scalar !== 'bytes');
  const base = {
    name: f.name,
    jsonName: f.jsonName ?? f.name,
    number: f.id,
    type,
    ...(oneof !== undefined ? { oneof } : {}),
  };
  if (f instanceof MapField || f.map) {
    const keyType = (f as unknown as MapField).keyType;
    if (!SCALARS.has(keyType) || keyType === 'float' || keyType === 'double' || keyType === 'bytes')
      return `map key type ${keyType} is not allowed`;
    return { ...base, cardinality: 'map', mapKey: keyType as ScalarType, presence: 'implicit', packed: false };
  }
  if (f.repeated) {
    if (f.required) return `repeated field ${f.name} cannot be required`;
    return { ...base, cardinality: 'repeated', presence: 'implicit', packed: f.packed && packable };
  }
  const presence = f.required ? 'required' : f.hasPresence || type.kind === 'message' ? 'explicit' : 'implicit';
  return { ...base, cardinality: 'singular', presence, packed: false };
}

/**
 * protobufjs errors → `InputError` with a position. Parse errors name a line and a token; the
 * column is where that token sits on that line. When the token occurs more than once there, the
 * source is cut right after each occurrence in turn: the cut that reproduces the same error is the
 * token the parser stopped at (earlier occurrences were accepted and just hit the end of input).
 */
export function protobufjsError(source: string, e: unknown): InputError {
  const message = messageOf(e);
  const { masked, openComment, openString } = maskComments(source);
  const at = (offset: number): InputError => ({ source: 'schema', message, ...positionAt(source, offset) });

  const illegal = /^illegal ([a-z ]+?) '([\s\S]*?)'(?:, '[\s\S]*' expected)? \(line (\d+)\)$/.exec(message);
  if (illegal) {
    const [, subject, token = '', lineText] = illegal;
    const line = Number(lineText);
    if (subject === 'end of input') return at(source.trimEnd().length);
    const lineStart = lineStartOffset(source, line);
    if (lineStart < 0) return at(source.length);
    const nl = source.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? source.length : nl;
    const hits = tokenOffsets(masked, token, lineStart, lineEnd);
    if (hits.length === 0) return at(firstNonBlank(source, line));
    if (hits.length > 1) {
      for (const hit of hits.slice(0, 16)) {
        try {
          parse(source.slice(0, hit + token.length), { keepCase: true });
        } catch (cut) {
          if (messageOf(cut) === message) return at(hit);
        }
      }
    }
    return at(hits[0]!);
  }

  const bare = /^illegal (comment|string) \(line (\d+)\)$/.exec(message);
  if (bare) {
    if (bare[1] === 'comment' && openComment >= 0) return at(openComment);
    if (bare[1] === 'string' && openString >= 0) return at(openString);
    return at(firstNonBlank(source, Number(bare[2])));
  }

  // Reflection errors carry no line: find the declaration they are about.
  let m = /^duplicate name '([^']+)'/.exec(message) ?? /^name '([^']+)' is reserved/.exec(message);
  if (m) {
    const name = m[1]!;
    const hits = [
      ...masked.matchAll(
        new RegExp(
          `(?<![\\w.])${escapeRe(name)}\\s*=|\\b(?:message|enum|service|oneof|rpc)\\s+(${escapeRe(name)})\\b`,
          'g',
        ),
      ),
    ].map((h) => (h[1] !== undefined ? h.index + h[0].length - name.length : h.index));
    const pick = message.startsWith('duplicate') ? (hits[1] ?? hits[0]) : hits[0];
    return pick !== undefined ? at(pick) : { source: 'schema', message };
  }
  m = /^duplicate id (\d+)/.exec(message) ?? /^id (\d+) is reserved/.exec(message);
  if (m) {
    const id = Number(m[1]);
    const hits = [...masked.matchAll(/\b([A-Za-z_]\w*)\s*=\s*(-?(?:0[xX][0-9a-fA-F]+|\d+))\s*[;[]/g)]
      .filter((h) => Number(h[2]) === id)
      .map((h) => h.index);
    const pick = message.startsWith('duplicate') ? (hits[1] ?? hits[0]) : hits[0];
    return pick !== undefined ? at(pick) : { source: 'schema', message };
  }
  m = /^no such (?:[A-Za-z ]+) '([^']+)'/.exec(message);
  if (m) {
    const name = m[1]!;
    const hits = tokenOffsets(masked, name);
    const asType = hits.find((h) => /^\s*[A-Za-z_]/.test(masked.slice(h + name.length, h + name.length + 64)));
    const pick = asType ?? hits[0];
    return pick !== undefined ? at(pick) : { source: 'schema', message };
  }
  return { source: 'schema', message };
}

/** Every message type's full name, in declaration order: what the type picker lists. */
export function messageNames(schema: Schema): string[] {
  return schema.messages.map((m) => m.fullName);
}

/**
 * A message by full name (`pkg.Msg`, leading dot allowed) or by a unique suffix (`Msg`,
 * `Outer.Inner`); the first declared message when no name is given.
 */
export function findMessage(
  schema: Schema,
  name?: string,
): { ok: true; message: MessageDesc } | { ok: false; error: InputError } {
  if (name === undefined || name.trim() === '') {
    const first = schema.messages[0];
    return first
      ? { ok: true, message: first }
      : { ok: false, error: { source: 'type', message: 'the schema defines no message type' } };
  }
  const wanted = stripDot(name.trim());
  const exact = schema.byFullName.get(wanted);
  if (exact) return { ok: true, message: exact };
  const matches = schema.messages.filter((m) => m.fullName.endsWith(`.${wanted}`));
  if (matches.length === 1) return { ok: true, message: matches[0]! };
  const known = schema.messages.map((m) => m.fullName).join(', ');
  if (matches.length > 1)
    return {
      ok: false,
      error: { source: 'type', message: `"${name}" is ambiguous: ${matches.map((m) => m.fullName).join(', ')}` },
    };
  return {
    ok: false,
    error: {
      source: 'type',
      message: `unknown message type "${name}"${known ? ` (the schema defines ${known})` : ''}`,
    },
  };
}
