// analyzeDockerfile returns an analysis for any text, however broken: never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from './model.ts';
import type { DockerAnalysis } from './model.ts';

const TOKENS = [
  'FROM',
  'from',
  'alpine',
  'alpine:3.21',
  'golang:1.23',
  'golang:1.23-alpine',
  'scratch',
  'gcr.io/distroless/static-debian12',
  'debian:bookworm-slim',
  'node:22',
  'nginx:alpine',
  'x.io/unknown:1',
  'AS',
  'as',
  'build',
  'Build',
  'final',
  '${X}',
  '${X:-a}',
  '${X:?no}',
  '${X#*.}',
  '${',
  '}',
  '$Y',
  '$',
  'ARG',
  'X=1',
  'X',
  'RUN',
  'COPY',
  'ADD',
  'ENV',
  'WORKDIR',
  '/app',
  '/',
  '.',
  './',
  '..',
  '../x',
  '*',
  '*.go',
  '**',
  '--from=build',
  '--from=0',
  '--from=9',
  '--from=',
  '--link',
  '--chown=1:1',
  '--exclude=*.md',
  '--mount=type=cache,target=/root/.cache/go-build',
  '--mount=type=bind,target=.',
  '--mount=from=build,target=/m',
  '--platform=$BUILDPLATFORM',
  '<<EOF',
  '<<-EOF',
  "<<'EOF'",
  '<<EOF2',
  'EOF',
  '\tEOF',
  'EOF2',
  '\\',
  '`',
  '# escape=`',
  '# escape=\\',
  '# syntax=docker/dockerfile:1',
  '#',
  '"',
  "'",
  '[',
  ']',
  '["a"]',
  '["sh", "-c", "echo"]',
  '&&',
  '||',
  ';',
  ';;',
  '|',
  '&',
  '>',
  '>>',
  '2>&1',
  '<',
  'rm',
  '-rf',
  '-f',
  'apt-get',
  'apt',
  'install',
  '-y',
  '--no-install-recommends',
  'update',
  'remove',
  'apk',
  'add',
  '--no-cache',
  '--virtual',
  'del',
  'go',
  'build',
  '-o',
  'mod',
  'download',
  'test',
  'npm',
  'ci',
  'install',
  'prune',
  'echo',
  'printf',
  'cat',
  'tee',
  'mkdir',
  '-p',
  'touch',
  'if',
  'then',
  'else',
  'fi',
  'case',
  'in',
  'esac',
  'for',
  'do',
  'done',
  '(',
  ')',
  '{',
  '}',
  '$(x)',
  '`x`',
  'main.go',
  'go.mod',
  'go.sum',
  'package-lock.json',
  'CMD',
  'ENTRYPOINT',
  'ONBUILD',
  'SHELL',
  'USER',
  'LABEL',
  'EXPOSE',
  'VOLUME',
  'HEALTHCHECK',
  'MAINTAINER',
  'STOPSIGNAL',
  '\r',
  '\uFEFF',
  'chown',
  'chmod',
  '-R',
  'cp',
  'mv',
  'ln',
  '-s',
  'curl',
  'wget',
  '-O',
  'sh',
  'bash',
  '-c',
  'cd',
  'export',
  'A=b',
  'CGO_ENABLED=0',
  'exit',
  '1',
  'tar',
  '-xzf',
  'git',
  'clone',
  'useradd',
  'adduser',
  '-D',
  'http://x/y.tgz',
  'a.tar.gz',
  '\u00e9',
  '\u{1F600}',
  '\uD800',
];

const dockerfileish = fc
  .array(
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 9 }).map((ws) => ws.join(' ')),
    { maxLength: 14 },
  )
  .map((lines) => lines.join('\n'));

