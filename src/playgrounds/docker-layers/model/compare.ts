// Side-by-side build comparison (issue 6, "the build cache"): two Dockerfiles, their final image and what a
// one-line edit of one context file costs each of them on the next build.

import { simulateBuild } from './analyze.ts';

export interface CompareInput {
  text: string;
  context: Record<string, number>;
  /** The text of `.dockerignore`; absent or empty = none. */
  dockerignore?: string;
}

export interface CompareSide {
  /** Final image size in bytes; null when some layer's size is unknown or there is no image. */
  imageBytes: number | null;
  /** Filesystem layers of the final image (base layers included; metadata instructions are history entries, not layers). */
  layers: number;
  /** After editing the file: steps that run again (metadata instructions included, as the cache panel counts). */
  stepsRerun: number;
  /** After editing the file: layers rebuilt and their bytes (null when unknown). */
  layersRebuilt: number;
  bytesRebuilt: number | null;
  /** True when the Dockerfile does not build (errors, no stage). */
  failed: boolean;
}

export interface CompareResult {
  a: CompareSide;
  b: CompareSide;
  changedFile: string;
}

/** One Dockerfile built, then rebuilt after a one-line change to `changedFile`. */
export function buildCost(input: CompareInput, changedFile: string): CompareSide {
  const base = {
    context: input.context,
    ...(input.dockerignore && input.dockerignore.trim() !== '' ? { dockerignore: input.dockerignore } : {}),
  };
  const first = simulateBuild(input.text, base);
  const image = first.image;
  const failed = image === null || first.analysis.problems.some((p) => p.severity === 'error');
  const next = simulateBuild(input.text, { ...base, previous: input.text, changedFiles: [changedFile] });
  return {
    imageBytes: image?.totalBytes ?? null,
    layers: image ? image.layers.length : 0,
    stepsRerun: next.rebuild?.missedSteps ?? 0,
    layersRebuilt: next.rebuild?.missedLayers ?? 0,
    bytesRebuilt: next.rebuild ? next.rebuild.rebuildBytes : null,
    failed,
  };
}

/** Builds `a` and `b`, then rebuilds each after a one-line change to `changedFile` (same Dockerfile as before). */
export function compareBuilds(a: CompareInput, b: CompareInput, changedFile: string): CompareResult {
  return { a: buildCost(a, changedFile), b: buildCost(b, changedFile), changedFile };
}
