/**
 * Keystroke-to-analysis for the view: what View.tsx computes after each edit of a ~300-line Dockerfile —
 * the full report (simulateBuild) plus the cache reasons (explainCache), against an unchanged previous build.
 * (`model.bench.ts` measures the model calls alone.)
 */
import { bench, describe } from 'vitest';
import { GO_CONTEXT, explainCache, simulateBuild } from './model.ts';

const body: string[] = [];
for (let i = 0; body.length < 290; i++) {
  body.push(`RUN echo ${i} > /tmp/f${i} && mkdir -p /opt/d${i}`, `ENV V${i}=${i}`, `COPY internal/ /src/internal${i}/`);
}
const base = [
  'FROM golang:1.23 AS build',
  'WORKDIR /src',
  'COPY go.mod go.sum ./',
  'RUN go mod download',
  ...body,
  'COPY . .',
  'RUN CGO_ENABLED=0 go build -o /out/server .',
  'FROM gcr.io/distroless/static-debian12',
  'COPY --from=build /out/server /server',
].join('\n');
let n = 0;

describe('view: keystroke to analysis, ~300 lines', () => {
  bench('simulateBuild + explainCache', () => {
    n++;
    const text = base.replace('RUN go mod download', `RUN go mod download # ${n}`);
    const opts = { context: GO_CONTEXT, previous: base, changedFiles: [] };
    simulateBuild(text, opts);
    explainCache(text, opts);
  });
});
