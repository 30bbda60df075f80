// Glob matching without regular expressions (so no catastrophic backtracking on odd input).
//
// - `globMatch`: shell-style match of a whole string; `*` also matches `/` (used for ${VAR#pattern}).
// - `pathMatch`: Go's filepath.Match per path segment (`*` never crosses `/`), which is what COPY/ADD source
//   wildcards use, plus `**` segments (any number of directories) as .dockerignore allows.
// Character classes `[abc]`, `[a-z]`, `[^x]` / `[!x]` and `\` escapes are supported.

type Tok = { t: 'lit'; c: string } | { t: 'any' } | { t: 'star' } | { t: 'class'; neg: boolean; items: string[] };

const tokCache = new Map<string, Tok[]>();

function tokenize(p: string): Tok[] {
  const cached = tokCache.get(p);
  if (cached) return cached;
  const out: Tok[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i] ?? '';
    if (c === '\\' && i + 1 < p.length) {
      out.push({ t: 'lit', c: p[i + 1] ?? '' });
      i++;
    } else if (c === '*') {
      if (out[out.length - 1]?.t !== 'star') out.push({ t: 'star' });
    } else if (c === '?') out.push({ t: 'any' });
    else if (c === '[') {
      const close = p.indexOf(']', i + 2);
      if (close < 0) {
        out.push({ t: 'lit', c });
        continue;
      }
      let body = p.slice(i + 1, close);
      let neg = false;
      if (body.startsWith('^') || body.startsWith('!')) {
        neg = true;
        body = body.slice(1);
      }
      const items: string[] = [];
      for (let k = 0; k < body.length; k++) {
        const a = body[k] ?? '';
        if (body[k + 1] === '-' && k + 2 < body.length) {
          items.push(a + (body[k + 2] ?? ''));
          k += 2;
        } else items.push(a);
      }
      out.push({ t: 'class', neg, items });
      i = close;
    } else out.push({ t: 'lit', c });
  }
  if (tokCache.size > 2000) tokCache.clear();
  tokCache.set(p, out);
  return out;
}

function tokMatches(tok: Tok, ch: string): boolean {
  switch (tok.t) {
    case 'lit':
      return tok.c === ch;
    case 'any':
      return true;
    case 'class': {
      let hit = false;
      for (const it of tok.items) {
        if (it.length === 2 ? ch >= it[0]! && ch <= it[1]! : ch === it) {
          hit = true;
          break;
        }
      }
      return hit !== tok.neg;
    }
    case 'star':
      return false;
  }
}

/** Whole-string glob match (linear two-pointer algorithm with a single backtrack point). */
export function globMatch(pattern: string, s: string): boolean {
  const toks = tokenize(pattern);
  let p = 0;
  let i = 0;
  let starP = -1;
  let starI = 0;
  while (i < s.length) {
    const tok = toks[p];
    if (tok && tok.t === 'star') {
      starP = p++;
      starI = i;
    } else if (tok && tokMatches(tok, s[i] ?? '')) {
      p++;
      i++;
    } else if (starP >= 0) {
      p = starP + 1;
      i = ++starI;
    } else return false;
  }
  while (toks[p]?.t === 'star') p++;
  return p === toks.length;
}

export function hasGlob(s: string): boolean {
  return /[*?[]/.test(s);
}

function segs(p: string): string[] {
  return p.split('/').filter((x) => x !== '' && x !== '.');
}

/** Match a path against a pattern, segment by segment. `**` matches zero or more whole segments. */
export function pathMatch(pattern: string, path: string): boolean {
  const ps = segs(pattern);
  const ns = segs(path);
  if (!ps.includes('**')) {
    if (ps.length !== ns.length) return false;
    for (let k = 0; k < ps.length; k++) if (!globMatch(ps[k] ?? '', ns[k] ?? '')) return false;
    return true;
  }
  // DP over (pattern segment, name segment).
  let prev = new Array<boolean>(ns.length + 1).fill(false);
  prev[0] = true;
  for (let a = 0; a < ps.length; a++) {
    const cur = new Array<boolean>(ns.length + 1).fill(false);
    const seg = ps[a] ?? '';
    for (let b = 0; b <= ns.length; b++) {
      if (seg === '**') cur[b] = Boolean(prev[b]) || (b > 0 && Boolean(cur[b - 1]));
      else cur[b] = b > 0 && Boolean(prev[b - 1]) && globMatch(seg, ns[b - 1] ?? '');
    }
    prev = cur;
  }
  return Boolean(prev[ns.length]);
}
