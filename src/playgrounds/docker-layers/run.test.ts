// The RUN interpreter: which files a command adds, changes and deletes.
import { describe, expect, it } from 'vitest';
import { simulateBuild } from './model.ts';

/** Changes of the last layer, as "kind path size". */
function lastLayer(text: string, context?: Record<string, number>): string[] {
  const r = simulateBuild(text, context ? { context } : {});
  return (r.image?.layers.at(-1)?.changes ?? []).map((c) => `${c.kind} ${c.path} ${c.size}`);
}

describe('RUN interpreter', () => {
  it('writes echo/printf output with > and appends with >>', () => {
    expect(lastLayer('FROM alpine\nRUN echo -n abc > /f && echo de >> /f && printf "%s-%s\\n" a b > /g')).toEqual([
      'added /f 6',
      'added /g 4',
    ]);
  });

  it('follows pipes into tee and ignores /dev/null', () => {
    expect(lastLayer('FROM alpine\nRUN echo hello | tee /a /b > /dev/null')).toEqual(['added /a 6', 'added /b 6']);
  });

  it('assumes commands succeed: the right side of || does not run, exit 1 is never reached', () => {
    expect(lastLayer('FROM alpine\nRUN echo a > /a || echo b > /b')).toEqual(['added /a 2']);
    expect(lastLayer('FROM alpine\nRUN test -f /x && exit 1; echo ok > /ok')).toEqual(['added /ok 3']);
    expect(lastLayer('FROM alpine\nRUN echo a > /a; exit 0; echo b > /b')).toEqual(['added /a 2']);
  });

  it('tracks cd, subshells and relative paths', () => {
    expect(lastLayer('FROM alpine\nRUN mkdir -p /w && cd /w && touch a && (cd /tmp && touch b) && touch c')).toEqual([
      'added /tmp/b 0',
      'added /w 0',
      'added /w/a 0',
      'added /w/c 0',
    ]);
  });

  it('expands variables, globs and sh -c scripts', () => {
    expect(lastLayer('FROM alpine\nENV D=/opt\nRUN mkdir -p $D/x && sh -c "echo hi > ${D}/x/f"')).toEqual([
      'added /opt 0',
      'added /opt/x 0',
      'added /opt/x/f 3',
    ]);
    const text = ['FROM alpine', 'COPY logs/ /logs/', 'RUN rm -f /logs/*.log'].join('\n');
    expect(lastLayer(text, { 'logs/a.log': 10, 'logs/b.log': 20, 'logs/keep.txt': 5 })).toEqual([
      'deleted /logs/a.log 10',
      'deleted /logs/b.log 20',
    ]);
  });

  it('copies and moves files', () => {
    const text = ['FROM alpine', 'COPY a /src/a', 'RUN cp /src/a /dst && mv /src/a /moved && ln -s /moved /link'].join(
      '\n',
    );
    expect(lastLayer(text, { a: 7 })).toEqual(['added /dst 7', 'added /link 0', 'added /moved 7', 'deleted /src/a 7']);
  });

  it('groups apk add --virtual packages and removes them with apk del', () => {
    const text =
      'FROM alpine:3.21\nRUN apk add --no-cache --virtual .build gcc make && apk add --no-cache tzdata && apk del .build';
    const added = lastLayer(text).filter((c) => c.startsWith('added'));
    expect(added.some((c) => c.includes('/usr/lib/tzdata/'))).toBe(true);
    expect(added.some((c) => c.includes('/usr/lib/gcc/'))).toBe(false);
  });

  it('adds users to /etc/passwd and home directories', () => {
    const changes = lastLayer('FROM debian:bookworm-slim\nRUN groupadd -r app && useradd -r -g app -m app');
    expect(changes).toEqual([
      'modified /etc/group 473',
      'modified /etc/passwd 946',
      'added /etc/shadow 33',
      'added /home 0',
      'added /home/app 0',
    ]);
  });

  it('names the go build output after the directory or the package', () => {
    const ctx = { 'go.mod': 10, 'cmd/api/main.go': 1_000 };
    const r = simulateBuild(
      'FROM golang:1.23-alpine\nWORKDIR /src\nCOPY . .\nRUN go build ./cmd/api && go build -o bin/ ./cmd/api',
      {
        context: ctx,
      },
    );
    const paths = (r.image?.layers.at(-1)?.changes ?? []).filter((c) => !c.isDir).map((c) => c.path);
    expect(paths).toContain('/src/api');
    expect(paths).toContain('/src/bin/api');
    // golang:alpine has no gcc: cgo is off, the binary is static.
    expect(r.stages[0]?.steps.at(-1)?.notes.join(' ')).toMatch(/statically linked/);
  });

  it('keeps what a cache mount received for later RUNs (no second download)', () => {
    const text = [
      'FROM golang:1.23',
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
      'COPY . .',
      'RUN --mount=type=cache,target=/go/pkg/mod go build -o /app .',
    ].join('\n');
    const r = simulateBuild(text, { context: { 'go.mod': 10, 'go.sum': 1_000, 'main.go': 100 } });
    const build = r.stages[0]?.steps.at(-1);
    expect(build?.notes.join(' ')).not.toMatch(/modules not downloaded/);
    expect(r.analysis.problems.some((p) => /Dependencies are downloaded/.test(p.message))).toBe(false);
  });

  it('treats unknown paths ($(...)) and unknown commands as unknown content', () => {
    const r = simulateBuild('FROM alpine\nRUN rm -rf "$(mktemp -d)" && python3 setup.py install');
    expect(r.stages[0]?.steps[0]?.unknownContent).toBe(true);
    expect(r.stages[0]?.steps[0]?.notes.some((n) => n.includes('python3 setup.py install'))).toBe(true);
  });

  it('npm ci needs the lock file; npm cache clean removes the cache', () => {
    const noLock = simulateBuild('FROM node:22-alpine\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci', {
      context: { 'package.json': 100 },
    });
    expect(noLock.analysis.problems.filter((p) => p.severity === 'error').map((p) => p.line)).toEqual([4]);
    const clean = lastLayer(
      'FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci && npm cache clean --force',
      {
        'package.json': 100,
        'package-lock.json': 1_000,
      },
    );
    expect(clean.some((c) => c.includes('_cacache'))).toBe(false);
    expect(clean).toContain('added /app/node_modules/… 400000');
  });
});
