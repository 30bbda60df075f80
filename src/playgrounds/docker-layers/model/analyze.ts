// Entry points. Both never throw: any input, however broken, gives an analysis with problems.

import { simulateBuildUnsafe } from './simulate.ts';
import type { AnalyzeOptions, BuildReport, DockerAnalysis, SimulateOptions } from './types.ts';

function cleanOptions(opts: unknown): SimulateOptions {
  const out: SimulateOptions = {};
  if (!opts || typeof opts !== 'object') return out;
  const o = opts as Record<string, unknown>;
  if (o.buildArgs && typeof o.buildArgs === 'object') {
    const b: Record<string, string> = {};
    for (const [k, v] of Object.entries(o.buildArgs as Record<string, unknown>)) if (typeof v === 'string') b[k] = v;
    out.buildArgs = b;
  }
  if (typeof o.target === 'string') out.target = o.target;
  if (typeof o.previous === 'string') out.previous = o.previous;
  if (o.context && typeof o.context === 'object') {
    const c: Record<string, number> = {};
    for (const [k, v] of Object.entries(o.context as Record<string, unknown>)) if (typeof v === 'number') c[k] = v;
    out.context = c;
  }
  if (Array.isArray(o.changedFiles))
    out.changedFiles = o.changedFiles.filter((f): f is string => typeof f === 'string');
  if (typeof o.dockerignore === 'string') out.dockerignore = o.dockerignore;
  return out;
}

/**
 * Simulate `docker build` of a Dockerfile: stages, layers with their file diffs, the final image with dive's
 * efficiency figures, and (when `previous` is given) which steps hit the build cache.
 */
export function simulateBuild(text: string, opts?: SimulateOptions): BuildReport {
  const source = typeof text === 'string' ? text : '';
  try {
    return simulateBuildUnsafe(source, cleanOptions(opts));
  } catch (e) {
    // Belt and braces: the fuzz test checks that this never happens.
    const message = e instanceof Error ? e.message : String(e);
    return {
      analysis: {
        stages: [],
        finalStage: -1,
        problems: [{ line: 1, severity: 'error', message: `Internal error in the simulator: ${message}` }],
      },
      stages: [],
      image: null,
      rebuild: null,
    };
  }
}

/** The issue-6 contract: analyze a Dockerfile. Never throws. */
export function analyzeDockerfile(text: string, opts?: AnalyzeOptions): DockerAnalysis {
  return simulateBuild(text, opts).analysis;
}
