import { describe, expect, it } from 'vitest';
import { analyzeDockerfile, isIgnored, parseDockerignore } from './model.ts';

const at = (text: string, opts = {}) =>
  analyzeDockerfile(text, opts).problems.map((p) => [p.line, p.severity, p.message]);

describe('problems (errors as values, with 1-based lines)', () => {
  it('reports the errors the issue lists, each on its line', () => {
    const text = [
      'FROM alpine:3.21 AS base', // 1
      'ECHO hi', // 2
      'COPY --from=nothing /a /b', // 3
      'COPY missing.txt /x', // 4
      'FROM ${NOPE}', // 5
      'RUN <<EOF', // 6
      'echo never closed', // 7
    ].join('\n');
    const errors = analyzeDockerfile(text, { context: { 'main.go': 1 } }).problems.filter(
      (p) => p.severity === 'error',
    );
    expect(errors.map((p) => p.line)).toEqual([2, 3, 4, 5, 5, 6]);
    expect(errors[0]?.message).toBe('Unknown instruction: ECHO.');
    expect(errors[1]?.message).toMatch(/no stage named "nothing"/);
    expect(errors[2]?.message).toMatch(/missing\.txt: not found in the build context/);
    expect(errors[3]?.message).toMatch(/FROM uses \$\{NOPE\}, which is not declared/);
    expect(errors[4]?.message).toMatch(/empty image name/);
    expect(errors[5]?.message).toMatch(/Unterminated heredoc/);
  });

  it('reports a missing FROM', () => {
    expect(at('')).toEqual([[1, 'error', 'The Dockerfile has no instructions: it needs at least a FROM.']]);
    expect(at('# just a comment\n\nRUN echo hi')).toEqual([
      [3, 'error', expect.stringMatching(/RUN before the first FROM/)],
      [3, 'error', expect.stringMatching(/No FROM instruction/)],
    ]);
    expect(analyzeDockerfile('ARG A=1').stages).toEqual([]);
    expect(analyzeDockerfile('ARG A=1').finalStage).toBe(-1);
  });

  it('reports FROM ${VAR} when the ARG has no default and no build arg', () => {
    const text = 'ARG BASE\nFROM ${BASE}:3.21';
    expect(at(text).filter((p) => p[1] === 'error')).toEqual([
      [2, 'error', expect.stringMatching(/ARG BASE has no default/)],
    ]);
    expect(at(text, { buildArgs: { BASE: 'alpine' } }).filter((p) => p[1] === 'error')).toEqual([]);
  });

  it('suggests the instruction meant', () => {
    expect(at('FROM a:1\nRUNN echo')[0]?.[2]).toBe('Unknown instruction: RUNN (did you mean RUN?).');
  });

  it('reports COPY of files excluded by .dockerignore', () => {
    const ctx = { '.dockerignore': 10, '.env': 5, 'main.go': 1 };
    expect(at('FROM alpine:3.21\nCOPY .env /app/', { context: ctx })).toEqual([
      [2, 'error', expect.stringMatching(/excluded by \.dockerignore/)],
    ]);
  });

  it('needs source and destination for COPY, a command for RUN, JSON for SHELL', () => {
    const errors = analyzeDockerfile('FROM a\nCOPY onlyone\nRUN\nSHELL /bin/bash -c').problems.filter(
      (p) => p.severity === 'error',
    );
    expect(errors.map((p) => p.line)).toEqual([2, 3, 4]);
  });

  it('warns about unconsumed build args and secrets in ARG/ENV', () => {
    const a = analyzeDockerfile('FROM alpine:3.21\nARG API_TOKEN\nENV DB_PASSWORD=hunter2', {
      buildArgs: { UNUSED: '1' },
    });
    expect(a.problems.map((p) => [p.line, p.severity])).toEqual([
      [1, 'warning'],
      [2, 'warning'],
      [3, 'warning'],
    ]);
  });

  it('gives the linter hints the issue asks for', () => {
    const text = [
      'FROM ubuntu', // 1: no tag → latest
      'RUN apt-get update', // 2: update in its own RUN
      'RUN apt-get update && apt-get install -y curl', // 3: lists left in the layer
      'ADD app.py /app/', // 4: ADD where COPY would do
      'COPY . /src', // 5: no .dockerignore
      'CMD python3 /app/app.py', // 6: shell-form CMD
    ].join('\n');
    const hints = analyzeDockerfile(text, { context: { 'app.py': 10 } }).problems.filter((p) => p.severity === 'hint');
    expect(hints.map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(hints[0]?.message).toMatch(/:latest/);
    expect(hints[2]?.message).toMatch(/rm -rf \/var\/lib\/apt\/lists/);
    expect(hints[4]?.message).toMatch(/No \.dockerignore/);
    const apk = analyzeDockerfile('FROM alpine:3.21\nRUN apk add curl').problems;
    expect(apk).toEqual([
      expect.objectContaining({ line: 2, severity: 'hint', message: expect.stringMatching(/--no-cache/) }),
    ]);
  });

  it('sorts problems by line and never repeats one', () => {
    const a = analyzeDockerfile('FROM a\nRUNN\nRUNN\nFROMM');
    const lines = a.problems.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
    expect(new Set(a.problems.map((p) => JSON.stringify(p))).size).toBe(a.problems.length);
  });
});

describe('.dockerignore', () => {
  const rules = parseDockerignore(
    ['# comment', '', '.git', '*.md', '!README.md', '**/*_test.go', '/bin/', 'tmp*'].join('\n'),
  );
  it.each([
    ['.git/HEAD', true],
    ['docs/guide.md', false], // * does not cross /
    ['CHANGES.md', true],
    ['README.md', false], // re-included by !README.md
    ['internal/api/handler_test.go', true],
    ['handler_test.go', true], // ** matches zero directories
    ['bin/server', true],
    ['cmd/bin/server', false],
    ['tmpfile', true],
    ['main.go', false],
  ])('%s ignored: %s', (path, ignored) => {
    expect(isIgnored(path, rules)).toBe(ignored);
  });
});
