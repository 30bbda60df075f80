// Parsing. A line scanner that follows BuildKit's rules (moby/buildkit frontend/dockerfile/parser/parser.go)
// decides where each instruction and each heredoc begins and ends; dockerfile-ast then parses each instruction
// (keyword, flags, ARG/ENV/LABEL properties, heredoc names). Instructions are parsed one at a time and memoized,
// so that while someone types only the edited instruction is parsed again (a full dockerfile-ast parse of a
// 300-line file took about half of the analysis time).
//
// WHAT dockerfile-ast (0.7.1) DOES NOT DO, AND HOW IT IS HANDLED HERE
// 1. Unterminated heredocs are accepted silently (the heredoc runs to the end of the file); BuildKit fails with
//    "unterminated heredoc". The scanner finds no terminator line and we report an error on the instruction.
// 2. `<<-` (strip leading tabs) is applied to every heredoc of an instruction as soon as one of them uses it;
//    BuildKit decides per heredoc. The scanner decides per heredoc, so instruction boundaries follow BuildKit.
// 3. Heredoc bodies are mixed into `getArguments()`; the instruction text comes from the scanner instead
//    (continuation lines joined, comment and empty lines dropped, heredoc bodies kept apart).
// 4. Parser directives: dockerfile-ast honours `# escape=` even after an unknown directive, after a second
//    `escape`, or with an invalid value. BuildKit stops reading directives at the first unknown one, rejects a
//    repeated directive and only accepts ` or \ as escape. We read directives as BuildKit does, report the
//    errors, and hand dockerfile-ast the escape character BuildKit would use.
// 5. A line ending in an escaped escape character (`\\`) is a continuation for dockerfile-ast but not for
//    BuildKit (its regexp does not handle that case); the scanner follows BuildKit.
// 6. A lone `\r` is treated by dockerfile-ast as a line break; BuildKit only splits lines on `\n`.
//    `\r\n` is normalised to `\n` and a lone `\r` to a space before parsing (line numbers are unchanged).
// 7. Variable resolution (`resolveVariable`) knows nothing of `${VAR:-default}` and friends; see lex.ts.
// 8. Empty continuation lines are accepted without a word; BuildKit warns, and so do we.

import { DockerfileParser } from 'dockerfile-ast';
import type { Instruction } from 'dockerfile-ast';
import type { Problem } from './types.ts';

export interface Heredoc {
  name: string;
  /** Body (lines joined with \n, trailing newline included, tabs stripped for <<-). */
  content: string;
  /** False when the delimiter was quoted: the body is taken literally. */
  expand: boolean;
  chomp: boolean;
  /** File descriptor written before << (0 when none). */
  fd: number;
  /** 1-based line of the << operator's instruction. */
  line: number;
  terminated: boolean;
}

export interface ParsedInstruction {
  /** Upper-case keyword as written (may be unknown, e.g. "ECHO"). */
  keyword: string;
  /** 1-based first line. */
  line: number;
  /** 1-based last line (continuations and heredoc bodies included). */
  endLine: number;
  /** Arguments as BuildKit sees them: continuations joined, comment lines removed, no heredoc bodies. */
  args: string;
  /** Flags (--name=value) given before the arguments. Value null for a bare --flag. */
  flags: { name: string; value: string | null }[];
  /** The arguments after the flags. */
  rest: string;
  /** When the arguments are a JSON array of strings (exec form). */
  json: string[] | null;
  heredocs: Heredoc[];
  /** The dockerfile-ast instruction (null only if it could not be matched, which should not happen). */
  node: Instruction | null;
  /** Lines that were empty inside a continuation (BuildKit warns about them). */
  emptyContinuationLines: number[];
}

export interface ParseResult {
  instructions: ParsedInstruction[];
  escape: string;
  problems: Problem[];
  /** `# syntax=` directive value, when present. */
  syntax: string | null;
}

const DIRECTIVE_RE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const VALID_DIRECTIVES = new Set(['escape', 'syntax', 'check']);
const HEREDOC_WORD_RE = /^(\d*)<<(-?)([^<]*)$/;

function isCommentLine(line: string): boolean {
  return /^\s*#/.test(line);
}

function continuationRe(escape: string): RegExp {
  const e = escape === '`' ? '`' : '\\\\';
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}

/** Split a line into raw shell words (quotes and escapes kept), as BuildKit's heredocsFromLine does. */
function rawWords(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    if (c === ' ' || c === '\t') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === '\\' && i + 1 < line.length) {
      cur += c + (line[i + 1] ?? '');
      i++;
    } else if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) {
        cur += line.slice(i);
        i = line.length;
      } else {
        cur += line.slice(i, end + 1);
        i = end;
      }
    } else cur += c;
  }
  if (inWord) words.push(cur);
  return words;
}

function unquoteHeredocName(rest: string): { name: string; expand: boolean } | null {
  let name = '';
  let quoted = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] ?? '';
    if (c === "'" || c === '"') {
      const end = rest.indexOf(c, i + 1);
      if (end < 0) return null;
      name += rest.slice(i + 1, end);
      quoted = true;
      i = end;
    } else if (c === '\\' && i + 1 < rest.length) {
      name += rest[i + 1] ?? '';
      quoted = true;
      i++;
    } else if (c === ' ' || c === '\t') return null;
    else name += c;
  }
  return name === '' ? null : { name, expand: !quoted };
}

