/**
 * Test helpers (not shipped): an independent check that a `WireField` tree tiles its bytes, and a
 * converter from our typed values to the plain object protobufjs' `Type.encode` expects.
 */
import { util } from 'protobufjs';
import type { MessageValue, Value, ValueType, WireField } from './model/types.ts';

/** A minimal varint reader, deliberately not shared with the model. */
function varintEnd(bytes: Uint8Array, pos: number): number {
  let p = pos;
  while (p < bytes.length && (bytes[p] as number) >= 0x80) p++;
  return p + 1;
}

/**
 * Checks that `fields` cover [start, end) exactly, in order, with no gap or overlap, and recursively
 * that each record's children cover its payload. Returns a list of problems (empty when fine).
 */
export function tilingProblems(
  fields: WireField[],
  bytes: Uint8Array,
  start = 0,
  end = bytes.length,
  where = 'top',
): string[] {
  const problems: string[] = [];
  let pos = start;
  for (const f of fields) {
    if (f.start !== pos) problems.push(`${where}: ${f.path} starts at ${f.start}, expected ${pos}`);
    if (f.end <= f.start) problems.push(`${where}: ${f.path} is empty`);
    pos = f.end;
    if (f.children) {
      // Tag (absent for packed elements, which never have children) then, for LEN, the length.
      const afterTag = varintEnd(bytes, f.start);
      const payloadStart = f.wireType === 2 ? varintEnd(bytes, afterTag) : afterTag;
      problems.push(...tilingProblems(f.children, bytes, payloadStart, f.end, f.path));
    }
  }
  if (pos !== end) problems.push(`${where}: records end at ${pos}, expected ${end}`);
  return problems;
}

/** Our typed value → the plain object protobufjs encodes (Long for 64-bit, key strings for maps). */
export function toProtobufjsObject(msg: MessageValue): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const fv of msg.fields) {
    const conv = (v: Value): unknown => toPbjs(fv.desc.type, v);
    if (fv.kind === 'singular') out[fv.desc.name] = conv(fv.value);
    else if (fv.kind === 'repeated') out[fv.desc.name] = fv.values.map(conv);
    else {
      const m: Record<string, unknown> = {};
      for (const e of fv.entries) Object.defineProperty(m, e.keyText, { value: conv(e.value), enumerable: true });
      out[fv.desc.name] = m;
    }
  }
  return out;
}

function toPbjs(type: ValueType, v: Value): unknown {
  if (type.kind === 'message') return toProtobufjsObject(v as MessageValue);
  if (typeof v === 'bigint') {
    const unsigned = type.kind === 'scalar' && (type.scalar === 'uint64' || type.scalar === 'fixed64');
    // protobufjs types util.Long as a bare constructor; at runtime it is the `long` package.
    return (util.Long as unknown as { fromString(text: string, unsigned: boolean): unknown }).fromString(
      v.toString(),
      unsigned,
    );
  }
  return v;
}

export const hexOf = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');
export const bytesOf = (s: string): Uint8Array =>
  new Uint8Array(
    s
      .split(/\s+/)
      .filter(Boolean)
      .map((b) => parseInt(b, 16)),
  );
