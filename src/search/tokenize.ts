/**
 * The search tokenizer, shared by the build (which indexes the lessons) and the browser (which
 * tokenizes queries), so that both sides agree on what a term is. Pure: no DOM, no React.
 *
 * Chinese has no spaces, so a run of Han characters is indexed twice over:
 * - as every character bigram of the run ("对象池" → 对象, 象池), which finds any substring of two or
 *   more characters wherever it sits in a sentence, however a segmenter would have split it;
 * - as the words `Intl.Segmenter` finds of three or more characters (two-character words already are
 *   bigrams), so a query that is a whole word scores higher on the sections that use it as a word.
 * The index is segmented by the build's ICU (Node) and queries by the browser's: the bigrams make a
 * match independent of either.
 *
 * Latin text is split on anything that is not a letter, digit or `_`, except that `.`, `-` and `/`
 * between two word characters keep a Go identifier or a name whole (`sync.Pool`, `go-redis`, `HTTP/2`).
 * The whole token is a term, and so are its parts and their camelCase words, so `bind` finds
 * `ShouldBindJSON` and `pool` finds `sync.Pool`. Everything is lower-cased.
 */

const HAN_RUN = /\p{Script=Han}+/gu;
// A Latin word (letters, digits, `_`), optionally joined to more words by `.`, `-` or `/`.
const LATIN_TOKEN = /[\p{Script=Latin}\p{Nd}_]+(?:[./-][\p{Script=Latin}\p{Nd}_]+)*/gu;
// One piece of a Latin token or of a query: a Han run or a Latin token, in order of appearance.
const PIECE = new RegExp(`${HAN_RUN.source}|${LATIN_TOKEN.source}`, 'gu');
const JOINERS = /[./_-]+/;
// camelCase and PascalCase words, acronyms ("JSON" in "ShouldBindJSON", "HTTP" in "HTTPServer"), digits.
const CAMEL_WORD = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{Nd}+/gu;

let segmenter: Intl.Segmenter | undefined;

/** Words of a Han run as `Intl.Segmenter('zh')` sees them (every character if it is unavailable). */
export function segmentWords(run: string): string[] {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return [...run];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) words.push(s.segment);
  return words;
}

/** Every two-character window of a Han run; a one-character run is its own term. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The parts of a Latin token between its joiners (`sync.Pool` → sync, Pool), original case. */
export function joinedParts(token: string): string[] {
  return token.split(JOINERS).filter(Boolean);
}

/** A Latin token's index terms: itself, its joined parts and their camelCase words, lower-cased, unique. */
export function latinTerms(token: string): string[] {
  const terms = new Set<string>();
  const add = (t: string) => {
    if (t.length >= 2) terms.add(t.toLowerCase());
  };
  add(token);
  for (const part of joinedParts(token)) {
    add(part);
    for (const word of part.match(CAMEL_WORD) ?? []) add(word);
  }
  return [...terms];
}

/** A Han run's index terms: its bigrams plus its segmented words of three or more characters. */
export function hanTerms(run: string): string[] {
  const words = segmentWords(run).filter((w) => [...w].length >= 3);
  return [...bigrams(run), ...words];
}

const isHan = (piece: string) => /^\p{Script=Han}/u.test(piece);

/** The tokenizer the index is built with: every term of every piece of the text, in order. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const [piece] of text.matchAll(PIECE)) terms.push(...(isHan(piece) ? hanTerms(piece) : latinTerms(piece)));
  return terms;
}

/**
 * One thing the reader typed, as the query needs it. A Han run must match as its bigrams (a substring
 * of the text) or as its segmented words (all present); a Latin token as itself or as all its parts.
 */
export type QueryUnit =
  | { kind: 'han'; run: string; bigrams: string[]; words: string[] }
  | { kind: 'latin'; token: string; whole: string; parts: string[] };

// Words that would only narrow an AND query to sections that happen to contain them.
const STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'is',
  'are',
  'and',
  'or',
  'for',
  'what',
  'how',
  'why',
  'with',
  'does',
  'do',
]);

/** Splits a query into units (see QueryUnit); English stop words are dropped unless nothing else is left. */
export function queryUnits(query: string): QueryUnit[] {
  const units: QueryUnit[] = [];
  for (const [piece] of query.matchAll(PIECE)) {
    if (isHan(piece)) {
      units.push({ kind: 'han', run: piece, bigrams: bigrams(piece), words: segmentWords(piece) });
    } else {
      const parts = joinedParts(piece).map((p) => p.toLowerCase());
      units.push({ kind: 'latin', token: piece, whole: piece.toLowerCase(), parts: parts.length > 1 ? parts : [] });
    }
  }
  const kept = units.filter((u) => u.kind === 'han' || (!STOPWORDS.has(u.whole) && u.whole.length >= 2));
  return kept.length ? kept : units.filter((u) => u.kind === 'han' || u.whole.length >= 2);
}
