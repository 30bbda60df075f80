import { fieldParts, flattenFields } from '../model.ts';
import type { JsonSpan, WireField } from '../model.ts';

/** How many bytes the hex dump shows (the rest is summarised), and records the tree lists. */
export const HEX_LIMIT = 4096;
export const TREE_LIMIT = 400;

export type BytePart = 'tag' | 'len' | 'value';

/** Per shown byte: the innermost record it belongs to, which part of it, and its top-level field. */
export interface ByteMap {
  records: WireField[];
  owner: Int32Array;
  part: BytePart[];
  top: Int32Array;
  byPath: Map<string, WireField>;
}

export function buildByteMap(fields: WireField[], bytes: Uint8Array, limit = HEX_LIMIT): ByteMap {
  const n = Math.min(bytes.length, limit);
  const owner = new Int32Array(n).fill(-1);
  const top = new Int32Array(n).fill(-1);
  const part: BytePart[] = new Array<BytePart>(n).fill('value');
  const records: WireField[] = [];
  const byPath = new Map<string, WireField>();
  fields.forEach((topField, topIndex) => {
    if (topField.start >= n) {
      byPath.set(topField.path, topField);
      return;
    }
    // Parents come before children, so the innermost record is written last.
    for (const f of flattenFields([topField])) {
      byPath.set(f.path, f);
      if (f.start >= n) continue;
      const index = records.push(f) - 1;
      const parts = fieldParts(f, bytes);
      for (let i = f.start; i < Math.min(f.end, n); i++) {
        owner[i] = index;
        top[i] = topIndex;
        part[i] =
          parts?.tag && i < parts.tag.end
            ? 'tag'
            : parts?.length && i >= parts.length.start && i < parts.length.end
              ? 'len'
              : 'value';
      }
    }
  });
  return { records, owner, part, top, byPath };
}

/** The path itself, then its ancestors: `a.b[2].c` → `a.b[2].c`, `a.b[2]`, `a.b`, `a`. */
export function pathAndAncestors(path: string): string[] {
  const out = [path];
  let p = path;
  for (;;) {
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return out;
    p = p.slice(0, cut);
    out.push(p);
  }
}

/** JSON text spans of the nearest path (or ancestor) the JSON mentions. */
export function spansForPath(spans: JsonSpan[], path: string): JsonSpan | null {
  for (const p of pathAndAncestors(path)) {
    const hit = spans.find((s) => s.path === p);
    if (hit) return hit;
  }
  return null;
}

/** The innermost span (key or value) under a character offset in the JSON text. */
export function pathAtOffset(spans: JsonSpan[], offset: number): string | null {
  let best: JsonSpan | null = null;
  let bestLen = Infinity;
  for (const s of spans) {
    for (const r of [s.key, s.value]) {
      if (r && offset >= r.start && offset < r.end && r.end - r.start < bestLen) {
        best = s;
        bestLen = r.end - r.start;
      }
    }
  }
  return best?.path ?? null;
}

/** The record for a path, or for its nearest ancestor that was written. */
export function recordForPath(byPath: Map<string, WireField>, path: string): WireField | null {
  for (const p of pathAndAncestors(path)) {
    const hit = byPath.get(p);
    if (hit) return hit;
  }
  return null;
}

export const hex2 = (b: number) => b.toString(16).padStart(2, '0');
