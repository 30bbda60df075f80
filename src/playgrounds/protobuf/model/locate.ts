/**
 * Finding positions in `.proto` source. protobufjs reports a line and the offending token but no
 * column, and its reflection errors ("duplicate name", "no such type") carry no position at all,
 * yet Monaco markers need both.
 */

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column (UTF-16 units) of a character offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  const stop = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < stop; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: stop - lineStart + 1 };
}

/** Offset where a 1-based line starts, or -1 past the end. */
export function lineStartOffset(text: string, line: number): number {
  let current = 1;
  if (line === 1) return 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10 && ++current === line) return i + 1;
  }
  return -1;
}

export interface MaskedSource {
  /** The source with comments replaced by spaces (newlines kept), so offsets are unchanged. */
  masked: string;
  /** Offset of a block comment that never closes, or -1. */
  openComment: number;
  /** Offset of a string literal that never closes on its line, or -1. */
  openString: number;
}

/** Blanks out comments so token searches do not match commented-out code. */
export function maskComments(source: string): MaskedSource {
  const out = source.split('');
  let openComment = -1;
  let openString = -1;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '"' || c === "'") {
      const from = i++;
      while (i < source.length && source[i] !== c && source[i] !== '\n') {
        if (source[i] === '\\') i++;
        i++;
      }
      if (source[i] !== c && openString < 0) openString = from;
      i++;
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') out[i++] = ' ';
    } else if (c === '/' && source[i + 1] === '*') {
      const close = source.indexOf('*/', i + 2);
      if (close < 0 && openComment < 0) openComment = i;
      const stop = close < 0 ? source.length : close + 2;
      for (; i < stop; i++) if (out[i] !== '\n') out[i] = ' ';
    } else {
      i++;
    }
  }
  return { masked: out.join(''), openComment, openString };
}

const WORD = /[A-Za-z0-9_.]/;

function isWordLike(token: string): boolean {
  return token.length > 0 && [...token].every((ch) => WORD.test(ch));
}

/** Offsets of `token` in `masked` as a whole token (identifiers are not matched inside longer ones). */
export function tokenOffsets(masked: string, token: string, from = 0, to = masked.length): number[] {
  const hits: number[] = [];
  if (!token) return hits;
  const word = isWordLike(token);
  let i = masked.indexOf(token, from);
  while (i >= 0 && i + token.length <= to) {
    const before = masked[i - 1];
    const after = masked[i + token.length];
    if (!word || ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after))))
      hits.push(i);
    i = masked.indexOf(token, i + 1);
  }
  return hits;
}

/** Offset of the first non-blank character of a line, for errors we can only pin to a line. */
export function firstNonBlank(text: string, line: number): number {
  const start = lineStartOffset(text, line);
  if (start < 0) return text.length;
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}
