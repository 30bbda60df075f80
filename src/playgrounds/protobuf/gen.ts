/**
 * Test-only generators (not shipped): random schemas, rendered both as `.proto` text (for the
 * model, via protobufjs) and as a FileDescriptorProto built directly from the same plan (for
 * @bufbuild/protobuf, so the second implementation never sees protobufjs' parse), plus random
 * messages for them as proto3 JSON.
 */
import fc from 'fast-check';
import { create } from '@bufbuild/protobuf';
import type { DescMessage } from '@bufbuild/protobuf';
import { createFileRegistry } from '@bufbuild/protobuf';
import {
  FieldDescriptorProto_Label as Label,
  FieldDescriptorProto_Type as PbType,
  FileDescriptorProtoSchema,
  file_google_protobuf_duration,
  file_google_protobuf_empty,
  file_google_protobuf_timestamp,
  file_google_protobuf_wrappers,
} from '@bufbuild/protobuf/wkt';
import type { DescFile } from '@bufbuild/protobuf';
import type { ScalarType } from './model/types.ts';
import { SCALAR_TYPES } from './model/types.ts';

export interface PlanField {
  name: string;
  number: number;
  kind: 'scalar' | 'enum' | 'message' | 'wkt';
  scalar: ScalarType;
  /** Well-known type name when kind is 'wkt'. */
  wkt: WktName;
  /** Enum or message index. */
  ref: number;
  card: 'singular' | 'repeated' | 'map';
  mapKey: ScalarType;
  /** Singular fields: proto3 implicit/optional, proto2 optional/required. */
  presence: 'implicit' | 'optional' | 'required';
  /** Explicit `[packed = …]` option, or undefined for the syntax default. */
  packed: boolean | undefined;
  inOneof: boolean;
}

export type WktName =
  'Timestamp' | 'Duration' | 'Int32Value' | 'Int64Value' | 'StringValue' | 'BoolValue' | 'BytesValue' | 'Empty';
const WKT_NAMES: WktName[] = [
  'Timestamp',
  'Duration',
  'Int32Value',
  'Int64Value',
  'StringValue',
  'BoolValue',
  'BytesValue',
  'Empty',
];
const WKT_FILE: Record<WktName, string> = {
  Timestamp: 'google/protobuf/timestamp.proto',
  Duration: 'google/protobuf/duration.proto',
  Int32Value: 'google/protobuf/wrappers.proto',
  Int64Value: 'google/protobuf/wrappers.proto',
  StringValue: 'google/protobuf/wrappers.proto',
  BoolValue: 'google/protobuf/wrappers.proto',
  BytesValue: 'google/protobuf/wrappers.proto',
  Empty: 'google/protobuf/empty.proto',
};
const WKT_INNER: Partial<Record<WktName, ScalarType>> = {
  Int32Value: 'int32',
  Int64Value: 'int64',
  StringValue: 'string',
  BoolValue: 'bool',
  BytesValue: 'bytes',
};

export interface PlanEnum {
  name: string;
  values: { name: string; number: number }[];
}

export interface PlanMessage {
  name: string;
  fields: PlanField[];
}

export interface Plan {
  syntax: 'proto2' | 'proto3';
  enums: PlanEnum[];
  messages: PlanMessage[];
}

const MAP_KEYS: ScalarType[] = [
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
];
const NAME_STEMS = ['a', 'value', 'foo_bar', 'x_y_z', 'item'];

/** protoc's ToJsonName: drop underscores, upper-case the letter after each. */
export function jsonNameOf(name: string): string {
  let out = '';
  let upper = false;
  for (const ch of name) {
    if (ch === '_') upper = true;
    else {
      out += upper ? ch.toUpperCase() : ch;
      upper = false;
    }
  }
  return out;
}

const packable = (f: PlanField): boolean =>
  f.kind === 'enum' || (f.kind === 'scalar' && f.scalar !== 'string' && f.scalar !== 'bytes');

