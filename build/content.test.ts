import { spawnSync } from 'node:child_process';
import path from 'node:path';
import protobuf from 'protobufjs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog.ts';

const root = path.resolve(import.meta.dirname, '..');
const lessons = buildCatalog(root);
const blocks = lessons.flatMap((lesson) =>
  Object.entries(lesson.read).flatMap(([lang, read]) =>
    read.code.map((block) => ({ ...block, where: `content/${lang}/${lesson.entry.slug}.mdx:${block.line}` })),
  ),
);

const gofmt = spawnSync('gofmt', ['-h']).error ? undefined : 'gofmt';
if (!gofmt) console.warn('NOTICE: gofmt not found, Go blocks are not checked (apt-get install golang-go; .ci/run installs it).');

describe('lesson content', () => {
  it('has lessons to check', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    expect(blocks.length).toBeGreaterThan(0);
  });

  // gofmt reading stdin accepts a whole file or a fragment (declarations or statements), which is what lessons hold.
  it.skipIf(!gofmt).each(blocks.filter((b) => b.lang === 'go').map((b) => [b.where, b.value]))('Go block %s is valid Go', (_where, value) => {
    const result = spawnSync('gofmt', ['-e'], { input: value, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(blocks.filter((b) => b.lang === 'protobuf').map((b) => [b.where, b.value]))('protobuf block %s parses', (_where, value) => {
    expect(() => protobuf.parse(value, { keepCase: true })).not.toThrow();
  });

  it.each(blocks.filter((b) => b.lang === 'yaml').map((b) => [b.where, b.value]))('YAML block %s parses', (_where, value) => {
    for (const doc of parseAllDocuments(value)) expect(doc.errors.map((e) => e.message)).toEqual([]);
  });

  it('each lesson has at least 6 interview questions and 3 quiz items in both languages', () => {
    for (const lesson of lessons) {
      for (const read of Object.values(lesson.read)) {
        expect(read.frontmatter.interview.length, lesson.entry.slug).toBeGreaterThanOrEqual(6);
        expect(read.frontmatter.quiz.length, lesson.entry.slug).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
