import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PARTS } from '../src/lessons/parts.ts';
import type { CheatSheetLesson, CheatSheetLessonWithAnswers } from '../src/study/cheatsheet/types.ts';
import { lessonsPlugin } from './lessons-plugin.ts';

type Hook = (this: unknown, id: string) => string | undefined;

const plugins = new Map<string, ReturnType<typeof lessonsPlugin>>();

/** Resolves and loads a virtual id through the plugin itself, as Vite would (one plugin, so one catalog read, per root). */
function loadVirtual(root: string, id: string): string {
  const plugin = plugins.get(root) ?? lessonsPlugin(root);
  plugins.set(root, plugin);
  const ctx = {
    error: (e: { message: string }) => {
      throw new Error(e.message);
    },
    addWatchFile: () => undefined,
  };
  const resolved = (plugin.resolveId as Hook).call(ctx, id);
  expect(resolved).toBe('\0' + id);
  return (plugin.load as Hook).call(ctx, resolved!)!;
}

const defaultExport = <T,>(source: string): T => JSON.parse(/^export default (.*);$/s.exec(source)![1]!) as T;
const importTargets = (source: string) => [...source.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]);

describe('cheat sheet modules over a hand-made course', () => {
  const fm = (title: string, part: string, order: number, extra: string) =>
    `---\ntitle: ${title}\nsummary: S\npart: ${part}\norder: ${order}\n${extra}---\n\nText.\n`;
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-sheet-'));
  mkdirSync(path.join(root, 'public'), { recursive: true });
  const files: Record<string, string> = {
    // Written in the reverse of course order (middleware before frameworks), to see the sheet reorder them.
    'content/en/cache.mdx': fm('Caching', 'middleware', 1, 'keypoints:\n  - Cache `GET` results.\n  - Expire them.\ninterview:\n  - q: Why?\n    a: Speed.\n'),
    'content/zh/cache.mdx': fm('缓存', 'middleware', 1, 'keypoints:\n  - 缓存 `GET` 的结果。\n  - 设置过期。\ninterview:\n  - q: 为什么？\n    a: 快。\n'),
    'content/en/rpc.mdx': fm('RPC', 'frameworks', 1, ''),
    'content/zh/rpc.mdx': fm('远程调用', 'frameworks', 1, ''),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }

  it('serves the course per language in course order, without answers, a lesson without key points as empty lists', () => {
    expect(defaultExport(loadVirtual(root, 'virtual:lesson-cheatsheet/en'))).toEqual([
      { slug: 'rpc', title: 'RPC', part: 'frameworks', keypoints: [], questions: [] },
      { slug: 'cache', title: 'Caching', part: 'middleware', keypoints: ['Cache `GET` results.', 'Expire them.'], questions: ['Why?'] },
    ]);
  });

  it('serves one lesson in one language, with its answers', () => {
    expect(defaultExport(loadVirtual(root, 'virtual:lesson-cheatsheet/zh/cache'))).toEqual({
      slug: 'cache',
      title: '缓存',
      part: 'middleware',
      keypoints: ['缓存 `GET` 的结果。', '设置过期。'],
      questions: ['为什么？'],
      answers: ['快。'],
    });
    expect(defaultExport(loadVirtual(root, 'virtual:lesson-cheatsheet/en/rpc'))).toEqual({ slug: 'rpc', title: 'RPC', part: 'frameworks', keypoints: [], questions: [], answers: [] });
  });

  it('indexes a loader for each language and for each lesson in each language', () => {
    const index = loadVirtual(root, 'virtual:lesson-cheatsheet');
    expect(importTargets(index)).toEqual([
      'virtual:lesson-cheatsheet/zh',
      'virtual:lesson-cheatsheet/en',
      'virtual:lesson-cheatsheet/zh/rpc',
      'virtual:lesson-cheatsheet/en/rpc',
      'virtual:lesson-cheatsheet/zh/cache',
      'virtual:lesson-cheatsheet/en/cache',
    ]);
  });

  it('refuses an id naming no language or no lesson', () => {
    expect(() => loadVirtual(root, 'virtual:lesson-cheatsheet/fr')).toThrow('virtual:lesson-cheatsheet/fr: expected virtual:lesson-cheatsheet/<zh|en>[/<slug>]');
    expect(() => loadVirtual(root, 'virtual:lesson-cheatsheet/en/nope')).toThrow('virtual:lesson-cheatsheet/en/nope: no lesson "nope"');
    expect(() => loadVirtual(root, 'virtual:lesson-cheatsheet/en/cache/x')).toThrow('expected');
  });
});

describe('cheat sheet modules over content/', () => {
  const root = path.resolve(import.meta.dirname, '..');
  // Read independently of the build's parser: the raw YAML of each lesson file.
  const raw = (lang: string, slug: string) => {
    const text = readFileSync(path.join(root, 'content', lang, `${slug}.mdx`), 'utf8');
    return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string; part: string; order: number; keypoints?: string[]; interview?: { q: string; a: string }[] };
  };
  const slugs = readdirSync(path.join(root, 'content/en')).map((f) => f.replace(/\.mdx$/, ''));
  const courseOrder = slugs
    .map((slug) => ({ slug, ...raw('en', slug) }))
    .sort((a, b) => PARTS.indexOf(a.part as (typeof PARTS)[number]) - PARTS.indexOf(b.part as (typeof PARTS)[number]) || a.order - b.order)
    .map((l) => l.slug);

  for (const lang of ['zh', 'en']) {
    it(`${lang}: every lesson, in course order, with its frontmatter's key points, questions and answers`, () => {
      const course = defaultExport<CheatSheetLesson[]>(loadVirtual(root, `virtual:lesson-cheatsheet/${lang}`));
      expect(course.map((l) => l.slug)).toEqual(courseOrder);
      for (const sheet of course) {
        const fm = raw(lang, sheet.slug);
        expect(sheet.title).toBe(fm.title);
        expect(sheet.keypoints, sheet.slug).toEqual((fm.keypoints ?? []).map((k) => k.trim()));
        expect(sheet.questions, sheet.slug).toEqual((fm.interview ?? []).map((i) => i.q.trim()));
        expect(Object.keys(sheet), sheet.slug).not.toContain('answers');
        const one = defaultExport<CheatSheetLessonWithAnswers>(loadVirtual(root, `virtual:lesson-cheatsheet/${lang}/${sheet.slug}`));
        expect(one).toEqual({ ...sheet, answers: (fm.interview ?? []).map((i) => i.a.trim()) });
      }
    });
  }
});
