// The whole build: stages in order, the target, the build cache against a previous build, final hints, reports.

import { Builder } from './build.ts';
import { computeEfficiency } from './efficiency.ts';
import { hashString } from './lex.ts';
import { parseDockerfileCached } from './parse.ts';
import { PREDEFINED } from './state.ts';
import type { Ctx, StageState, StepInternal } from './state.ts';
import type {
  BuildReport,
  DockerAnalysis,
  ImageReport,
  Problem,
  SimulateOptions,
  Stage,
  StageDetail,
  StepDetail,
} from './types.ts';

/** Cache keys: per stage, each step's key (a chain from the stage's root key), and each stage's final key. */
export function stageKeys(states: StageState[]): { stepKeys: string[][]; finalKeys: string[]; rootKeys: string[] } {
  const finalKeys: string[] = [];
  const stepKeys: string[][] = [];
  const rootKeys: string[] = [];
  for (const st of states) {
    const p = st.stage.parent;
    const root = p !== undefined ? (finalKeys[p] ?? '') : `image:${st.stage.base}`;
    let prev = hashString(root);
    rootKeys.push(prev);
    const keys: string[] = [];
    for (const step of st.steps) {
      const from = step.keyFrom.map((i) => finalKeys[i] ?? `stage${i}`).join(',');
      prev = hashString(`${prev}\u0001${step.keyText}\u0001${from}`);
      keys.push(prev);
    }
    stepKeys.push(keys);
    finalKeys.push(prev);
  }
  return { stepKeys, finalKeys, rootKeys };
}

export interface Simulated {
  states: StageState[];
  problems: Problem[];
  finalStage: number;
  ctx: Ctx;
}

export function simulate(text: string, opts: SimulateOptions): Simulated {
  const parsed = parseDockerfileCached(text);
  const builder = new Builder(parsed, opts);
  const { states, problems } = builder.run();
  const ctx = builder.context;
  let finalStage = states.length - 1;
  if (opts.target !== undefined && opts.target !== '') {
    const t = opts.target.toLowerCase();
    const idx = states.findIndex((s) => s.stage.name === t);
    if (idx >= 0) finalStage = idx;
    else
      problems.push({
        line: states[0]?.stage.line ?? 1,
        severity: 'error',
        message: `--target ${opts.target}: no stage has that name${states.some((s) => s.stage.name) ? ` (stages: ${states.flatMap((s) => (s.stage.name ? [s.stage.name] : [])).join(', ')})` : ''}.`,
      });
  }
  // used: what BuildKit builds for the target (the target and everything it depends on).
  if (finalStage >= 0) {
    const stack = [finalStage];
    while (stack.length) {
      const i = stack.pop() ?? -1;
      const st = states[i];
      if (!st || st.stage.used) continue;
      st.stage.used = true;
      for (const d of st.deps) stack.push(d);
    }
    for (let i: number | undefined = finalStage; i !== undefined; i = states[i]?.stage.parent) {
      const st = states[i];
      if (!st) break;
      st.stage.inFinalImage = true;
    }
  }
  if (opts.buildArgs) {
    const unused = Object.keys(opts.buildArgs).filter((k) => !ctx.consumed.has(k) && !PREDEFINED.has(k));
    if (unused.length)
      problems.push({
        line: 1,
        severity: 'warning',
        message: `Build argument${unused.length > 1 ? 's' : ''} ${unused.join(', ')} ${unused.length > 1 ? 'were' : 'was'} not consumed: no ARG declares ${unused.length > 1 ? 'them' : 'it'}.`,
      });
  }
  return { states, problems, finalStage, ctx };
}

function finalHints(sim: Simulated): void {
  const { states, problems, finalStage } = sim;
  const final = states[finalStage];
  if (!final) return;
  const noLibc =
    final.rootImage === null
      ? final.stage.base.toLowerCase() === 'scratch'
      : /scratch|distroless\/static/.test(final.rootImage.name);
  for (const st of states) {
    if (!st.stage.inFinalImage) continue;
    for (const step of st.steps) {
      if (step.cgoBinaryCopied && noLibc)
        problems.push({
          line: step.line,
          severity: 'warning',
          message:
            'This Go binary was built with cgo on (the default when gcc is present), so it needs the C library, which this image does not have: it would fail with "no such file or directory". Build with CGO_ENABLED=0.',
        });
      const layer = step.layerIndex === null ? undefined : st.layers[step.layerIndex];
      for (const cache of new Set(step.facts?.cachesLeft ?? [])) {
        if (!layer?.changes.some((c) => c.kind !== 'deleted' && c.path.startsWith(`${cache}/`))) continue;
        problems.push({
          line: step.line,
          severity: 'hint',
          message: `The cache in ${cache} ships in the final image: use RUN --mount=type=cache,target=${cache.replace(/\/_cacache$/, '')} (or a multi-stage build).`,
        });
      }
    }
  }
}

