import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog.ts';
import { checkCode, hasGofmt } from './code-checks.ts';

const root = path.resolve(import.meta.dirname, '..');
const lessons = buildCatalog(root);
const blocks = lessons.flatMap((lesson) =>
  Object.entries(lesson.read).flatMap(([lang, read]) =>
    read.code.map((block) => ({ ...block, where: `content/${lang}/${lesson.entry.slug}.mdx:${block.line}` })),
  ),
);
const cases = (lang: string) => blocks.filter((b) => b.lang === lang).map((b) => [b.where, b.value] as const);

if (!hasGofmt) console.warn('NOTICE: gofmt not found, Go blocks are not checked (apt-get install golang-go; .ci/run installs it).');

describe('lesson content', () => {
  it('has lessons and code to check', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    expect(cases('go').length).toBeGreaterThan(0);
    expect(cases('protobuf').length).toBeGreaterThan(0);
  });

  it.skipIf(!hasGofmt).each(cases('go'))('Go block %s is valid Go', (_where, value) => {
    expect(checkCode('go', value)).toBeUndefined();
  });

  it.each(cases('protobuf'))('protobuf block %s parses', (_where, value) => {
    expect(checkCode('protobuf', value)).toBeUndefined();
  });

  it.each(cases('yaml'))('YAML block %s parses', (_where, value) => {
    expect(checkCode('yaml', value)).toBeUndefined();
  });

  it('each lesson has at least 3 key points, 6 interview questions and 3 quiz items in both languages', () => {
    for (const lesson of lessons) {
      for (const read of Object.values(lesson.read)) {
        expect(read.frontmatter.keypoints.length, lesson.entry.slug).toBeGreaterThanOrEqual(3);
        expect(read.frontmatter.interview.length, lesson.entry.slug).toBeGreaterThanOrEqual(6);
        expect(read.frontmatter.quiz.length, lesson.entry.slug).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('checkCode', () => {
  it('rejects broken code in each checked language', () => {
    expect(checkCode('protobuf', 'message A { int32 a = }')).toBeDefined();
    expect(checkCode('yaml', 'a: [1, 2')).toBeDefined();
    if (hasGofmt) expect(checkCode('go', 'func main( {')).toBeDefined();
  });

  it('accepts Go fragments as well as whole files', () => {
    if (!hasGofmt) return;
    expect(checkCode('go', 'package main\n\nfunc main() {}\n')).toBeUndefined();
    expect(checkCode('go', 'x := 1\nfmt.Println(x)\n')).toBeUndefined();
  });
});
