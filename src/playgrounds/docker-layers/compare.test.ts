import { describe, expect, it } from 'vitest';
import { PRESETS, buildCost, compareBuilds } from './model.ts';

const preset = (id: string) => {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`no preset ${id}`);
  return { text: p.dockerfile, context: p.context, dockerignore: p.dockerignore };
};

// Hand-reasoned figures. GO_CONTEXT minus the default .dockerignore (.git, bin, README, .env, .dockerignore):
// go.mod 180 + go.sum 12,400 + main.go 2,100 + handler.go 4,800 + handler_test.go 3,900 + store.go 6,200
// + store_test.go 4,100 = 33,680 bytes copied by `COPY . .`; `COPY go.mod go.sum ./` copies 12,580 bytes.
// Go modules are estimated at go.sum × 1,500 in the module dir plus 35 % of that in the download cache.
const COPY_ALL = 33_680;
const COPY_MOD = 180 + 12_400;
const MODULES = 12_400 * 1_500 * 1.35;

describe('compareBuilds', () => {
  const r = compareBuilds(preset('go-naive'), preset('go-cache-friendly'), 'main.go');
  const { a: naive, b: friendly } = r;

  it('re-runs the dependency download in the naive order, not in the cache-friendly one', () => {
    // naive: COPY . . misses, then RUN go mod download, RUN go build, EXPOSE, CMD.
    expect(naive.stepsRerun).toBe(5);
    expect(naive.layersRebuilt).toBe(3);
    // cache-friendly: COPY go.mod go.sum and go mod download hit; COPY . ., RUN go build, EXPOSE, CMD miss.
    expect(friendly.stepsRerun).toBe(4);
    expect(friendly.layersRebuilt).toBe(2);
    expect(r.changedFile).toBe('main.go');
  });

  it('rebuilds the module download bytes only in the naive order', () => {
    expect(naive.bytesRebuilt).not.toBeNull();
    expect(friendly.bytesRebuilt).not.toBeNull();
    // Both rebuild COPY . . and go build; only the naive one also rebuilds the go mod download layer.
    expect((naive.bytesRebuilt ?? 0) - (friendly.bytesRebuilt ?? 0)).toBe(MODULES);
    expect(friendly.bytesRebuilt ?? 0).toBeGreaterThan(COPY_ALL);
  });

  it('gives (almost) the same image: one more layer for the go.mod/go.sum copy', () => {
    expect(friendly.layers).toBe(naive.layers + 1);
    expect((friendly.imageBytes ?? 0) - (naive.imageBytes ?? 0)).toBe(COPY_MOD);
    expect(naive.failed).toBe(false);
    expect(friendly.failed).toBe(false);
  });

  it('costs nothing when the edited file is not in the context the build reads', () => {
    const x = compareBuilds(preset('go-naive'), preset('go-cache-friendly'), 'README.md');
    expect(x.a.stepsRerun).toBe(0);
    expect(x.b.stepsRerun).toBe(0);
    expect(x.a.bytesRebuilt).toBe(0);
  });

  it('reports a Dockerfile that does not build as failed, without throwing', () => {
    const x = compareBuilds({ text: '', context: {} }, { text: 'FROM scratch\nCOPY missing /x', context: {} }, 'main.go');
    expect(x.a.failed).toBe(true);
    expect(x.a.layers).toBe(0);
    expect(x.b.failed).toBe(true);
  });
});

describe('buildCost: multi-stage onto distroless (the optimised Go service)', () => {
  // Hand-reasoned from the simulation's documented estimates:
  // .go sources = main 2,100 + handler 4,800 + handler_test 3,900 + store 6,200 + store_test 4,100 = 21,100;
  // binary = (6,500,000 + 2 × 21,100) × 0.72 for -ldflags="-s -w" = 4,710,384;
  // build cache = 30,000,000 + 10 × 21,100 = 30,211,000 (in the build stage's layer, never shipped);
  // distroless/static base = 30,950 + 17,500 + 1,460,000 + 220,000 + 90,000 = 1,818,450 in 5 layers.
  const BINARY = 4_710_384;
  const BUILD_CACHE = 30_211_000;
  const DISTROLESS = 1_818_450;
  const ms = buildCost(preset('go-multistage-distroless'), 'main.go');
  const naive = buildCost(preset('go-naive'), 'main.go');

  it('ships only the base and the binary', () => {
    expect(ms.failed).toBe(false);
    expect(ms.imageBytes).toBe(DISTROLESS + BINARY);
    expect(ms.layers).toBe(5 + 1);
    expect(naive.imageBytes ?? 0).toBeGreaterThan(100 * (ms.imageBytes ?? 0));
  });

  it('re-runs the source copy and the build, then the whole final stage, but never the module download', () => {
    // build stage: COPY . . and RUN go build miss (go.mod/go.sum + go mod download hit);
    // final stage: COPY --from=build misses (its source changed), so USER, EXPOSE and ENTRYPOINT follow.
    expect(ms.stepsRerun).toBe(2 + 4);
    expect(ms.layersRebuilt).toBe(3);
    expect(ms.bytesRebuilt).toBe(COPY_ALL + (BINARY + BUILD_CACHE) + BINARY);
  });
});
