import { describe, expect, it } from 'vitest';
import { analyzeDockerfile, simulateBuild, GO_CONTEXT, DEFAULT_DOCKERIGNORE } from './model.ts';

const cacheOf = (text: string, opts: Parameters<typeof analyzeDockerfile>[1]) =>
  analyzeDockerfile(text, opts).stages.map((s) => s.steps.map((st) => st.cache));

const FRIENDLY = [
  'FROM golang:1.23',
  'WORKDIR /app',
  'COPY go.mod go.sum ./',
  'RUN go mod download',
  'COPY . .',
  'RUN go build -o /app/server .',
  'CMD ["/app/server"]',
].join('\n');

const NAIVE = [
  'FROM golang:1.23',
  'WORKDIR /app',
  'COPY . .',
  'RUN go build -o /app/server .',
  'CMD ["/app/server"]',
].join('\n');

describe('build cache', () => {
  it('has no cache status without a previous build', () => {
    expect(cacheOf(FRIENDLY, { context: GO_CONTEXT })).toEqual([
      [undefined, undefined, undefined, undefined, undefined, undefined],
    ]);
  });

  it('hits every step when nothing changed', () => {
    expect(cacheOf(FRIENDLY, { context: GO_CONTEXT, previous: FRIENDLY })).toEqual([
      ['hit', 'hit', 'hit', 'hit', 'hit', 'hit'],
    ]);
  });

  it('misses from the first changed instruction to the end of the stage', () => {
    const edited = FRIENDLY.replace('RUN go mod download', 'RUN go mod download -x');
    expect(cacheOf(edited, { context: GO_CONTEXT, previous: FRIENDLY })).toEqual([
      ['hit', 'hit', 'miss', 'miss', 'miss', 'miss'],
    ]);
  });

  it('misses from the first COPY whose files changed (cache-friendly order keeps the download cached)', () => {
    const r = simulateBuild(FRIENDLY, { context: GO_CONTEXT, previous: FRIENDLY, changedFiles: ['main.go'] });
    expect(r.analysis.stages[0]?.steps.map((s) => s.cache)).toEqual(['hit', 'hit', 'hit', 'miss', 'miss', 'miss']);
    // go.sum changed: now the dependency layer misses too.
    expect(cacheOf(FRIENDLY, { context: GO_CONTEXT, previous: FRIENDLY, changedFiles: ['go.sum'] })).toEqual([
      ['hit', 'miss', 'miss', 'miss', 'miss', 'miss'],
    ]);
  });

  it('rebuilds the dependency download with the naive order after a one-line code change', () => {
    const naive = simulateBuild(NAIVE, {
      context: GO_CONTEXT,
      previous: NAIVE,
      changedFiles: ['internal/api/handler.go'],
    });
    const friendly = simulateBuild(FRIENDLY, {
      context: GO_CONTEXT,
      previous: FRIENDLY,
      changedFiles: ['internal/api/handler.go'],
    });
    expect(naive.analysis.stages[0]?.steps.map((s) => s.cache)).toEqual(['hit', 'miss', 'miss', 'miss']);
    const naiveBytes = naive.rebuild?.rebuildBytes ?? 0;
    const friendlyBytes = friendly.rebuild?.rebuildBytes ?? 0;
    // The naive build downloads the modules again inside its go build layer.
    expect(naiveBytes - friendlyBytes).toBe(12_400 * 1_500 + 12_400 * 1_500 * 0.35);
  });

  it('ignores changes to files excluded by .dockerignore', () => {
    expect(
      cacheOf(NAIVE, { context: GO_CONTEXT, previous: NAIVE, changedFiles: ['README.md', '.git/HEAD'] })
        .flat()
        .every((c) => c === 'hit'),
    ).toBe(true);
    // Without a .dockerignore the same edit invalidates COPY . .
    const { '.dockerignore': _ignored, ...noIgnore } = GO_CONTEXT;
    expect(cacheOf(NAIVE, { context: noIgnore, previous: NAIVE, changedFiles: ['README.md'] })).toEqual([
      ['hit', 'miss', 'miss', 'miss'],
    ]);
    expect(DEFAULT_DOCKERIGNORE).toMatch(/\*\.md/);
  });

  it('misses everything in a stage whose FROM changed', () => {
    const prev = FRIENDLY.replace('golang:1.23', 'golang:1.22');
    expect(
      cacheOf(FRIENDLY, { context: GO_CONTEXT, previous: prev })
        .flat()
        .every((c) => c === 'miss'),
    ).toBe(true);
  });

  it('treats a metadata change as a change of the chain (every later step misses)', () => {
    const prev = 'FROM alpine\nLABEL v=1\nRUN echo a > /a';
    const next = 'FROM alpine\nLABEL v=2\nRUN echo a > /a';
    expect(cacheOf(next, { previous: prev })).toEqual([['miss', 'miss']]);
  });

  it('carries a change in a builder stage into COPY --from of later stages', () => {
    const text = [
      'FROM golang:1.23 AS build',
      'WORKDIR /src',
      'COPY . .',
      'RUN CGO_ENABLED=0 go build -o /out/app .',
      'FROM alpine:3.21',
      'RUN echo config > /etc/app.conf',
      'COPY --from=build /out/app /app',
      'CMD ["/app"]',
    ].join('\n');
    expect(cacheOf(text, { context: GO_CONTEXT, previous: text, changedFiles: ['main.go'] })).toEqual([
      ['hit', 'miss', 'miss'],
      ['hit', 'miss', 'miss'],
    ]);
  });

  it('invalidates RUN steps after an ARG whose value changed', () => {
    const prev = 'FROM alpine\nARG VERSION=1\nRUN echo build > /b';
    const next = 'FROM alpine\nARG VERSION=2\nRUN echo build > /b';
    expect(cacheOf(next, { previous: prev })).toEqual([['miss', 'miss']]);
    expect(cacheOf(prev, { previous: prev, buildArgs: { VERSION: '3' } })).toEqual([['hit', 'hit']]);
  });

  it('leaves stages that the target does not build without a cache status', () => {
    const text = 'FROM alpine AS a\nRUN echo a > /a\nFROM alpine AS b\nRUN echo b > /b';
    expect(cacheOf(text, { previous: text, target: 'a' })).toEqual([['hit'], [undefined]]);
  });

  it('finds a cached step even when it moved to another stage with the same history', () => {
    const prev = 'FROM alpine AS x\nRUN echo a > /a';
    const next = 'FROM alpine AS other\nRUN echo a > /a';
    expect(cacheOf(next, { previous: prev })).toEqual([['hit']]);
  });

  it('reports the rebuild cost', () => {
    const r = simulateBuild(FRIENDLY, { context: GO_CONTEXT, previous: FRIENDLY, changedFiles: ['main.go'] });
    expect(r.rebuild).toMatchObject({ missedSteps: 3, missedLayers: 2 });
    const layers = r.stages[0]?.steps.filter((s) => s.cache === 'miss' && s.createsLayer) ?? [];
    expect(r.rebuild?.rebuildBytes).toBe(layers.reduce((n, s) => n + (s.sizeBytes ?? 0), 0));
    expect(r.image?.layers.filter((l) => l.cache === 'miss')).toHaveLength(2);
  });

  it('uses the content of bind-mounted context files in the RUN cache key', () => {
    const text = 'FROM golang:1.23\nWORKDIR /src\nRUN --mount=type=bind,target=. go build -o /app .';
    expect(cacheOf(text, { context: GO_CONTEXT, previous: text, changedFiles: ['main.go'] })).toEqual([
      ['hit', 'miss'],
    ]);
  });
});