const text = fc.oneof(
  { weight: 6, arbitrary: dockerfileish },
  { weight: 2, arbitrary: fc.string({ maxLength: 160 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 120, unit: 'binary' }) },
  {
    weight: 1,
    arbitrary: fc.string({
      maxLength: 200,
      unit: fc.constantFrom('F', 'R', 'O', 'M', ' ', '\n', '\\', '<', 'E', '$', '{', '}', '"', '#', '=', '\t'),
    }),
  },
);

const options = fc.record(
  {
    buildArgs: fc.dictionary(fc.constantFrom('X', 'Y', 'GO', 'A'), fc.string({ maxLength: 8 })),
    target: fc.constantFrom('build', 'final', 'Build', 'nope', ''),
    previous: dockerfileish,
    context: fc.constantFrom<Record<string, number>>(
      {},
      { 'main.go': 100, 'go.mod': 20, 'go.sum': 3000, '.dockerignore': 10, 'a.tar.gz': 5 },
      { 'x/': 0, '../y': 1, z: -3 },
    ),
    changedFiles: fc.array(fc.constantFrom('main.go', 'go.sum', 'nope', '', '../x'), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

function checkShape(a: DockerAnalysis): void {
  expect(Array.isArray(a.stages)).toBe(true);
  expect(Array.isArray(a.problems)).toBe(true);
  expect(Number.isInteger(a.finalStage)).toBe(true);
  expect(a.finalStage).toBeGreaterThanOrEqual(-1);
  expect(a.finalStage).toBeLessThan(Math.max(1, a.stages.length));
  if (a.stages.length) expect(a.finalStage).toBeGreaterThanOrEqual(0);
  for (const p of a.problems) {
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(['error', 'warning', 'hint']).toContain(p.severity);
    expect(p.message).not.toMatch(/^Internal error/);
  }
  a.stages.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(Number.isInteger(s.line) && s.line >= 1).toBe(true);
    for (const st of s.steps) {
      expect(Number.isInteger(st.line) && st.line >= s.line).toBe(true);
      if (st.sizeBytes !== undefined) expect(st.sizeBytes).toBeGreaterThanOrEqual(0);
      if (!st.createsLayer) expect(st.sizeBytes).toBe(0);
    }
    for (const c of s.copiesFrom) expect(c).toBeLessThan(i);
    if (s.parent !== undefined) expect(s.parent).toBeLessThan(i);
  });
}

describe('fuzz', () => {
  it('returns an analysis for 10,000 random texts', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(text, fc.option(options, { freq: 3 }), (t, o) => {
        checkShape(o === null ? analyzeDockerfile(t) : analyzeDockerfile(t, o));
      }),
      { numRuns: 10_000, seed: 20_240_601 },
    );
  });

  it('survives inputs that are not what the types say (called from plain JavaScript)', () => {
    const bad: unknown[] = [null, undefined, 42, {}, ['FROM a']];
    for (const t of bad) checkShape(analyzeDockerfile(t as string));
    checkShape(
      analyzeDockerfile('FROM alpine', {
        context: { a: Number.NaN, b: Infinity } as Record<string, number>,
        changedFiles: [1, null] as unknown as string[],
      }),
    );
    checkShape(analyzeDockerfile('FROM alpine\n'.repeat(2_000)));
    checkShape(analyzeDockerfile(`FROM alpine\nRUN ${'echo a && '.repeat(2_000)}true`));
    checkShape(analyzeDockerfile(`FROM alpine\nRUN ${'$('.repeat(500)}`));
    checkShape(analyzeDockerfile(`FROM alpine\nENV A=${'${A:-'.repeat(3_000)}x${'}'.repeat(3_000)}`));
    checkShape(analyzeDockerfile(`FROM alpine\nRUN mkdir -p /${'a/'.repeat(20_000)} && echo ${'${A:-'.repeat(3_000)}`));
    checkShape(
      analyzeDockerfile(`FROM scratch\nCOPY x /${'d/'.repeat(20_000)}`, {
        context: { [`${'s/'.repeat(5_000)}x`]: 1, x: 1 },
      }),
    );
  });
});
