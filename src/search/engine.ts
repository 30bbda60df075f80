/**
 * The search engine: MiniSearch configured with the shared tokenizer, the same options at build time
 * (building the index) and in the browser (loading it), and the query a reader's text becomes.
 * Pure: no DOM, no React.
 */
import MiniSearch, { type Options, type Query, type SearchOptions, type SearchResult } from 'minisearch';
import type { Lang } from '../lessons/parts.ts';
import { queryUnits, tokenize, type QueryUnit } from './tokenize.ts';

/** One searchable unit: a lesson section (h2/h3 and what follows it) or one interview question. */
export interface SearchDoc {
  /** `slug#section` for a section, `slug#interview-questions/3` for a question. */
  id: string;
  slug: string;
  /** The heading id to jump to; "" for the lesson's introduction before its first heading. */
  section: string;
  /** The section heading ("" for an interview question). */
  heading: string;
  /** The interview question ("" for a section), a field of its own (see BOOST). */
  question: string;
  /** The lesson title, indexed so a lesson's name finds its sections. */
  title: string;
  /** Prose, plain text. */
  text: string;
  /** Code blocks, joined. */
  code: string;
  /** For an interview question: its index in the lesson's list. */
  q?: number;
}

/** What the browser gets back for a result (the stored fields); the lesson title comes from the catalogue. */
export type StoredDoc = Pick<SearchDoc, 'slug' | 'section' | 'heading' | 'question' | 'text' | 'q'>;

const HAN_MARK = '~';

/**
 * How a term is kept in the index. MiniSearch stores terms in a radix tree whose nodes find a child by
 * scanning their keys, and Chinese terms begin with thousands of different characters: loading the zh
 * index took ten times as long as the en one (about 400 ms against 40). So a Han term is kept as "~"
 * and each character's code point in four base-36 digits, which leaves at most 36 children a node and
 * keeps prefixes prefixes (a one-character query still finds the bigrams it starts). Latin terms never
 * contain "~" (see LATIN_TOKEN in tokenize.ts), and are kept as they are (already lower-cased).
 */
export function indexTerm(term: string): string {
  if (!/^\p{Script=Han}/u.test(term)) return term;
  let out = HAN_MARK;
  for (const ch of term) out += ch.codePointAt(0)!.toString(36).padStart(4, '0');
  return out;
}

export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'heading', 'question', 'text', 'code'],
  storeFields: ['slug', 'section', 'heading', 'question', 'text', 'q'],
  tokenize,
  processTerm: indexTerm,
};

/** Builds the index of one language's documents (at build time). */
export function buildIndex(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const ms = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  ms.addAll(docs);
  return ms;
}

/** Loads an index serialised with `JSON.stringify(index)` (in the browser, from its lazy chunk). */
export function loadIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, INDEX_OPTIONS);
}