interface HeredocHead {
  name: string;
  expand: boolean;
  chomp: boolean;
  fd: number;
}

/** Heredocs declared on a logical line (BuildKit: words matching ^(\d*)<<(-?)([^<]*)$). */
export function heredocHeads(logical: string): HeredocHead[] {
  const out: HeredocHead[] = [];
  for (const w of rawWords(logical)) {
    const m = HEREDOC_WORD_RE.exec(w);
    if (!m) continue;
    const rest = m[3] ?? '';
    if (rest === '') continue;
    const q = unquoteHeredocName(rest);
    if (!q) continue;
    out.push({ name: q.name, expand: q.expand, chomp: m[2] === '-', fd: Number(m[1] || '0') });
  }
  return out;
}

/** JSON (exec) form: a JSON array of strings. */
export function parseJsonArray(s: string): string[] | null {
  const t = s.trim();
  if (!t.startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    return null;
  }
  return null;
}

/** Leading --flags of an argument string (raw words), and what follows them. */
function splitFlags(args: string): { flags: { name: string; value: string | null }[]; rest: string } {
  const flags: { name: string; value: string | null }[] = [];
  let i = 0;
  for (;;) {
    while (i < args.length && (args[i] === ' ' || args[i] === '\t')) i++;
    if (!args.startsWith('--', i)) break;
    let j = i;
    let quote: string | null = null;
    while (j < args.length) {
      const c = args[j] ?? '';
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ' ' || c === '\t') break;
      j++;
    }
    const word = args.slice(i + 2, j);
    if (word === '') {
      // "--" alone ends the flags
      i = j;
      break;
    }
    const eq = word.indexOf('=');
    const name = (eq < 0 ? word : word.slice(0, eq)).toLowerCase();
    let value = eq < 0 ? null : word.slice(eq + 1);
    if (value !== null && value.length >= 2 && /^(["']).*\1$/s.test(value)) value = value.slice(1, -1);
    flags.push({ name, value });
    i = j;
  }
  return { flags, rest: args.slice(i).trim() };
}

interface Chunk {
  start: number; // 0-based
  logicalEnd: number; // 0-based
  end: number; // 0-based
  logical: string;
  heredocs: Heredoc[];
  emptyContinuationLines: number[];
}

function scan(lines: string[], firstLine: number, escape: string): Chunk[] {
  const cont = continuationRe(escape);
  const chunks: Chunk[] = [];
  const trimCont = (l: string): { text: string; more: boolean } => {
    if (cont.test(l)) return { text: l.replace(cont, '$1'), more: true };
    return { text: l, more: false };
  };
  let i = firstLine;
  while (i < lines.length) {
    const raw = lines[i] ?? '';
    const first = raw.replace(/^\s+/, '');
    if (first === '' || first.startsWith('#')) {
      i++;
      continue;
    }
    const start = i;
    let { text: logical, more } = trimCont(first);
    const empties: number[] = [];
    if (more && logical.trim() === '') {
      // A line holding only the escape character: BuildKit skips it like an empty line.
      i++;
      continue;
    }
    while (more && i + 1 < lines.length) {
      i++;
      const l = lines[i] ?? '';
      if (isCommentLine(l)) continue;
      if (l.trim() === '') {
        empties.push(i + 1);
        continue;
      }
      const r = trimCont(l);
      logical += r.text;
      more = r.more;
    }
    const logicalEnd = i;
    const chunk: Chunk = { start, logicalEnd, end: logicalEnd, logical, heredocs: [], emptyContinuationLines: empties };
    const kw = (logical.trim().split(/\s+/, 1)[0] ?? '').toUpperCase();
    let heredocCapable = kw === 'RUN' || kw === 'COPY' || kw === 'ADD';
    let afterKw = logical.trim().slice(kw.length);
    if (kw === 'ONBUILD') {
      const inner = (afterKw.trim().split(/\s+/, 1)[0] ?? '').toUpperCase();
      heredocCapable = inner === 'RUN' || inner === 'COPY' || inner === 'ADD';
      afterKw = afterKw.trim().slice(inner.length);
    }
    if (heredocCapable && parseJsonArray(splitFlags(afterKw).rest) === null) {
      for (const h of heredocHeads(logical)) {
        const body: string[] = [];
        let terminated = false;
        while (i + 1 < lines.length) {
          i++;
          const l = lines[i] ?? '';
          const candidate = h.chomp ? l.replace(/^\t+/, '') : l;
          if (candidate === h.name) {
            terminated = true;
            break;
          }
          body.push(h.chomp ? l.replace(/^\t+/, '') : l);
        }
        chunk.heredocs.push({
          name: h.name,
          content: body.length ? `${body.join('\n')}\n` : '',
          expand: h.expand,
          chomp: h.chomp,
          fd: h.fd,
          line: start + 1,
          terminated,
        });
        if (!terminated) break;
      }
    }
    chunk.end = i;
    chunks.push(chunk);
    i++;
  }
  return chunks;
}

const nodeMemo = new Map<string, Instruction | null>();

/**
 * dockerfile-ast's parse of one instruction (its lines, heredoc bodies included), with the escape character
 * BuildKit decided on. Instructions are parsed one by one, between the boundaries BuildKit's rules give, and
 * memoized: while someone types, only the instruction being edited is parsed again.
 */
function astNode(chunk: string, escape: string): Instruction | null {
  const key = `${escape}\u0000${chunk}`;
  const hit = nodeMemo.get(key);
  if (hit !== undefined) return hit;
  let node: Instruction | null = null;
  try {
    const df = DockerfileParser.parse(escape === '`' ? `# escape=\`\n${chunk}` : chunk);
    node = df.getInstructions()[0] ?? null;
  } catch {
    // dockerfile-ast never threw in our tests; the scanner's own reading is used if it ever does.
  }
  if (nodeMemo.size >= 4_000) nodeMemo.clear();
  nodeMemo.set(key, node);
  return node;
}

const memo = new Map<string, ParseResult>();

/**
 * Memoized `parseDockerfile` for the build simulator (the editor re-analyzes the same text, and the previous
 * Dockerfile, on every keystroke). The result is shared: callers must treat it as read-only.
 */
export function parseDockerfileCached(input: string): ParseResult {
  const hit = memo.get(input);
  if (hit) {
    memo.delete(input);
    memo.set(input, hit);
    return hit;
  }
  const r = parseDockerfile(input);
  memo.set(input, r);
  if (memo.size > 8) {
    const oldest = memo.keys().next().value;
    if (oldest !== undefined) memo.delete(oldest);
  }
  return r;
}

function astFlags(
  node: Instruction | null,
  mine: { name: string; value: string | null }[],
): ParsedInstruction['flags'] | null {
  const withFlags = node as
    (Instruction & { getFlags?: () => { getName(): string; getValue(): string | null }[] }) | null;
  if (!withFlags || typeof withFlags.getFlags !== 'function') return null;
  const flags = withFlags.getFlags().map((f) => ({ name: f.getName().toLowerCase(), value: f.getValue() }));
  if (flags.length !== mine.length || flags.some((f, i) => f.name !== mine[i]?.name || f.value !== mine[i]?.value))
    return null;
  return flags;
}

/** Parse a Dockerfile. Never throws. */
export function parseDockerfile(input: string): ParseResult {
  const problems: Problem[] = [];
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  text = text.replace(/\r\n/g, '\n').replace(/\r/g, ' ');
  const lines = text.split('\n');

  // Parser directives, as BuildKit reads them.
  let escape = '\\';
  let syntax: string | null = null;
  const seen = new Set<string>();
  let dirEnd = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = DIRECTIVE_RE.exec(lines[i] ?? '');
    const key = m?.[1]?.toLowerCase();
    if (!m || key === undefined || !VALID_DIRECTIVES.has(key)) {
      dirEnd = i;
      break;
    }
    dirEnd = i + 1;
    const value = m[2] ?? '';
    if (seen.has(key)) {
      problems.push({ line: i + 1, severity: 'error', message: `Only one ${key} parser directive can be used.` });
      continue;
    }
    seen.add(key);
    if (key === 'escape') {
      if (value !== '`' && value !== '\\') {
        problems.push({
          line: i + 1,
          severity: 'error',
          message: `Invalid escape token '${value}': the escape directive accepts only \` or \\.`,
        });
      } else escape = value;
    } else if (key === 'syntax') syntax = value;
  }
  const chunks = scan(lines, dirEnd, escape);

  const instructions: ParsedInstruction[] = [];
  for (const ch of chunks) {
    const node = astNode(lines.slice(ch.start, ch.end + 1).join('\n'), escape);
    const trimmed = ch.logical.trim();
    const kwRaw = trimmed.split(/\s+/, 1)[0] ?? '';
    const args = trimmed.slice(kwRaw.length).trim();
    const split = splitFlags(args);
    const { rest } = split;
    // Keyword and flags as dockerfile-ast reads them; the scanner's reading is the fallback when they disagree.
    const keyword = node ? node.getKeyword() : kwRaw.toUpperCase();
    const flags = astFlags(node, split.flags) ?? split.flags;
    instructions.push({
      keyword,
      line: ch.start + 1,
      endLine: ch.end + 1,
      args,
      flags,
      rest,
      json: parseJsonArray(rest),
      heredocs: ch.heredocs,
      node: node ?? null,
      emptyContinuationLines: ch.emptyContinuationLines,
    });
    for (const h of ch.heredocs) {
      if (!h.terminated) {
        problems.push({
          line: ch.start + 1,
          severity: 'error',
          message: `Unterminated heredoc <<${h.name}: no line containing just "${h.name}" before the end of the file.`,
        });
      }
    }
    for (const l of ch.emptyContinuationLines) {
      problems.push({
        line: l,
        severity: 'warning',
        message: 'Empty continuation line: BuildKit ignores it but warns that this will become an error.',
      });
    }
  }
  return { instructions, escape, problems, syntax };
}
