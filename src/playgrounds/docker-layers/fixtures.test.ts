// Real-world Dockerfiles (see fixtures/README.md for their sources).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateBuild, unionView } from './model.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const errorsOf = (r: ReturnType<typeof simulateBuild>) => r.analysis.problems.filter((p) => p.severity === 'error');

const NGINX_SCRIPTS = {
  'docker-entrypoint.sh': 1_620,
  '10-listen-on-ipv6-by-default.sh': 2_125,
  '15-local-resolvers.envsh': 389,
  '20-envsubst-on-templates.sh': 3_018,
  '30-tune-worker-processes.sh': 4_620,
};

describe('docker-library/golang 1.23/bookworm', () => {
  const r = simulateBuild(fixture('golang-1.23-bookworm.Dockerfile'));

  it('finds the two stages and the COPY --from edge', () => {
    expect(errorsOf(r)).toEqual([]);
    expect(
      r.analysis.stages.map((s) => [s.name, s.base, s.parent, s.copiesFrom, s.used, s.inFinalImage, s.line]),
    ).toEqual([
      ['build', 'buildpack-deps:bookworm-scm', undefined, [], true, false, 7],
      [undefined, 'buildpack-deps:bookworm-scm', undefined, [0], true, true, 105],
    ]);
    expect(r.analysis.finalStage).toBe(1);
  });

  it('numbers every step by its first line and keeps metadata as 0 B entries', () => {
    expect(r.analysis.stages[0]?.steps.map((s) => [s.line, s.keyword, s.createsLayer])).toEqual([
      [9, 'ENV', false],
      [11, 'ENV', false],
      [13, 'RUN', true],
    ]);
    expect(r.analysis.stages[1]?.steps.map((s) => [s.line, s.keyword, s.createsLayer])).toEqual([
      [108, 'RUN', true],
      [119, 'ENV', false],
      [123, 'ENV', false],
      [125, 'ENV', false],
      [126, 'ENV', false],
      [128, 'COPY', true],
      [129, 'RUN', true],
      [130, 'WORKDIR', false], // /go was created by the RUN above
    ]);
    expect(r.stages[0]?.steps[2]?.endLine).toBe(103);
  });

  it('is honest about the download-and-extract RUN: unknown content, and so is what COPY --from takes from it', () => {
    const [download] = r.stages[0]?.steps.filter((s) => s.keyword === 'RUN') ?? [];
    expect(download?.unknownContent).toBe(true);
    expect(download?.notes.join('\n')).toMatch(/control flow/);
    expect(download?.notes.join('\n')).toMatch(/wget downloads go\.tgz/);
    expect(r.stages[1]?.steps.find((s) => s.keyword === 'COPY')?.unknownContent).toBe(true);
  });

  it('installs the cgo toolchain in one layer without leaving the apt lists behind', () => {
    const run = r.stages[1]?.steps[0];
    expect(run?.unknownContent).toBe(false);
    const layer = r.image?.layers[run?.layerIndex ?? -1];
    expect(layer?.changes.some((c) => c.path === '/usr/bin/gcc')).toBe(true);
    expect(layer?.changes.some((c) => c.path.startsWith('/var/lib/apt/lists/'))).toBe(false);
    expect(r.analysis.problems.some((p) => p.line === 108)).toBe(false);
  });

  it('computes the environment the way ENV does', () => {
    const cfg = r.image?.config;
    expect(cfg?.env).toMatchObject({ GOLANG_VERSION: '1.23.3', GOTOOLCHAIN: 'local', GOPATH: '/go' });
    expect(cfg?.env.PATH).toBe(
      '/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    );
    expect(cfg?.workdir).toBe('/go');
  });

  it('flags the legacy ENV form like BuildKit', () => {
    const legacy = r.analysis.problems.filter((p) => /Legacy "ENV key value"/.test(p.message)).map((p) => p.line);
    expect(legacy).toEqual([9, 11, 119, 125, 126]);
  });
});

describe('nginxinc/docker-nginx mainline/debian', () => {
  const r = simulateBuild(fixture('nginx-mainline-debian.Dockerfile'), { context: NGINX_SCRIPTS });

  it('builds one stage from debian:bookworm-slim with one RUN and five COPY layers', () => {
    expect(errorsOf(r)).toEqual([]);
    const steps = r.analysis.stages[0]?.steps ?? [];
    expect(steps.filter((s) => s.createsLayer).map((s) => [s.line, s.keyword])).toEqual([
      [14, 'RUN'],
      [108, 'COPY'],
      [109, 'COPY'],
      [110, 'COPY'],
      [111, 'COPY'],
      [112, 'COPY'],
    ]);
    expect(steps.filter((s) => s.keyword === 'COPY').map((s) => s.sizeBytes)).toEqual([
      1_620, 2_125, 389, 3_018, 4_620,
    ]);
    expect(r.image?.layers).toHaveLength(7);
  });

  it('follows the successful path of the big RUN: the entrypoint directory exists for the COPYs', () => {
    const view = unionView(r.image?.layers ?? []);
    expect(view.find((e) => e.path === '/docker-entrypoint.d')?.isDir).toBe(true);
    expect(view.some((e) => e.path === '/docker-entrypoint.d/30-tune-worker-processes.sh')).toBe(true);
    expect(r.stages[0]?.steps.find((s) => s.line === 14)?.unknownContent).toBe(true);
  });

  it('records the image config', () => {
    expect(r.image?.config).toMatchObject({
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
      exposed: ['80/tcp'],
      labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    });
    expect(r.image?.config.env).toMatchObject({
      NGINX_VERSION: '1.25.3',
      NJS_VERSION: '0.8.2',
      PKG_RELEASE: '1~bookworm',
    });
  });

  it('reports a missing script in the context', () => {
    const { '15-local-resolvers.envsh': _gone, ...ctx } = NGINX_SCRIPTS;
    const missing = simulateBuild(fixture('nginx-mainline-debian.Dockerfile'), { context: ctx });
    expect(errorsOf(missing)).toEqual([
      expect.objectContaining({ line: 110, message: expect.stringMatching(/15-local-resolvers\.envsh: not found/) }),
    ]);
  });
});

describe('nginxinc/docker-nginx mainline/alpine-slim', () => {
  it('builds on the alpine catalogue image with the scripts copied into /docker-entrypoint.d', () => {
    const r = simulateBuild(fixture('nginx-mainline-alpine-slim.Dockerfile'), { context: NGINX_SCRIPTS });
    expect(errorsOf(r)).toEqual([]);
    expect(r.image?.layers[0]?.baseImage).toBe('alpine');
    const copies = r.image?.layers.filter((l) => l.keyword === 'COPY').map((l) => l.changes.map((c) => c.path)) ?? [];
    expect(copies).toEqual([
      ['/docker-entrypoint.sh'],
      ['/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh'],
      ['/docker-entrypoint.d/20-envsubst-on-templates.sh'],
      ['/docker-entrypoint.d/30-tune-worker-processes.sh'],
    ]);
    const run = r.stages[0]?.steps.find((s) => s.keyword === 'RUN');
    expect(run?.notes.join('\n')).toMatch(/apk add gettext/);
    expect(run?.unknownContent).toBe(true);
  });
});

describe('a multi-stage Go service (distroless example)', () => {
  const text = fixture('distroless-go-multistage.Dockerfile');
  const ctx = { 'go.mod': 120, 'go.sum': 3_000, 'main.go': 1_800 };

  it('builds in golang:alpine and ships only the binary on distroless/base', () => {
    const r = simulateBuild(text, { context: ctx });
    expect(errorsOf(r)).toEqual([]);
    expect(r.analysis.stages.map((s) => [s.name, s.base, s.copiesFrom, s.inFinalImage])).toEqual([
      ['builder', 'golang:1.13.1-alpine', [], false],
      [undefined, 'gcr.io/distroless/base', [0], true],
    ]);
    const own = r.image?.layers.filter((l) => l.stage === 1) ?? [];
    expect(own.map((l) => l.changes.map((c) => c.path))).toEqual([['/app']]);
    expect(r.image?.config.user).toBe('nonroot');
    const hints = r.analysis.problems.filter((p) => p.severity === 'hint').map((p) => p.line);
    expect(hints).toEqual([12, 12, 19]); // ADD where COPY would do; no .dockerignore; FROM without a tag
  });

  it('keeps the module download cached after a code change', () => {
    const r = simulateBuild(text, { context: ctx, previous: text, changedFiles: ['main.go'] });
    expect(r.analysis.stages.map((s) => s.steps.map((st) => `${st.keyword}:${st.cache}`))).toEqual([
      ['WORKDIR:hit', 'COPY:hit', 'RUN:hit', 'ADD:miss', 'RUN:miss'],
      ['COPY:miss', 'USER:miss', 'CMD:miss'],
    ]);
  });
});