export const planArb: fc.Arbitrary<Plan> = fc.gen().map((g) => {
  const syntax = g(fc.constantFrom, 'proto3', 'proto3', 'proto2') as 'proto2' | 'proto3';
  const enumCount = g(fc.integer, { min: 0, max: 2 });
  const enums: PlanEnum[] = [];
  for (let e = 0; e < enumCount; e++) {
    const numbers = g(fc.uniqueArray, fc.integer({ min: -3, max: 12 }), { minLength: 1, maxLength: 4 }) as number[];
    // Open (proto3) enums must start at 0; closed ones may start anywhere.
    const ordered = syntax === 'proto3' ? [0, ...numbers.filter((n) => n !== 0)] : numbers;
    enums.push({ name: `E${e}`, values: ordered.map((number, k) => ({ name: `E${e}_V${k}`, number })) });
  }
  const messageCount = g(fc.integer, { min: 1, max: 4 });
  const messages: PlanMessage[] = [];
  for (let m = 0; m < messageCount; m++) {
    const numbers = g(
      fc.uniqueArray,
      fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constantFrom(2047, 2048, 16383, 16384, 262143, 536870911)),
      { minLength: m === 0 ? 2 : 0, maxLength: 7 },
    ) as number[];
    const fields: PlanField[] = numbers.map((number, i) => {
      const kinds: PlanField['kind'][] = ['scalar', 'scalar', 'scalar', 'wkt'];
      if (enums.length) kinds.push('enum');
      if (m + 1 < messageCount) kinds.push('message', 'message'); // only later messages: no cycles
      const kind = g(fc.constantFrom, ...kinds);
      const scalar = g(fc.constantFrom, ...SCALAR_TYPES);
      const ref =
        kind === 'enum'
          ? g(fc.integer, { min: 0, max: enums.length - 1 })
          : kind === 'message'
            ? g(fc.integer, { min: m + 1, max: messageCount - 1 })
            : 0;
      const card = g(fc.constantFrom, 'singular', 'singular', 'repeated', 'map') as PlanField['card'];
      const mapKey = g(fc.constantFrom, ...MAP_KEYS);
      const presence: PlanField['presence'] =
        syntax === 'proto3'
          ? (g(fc.constantFrom, 'implicit', 'implicit', 'optional') as PlanField['presence'])
          : (g(fc.constantFrom, 'optional', 'optional', 'optional', 'required') as PlanField['presence']);
      const packed = g(fc.constantFrom, undefined, undefined, true, false);
      const stem = NAME_STEMS[i % NAME_STEMS.length]!;
      const wkt = g(fc.constantFrom, ...WKT_NAMES);
      const f: PlanField = {
        name: `${stem}_${i}`,
        number,
        kind,
        scalar,
        wkt,
        ref,
        card,
        mapKey,
        presence,
        packed,
        inOneof: false,
      };
      if (card === 'singular' && presence !== 'required' && presence !== 'optional' && g(fc.boolean)) f.inOneof = true;
      if (syntax === 'proto2' && card === 'singular' && g(fc.boolean))
        f.inOneof = g(fc.boolean) && presence === 'optional';
      return f;
    });
    messages.push({ name: `M${m}`, fields });
  }
  return { syntax, enums, messages };
});

function typeName(plan: Plan, f: PlanField): string {
  if (f.kind === 'wkt') return `google.protobuf.${f.wkt}`;
  return f.kind === 'scalar' ? f.scalar : f.kind === 'enum' ? plan.enums[f.ref]!.name : plan.messages[f.ref]!.name;
}

function wktFiles(plan: Plan): string[] {
  return [
    ...new Set(plan.messages.flatMap((m) => m.fields.filter((f) => f.kind === 'wkt').map((f) => WKT_FILE[f.wkt]))),
  ];
}

