import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type MiniSearch from 'minisearch';
import { LANGS, type Lang } from '../src/lessons/parts.ts';
import { loadIndex, search, type SearchDoc } from '../src/search/engine.ts';
import { buildCatalog, type BuiltLesson } from './catalog.ts';
import { lessonSections, markdownText, searchDocs, searchIndexJson } from './search-index.ts';
import { RANKING_CASES } from './search-queries.ts';

const root = path.resolve(import.meta.dirname, '..');
let lessons: BuiltLesson[];
const indexes = {} as Record<Lang, MiniSearch<SearchDoc>>;
const docs = {} as Record<Lang, SearchDoc[]>;

beforeAll(() => {
  lessons = buildCatalog(root);
  for (const lang of LANGS) {
    docs[lang] = searchDocs(lessons, lang);
    // Through JSON, as the browser gets it: the serialised index must load with the shared options.
    indexes[lang] = loadIndex(searchIndexJson(lessons, lang));
  }
}, 120_000);

describe('search documents', () => {
  it('has one document per heading plus the introduction, and one per interview question', () => {
    for (const lang of LANGS) {
      for (const lesson of lessons) {
        const mine = docs[lang].filter((d) => d.slug === lesson.entry.slug);
        const { headings, frontmatter } = lesson.read[lang];
        expect(mine.filter((d) => d.section !== 'interview-questions').map((d) => d.section)).toEqual([
          '',
          ...headings.map((h) => h.id),
        ]);
        expect(mine.filter((d) => d.section === 'interview-questions').map((d) => d.q)).toEqual(
          frontmatter.interview.map((_, i) => i),
        );
      }
      expect(new Set(docs[lang].map((d) => d.id)).size).toBe(docs[lang].length);
    }
  });

  it('splits gin at its headings, prose apart from code, without the heading id comments', () => {
    const sections = lessonSections(path.join(root, 'content/en/gin.mdx'), 'content/en/gin.mdx');
    const pool = sections.find((s) => s.id === 'serve-http-and-pool')!;
    expect(pool.heading).toBe('Engine.ServeHTTP and the Context pool');
    expect(pool.code).toContain('c := engine.pool.Get().(*Context)');
    expect(pool.text).not.toContain('engine.pool.Get()');
    expect(pool.text).toContain('sync.Pool');
    // A figure's caption is text the reader sees; the next heading starts a new section.
    expect(pool.text).not.toContain('Do not keep c');
    expect(sections.find((s) => s.id === 'dont-keep-context')!.heading).toBe('Do not keep c after the handler returns');
    expect(sections.some((s) => s.heading.includes('/*'))).toBe(false);
    expect(sections[0]!.text).toContain('http.Handler');
  });

  it('reads inline markdown to plain text: code spans kept as words, fenced code apart', () => {
    const { text, code } = markdownText('Use `c.Copy()` in a *goroutine*.\n\nSecond paragraph.\n\n```go\nx := 1\n```');
    expect(text).toBe('Use c.Copy() in a goroutine. Second paragraph.');
    expect(code).toBe('x := 1');
  });
});

describe('ranking on the real lessons', () => {
  it('has at least 30 queries, 12 of them Chinese and some from mid-sentence', () => {
    expect(RANKING_CASES.length).toBeGreaterThanOrEqual(30);
    expect(RANKING_CASES.filter((c) => /\p{Script=Han}/u.test(c.query)).length).toBeGreaterThanOrEqual(12);
    expect(RANKING_CASES.filter((c) => c.mid).length).toBeGreaterThanOrEqual(5);
  });

  it.each(RANKING_CASES)('$lang "$query" → $slug#$section', ({ lang, query, slug, section }) => {
    const [first] = search(indexes[lang], lang, query);
    expect(first && { slug: first.slug, section: first.section }).toEqual({ slug, section });
  });

  it('finds nothing for a word that is in no lesson, and never throws on odd input', () => {
    expect(search(indexes.en, 'en', 'xylophonequartz')).toEqual([]);
    for (const q of ['', '   ', '（）', '...', '"', '\\', '*', 'a', '的'])
      expect(() => search(indexes.zh, 'zh', q)).not.toThrow();
  });
});
