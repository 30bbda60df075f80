import { describe, expect, it } from 'vitest';
import { analyzeDockerfile, simulateBuild } from './model.ts';

const GO_CTX = { 'go.mod': 100, 'go.sum': 1_000, 'main.go': 2_000 };

const MULTI = [
  'FROM golang:1.23 AS build', // 1
  'WORKDIR /src', // 2
  'COPY . .', // 3
  'RUN CGO_ENABLED=0 go build -o /out/app .', // 4
  '', // 5
  'FROM build AS test', // 6
  'RUN go vet ./...', // 7
  '', // 8
  'FROM alpine:3.21 AS docs', // 9
  'RUN echo docs > /README', // 10
  '', // 11
  'FROM gcr.io/distroless/static-debian12 AS final', // 12
  'COPY --from=build /out/app /app', // 13
  'ENTRYPOINT ["/app"]', // 14
].join('\n');

describe('stage resolution', () => {
  it('resolves names, parents, COPY --from edges, used and inFinalImage', () => {
    const a = analyzeDockerfile(MULTI, { context: GO_CTX });
    expect(a.finalStage).toBe(3);
    expect(
      a.stages.map((s) => ({
        i: s.index,
        name: s.name,
        base: s.base,
        parent: s.parent,
        from: s.copiesFrom,
        line: s.line,
      })),
    ).toEqual([
      { i: 0, name: 'build', base: 'golang:1.23', parent: undefined, from: [], line: 1 },
      { i: 1, name: 'test', base: 'build', parent: 0, from: [], line: 6 },
      { i: 2, name: 'docs', base: 'alpine:3.21', parent: undefined, from: [], line: 9 },
      { i: 3, name: 'final', base: 'gcr.io/distroless/static-debian12', parent: undefined, from: [0], line: 12 },
    ]);
    // BuildKit builds the target and what it depends on: build and final, not test and docs.
    expect(a.stages.map((s) => s.used)).toEqual([true, false, false, true]);
    expect(a.stages.map((s) => s.inFinalImage)).toEqual([false, false, false, true]);
    expect(a.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('picks another stage with --target, including its FROM-parent chain', () => {
    const a = analyzeDockerfile(MULTI, { context: GO_CTX, target: 'test' });
    expect(a.finalStage).toBe(1);
    expect(a.stages.map((s) => s.used)).toEqual([true, true, false, false]);
    expect(a.stages.map((s) => s.inFinalImage)).toEqual([true, true, false, false]);
    const r = simulateBuild(MULTI, { context: GO_CTX, target: 'test' });
    // The test stage's image holds the build stage's layers plus its own.
    expect(r.image?.layers.length).toBe((r.stages[0]?.layers.length ?? 0) + 1);
  });

  it('reports an unknown --target and falls back to the last stage', () => {
    const a = analyzeDockerfile(MULTI, { target: 'nope' });
    expect(a.finalStage).toBe(3);
    expect(a.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/--target nope/) }),
    );
  });

  it('accepts COPY --from by index and by image reference', () => {
    const text = [
      'FROM alpine AS a',
      'RUN echo x > /x',
      'FROM scratch',
      'COPY --from=0 /x /x',
      'COPY --from=nginx:alpine /etc/nginx/nginx.conf /nginx.conf',
    ].join('\n');
    const r = simulateBuild(text);
    expect(r.analysis.stages[1]?.copiesFrom).toEqual([0]);
    expect(r.analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.stages[1]?.steps.map((s) => s.sizeBytes)).toEqual([2, 648]);
  });

  it('reports COPY --from an unknown, a later, or the current stage', () => {
    const text = [
      'FROM alpine AS one', // 1
      'COPY --from=builder /a /a', // 2
      'COPY --from=two /b /b', // 3
      'COPY --from=one /c /c', // 4
      'COPY --from=5 /d /d', // 5
      'FROM alpine AS two', // 6
    ].join('\n');
    const e = analyzeDockerfile(text).problems.filter((p) => p.severity === 'error');
    expect(e.map((p) => p.line)).toEqual([2, 3, 4, 5]);
    expect(e[0]?.message).toMatch(/no stage named "builder"/);
    expect(e[1]?.message).toMatch(/earlier stage/);
  });

  it('marks stages used through RUN --mount=from', () => {
    const text = [
      'FROM alpine AS tools',
      'RUN echo t > /t',
      'FROM alpine',
      'RUN --mount=type=bind,from=tools,target=/mnt cat /mnt/t > /copy',
    ].join('\n');
    const r = simulateBuild(text);
    expect(r.analysis.stages.map((s) => s.used)).toEqual([true, true]);
    expect(r.analysis.stages[1]?.copiesFrom).toEqual([]);
    expect(r.stages[1]?.steps[0]?.sizeBytes).toBe(2);
  });

  it('lower-cases stage names and rejects duplicates', () => {
    const a = analyzeDockerfile('FROM alpine AS Build\nFROM alpine AS build\nFROM BUILD');
    expect(a.stages[0]?.name).toBe('build');
    expect(a.stages[2]?.parent).toBe(0);
    expect(a.problems).toContainEqual({ line: 2, severity: 'error', message: 'Duplicate stage name "build".' });
    expect(a.problems.some((p) => p.line === 1 && p.severity === 'hint')).toBe(true);
  });

  it('ships only the final stage: builder files are not in the image unless copied', () => {
    const r = simulateBuild(MULTI, { context: GO_CTX });
    const paths = r.image?.layers.flatMap((l) => l.changes.map((c) => c.path)) ?? [];
    expect(paths).toContain('/app');
    expect(paths.some((p) => p.startsWith('/usr/local/go'))).toBe(false);
    expect(r.image?.totalBytes).toBeLessThan(10_000_000);
  });

  it('warns when a cgo-linked Go binary lands in scratch or distroless/static', () => {
    const text = [
      'FROM golang:1.23 AS build',
      'COPY . /src',
      'WORKDIR /src',
      'RUN go build -o /app .',
      'FROM scratch',
      'COPY --from=build /app /app',
    ].join('\n');
    const a = analyzeDockerfile(text, { context: GO_CTX });
    expect(a.problems).toContainEqual(
      expect.objectContaining({ line: 6, severity: 'warning', message: expect.stringMatching(/CGO_ENABLED=0/) }),
    );
    const fixed = analyzeDockerfile(text.replace('RUN go build', 'RUN CGO_ENABLED=0 go build'), { context: GO_CTX });
    expect(fixed.problems.some((p) => /CGO_ENABLED=0/.test(p.message))).toBe(false);
  });
});
