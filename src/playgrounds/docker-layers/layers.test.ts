import { describe, expect, it } from 'vitest';
import { analyzeDockerfile, simulateBuild, unionView, BASE_IMAGES } from './model.ts';

const errors = (text: string, opts = {}) =>
  analyzeDockerfile(text, opts).problems.filter((p) => p.severity === 'error');

describe('layer rules', () => {
  it('makes one layer per RUN, COPY and ADD, and 0 B history entries for metadata', () => {
    const a = analyzeDockerfile(
      [
        'FROM alpine:3.21',
        'ENV A=1',
        'LABEL x=y',
        'EXPOSE 8080',
        'USER nobody',
        'ARG V=1',
        'RUN touch /a',
        'COPY main.go /src/',
        'ADD go.mod /src/',
        'STOPSIGNAL SIGTERM',
        'HEALTHCHECK CMD true',
        'SHELL ["/bin/sh", "-c"]',
        'VOLUME /data',
        'ONBUILD RUN echo',
        'ENTRYPOINT ["/app"]',
        'CMD ["x"]',
      ].join('\n'),
      { context: { 'main.go': 100, 'go.mod': 40 } },
    );
    const steps = a.stages[0]?.steps ?? [];
    expect(steps.map((s) => [s.keyword, s.createsLayer])).toEqual([
      ['ENV', false],
      ['LABEL', false],
      ['EXPOSE', false],
      ['USER', false],
      ['ARG', false],
      ['RUN', true],
      ['COPY', true],
      ['ADD', true],
      ['STOPSIGNAL', false],
      ['HEALTHCHECK', false],
      ['SHELL', false],
      ['VOLUME', false],
      ['ONBUILD', false],
      ['ENTRYPOINT', false],
      ['CMD', false],
    ]);
    for (const s of steps.filter((s) => !s.createsLayer)) expect(s.sizeBytes).toBe(0);
    expect(steps.find((s) => s.keyword === 'COPY')?.sizeBytes).toBe(100);
    expect(steps.find((s) => s.keyword === 'ADD')?.sizeBytes).toBe(40);
    expect(steps.find((s) => s.keyword === 'RUN')?.sizeBytes).toBe(0); // touch: an empty file
  });

  it('gives a RUN that changes nothing an empty (0 B) layer', () => {
    const s = analyzeDockerfile('FROM alpine\nRUN echo hello').stages[0]?.steps[0];
    expect(s).toMatchObject({ keyword: 'RUN', createsLayer: true, sizeBytes: 0 });
  });

  it('makes a WORKDIR layer only when the directory has to be created', () => {
    const a = analyzeDockerfile('FROM alpine\nWORKDIR /app\nWORKDIR /app\nWORKDIR /tmp\nWORKDIR sub');
    expect(a.stages[0]?.steps.map((s) => s.createsLayer)).toEqual([true, false, false, true]);
    const r = simulateBuild('FROM alpine\nWORKDIR /app\nWORKDIR sub');
    expect(r.stages[0]?.config.workdir).toBe('/app/sub');
  });

  it('uses the catalogue for base layers and one unknown layer for an unknown base', () => {
    const golang = simulateBuild('FROM golang:1.23\nRUN true');
    expect(golang.stages[0]?.inheritedLayers).toBe(BASE_IMAGES.golang?.layers.length);
    expect(golang.image?.totalBytes).toBeGreaterThan(700_000_000);
    expect(golang.image?.totalBytes).toBeLessThan(950_000_000);
    const alpine = simulateBuild('FROM alpine:3.21');
    expect(alpine.image?.layers).toHaveLength(1);
    expect(alpine.image?.totalBytes).toBeGreaterThan(7_000_000);
    expect(alpine.image?.totalBytes).toBeLessThan(9_000_000);
    const scratch = simulateBuild('FROM scratch\nCOPY app /app', { context: { app: 5 } });
    expect(scratch.stages[0]?.inheritedLayers).toBe(0);
    expect(scratch.image?.totalBytes).toBe(5);
    const unknown = simulateBuild('FROM example.com/team/base:7\nRUN echo hi > /x');
    expect(unknown.image?.layers[0]).toMatchObject({ sizeBytes: null, unknownContent: true, stage: -1 });
    expect(unknown.image?.totalBytes).toBeNull();
    // The RUN itself is known: 3 bytes ("hi\n").
    expect(unknown.analysis.stages[0]?.steps[0]?.sizeBytes).toBe(3);
  });

  it('says plainly when a command is unknown: the layer has unknown content and no size', () => {
    const r = simulateBuild('FROM debian:bookworm-slim\nRUN ./configure && make install');
    const step = r.stages[0]?.steps[0];
    expect(step?.unknownContent).toBe(true);
    expect(step?.sizeBytes).toBeUndefined();
    expect(r.analysis.stages[0]?.steps[0]?.sizeBytes).toBeUndefined();
    expect(step?.notes.join(' ')).toMatch(/not simulated/);
  });

  it('interprets && chains, apt-get and rm in one RUN: files created and deleted in the same layer leave no trace', () => {
    const r = simulateBuild(
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    );
    const layer = r.image?.layers[1];
    expect(layer?.changes.some((c) => c.path.startsWith('/var/lib/apt/lists/'))).toBe(false);
    expect(layer?.changes.some((c) => c.path === '/usr/bin/curl' && c.kind === 'added')).toBe(true);
    expect(layer?.changes.some((c) => c.path === '/var/lib/dpkg/status' && c.kind === 'modified')).toBe(true);
    expect(r.analysis.problems.filter((p) => /apt package lists/.test(p.message))).toHaveLength(0);
  });

  it('counts the heredoc body as the file size for COPY <<EOF and RUN cat > file <<EOF', () => {
    const r = simulateBuild(
      [
        'FROM alpine',
        'COPY <<EOF /etc/app.conf',
        'a=1',
        'b=22',
        'EOF',
        "RUN cat > /run.sh <<'X'",
        '#!/bin/sh',
        'echo $HOME',
        'X',
      ].join('\n'),
    );
    const [copy, run] = r.stages[0]?.steps ?? [];
    expect(copy).toMatchObject({ line: 2, endLine: 5, sizeBytes: 'a=1\nb=22\n'.length });
    expect(run).toMatchObject({ line: 6, endLine: 9, sizeBytes: '#!/bin/sh\necho $HOME\n'.length });
  });

  it('runs a RUN <<EOF script line by line', () => {
    const r = simulateBuild(['FROM alpine', 'RUN <<EOF', 'mkdir -p /app', 'echo hi > /app/x', 'EOF'].join('\n'));
    const changes = r.image?.layers[1]?.changes ?? [];
    expect(changes.map((c) => `${c.kind} ${c.path} ${c.size}`)).toEqual(['added /app 0', 'added /app/x 3']);
  });

  it('numbers steps by the first line of an instruction, continuations and comments included', () => {
    const a = analyzeDockerfile(
      ['FROM alpine', 'RUN echo a \\', '# a comment inside', '    && echo b', '', 'COPY x /x'].join('\n'),
      {
        context: { x: 1 },
      },
    );
    expect(a.stages[0]?.steps.map((s) => s.line)).toEqual([2, 6]);
    const r = simulateBuild(['FROM alpine', 'RUN echo a \\', '# a comment inside', '    && echo b'].join('\n'));
    expect(r.stages[0]?.steps[0]?.text).toBe('RUN echo a     && echo b');
    expect(r.stages[0]?.steps[0]?.endLine).toBe(4);
  });

  it('honours the escape directive', () => {
    const text = ['# escape=`', 'FROM alpine', 'RUN echo a `', '  && echo b > /c:\\x', 'COPY x /y'].join('\n');
    const r = simulateBuild(text, { context: { x: 1 } });
    expect(r.stages[0]?.steps.map((s) => s.line)).toEqual([3, 5]);
    expect(r.stages[0]?.steps[0]?.text).toBe('RUN echo a   && echo b > /c:\\x');
  });

  it('substitutes global ARGs (and build args) in FROM, with ${VAR:-default}', () => {
    const text = [
      'ARG GO=1.22',
      'ARG VARIANT',
      'FROM golang:${GO}-${VARIANT:-alpine} AS build',
      'FROM ${BASE:-alpine}:${TAG:-3.21}',
    ].join('\n');
    expect(analyzeDockerfile(text).stages.map((s) => s.base)).toEqual(['golang:1.22-alpine', 'alpine:3.21']);
    const withArgs = analyzeDockerfile(text, { buildArgs: { GO: '1.23', VARIANT: 'bookworm' } });
    expect(withArgs.stages.map((s) => s.base)).toEqual(['golang:1.23-bookworm', 'alpine:3.21']);
    expect(withArgs.problems.filter((p) => p.severity !== 'hint')).toEqual([]);
  });

  it('scopes ARGs: a global ARG must be redeclared inside a stage to be used there', () => {
    const text = ['ARG NAME=global', 'FROM alpine', 'RUN echo $NAME > /a', 'ARG NAME', 'RUN echo $NAME > /b'].join(
      '\n',
    );
    const r = simulateBuild(text);
    const sizes = r.stages[0]?.steps.filter((s) => s.keyword === 'RUN').map((s) => s.sizeBytes);
    expect(sizes).toEqual([1, 'global\n'.length]);
  });

  it('makes ENV override ARG of the same name', () => {
    const r = simulateBuild(['FROM alpine', 'ARG X=arg', 'ENV X=environment', 'RUN echo $X > /x'].join('\n'));
    expect(r.stages[0]?.steps[2]?.sizeBytes).toBe('environment\n'.length);
  });

  it('reports a RUN in an image without a shell', () => {
    const e = errors('FROM gcr.io/distroless/static-debian12\nRUN echo hi');
    expect(e).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/no shell/) })]);
    expect(errors('FROM scratch\nRUN ["/app", "migrate"]')).toEqual([]);
  });

  it('keeps the union view as of each layer', () => {
    const r = simulateBuild(['FROM scratch', 'COPY a /data/a', 'COPY b /data/a', 'COPY c /data/c'].join('\n'), {
      context: { a: 10, b: 20, c: 30 },
    });
    const layers = r.image?.layers ?? [];
    const files = (upto?: number) => unionView(layers, upto).filter((e) => !e.isDir);
    expect(files(0).map((e) => [e.path, e.size, e.layer])).toEqual([['/data/a', 10, 0]]);
    expect(files(1).map((e) => [e.path, e.size, e.layer])).toEqual([['/data/a', 20, 1]]);
    expect(unionView(layers).map((e) => [e.path, e.size, e.isDir])).toEqual([
      ['/data', 0, true],
      ['/data/a', 20, false],
      ['/data/c', 30, false],
    ]);
    expect(layers[1]?.changes).toEqual([{ path: '/data/a', kind: 'modified', isDir: false, size: 20 }]);
  });

  it('sizes go build, go mod download and npm ci from the context', () => {
    const ctx = { 'go.mod': 100, 'go.sum': 1_000, 'main.go': 2_000 };
    const r = simulateBuild(
      [
        'FROM golang:1.23',
        'WORKDIR /src',
        'COPY go.mod go.sum ./',
        'RUN go mod download',
        'COPY . .',
        'RUN CGO_ENABLED=0 go build -o /out/app .',
      ].join('\n'),
      { context: ctx },
    );
    const steps = r.stages[0]?.steps ?? [];
    // go mod download: modules ≈ go.sum × 1500 plus the download cache (×0.35).
    expect(steps[2]?.sizeBytes).toBe(1_500_000 + 525_000);
    const build = r.image?.layers[steps[4]?.layerIndex ?? -1];
    expect(build?.changes.find((c) => c.path === '/out/app')?.size).toBe(6_500_000 + 2 * 2_000);
    expect(build?.changes.some((c) => c.path.startsWith('/root/.cache/go-build/'))).toBe(true);
    const node = simulateBuild('FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci', {
      context: { 'package.json': 500, 'package-lock.json': 10_000 },
    });
    const ci = node.stages[0]?.steps[2];
    expect(ci?.notes.join(' ')).toMatch(/node_modules ≈4\.0 MB/);
  });

  it('keeps cache mounts out of the layer', () => {
    const r = simulateBuild(
      [
        'FROM golang:1.23',
        'WORKDIR /src',
        'COPY . .',
        'RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -o /app .',
      ].join('\n'),
      { context: { 'go.mod': 100, 'go.sum': 1_000, 'main.go': 2_000 } },
    );
    const changes = r.image?.layers.at(-1)?.changes ?? [];
    expect(changes.map((c) => c.path)).toEqual(['/app']);
  });

  it('copies whole files up for chown/chmod (copy-on-write) and for touch', () => {
    const r = simulateBuild(
      ['FROM alpine', 'COPY big /data/big', 'RUN chown -R 1000:1000 /data', 'RUN touch /data/big'].join('\n'),
      {
        context: { big: 1_000_000 },
      },
    );
    const steps = r.stages[0]?.steps ?? [];
    expect(steps.map((s) => s.sizeBytes)).toEqual([1_000_000, 1_000_000, 1_000_000]);
    expect(r.image?.efficiency.wastedBytes).toBe(2_000_000);
  });

  it('reports tools that are missing from the image', () => {
    expect(errors('FROM alpine\nRUN apt-get update')[0]?.message).toMatch(/apt-get.*Alpine-based image: use apk/);
    expect(errors('FROM debian:bookworm-slim\nRUN curl -o /x https://example.com/x')[0]?.message).toMatch(/curl/);
    expect(
      errors('FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl && curl -o /x https://e.com/x'),
    ).toEqual([]);
    expect(errors('FROM alpine\nRUN go build .')[0]?.message).toMatch(/`go` is not installed/);
  });

  it('does not simulate shell control flow, and says so', () => {
    const r = simulateBuild('FROM alpine\nRUN if [ -f /x ]; then rm -rf /usr; fi; echo ok > /ok');
    const step = r.stages[0]?.steps[0];
    expect(step?.unknownContent).toBe(true);
    expect(r.image?.layers[1]?.changes.map((c) => c.path)).toEqual(['/ok']);
  });
});
