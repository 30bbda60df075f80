/**
 * Finding the reader's terms in a text, for the result snippets and the highlight on the page.
 * Pure: no DOM.
 */

export interface Piece {
  text: string;
  mark: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where any of the terms occurs in the text, case-insensitively, as [start, end) offsets in order.
 * At each place the longest term wins ("对象池" before "对象"), and matches never overlap.
 */
export function findMarks(text: string, terms: readonly string[]): [number, number][] {
  const usable = [...new Set(terms.filter((t) => t.trim().length > 0))].sort((a, b) => b.length - a.length);
  if (!usable.length) return [];
  const re = new RegExp(usable.map(escape).join('|'), 'giu');
  const out: [number, number][] = [];
  for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * A window of the text around the first match of the most telling term (`terms` come best first),
 * with every match inside it marked: about `width` characters, starting a little before the match so
 * it reads in context, with "…" where it was cut. Without a match, the start of the text.
 */
export function snippet(text: string, terms: readonly string[], width = 120): Piece[] {
  const marks = findMarks(text, terms);
  const lower = text.toLowerCase();
  const best =
    terms
      .filter((t) => t.trim())
      .map((t) => lower.indexOf(t.toLowerCase()))
      .find((i) => i >= 0) ?? marks[0]?.[0];
  const lead = Math.round(width / 4);
  let start = best !== undefined ? Math.max(0, best - lead) : 0;
  // Start at a word boundary when one is near, so the snippet does not open mid-word.
  if (start > 0) {
    const space = text.slice(start, start + 12).search(/[\s，。；：、,.;:]/u);
    if (space >= 0) start += space + 1;
  }
  const end = Math.min(text.length, start + width);
  const pieces: Piece[] = [];
  const push = (from: number, to: number, mark: boolean) => {
    if (to > from) pieces.push({ text: text.slice(from, to), mark });
  };
  let at = start;
  for (const [s, e] of marks) {
    if (e <= start || s >= end) continue;
    push(at, Math.max(at, s), false);
    push(Math.max(at, s), Math.min(e, end), true);
    at = Math.min(e, end);
  }
  push(at, end, false);
  if (start > 0) pieces.unshift({ text: '…', mark: false });
  if (end < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
