// Docker layer visualizer — the pure model (issue 6). No React, no DOM: plain TypeScript.
//
// Public contract (issue 6, kept exactly):
//   analyzeDockerfile(text, opts?) -> DockerAnalysis { stages, finalStage, problems }
//   Stage, Step, Problem
// Everything else exported here is additive, for the view: the full build report with per-layer file diffs
// and the union view, dive's efficiency figures, the base-image catalogue, .dockerignore handling and presets.

export type {
  AnalyzeOptions,
  DockerAnalysis,
  Stage,
  Step,
  Problem,
  SimulateOptions,
  FileChange,
  LayerInfo,
  StepDetail,
  UnionEntry,
  Inefficiency,
  EfficiencyReport,
  ImageConfig,
  StageDetail,
  ImageReport,
  BuildReport,
} from './model/types.ts';

export { analyzeDockerfile, simulateBuild } from './model/analyze.ts';
export { buildCost, compareBuilds } from './model/compare.ts';
export type { CompareInput, CompareSide, CompareResult } from './model/compare.ts';
export { explainCache } from './model/cache-reasons.ts';
export type { CacheReason } from './model/cache-reasons.ts';
export { unionView, layerBytes } from './model/fs.ts';
export { computeEfficiency } from './model/efficiency.ts';
export { BASE_IMAGES, lookupBaseImage, parseImageRef } from './model/catalogue.ts';
export type { BaseImage } from './model/catalogue.ts';
export { DEFAULT_DOCKERIGNORE, parseDockerignore, isIgnored } from './model/context.ts';
export type { IgnoreRule } from './model/context.ts';
export { PRESETS, GO_CONTEXT, NODE_CONTEXT, STATIC_CONTEXT, WASTE_CONTEXT } from './model/presets.ts';
export type { Preset } from './model/presets.ts';
export { parseDockerfile } from './model/parse.ts';
export {
  startContainer,
  writeFile,
  touchFile,
  deletePath,
  writableLayer,
  containerView,
  removeContainer,
} from './model/container.ts';
export type { ContainerState, ContainerEvent } from './model/container.ts';
export type { ParsedInstruction, ParseResult, Heredoc } from './model/parse.ts';
