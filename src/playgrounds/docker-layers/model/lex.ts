// Word lexing and variable expansion, shared by Dockerfile instructions and the RUN interpreter.
//
// Dockerfile instructions (FROM, COPY, ENV, WORKDIR, …) are expanded by BuildKit's own shell-like lexer:
// quotes are removed, `$VAR` / `${VAR}` and the modifiers `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`,
// `${VAR+word}`, `${VAR:?msg}`, `${VAR?msg}`, `${VAR#pat}`, `${VAR##pat}`, `${VAR%pat}`, `${VAR%%pat}` and
// `${VAR/pat/repl}` are understood, and the escape character is the one set by the `escape` directive.
// The RUN interpreter reuses `expandDollar` with `\` as escape (that is the shell, not the Dockerfile).

import { globMatch } from './glob.ts';

export type VarLookup = (name: string) => string | undefined;

export interface ExpandResult {
  value: string;
  /** Variables referenced without a default that are not set. */
  missing: string[];
  /** `${VAR:?msg}` failures. */
  errors: string[];
  /** The value depends on something the model cannot know (command substitution). */
  unknown: boolean;
}

export interface Word {
  value: string;
  /** Any part of the word was quoted. */
  quoted: boolean;
  /** The word has an unquoted glob character (*, ?, [). */
  glob: boolean;
  unknown: boolean;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

interface DollarResult {
  text: string;
  end: number;
  missing: string[];
  errors: string[];
  unknown: boolean;
}

/** Find the index of the `}` closing a `${` that starts before `from`, honouring nesting and quotes. */
function findClosingBrace(src: string, from: number): number {
  let depth = 1;
  let quote: string | null = null;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '$' && src[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function trimPattern(value: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const n = value.length;
  if (op === '#') {
    for (let k = 0; k <= n; k++) if (globMatch(pattern, value.slice(0, k))) return value.slice(k);
  } else if (op === '##') {
    for (let k = n; k >= 0; k--) if (globMatch(pattern, value.slice(0, k))) return value.slice(k);
  } else if (op === '%') {
    for (let k = n; k >= 0; k--) if (globMatch(pattern, value.slice(k))) return value.slice(0, k);
  } else {
    for (let k = 0; k <= n; k++) if (globMatch(pattern, value.slice(k))) return value.slice(0, k);
  }
  return value;
}

/**
 * Expand the `$…` starting at `src[start] === '$'`. Returns the replacement text and where parsing stopped.
 * A `$` not followed by a name or `{` is kept literally (as BuildKit and sh do).
 */
export function expandDollar(src: string, start: number, lookup: VarLookup, escape: string): DollarResult {
  const next = src[start + 1];
  const empty: DollarResult = { text: '$', end: start + 1, missing: [], errors: [], unknown: false };
  if (next === undefined) return empty;
  if (next === '(') {
    // Command substitution: the model cannot run it. Skip to the matching parenthesis.
    let depth = 1;
    let i = start + 2;
    for (; i < src.length && depth > 0; i++) {
      if (src[i] === '(') depth++;
      else if (src[i] === ')') depth--;
    }
    return { text: '', end: i, missing: [], errors: [], unknown: true };
  }
  if (next === '{') {
    const close = findClosingBrace(src, start + 2);
    if (close < 0) return { text: src.slice(start), end: src.length, missing: [], errors: [], unknown: false };
    const body = src.slice(start + 2, close);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(.*)$/s.exec(body);
    if (!m) return { text: '', end: close + 1, missing: [], errors: [], unknown: false };
    const name = m[1] ?? '';
    const rest = m[2] ?? '';
    const value = lookup(name);
    const sub = (w: string): ExpandResult => expandString(w, lookup, escape);
    const res: DollarResult = { text: '', end: close + 1, missing: [], errors: [], unknown: false };
    const take = (r: ExpandResult): void => {
      res.text = r.value;
      res.missing.push(...r.missing);
      res.errors.push(...r.errors);
      res.unknown ||= r.unknown;
    };
    if (rest === '') {
      if (value === undefined) res.missing.push(name);
      res.text = value ?? '';
    } else if (rest.startsWith(':-') || rest.startsWith('-')) {
      const colon = rest.startsWith(':');
      const word = rest.slice(colon ? 2 : 1);
      if (value === undefined || (colon && value === '')) take(sub(word));
      else res.text = value;
    } else if (rest.startsWith(':+') || rest.startsWith('+')) {
      const colon = rest.startsWith(':');
      const word = rest.slice(colon ? 2 : 1);
      if (value !== undefined && !(colon && value === '')) take(sub(word));
      else res.text = '';
    } else if (rest.startsWith(':?') || rest.startsWith('?')) {
      const colon = rest.startsWith(':');
      const word = rest.slice(colon ? 2 : 1);
      if (value === undefined || (colon && value === '')) {
        res.errors.push(`${name}: ${sub(word).value || 'is not set'}`);
        res.text = '';
      } else res.text = value;
    } else if (rest.startsWith('##') || rest.startsWith('#') || rest.startsWith('%%') || rest.startsWith('%')) {
      const op = (rest.startsWith('##') ? '##' : rest.startsWith('%%') ? '%%' : rest[0]) as '#' | '##' | '%' | '%%';
      const pattern = sub(rest.slice(op.length)).value;
      if (value === undefined) res.missing.push(name);
      res.text = trimPattern(value ?? '', pattern, op);
    } else if (rest.startsWith('/')) {
      const all = rest.startsWith('//');
      const parts = rest.slice(all ? 2 : 1).split('/');
      const pattern = sub(parts[0] ?? '').value;
      const repl = sub(parts.slice(1).join('/')).value;
      const v = value ?? '';
      if (value === undefined) res.missing.push(name);
      res.text = pattern === '' ? v : all ? v.split(pattern).join(repl) : v.replace(pattern, repl);
    } else {
      // Unsupported modifier: BuildKit rejects it ("unsupported modifier"). Keep the value.
      res.errors.push(`unsupported modifier in \${${body}}`);
      res.text = value ?? '';
    }
    return res;
  }
  if (NAME_START.test(next)) {
    let i = start + 1;
    while (i < src.length && NAME_CHAR.test(src[i] ?? '')) i++;
    const name = src.slice(start + 1, i);
    const value = lookup(name);
    return { text: value ?? '', end: i, missing: value === undefined ? [name] : [], errors: [], unknown: false };
  }
  if (/[0-9*@#?$!-]/.test(next)) {
    // Positional and special parameters: empty in a Dockerfile; unknown in a shell.
    return { text: '', end: start + 2, missing: [], errors: [], unknown: false };
  }
  return empty;
}

/**
 * Expand variables in a string and remove quotes, as BuildKit does for one word (ProcessWord).
 * Whitespace is kept.
 */
let nesting = 0;
const MAX_NESTING = 64;

export function expandString(src: string, lookup: VarLookup, escape = '\\'): ExpandResult {
  if (nesting >= MAX_NESTING) {
    // ${A:-${B:-${C:-…}}} nested deeper than any real Dockerfile: stop instead of exhausting the stack.
    return { value: '', missing: [], errors: ['variable substitution nested too deeply'], unknown: true };
  }
  nesting++;
  let words: LexResult;
  try {
    words = lexWords(src, lookup, escape, true);
  } finally {
    nesting--;
  }
  return {
    value: words.words.map((w) => w.value).join(''),
    missing: words.missing,
    errors: words.errors,
    unknown: words.words.some((w) => w.unknown),
  };
}

export interface LexResult {
  words: Word[];
  missing: string[];
  errors: string[];
}

/**
 * Split into words (unquoted whitespace separates words), expanding variables and removing quotes,
 * as BuildKit's ProcessWords does. With `keepSpaces`, whitespace is kept inside one single word.
 */
export function lexWords(src: string, lookup: VarLookup, escape = '\\', keepSpaces = false): LexResult {
  const words: Word[] = [];
  const missing: string[] = [];
  const errors: string[] = [];
  let cur: Word | null = null;
  const ensure = (): Word => (cur ??= { value: '', quoted: false, glob: false, unknown: false });
  const dollar = (i: number): number => {
    const r = expandDollar(src, i, lookup, escape);
    const w = ensure();
    w.value += r.text;
    w.unknown ||= r.unknown;
    missing.push(...r.missing);
    errors.push(...r.errors);
    return r.end;
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (!keepSpaces && (c === ' ' || c === '\t' || c === '\n' || c === '\r')) {
      if (cur) words.push(cur);
      cur = null;
      i++;
      continue;
    }
    if (c === escape) {
      const n = src[i + 1];
      const w = ensure();
      if (n === undefined) {
        w.value += c;
        i++;
      } else {
        w.value += n;
        i += 2;
      }
      continue;
    }
    if (c === "'") {
      const w = ensure();
      w.quoted = true;
      const end = src.indexOf("'", i + 1);
      if (end < 0) {
        errors.push('unexpected end of statement while looking for matching single-quote');
        w.value += src.slice(i + 1);
        i = src.length;
      } else {
        w.value += src.slice(i + 1, end);
        i = end + 1;
      }
      continue;
    }
    if (c === '"') {
      const w = ensure();
      w.quoted = true;
      i++;
      let closed = false;
      while (i < src.length) {
        const d = src[i] ?? '';
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === escape) {
          const n = src[i + 1];
          if (n === undefined) {
            w.value += d;
            i++;
          } else if (n === '"' || n === '$' || n === escape) {
            w.value += n;
            i += 2;
          } else {
            w.value += d;
            i++;
          }
          continue;
        }
        if (d === '$') {
          i = dollar(i);
          continue;
        }
        w.value += d;
        i++;
      }
      if (!closed) errors.push('unexpected end of statement while looking for matching double-quote');
      continue;
    }
    if (c === '$') {
      i = dollar(i);
      continue;
    }
    const w = ensure();
    if (c === '*' || c === '?' || c === '[') w.glob = true;
    w.value += c;
    i++;
  }
  if (cur) words.push(cur);
  return { words, missing, errors };
}

/** A small, fast, non-cryptographic string hash (cyrb53) used for cache keys. Deterministic. */
export function hashString(str: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Length in bytes of a string encoded as UTF-8. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
