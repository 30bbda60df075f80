/**
 * `npx vitest bench src/playgrounds/docker-layers`: analysis time of a ~300-line Dockerfile (issue 6's
 * performance section). "cold" sees a text it has never parsed; "keystroke" is the editor case: the text
 * changes by one instruction, the previous Dockerfile (for the cache view) stays the same.
 */
import { bench, describe } from 'vitest';
import { analyzeDockerfile, simulateBuild, GO_CONTEXT } from './model.ts';

function bigDockerfile(seed: number): string {
  const body: string[] = [];
  for (let i = 0; body.length < 280; i++) {
    body.push('RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*');
    body.push(`ENV V${i}=${i}`);
    body.push(`COPY internal/ /src/internal${i}/`);
    body.push(`RUN echo ${i + seed} > /tmp/f${i} && mkdir -p /opt/d${i}`);
    body.push(`LABEL n${i}="v ${i}"`);
    body.push('RUN --mount=type=cache,target=/root/.cache/go-build go vet ./...');
    body.push('WORKDIR /src');
  }
  return [
    'FROM golang:1.23 AS build',
    'WORKDIR /src',
    'COPY go.mod go.sum ./',
    'RUN go mod download',
    ...body,
    'COPY . .',
    'RUN CGO_ENABLED=0 go build -o /out/server .',
    'FROM gcr.io/distroless/static-debian12:nonroot',
    'COPY --from=build /out/server /server',
    'ENTRYPOINT ["/server"]',
  ].join('\n');
}

const base = bigDockerfile(0);
let n = 0;

describe('analyzeDockerfile, ~300 lines', () => {
  bench('cold (never-seen text, with a never-seen previous)', () => {
    n++;
    analyzeDockerfile(bigDockerfile(n * 1_000), { context: GO_CONTEXT, previous: bigDockerfile(n * 1_000 + 1) });
  });
  bench('keystroke (one instruction edited, same previous)', () => {
    n++;
    analyzeDockerfile(base.replace('RUN go mod download', `RUN go mod download # ${n}`), {
      context: GO_CONTEXT,
      previous: base,
    });
  });
  bench('full report for the view (keystroke)', () => {
    n++;
    simulateBuild(base.replace('COPY . .', `COPY . . # ${n}`), { context: GO_CONTEXT, previous: base });
  });
});
