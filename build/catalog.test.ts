import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog.ts';

const fm = (extra = '') => `---
title: T
summary: S
part: frameworks
order: 1
${extra}---
`;

function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-'));
  mkdirSync(path.join(root, 'public/pic'), { recursive: true });
  writeFileSync(path.join(root, 'public/pic/a.svg'), '<svg width="10" height="5"/>');
  writeFileSync(path.join(root, 'public/pic/nosize.svg'), '<svg viewBox="0 0 10 5"/>');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const pair = (zh: string, en: string) => site({ 'content/zh/x.mdx': zh, 'content/en/x.mdx': en });

describe('buildCatalog', () => {
  it('reads a valid pair into one entry with both languages', () => {
    const body = '\n## A {/*a*/}\n\ntext\n\n### B {/*b*/}\n';
    const [lesson] = buildCatalog(pair(fm() + body, fm() + body));
    expect(lesson?.entry.slug).toBe('x');
    expect(lesson?.read.en.headings).toEqual([
      { depth: 2, id: 'a', text: 'A' },
      { depth: 3, id: 'b', text: 'B' },
    ]);
  });

  it('names the file of a missing translation', () => {
    expect(() => buildCatalog(site({ 'content/zh/x.mdx': fm() }))).toThrow('content/en/x.mdx: missing translation');
  });

  it('points at the frontmatter line of a bad field', () => {
    // line 1 is ---, title is line 2, part is line 4
    const bad = fm().replace('part: frameworks', 'part: nonsense');
    expect(() => buildCatalog(pair(bad, fm()))).toThrow(/^content\/zh\/x\.mdx:4: part: /);
  });

  it('points at invalid YAML', () => {
    const bad = fm().replace('summary: S', 'summary: [unclosed');
    expect(() => buildCatalog(pair(bad, fm()))).toThrow(/^content\/zh\/x\.mdx:\d+: frontmatter is not valid YAML/);
  });

  it('rejects a missing required field at the frontmatter start', () => {
    const bad = fm().replace('title: T\n', '');
    expect(() => buildCatalog(pair(bad, fm()))).toThrow('content/zh/x.mdx:2: title:');
  });

  it('rejects an unknown component with file, line and column', () => {
    const bad = fm() + '\ntext\n\n<Bogus />\n';
    expect(() => buildCatalog(pair(bad, fm()))).toThrow(/content\/zh\/x\.mdx:10:1: unknown component <Bogus>/);
  });

  it('rejects a heading without an id', () => {
    expect(() => buildCatalog(pair(fm() + '\n## Plain\n', fm()))).toThrow('content/zh/x.mdx:8: heading "Plain" needs an id');
  });

  it('rejects headings that differ between languages', () => {
    expect(() => buildCatalog(pair(fm() + '\n## A {/*a*/}\n', fm() + '\n## A {/*b*/}\n'))).toThrow('differs from content/zh/x.mdx in its headings');
  });

  it('rejects quizzes whose answers differ between languages', () => {
    const quiz = (answer: number) => `quiz:\n  - q: Q\n    options: [a, b]\n    answer: ${answer}\n    explain: E\n`;
    expect(() => buildCatalog(pair(fm(quiz(0)), fm(quiz(1))))).toThrow('in its quiz');
  });

  it('rejects a quiz answer that is not an option', () => {
    const quiz = `quiz:\n  - q: Q\n    options: [a, b]\n    answer: 2\n    explain: E\n`;
    expect(() => buildCatalog(pair(fm(quiz), fm(quiz)))).toThrow('quiz.0.answer: answer is not an index of options');
  });

  it('rejects a figure whose file is missing, and accepts one that exists', () => {
    const fig = (src: string) => fm() + `\n<Figure src="${src}" alt="x" />\n`;
    expect(() => buildCatalog(pair(fig('pic/missing.svg'), fig('pic/a.svg')))).toThrow('no such file in public/');
    expect(() => buildCatalog(pair(fig('pic/nosize.svg'), fig('pic/a.svg')))).toThrow('needs width and height');
    expect(buildCatalog(pair(fig('pic/a.svg'), fig('pic/a.svg')))).toHaveLength(1);
  });

  it('rejects an unknown playground', () => {
    expect(() => buildCatalog(pair(fm('playgrounds: [nope]\n'), fm()))).toThrow('playgrounds.0: unknown playground');
  });

  it('rejects a code block without a known language', () => {
    expect(() => buildCatalog(pair(fm() + '\n```\nx\n```\n', fm()))).toThrow('content/zh/x.mdx:8: code block needs a language');
  });

  it('checks site-internal links against lessons and their sections', () => {
    const body = (link: string) => fm() + `\n## A {/*a*/}\n\nSee [x](${link}).\n`;
    expect(buildCatalog(pair(body('/zh/lessons/x#a'), body('#a')))).toHaveLength(1);
    expect(() => buildCatalog(pair(body('/zh/lessons/nope'), body('#a')))).toThrow('content/zh/x.mdx:10: link /zh/lessons/nope leads to no lesson');
    expect(() => buildCatalog(pair(body('#a'), body('/en/lessons/x#b')))).toThrow('content/en/x.mdx:10: link /en/lessons/x#b: "x" has no section #b');
  });

  it('reports MDX syntax errors with a position', () => {
    expect(() => buildCatalog(pair(fm() + '\n<Callout kind="note">\n', fm()))).toThrow(/content\/zh\/x\.mdx:\d+(:\d+)?: MDX syntax error/);
  });
});