/** `.proto` text for the plan. */
export function planToProto(plan: Plan): string {
  const out = [`syntax = "${plan.syntax}";`, ...wktFiles(plan).map((f) => `import "${f}";`), ''];
  for (const e of plan.enums) {
    out.push(`enum ${e.name} {`, ...e.values.map((v) => `  ${v.name} = ${v.number};`), '}');
  }
  for (const m of plan.messages) {
    out.push(`message ${m.name} {`);
    const oneof = m.fields.filter((f) => f.inOneof);
    for (const f of m.fields) {
      if (f.inOneof) continue;
      const opt = f.card === 'repeated' && f.packed !== undefined && packable(f) ? ` [packed = ${f.packed}]` : '';
      if (f.card === 'map') out.push(`  map<${f.mapKey}, ${typeName(plan, f)}> ${f.name} = ${f.number};`);
      else if (f.card === 'repeated') out.push(`  repeated ${typeName(plan, f)} ${f.name} = ${f.number}${opt};`);
      else {
        const label = plan.syntax === 'proto2' || f.presence === 'optional' ? `${f.presence} ` : '';
        out.push(`  ${label}${typeName(plan, f)} ${f.name} = ${f.number};`);
      }
    }
    if (oneof.length) {
      out.push('  oneof choice {', ...oneof.map((f) => `    ${typeName(plan, f)} ${f.name} = ${f.number};`), '  }');
    }
    out.push('}');
  }
  return out.join('\n');
}

const WKT_DESC_FILES: Record<string, DescFile> = {
  'google/protobuf/timestamp.proto': file_google_protobuf_timestamp,
  'google/protobuf/duration.proto': file_google_protobuf_duration,
  'google/protobuf/wrappers.proto': file_google_protobuf_wrappers,
  'google/protobuf/empty.proto': file_google_protobuf_empty,
};

const PB_TYPES: Record<ScalarType, PbType> = {
  double: PbType.DOUBLE,
  float: PbType.FLOAT,
  int64: PbType.INT64,
  uint64: PbType.UINT64,
  int32: PbType.INT32,
  fixed64: PbType.FIXED64,
  fixed32: PbType.FIXED32,
  bool: PbType.BOOL,
  string: PbType.STRING,
  bytes: PbType.BYTES,
  uint32: PbType.UINT32,
  sfixed32: PbType.SFIXED32,
  sfixed64: PbType.SFIXED64,
  sint32: PbType.SINT32,
  sint64: PbType.SINT64,
};

/** The same plan as a @bufbuild/protobuf message descriptor, built without protobufjs. */
export function planToBufDesc(plan: Plan, messageIndex = 0): DescMessage {
  const valueType = (f: PlanField) =>
    f.kind === 'scalar'
      ? { type: PB_TYPES[f.scalar] }
      : f.kind === 'enum'
        ? { type: PbType.ENUM, typeName: `.${plan.enums[f.ref]!.name}` }
        : f.kind === 'wkt'
          ? { type: PbType.MESSAGE, typeName: `.google.protobuf.${f.wkt}` }
          : { type: PbType.MESSAGE, typeName: `.${plan.messages[f.ref]!.name}` };
  const file = create(FileDescriptorProtoSchema, {
    name: 'gen.proto',
    syntax: plan.syntax,
    dependency: wktFiles(plan),
    enumType: plan.enums.map((e) => ({
      name: e.name,
      value: e.values.map((v) => ({ name: v.name, number: v.number })),
    })),
    messageType: plan.messages.map((m) => {
      const nestedType: object[] = [];
      const oneofDecl: { name: string }[] = [];
      const hasOneof = m.fields.some((f) => f.inOneof);
      if (hasOneof) oneofDecl.push({ name: 'choice' });
      // Synthetic oneofs of proto3 `optional` fields come after the real ones.
      const field = m.fields.map((f) => {
        const base = { name: f.name, number: f.number, jsonName: jsonNameOf(f.name) };
        if (f.card === 'map') {
          const entry = `${jsonNameOf(f.name)[0]!.toUpperCase()}${jsonNameOf(f.name).slice(1)}Entry`;
          nestedType.push({
            name: entry,
            options: { mapEntry: true },
            field: [
              { name: 'key', number: 1, jsonName: 'key', label: Label.OPTIONAL, type: PB_TYPES[f.mapKey] },
              { name: 'value', number: 2, jsonName: 'value', label: Label.OPTIONAL, ...valueType(f) },
            ],
          });
          return { ...base, label: Label.REPEATED, type: PbType.MESSAGE, typeName: `.${m.name}.${entry}` };
        }
        if (f.card === 'repeated') {
          const options = f.packed !== undefined && packable(f) ? { options: { packed: f.packed } } : {};
          return { ...base, label: Label.REPEATED, ...valueType(f), ...options };
        }
        if (f.inOneof) return { ...base, label: Label.OPTIONAL, ...valueType(f), oneofIndex: 0 };
        if (plan.syntax === 'proto3' && f.presence === 'optional') {
          oneofDecl.push({ name: `_${f.name}` });
          return {
            ...base,
            label: Label.OPTIONAL,
            ...valueType(f),
            oneofIndex: oneofDecl.length - 1,
            proto3Optional: true,
          };
        }
        return { ...base, label: f.presence === 'required' ? Label.REQUIRED : Label.OPTIONAL, ...valueType(f) };
      });
      return { name: m.name, field, nestedType, oneofDecl };
    }),
  });
  const registry = createFileRegistry(file, (name) => WKT_DESC_FILES[name]);
  const desc = registry.getMessage(plan.messages[messageIndex]!.name);
  if (!desc) throw new Error('descriptor not built');
  return desc;
}

