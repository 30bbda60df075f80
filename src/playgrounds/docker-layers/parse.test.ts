// Parsing, and where dockerfile-ast differs from BuildKit (see the header of model/parse.ts).
import { describe, expect, it } from 'vitest';
import { analyzeDockerfile, parseDockerfile, simulateBuild } from './model.ts';

const kinds = (text: string) => parseDockerfile(text).instructions.map((i) => [i.keyword, i.line, i.endLine]);

describe('parsing', () => {
  it('joins continuation lines, skipping comment and empty lines, as BuildKit does', () => {
    const p = parseDockerfile(['FROM alpine', 'RUN a \\', '  # comment', '', '  b', 'CMD x'].join('\n'));
    expect(p.instructions.map((i) => [i.keyword, i.line, i.endLine, i.args])).toEqual([
      ['FROM', 1, 1, 'alpine'],
      ['RUN', 2, 5, 'a   b'],
      ['CMD', 6, 6, 'x'],
    ]);
    expect(p.problems).toEqual([
      expect.objectContaining({
        line: 4,
        severity: 'warning',
        message: expect.stringMatching(/Empty continuation line/),
      }),
    ]);
  });

  it('reads flags and the exec (JSON) form', () => {
    const [, copy, run] = parseDockerfile(
      'FROM a\nCOPY --from=build --chown=1:1 --link /x /y\nRUN ["go", "build"]',
    ).instructions;
    expect(copy?.flags).toEqual([
      { name: 'from', value: 'build' },
      { name: 'chown', value: '1:1' },
      { name: 'link', value: null },
    ]);
    expect(copy?.rest).toBe('/x /y');
    expect(run?.json).toEqual(['go', 'build']);
  });

  it('keeps heredoc bodies apart from the instruction, with their own line range', () => {
    const p = parseDockerfile(
      ['FROM a', 'RUN <<EOF', 'echo hi', 'EOF', 'COPY <<A <<B /dir/', 'aaa', 'A', 'bb', 'B', 'CMD x'].join('\n'),
    );
    expect(p.instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([
      ['FROM', 1, 1],
      ['RUN', 2, 4],
      ['COPY', 5, 9],
      ['CMD', 10, 10],
    ]);
    expect(p.instructions[1]?.args).toBe('<<EOF');
    expect(p.instructions[2]?.heredocs.map((h) => [h.name, h.content])).toEqual([
      ['A', 'aaa\n'],
      ['B', 'bb\n'],
    ]);
  });

  it('reports an unterminated heredoc (dockerfile-ast silently runs it to the end of the file)', () => {
    const a = analyzeDockerfile('FROM alpine\nRUN <<EOF\necho one\nRUN echo two');
    expect(a.problems).toContainEqual({
      line: 2,
      severity: 'error',
      message: expect.stringMatching(/Unterminated heredoc <<EOF/),
    });
    expect(a.stages[0]?.steps).toHaveLength(1);
  });

  it('applies <<- (strip tabs) per heredoc, unlike dockerfile-ast', () => {
    // With <<-A the terminator may be tab-indented; with <<B it may not. dockerfile-ast strips tabs for both
    // as soon as one heredoc uses <<-, and would end B at the tab-indented line 6.
    const text = ['FROM a', 'RUN <<-A cat - <<B', '\techo a', '\tA', 'b1', '\tB', 'B', 'CMD done'].join('\n');
    expect(kinds(text)).toEqual([
      ['FROM', 1, 1],
      ['RUN', 2, 7],
      ['CMD', 8, 8],
    ]);
    const run = parseDockerfile(text).instructions[1];
    expect(run?.heredocs.map((h) => h.content)).toEqual(['echo a\n', 'b1\n\tB\n']);
  });

  it('recognises quoted delimiters (no expansion) and ignores << glued to a word, like BuildKit', () => {
    const p = parseDockerfile("FROM a\nRUN cat <<'EOF'\n$HOME\nEOF\nRUN cat<<EOF\nCMD x");
    expect(p.instructions[1]?.heredocs[0]).toMatchObject({ name: 'EOF', expand: false, content: '$HOME\n' });
    expect(p.instructions[2]?.heredocs).toEqual([]);
    expect(p.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'RUN', 'CMD']);
  });

  it('reads parser directives the way BuildKit does', () => {
    expect(parseDockerfile('# escape=`\nFROM a').escape).toBe('`');
    // After an unknown directive BuildKit stops reading directives; dockerfile-ast would still honour escape.
    const after = parseDockerfile('# foo=bar\n# escape=`\nFROM a\nRUN a `\nCMD b');
    expect(after.escape).toBe('\\');
    expect(after.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'CMD']);
    expect(parseDockerfile('# escape=x\nFROM a').problems).toEqual([
      expect.objectContaining({ line: 1, severity: 'error', message: expect.stringMatching(/Invalid escape token/) }),
    ]);
    expect(parseDockerfile('# escape=`\n# escape=\\\nFROM a').problems).toEqual([
      expect.objectContaining({ line: 2, severity: 'error', message: expect.stringMatching(/Only one escape/) }),
    ]);
    expect(parseDockerfile('# syntax=docker/dockerfile:1\nFROM a').syntax).toBe('docker/dockerfile:1');
    // A blank line ends the directives: the escape below is a comment.
    expect(parseDockerfile('\n# escape=`\nFROM a').escape).toBe('\\');
  });

  it('does not treat a line ending in an escaped escape as a continuation (BuildKit), unlike dockerfile-ast', () => {
    expect(kinds('FROM a\nRUN echo \\\\\nCMD x')).toEqual([
      ['FROM', 1, 1],
      ['RUN', 2, 2],
      ['CMD', 3, 3],
    ]);
  });

  it('handles CRLF, lone CR and a BOM without moving line numbers', () => {
    expect(kinds('\uFEFFFROM a\r\nRUN b \\\r\n c\r\nCMD d')).toEqual([
      ['FROM', 1, 1],
      ['RUN', 2, 3],
      ['CMD', 4, 4],
    ]);
    expect(kinds('FROM a\rRUN b\nCMD c')).toEqual([
      ['FROM', 1, 1],
      ['CMD', 2, 2],
    ]);
  });

  it('keeps the dockerfile-ast node for every instruction', () => {
    const p = parseDockerfile('FROM golang:1.23 AS build\nARG X=1\nENV A=1 B="two words"');
    expect(p.instructions.every((i) => i.node !== null)).toBe(true);
    const r = simulateBuild('FROM alpine\nENV A=1 B="two words"\nRUN echo $B > /b');
    expect(r.stages[0]?.config.env.B).toBe('two words');
    expect(r.stages[0]?.steps[1]?.sizeBytes).toBe('two words\n'.length);
  });

  it('expands ${VAR} modifiers in instructions', () => {
    const r = simulateBuild(
      [
        'FROM alpine',
        'ARG FILE=archive.tar.gz',
        'ENV BASE=${FILE%%.*} EXT=${FILE#*.} ALT=${NOPE:-fallback} SET=${FILE:+yes}',
        'WORKDIR /srv/${BASE}',
      ].join('\n'),
    );
    expect(r.stages[0]?.config.env).toMatchObject({ BASE: 'archive', EXT: 'tar.gz', ALT: 'fallback', SET: 'yes' });
    expect(r.stages[0]?.config.workdir).toBe('/srv/archive');
  });
});
