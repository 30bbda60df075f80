/**
 * "What if": the same JSON encoded after changing one field's declaration — its scalar type
 * (int32 → sint32 → fixed32), its number (15 → 16 makes the tag two bytes), or packing.
 * The schema text is left alone; a copy of the descriptors is changed instead.
 */
import type { FieldDesc, InputError, MessageDesc, ScalarType, ValueType, WireField } from './types.ts';
import { encodeMessage, scalarPackable } from './annotate.ts';
import { convertJson } from './json.ts';
import { resolvePath } from './paths.ts';
import { MAX_FIELD_NUMBER } from './wire.ts';

export type WhatIfChange =
  { kind: 'type'; scalar: ScalarType } | { kind: 'number'; number: number } | { kind: 'packed'; packed: boolean };

export interface WhatIfSide {
  bytes: Uint8Array;
  fields: WireField[];
  size: number;
}

export type WhatIfResult =
  { ok: true; before: WhatIfSide; after: WhatIfSide; delta: number } | { ok: false; error: InputError };

/** Deep copy of the message graph reachable from `root` (recursive messages included). */
function cloneGraph(root: MessageDesc): { root: MessageDesc; map: Map<MessageDesc, MessageDesc> } {
  const map = new Map<MessageDesc, MessageDesc>();
  const copy = (m: MessageDesc): MessageDesc => {
    const seen = map.get(m);
    if (seen) return seen;
    const c: MessageDesc = {
      fullName: m.fullName,
      ...(m.wkt ? { wkt: m.wkt } : {}),
      fields: [],
      byNumber: new Map(),
      byJsonKey: new Map(),
    };
    map.set(m, c);
    for (const f of m.fields) {
      const type: ValueType = f.type.kind === 'message' ? { kind: 'message', message: copy(f.type.message) } : f.type;
      c.fields.push({ ...f, type });
    }
    reindex(c);
    return c;
  };
  return { root: copy(root), map };
}

function reindex(m: MessageDesc): void {
  m.fields.sort((a, b) => a.number - b.number);
  m.byNumber = new Map(m.fields.map((f) => [f.number, f]));
  m.byJsonKey = new Map();
  for (const f of m.fields) {
    m.byJsonKey.set(f.jsonName, f);
    m.byJsonKey.set(f.name, f);
  }
}

function owner(root: MessageDesc, field: FieldDesc): MessageDesc | null {
  const seen = new Set<MessageDesc>();
  const walk = (m: MessageDesc): MessageDesc | null => {
    if (seen.has(m)) return null;
    seen.add(m);
    if (m.fields.includes(field)) return m;
    for (const f of m.fields) {
      if (f.type.kind === 'message') {
        const hit = walk(f.type.message);
        if (hit) return hit;
      }
    }
    return null;
  };
  return walk(root);
}

function schemaError(message: string, path: string): { ok: false; error: InputError } {
  return { ok: false, error: { source: 'schema', message, path } };
}

function side(json: string, desc: MessageDesc): WhatIfSide | InputError {
  const conv = convertJson(json, desc);
  if (!conv.ok) return conv.error;
  const { bytes, fields } = encodeMessage(conv.message);
  return { bytes, fields, size: bytes.length };
}

/** Re-encodes `json` with the declaration of the field at `path` changed. */
export function whatIfChange(desc: MessageDesc, json: string, path: string, change: WhatIfChange): WhatIfResult {
  const before = side(json, desc);
  if ('source' in before) return { ok: false, error: before };
  const clone = cloneGraph(desc);
  const target = resolvePath(clone.root, path);
  if (!target) return schemaError(`no field at path ${path}`, path);
  const field = target.field;
  const parent = owner(clone.root, field);
  if (!parent) return schemaError(`no field at path ${path}`, path);
  const index = parent.fields.indexOf(field);
  let changed: FieldDesc;
  switch (change.kind) {
    case 'type': {
      if (field.type.kind === 'message')
        return schemaError(`${field.name} is a message field; only scalar types can be swapped`, path);
      if (field.cardinality === 'map' && target.role === 'key') {
        changed = { ...field, mapKey: change.scalar };
      } else {
        // A repeated field keeps its packing where the new type can be packed at all.
        const packed = field.cardinality === 'repeated' && field.packed && scalarPackable(change.scalar);
        changed = { ...field, type: { kind: 'scalar', scalar: change.scalar }, packed };
      }
      break;
    }
    case 'number': {
      const n = change.number;
      if (!Number.isInteger(n) || n < 1 || n > MAX_FIELD_NUMBER)
        return schemaError(`field number ${n} is outside 1..${MAX_FIELD_NUMBER}`, path);
      if (n >= 19000 && n <= 19999) return schemaError(`field numbers 19000..19999 are reserved`, path);
      const clash = parent.byNumber.get(n);
      if (clash && clash !== field) return schemaError(`field number ${n} is already used by ${clash.name}`, path);
      changed = { ...field, number: n };
      break;
    }
    case 'packed': {
      if (field.cardinality !== 'repeated')
        return schemaError(`${field.name} is not repeated; only repeated fields can be packed`, path);
      if (
        change.packed &&
        field.type.kind !== 'enum' &&
        !(field.type.kind === 'scalar' && scalarPackable(field.type.scalar))
      )
        return schemaError(`only repeated numeric, bool and enum fields can be packed`, path);
      changed = { ...field, packed: change.packed };
      break;
    }
  }
  parent.fields[index] = changed;
  reindex(parent);
  const after = side(json, clone.root);
  if ('source' in after) return { ok: false, error: after };
  return { ok: true, before, after, delta: after.size - before.size };
}
