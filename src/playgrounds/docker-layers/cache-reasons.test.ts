import { describe, expect, it } from 'vitest';
import { explainCache, GO_CONTEXT } from './model.ts';

const FRIENDLY = [
  'FROM golang:1.23 AS build',
  'WORKDIR /app',
  'COPY go.mod go.sum ./',
  'RUN go mod download',
  'COPY . .',
  'RUN go build -o /out/server .',
  'FROM gcr.io/distroless/static-debian12',
  'COPY --from=build /out/server /server',
  'CMD ["/server"]',
].join('\n');

const kinds = (r: ReturnType<typeof explainCache>) => r.map((s) => s.map((x) => x?.kind ?? null));

describe('explainCache', () => {
  it('gives null without a previous build', () => {
    expect(kinds(explainCache(FRIENDLY, { context: GO_CONTEXT }))).toEqual([
      [null, null, null, null, null],
      [null, null],
    ]);
  });

  it('names the edited instruction and blames later steps on it', () => {
    const edited = FRIENDLY.replace('RUN go mod download', 'RUN go mod download -x');
    const r = explainCache(edited, { context: GO_CONTEXT, previous: FRIENDLY });
    expect(kinds(r)[0]).toEqual(['hit', 'hit', 'instruction', 'earlier', 'earlier']);
    expect(r[0]?.[3]).toEqual({ kind: 'earlier', line: 4 });
  });

  it('says the files changed for a COPY of a touched file, and the source stage for COPY --from', () => {
    const r = explainCache(FRIENDLY, { context: GO_CONTEXT, previous: FRIENDLY, changedFiles: ['main.go'] });
    expect(kinds(r)).toEqual([
      ['hit', 'hit', 'hit', 'files', 'earlier'],
      ['source-stage', 'earlier'],
    ]);
    expect(r[1]?.[0]).toEqual({ kind: 'source-stage', stage: 0 });
  });

  it('blames the base image when FROM changed', () => {
    const edited = FRIENDLY.replace('FROM golang:1.23 AS build', 'FROM golang:1.24 AS build');
    expect(kinds(explainCache(edited, { context: GO_CONTEXT, previous: FRIENDLY }))[0]?.[0]).toBe('base');
  });

  it('never throws on nonsense', () => {
    expect(() => explainCache('RUN <<EOF\nFROM ${X}', { previous: '\u0000' })).not.toThrow();
  });
});