function sortProblems(problems: Problem[]): Problem[] {
  const order = { error: 0, warning: 1, hint: 2 } as const;
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of problems) {
    const line = Number.isFinite(p.line) && p.line >= 1 ? Math.floor(p.line) : 1;
    const key = `${line}\u0000${p.severity}\u0000${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ line, severity: p.severity, message: p.message });
  }
  return out
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || order[a.p.severity] - order[b.p.severity] || a.i - b.i)
    .map((x) => x.p);
}

function toPublicStep(s: StepInternal): StepDetail {
  const out: StepDetail = {
    line: s.line,
    keyword: s.keyword,
    createsLayer: s.createsLayer,
    endLine: s.endLine,
    text: s.text,
    layerIndex: s.layerIndex,
    unknownContent: s.unknownContent,
    notes: s.notes,
  };
  if (s.sizeBytes !== undefined) out.sizeBytes = s.sizeBytes;
  if (s.cache !== undefined) out.cache = s.cache;
  return out;
}

function contractStep(s: StepInternal): Stage['steps'][number] {
  const out: Stage['steps'][number] = { line: s.line, keyword: s.keyword, createsLayer: s.createsLayer };
  if (s.sizeBytes !== undefined) out.sizeBytes = s.sizeBytes;
  if (s.cache !== undefined) out.cache = s.cache;
  return out;
}

const previousMemo = new Map<string, Set<string>>();

/** The cache keys a previous build left behind (steps of the stages it built). Memoized: it rarely changes. */
function previousKeys(previous: string, opts: SimulateOptions): Set<string> {
  const memoKey = `${previous}\u0000${JSON.stringify([opts.buildArgs ?? null, opts.target ?? null, opts.context ?? null, opts.dockerignore ?? null])}`;
  const hit = previousMemo.get(memoKey);
  if (hit) return hit;
  const prev = simulate(previous, opts);
  const prevKeys = stageKeys(prev.states);
  const cached = new Set<string>();
  prev.states.forEach((st, i) => {
    if (st.stage.used) for (const k of prevKeys.stepKeys[i] ?? []) cached.add(k);
  });
  previousMemo.set(memoKey, cached);
  if (previousMemo.size > 4) {
    const oldest = previousMemo.keys().next().value;
    if (oldest !== undefined) previousMemo.delete(oldest);
  }
  return cached;
}

/** Simulate `docker build`: the full report (layers, diffs, image, efficiency, cache). Never throws. */
export function simulateBuildUnsafe(text: string, opts: SimulateOptions = {}): BuildReport {
  const sim = simulate(text, opts);
  const { states, problems, finalStage } = sim;
  let rebuild: BuildReport['rebuild'] = null;
  if (typeof opts.previous === 'string') {
    const prevOpts: SimulateOptions = { ...opts, changedFiles: [] };
    delete prevOpts.previous;
    const cached = previousKeys(opts.previous, prevOpts);
    const keys = stageKeys(states);
    let missedSteps = 0;
    let missedLayers = 0;
    let rebuildBytes: number | null = 0;
    states.forEach((st, i) => {
      if (!st.stage.used) return;
      st.steps.forEach((step, j) => {
        const hit = cached.has(keys.stepKeys[i]?.[j] ?? '');
        step.cache = hit ? 'hit' : 'miss';
        if (step.layerIndex !== null) {
          const layer = st.layers[step.layerIndex];
          if (layer) layer.cache = step.cache;
        }
        if (!hit) {
          missedSteps++;
          if (step.createsLayer) {
            missedLayers++;
            rebuildBytes = rebuildBytes === null || step.sizeBytes === undefined ? null : rebuildBytes + step.sizeBytes;
          }
        }
      });
    });
    rebuild = { missedSteps, missedLayers, rebuildBytes };
  }
  finalHints(sim);
  for (const st of states) st.stage.steps = st.steps.map(contractStep);
  const analysis: DockerAnalysis = {
    stages: states.map((s) => s.stage),
    finalStage,
    problems: sortProblems(problems),
  };
  const stages: StageDetail[] = states.map((s) => ({
    stage: s.stage,
    steps: s.steps.map(toPublicStep),
    layers: s.layers,
    inheritedLayers: s.inheritedLayers,
    config: { ...s.config, env: Object.fromEntries(s.env) },
  }));
  let image: ImageReport | null = null;
  const final = states[finalStage];
  if (final) {
    let total: number | null = 0;
    let known = 0;
    for (const l of final.layers) {
      known += l.knownBytes;
      total = total === null || l.sizeBytes === null ? null : total + l.sizeBytes;
    }
    image = {
      stage: finalStage,
      layers: final.layers,
      totalBytes: total,
      knownBytes: known,
      efficiency: computeEfficiency(final.layers),
      config: { ...final.config, env: Object.fromEntries(final.env) },
    };
  }
  return { analysis, stages, image, rebuild };
}
