// A small POSIX-shell lexer for RUN commands: enough to split `a && b; c | d > f <<EOF` into simple commands
// with their redirections and heredoc bodies. Words are kept raw (quotes included) and expanded later, when
// the interpreter knows the environment at that point of the script (after `cd`, `export`, …).

export type Connector = '&&' | '||' | ';' | '&' | '\n' | '|' | ';;' | '(' | ')';

export interface Redirect {
  /** '>', '>>', '<', '<<', '<<-', '<<<', '>&', '<&', '&>', '&>>', '>|' */
  op: string;
  fd: number | null;
  /** Raw target word (file, fd number, or heredoc delimiter). */
  target: string;
  /** Heredoc body for << and <<-. */
  body?: string;
  /** Heredoc delimiter was quoted: no expansion in the body. */
  quoted?: boolean;
}

export type ShellToken =
  { kind: 'word'; raw: string } | { kind: 'op'; op: Connector } | { kind: 'redir'; redir: Redirect };

const OPS: [string, Connector][] = [
  ['&&', '&&'],
  ['||', '||'],
  [';;', ';;'],
  [';', ';'],
  ['|', '|'],
  ['&', '&'],
  ['(', '('],
  [')', ')'],
];

function skipQuoted(src: string, i: number): number {
  const q = src[i];
  let j = i + 1;
  while (j < src.length) {
    const c = src[j];
    if (q === '"' && c === '\\') {
      j += 2;
      continue;
    }
    if (c === q) return j + 1;
    j++;
  }
  return src.length;
}

function skipBalanced(src: string, i: number, open: string, close: string): number {
  let depth = 0;
  let j = i;
  while (j < src.length) {
    const c = src[j];
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (c === "'" || c === '"') {
      j = skipQuoted(src, j);
      continue;
    }
    if (c === open) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return src.length;
}

/** Tokenize a shell script. Never throws; unbalanced quotes run to the end of the script. */
export function tokenizeShell(src: string): ShellToken[] {
  const out: ShellToken[] = [];
  const pendingHeredocs: Redirect[] = [];
  let i = 0;
  let word = '';
  let inWord = false;
  const flush = (): void => {
    if (inWord) out.push({ kind: 'word', raw: word });
    word = '';
    inWord = false;
  };
  const readWord = (from: number): [string, number] => {
    let j = from;
    while (j < src.length && (src[j] === ' ' || src[j] === '\t')) j++;
    const start = j;
    while (j < src.length) {
      const c = src[j] ?? '';
      if (c === ' ' || c === '\t' || c === '\n' || c === ';' || c === '&' || c === '|' || c === '(' || c === ')') break;
      if (c === '<' || c === '>') break;
      if (c === "'" || c === '"') j = skipQuoted(src, j);
      else if (c === '\\') j += 2;
      else j++;
    }
    return [src.slice(start, Math.min(j, src.length)), Math.min(j, src.length)];
  };
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === ' ' || c === '\t') {
      flush();
      i++;
      continue;
    }
    if (c === '\n') {
      flush();
      out.push({ kind: 'op', op: '\n' });
      i++;
      // Heredoc bodies start on the next line.
      while (pendingHeredocs.length) {
        const h = pendingHeredocs.shift();
        if (!h) break;
        const lines: string[] = [];
        let terminated = false;
        while (i < src.length) {
          const nl = src.indexOf('\n', i);
          const line = src.slice(i, nl < 0 ? src.length : nl);
          i = nl < 0 ? src.length : nl + 1;
          const cand = h.op === '<<-' ? line.replace(/^\t+/, '') : line;
          if (cand === h.target) {
            terminated = true;
            break;
          }
          lines.push(cand);
        }
        h.body = lines.length ? `${lines.join('\n')}\n` : '';
        if (!terminated) break;
      }
      continue;
    }
    if (c === '#' && !inWord) {
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? src.length : nl;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = skipQuoted(src, i);
      word += src.slice(i, end);
      inWord = true;
      i = end;
      continue;
    }
    if (c === '\\') {
      word += src.slice(i, i + 2);
      inWord = true;
      i += 2;
      continue;
    }
    if (c === '$' && src[i + 1] === '(') {
      const end = skipBalanced(src, i + 1, '(', ')');
      word += src.slice(i, end);
      inWord = true;
      i = end;
      continue;
    }
    if (c === '$' && src[i + 1] === '{') {
      const end = skipBalanced(src, i + 1, '{', '}');
      word += src.slice(i, end);
      inWord = true;
      i = end;
      continue;
    }
    if (c === '`') {
      const end = src.indexOf('`', i + 1);
      const stop = end < 0 ? src.length : end + 1;
      word += src.slice(i, stop);
      inWord = true;
      i = stop;
      continue;
    }
    // Redirections, possibly with a leading fd number (the word so far is all digits).
    if (c === '<' || c === '>' || (c === '&' && src[i + 1] === '>')) {
      let fd: number | null = null;
      if (inWord && /^\d+$/.test(word)) {
        fd = Number(word);
        word = '';
        inWord = false;
      } else flush();
      let op = '';
      for (const cand of ['&>>', '<<<', '<<-', '&>', '>>', '>&', '<&', '>|', '<<', '>', '<']) {
        if (src.startsWith(cand, i)) {
          op = cand;
          break;
        }
      }
      i += op.length;
      const [target, next] = readWord(i);
      i = next;
      const redir: Redirect = { op, fd, target };
      if (op === '<<' || op === '<<-') {
        const quoted = /["'\\]/.test(target);
        redir.target = target.replace(/["'\\]/g, '');
        redir.quoted = quoted;
        pendingHeredocs.push(redir);
      }
      out.push({ kind: 'redir', redir });
      continue;
    }
    let matched = false;
    for (const [s, op] of OPS) {
      if (src.startsWith(s, i)) {
        flush();
        out.push({ kind: 'op', op });
        i += s.length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    word += c;
    inWord = true;
    i++;
  }
  flush();
  return out;
}

export interface SimpleCommand {
  words: string[];
  redirects: Redirect[];
  /** How this command is joined to the previous one ('|' inside a pipeline). */
  connector: Connector | null;
}

/** Group tokens into simple commands, keeping the connector that precedes each one. */
export function commandsOf(tokens: ShellToken[]): SimpleCommand[] {
  const cmds: SimpleCommand[] = [];
  let cur: SimpleCommand = { words: [], redirects: [], connector: null };
  let pending: Connector | null = null;
  const push = (): void => {
    if (cur.words.length || cur.redirects.length) cmds.push(cur);
  };
  for (const t of tokens) {
    if (t.kind === 'word') {
      if (!cur.words.length && !cur.redirects.length) cur.connector = pending;
      cur.words.push(t.raw);
    } else if (t.kind === 'redir') {
      if (!cur.words.length && !cur.redirects.length) cur.connector = pending;
      cur.redirects.push(t.redir);
    } else {
      push();
      const wasEmpty = !cur.words.length && !cur.redirects.length;
      cur = { words: [], redirects: [], connector: null };
      if (t.op === '(' || t.op === ')') {
        // Subshell / case pattern parentheses: represent them as words so control-flow tracking sees them.
        cmds.push({ words: [t.op], redirects: [], connector: pending });
        pending = ';';
        continue;
      }
      // `a &&\n b`: the newline after an operator does not replace it.
      if (t.op === '\n' && wasEmpty && pending && pending !== '\n' && pending !== ';') continue;
      pending = t.op;
    }
  }
  push();
  return cmds;
}
