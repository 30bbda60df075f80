/**
 * Field paths, shared by `WireField.path`, `InputError.path` and the JSON spans:
 * `c.a` (nested), `e[2]` (repeated element, or the whole packed record as `e`),
 * `g["k"]` / `m[5]` / `b[true]` (map entry, string keys quoted), `g["k"].key` / `g["k"].value`
 * (inside the entry), `#7` (a field number the schema does not know).
 */
import type { ExplainType } from './explain.ts';
import type { FieldDesc, MessageDesc } from './types.ts';

interface Segment {
  name: string;
  indexes: string[];
}

/** Splits a path into names with their bracketed suffixes; null when malformed. */
export function splitPath(path: string): Segment[] | null {
  const out: Segment[] = [];
  let i = 0;
  while (i <= path.length) {
    let name = '';
    while (i < path.length && path[i] !== '.' && path[i] !== '[') name += path[i++];
    const indexes: string[] = [];
    while (path[i] === '[') {
      i++;
      let idx = '';
      if (path[i] === '"') {
        // A JSON string: find its closing quote, skipping escapes.
        const start = i++;
        while (i < path.length && path[i] !== '"') i += path[i] === '\\' ? 2 : 1;
        try {
          idx = JSON.parse(path.slice(start, i + 1)) as string;
        } catch {
          return null;
        }
        i++;
      } else {
        while (i < path.length && path[i] !== ']') idx += path[i++];
      }
      if (path[i] !== ']') return null;
      i++;
      indexes.push(idx);
    }
    if (!name) return null;
    out.push({ name, indexes });
    if (i >= path.length) break;
    if (path[i] !== '.') return null;
    i++;
  }
  return out;
}

export interface ResolvedPath {
  field: FieldDesc;
  /** What the path points at: a whole singular field, a packed record, one element, a map entry, or its key or value. */
  role: 'singular' | 'packed' | 'element' | 'entry' | 'key' | 'value';
  /** The type `explainField` should read the bytes as. */
  explainType: ExplainType;
}

function typeOf(field: FieldDesc): ExplainType {
  const t = field.type;
  return t.kind === 'scalar' ? t.scalar : t.kind;
}

/** The schema field a path refers to, starting from message `root`; null for unknown fields or bad paths. */
export function resolvePath(root: MessageDesc, path: string): ResolvedPath | null {
  const segments = splitPath(path);
  if (!segments) return null;
  let msg: MessageDesc | null = root;
  let mapField: FieldDesc | null = null;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    const last = s === segments.length - 1;
    if (mapField) {
      // Inside a map entry only `key` and `value` exist.
      if (seg.indexes.length) return null;
      if (seg.name === 'key')
        return last ? { field: mapField, role: 'key', explainType: mapField.mapKey ?? 'string' } : null;
      if (seg.name !== 'value') return null;
      if (last) return { field: mapField, role: 'value', explainType: typeOf(mapField) };
      msg = mapField.type.kind === 'message' ? mapField.type.message : null;
      mapField = null;
      continue;
    }
    if (!msg) return null;
    const field: FieldDesc | undefined = msg.fields.find((f) => f.name === seg.name);
    if (!field) return null;
    if (field.cardinality === 'map') {
      if (seg.indexes.length === 0) return last ? { field, role: 'entry', explainType: 'message' } : null;
      if (seg.indexes.length !== 1) return null;
      if (last) return { field, role: 'entry', explainType: 'message' };
      mapField = field;
      continue;
    }
    if (field.cardinality === 'repeated') {
      if (seg.indexes.length === 0) {
        if (!last) return null;
        return {
          field,
          role: field.packed ? 'packed' : 'element',
          explainType: field.packed ? 'packed' : typeOf(field),
        };
      }
      if (seg.indexes.length !== 1) return null;
      if (last) return { field, role: 'element', explainType: typeOf(field) };
    } else {
      if (seg.indexes.length) return null;
      if (last) return { field, role: 'singular', explainType: typeOf(field) };
    }
    msg = field.type.kind === 'message' ? field.type.message : null;
  }
  return null;
}