/** A JSON literal kept as text, so numbers can be written exactly as generated. */
class Raw {
  constructor(readonly text: string) {}
}

/** A JSON object whose keys are written in exactly this order (plain objects put integer-like keys first). */
class Pairs {
  constructor(readonly entries: [string, J][]) {}
}

type J = Raw | Pairs | string | boolean | null | J[] | { [k: string]: J };

function render(v: J): string {
  if (v instanceof Raw) return v.text;
  if (v instanceof Pairs) return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}:${render(x)}`).join(',')}}`;
  if (Array.isArray(v)) return `[${v.map(render).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}:${render(x)}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

type G = Parameters<Parameters<ReturnType<typeof fc.gen>['map']>[0]>[0];

const SAFE = 2n ** 53n;

function scalarJson(g: G, type: ScalarType): J {
  const asNumberOrString = (text: string): J => (g(fc.boolean) ? new Raw(text) : text);
  switch (type) {
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return asNumberOrString(
        String(g(() => fc.oneof(fc.integer({ min: -3, max: 300 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })))),
      );
    case 'uint32':
    case 'fixed32':
      return asNumberOrString(
        String(g(() => fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })))),
      );
    case 'int64':
    case 'sint64':
    case 'sfixed64':
    case 'uint64':
    case 'fixed64': {
      const signed = type !== 'uint64' && type !== 'fixed64';
      const v = g(() =>
        fc.oneof(
          fc.bigInt({ min: signed ? -3n : 0n, max: 300n }),
          fc.bigInt({ min: signed ? -(2n ** 63n) : 0n, max: signed ? 2n ** 63n - 1n : 2n ** 64n - 1n }),
        ),
      );
      // Numbers past 2^53 only as strings: the second implementation parses JSON with JSON.parse.
      return v > -SAFE && v < SAFE ? asNumberOrString(String(v)) : String(v);
    }
    case 'float': {
      const special = g(fc.constantFrom, null, null, null, null, 'NaN', 'Infinity', '-Infinity');
      if (special) return special;
      // Quarter steps are exact in float32, so both implementations print them the same way.
      return new Raw(String(g(fc.integer, { min: -4000, max: 4000 }) / 4));
    }
    case 'double': {
      const d = g(fc.double, { noDefaultInfinity: false });
      if (Number.isNaN(d)) return 'NaN';
      if (d === Infinity) return 'Infinity';
      if (d === -Infinity) return '-Infinity';
      // -0 is the one value where protobufjs (writes it) and protobuf-es (drops it) disagree.
      return new Raw(Object.is(d, -0) ? '0' : String(d));
    }
    case 'bool':
      return g(fc.boolean);
    case 'string':
      return g(fc.string, { unit: 'binary', maxLength: 12 });
    case 'bytes': {
      const b = Buffer.from(g(fc.uint8Array, { maxLength: 12 }));
      return g(fc.boolean) ? b.toString('base64') : b.toString('base64url');
    }
  }
}

function mapKeyText(g: G, type: ScalarType): string {
  const v = scalarJson(g, type);
  if (v instanceof Raw) return v.text;
  return String(v);
}

function wktJson(g: G, name: WktName): J {
  const inner = WKT_INNER[name];
  if (inner) return scalarJson(g, inner);
  if (name === 'Empty') return new Pairs([]);
  const nanos = g(() => fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999_999 })));
  if (name === 'Timestamp') {
    // toISOString is an independent formatter; the fraction is then replaced by 9 random digits.
    const ms = g(fc.integer, { min: -62_135_596_800_000, max: 253_402_300_799_000 });
    const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
    return nanos ? iso.replace('.000Z', `.${String(nanos).padStart(9, '0')}Z`) : iso;
  }
  const seconds = g(fc.bigInt, { min: 0n, max: 315_576_000_000n });
  const negative = g(fc.boolean) && (seconds > 0n || nanos > 0);
  return `${negative ? '-' : ''}${seconds}${nanos ? `.${String(nanos).padStart(9, '0')}` : ''}s`;
}

function valueJson(g: G, plan: Plan, f: PlanField, depth: number): J {
  if (f.kind === 'scalar') return scalarJson(g, f.scalar);
  if (f.kind === 'wkt') return wktJson(g, f.wkt);
  if (f.kind === 'enum') {
    const e = plan.enums[f.ref]!;
    // Open enums also take numbers they do not declare.
    if (plan.syntax === 'proto3' && g(fc.integer, { min: 0, max: 9 }) === 0)
      return new Raw(String(g(fc.integer, { min: 20, max: 99 })));
    const v = g(fc.constantFrom, ...e.values);
    return g(fc.boolean) ? v.name : new Raw(String(v.number));
  }
  return messageJson(g, plan, f.ref, depth + 1);
}

export function messageJson(g: G, plan: Plan, index: number, depth = 0): { [k: string]: J } {
  const m = plan.messages[index]!;
  const out: { [k: string]: J } = {};
  const oneofMembers = m.fields.filter((f) => f.inOneof);
  const chosen = oneofMembers.length && g(fc.boolean) ? g(fc.constantFrom, ...oneofMembers) : null;
  for (const f of m.fields) {
    if (f.inOneof && f !== chosen) continue;
    const required = f.card === 'singular' && f.presence === 'required';
    if (!required && f !== chosen && (depth > 3 || g(fc.integer, { min: 0, max: 3 }) === 0)) continue;
    const key = g(fc.boolean) ? f.name : jsonNameOf(f.name);
    if (f.card === 'repeated') {
      const n = g(fc.integer, { min: 0, max: 4 });
      out[key] = Array.from({ length: n }, () => valueJson(g, plan, f, depth));
    } else if (f.card === 'map') {
      const n = g(fc.integer, { min: 0, max: 3 });
      const entries: [string, J][] = [];
      const seen = new Set<string>();
      for (let i = 0; i < n; i++) {
        // Small numbers often, as strings too, so integer-like keys arrive out of order.
        const k =
          g(fc.boolean) && f.mapKey !== 'bool' ? String(g(fc.integer, { min: 0, max: 20 })) : mapKeyText(g, f.mapKey);
        // Map keys in JSON are strings; the canonical text decides duplicates, so skip those.
        const canonical = f.mapKey === 'string' || f.mapKey === 'bool' ? k : String(BigInt(k));
        if (seen.has(canonical)) continue;
        seen.add(canonical);
        entries.push([k, valueJson(g, plan, f, depth)]);
      }
      out[key] = new Pairs(entries);
    } else {
      out[key] = valueJson(g, plan, f, depth);
    }
  }
  return out;
}

export const caseArb = planArb.chain((plan) =>
  fc.gen().map((g) => ({ plan, schema: planToProto(plan), json: render(messageJson(g, plan, 0)) })),
);