// A heading names what its section teaches in a few words. An interview question is a sentence that
// touches several topics, so it counts for less: a term finds the section that explains it before the
// question that mentions it. The lesson title only says which lesson (all its sections share it).
const BOOST = { heading: 3, question: 1.5, title: 1.5, text: 1, code: 0.8 };
// Interview questions are drill material that the lesson sections teach: when a term is as present in
// a question (short, so BM25 favours it) as in a section, the section comes first and the question next.
const QUESTION_WEIGHT = 0.5;
const boostDocument = (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
  stored?.['question'] ? QUESTION_WEIGHT : 1;
// Typo tolerance costs precision on short words, where one edit makes another word ("gin" → "go").
const FUZZY_MIN = 5;

const leaf = (term: string, opts: SearchOptions = {}): Query => ({ queries: [term], ...opts });
const and = (queries: Query[]): Query => (queries.length === 1 ? queries[0]! : { combineWith: 'AND', queries });
const or = (queries: Query[]): Query => (queries.length === 1 ? queries[0]! : { combineWith: 'OR', queries });

/** The MiniSearch query tree for one unit of the reader's text (see QueryUnit). */
function unitQuery(unit: QueryUnit): Query {
  if (unit.kind === 'latin') {
    const latin = (term: string) => leaf(term, { prefix: true, fuzzy: term.length >= FUZZY_MIN ? 0.2 : false });
    return unit.parts.length
      ? or([latin(unit.whole), and(unit.parts.filter((p) => p.length >= 2).map(latin))])
      : latin(unit.whole);
  }
  // A single character can only be found at the start of a bigram (or as a lone character between Latin words).
  if (unit.bigrams.length === 1 && [...unit.run].length === 1) return leaf(unit.run, { prefix: true });
  // Exact only: fuzzy or prefix matching of Chinese bigrams turns up unrelated words.
  const substring = and(unit.bigrams.map((b) => leaf(b)));
  const words = unit.words.filter((w) => [...w].length >= 2);
  // The segmenter's words, when all are long enough to be terms, are a second way to match: a section
  // that has the words apart still matches, and one that has the run itself scores on both.
  return words.length === unit.words.length && words.join('') !== unit.bigrams.join('')
    ? or([substring, and(words.map((w) => leaf(w)))])
    : substring;
}

/** A result as the dialog shows it. */
export interface Hit extends StoredDoc {
  /** `lang/slug#section…`, unique across both languages. */
  key: string;
  lang: Lang;
  score: number;
  /** Strings to mark in the snippet and in the page: the query's Chinese runs and words, the Latin terms that matched. */
  marks: string[];
}

/**
 * Strings worth marking for a result, most telling first (the snippet opens at the first one the text
 * has): each Chinese run, then its words; each Latin token as typed, then its parts; then the document
 * terms that matched by prefix or typo tolerance of a whole token (`idempot` → idempotent, `kuberntes`
 * → kubernetes). Prefix matches of a token's parts are left out: for `sync.Pool` they would mark every
 * "syncs" and "pooling".
 */
export function markTerms(units: QueryUnit[], matched: string[]): string[] {
  const marks = new Set<string>();
  const wholes: string[] = [];
  const parts: string[] = [];
  for (const u of units) {
    if (u.kind === 'han') {
      marks.add(u.run);
      for (const w of u.words) if ([...w].length >= 2) marks.add(w);
    } else {
      wholes.push(u.whole);
      parts.push(...u.parts.filter((p) => p.length >= 2));
    }
  }
  for (const w of wholes) marks.add(w);
  for (const p of parts) marks.add(p);
  // Sorted: MiniSearch lists matched terms in index order, which differs between a built and a loaded index.
  for (const term of [...matched].sort()) {
    // Chinese is marked by the query's own runs and words; a Han document term is in index form.
    if (term.startsWith(HAN_MARK) || term.length < 2) continue;
    const ofWhole = wholes.some((w) => term.startsWith(w));
    const ofPart = parts.some((p) => term.startsWith(p));
    if (ofWhole || !ofPart) marks.add(term);
  }
  return [...marks];
}

/**
 * Searches one index: every unit must match (AND); when that finds nothing, any may (OR), so that a
 * query with one stray word still shows the closest sections. Returns at most `limit` hits, best first.
 */
export function search(index: MiniSearch<SearchDoc>, lang: Lang, text: string, limit = 20): Hit[] {
  const units = queryUnits(text);
  if (!units.length) return [];
  const queries = units.map(unitQuery);
  // Leaves are single terms from the tokenizer: the query tree must not be tokenized again.
  const options: SearchOptions = { boost: BOOST, boostDocument, tokenize: (s) => [s], processTerm: indexTerm };
  let results: SearchResult[] = index.search({ combineWith: 'AND', queries }, options);
  if (!results.length && queries.length > 1) results = index.search({ combineWith: 'OR', queries }, options);
  return results.slice(0, limit).map((r) => {
    const stored = r as unknown as StoredDoc & SearchResult;
    return {
      key: `${lang}/${String(r.id)}`,
      lang,
      score: r.score,
      slug: stored.slug,
      section: stored.section,
      heading: stored.heading,
      question: stored.question,
      text: stored.text,
      ...(typeof stored.q === 'number' ? { q: stored.q } : {}),
      marks: markTerms(units, r.terms),
    };
  });
}

/** Results of several indexes (both languages) in one list, best first. */
export function mergeHits(lists: Hit[][], limit = 20): Hit[] {
  return lists
    .flat()
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
