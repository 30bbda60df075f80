// Types of the Docker layer model.
//
// The first block is the public contract of issue 6 ("Model (pure TypeScript) — public contract"):
// names, signatures and shapes are fixed. Everything after it is additive, for the view.

// ---------------------------------------------------------------------------------------------
// Public contract (issue 6) — keep exactly.
// ---------------------------------------------------------------------------------------------

export interface AnalyzeOptions {
  buildArgs?: Record<string, string>;
  target?: string;
  previous?: string;
  context?: Record<string, number> /* path -> size */;
  changedFiles?: string[];
}

export interface DockerAnalysis {
  stages: Stage[];
  finalStage: number;
  problems: Problem[];
}

export interface Stage {
  index: number;
  name?: string;
  base: string /* after ARG substitution */;
  parent?: number /* FROM an earlier stage */;
  line: number;
  steps: Step[];
  copiesFrom: number[];
  inFinalImage: boolean;
  used: boolean;
}

export interface Step {
  line: number /* 1-based, first line of the instruction */;
  keyword: string;
  createsLayer: boolean;
  sizeBytes?: number;
  cache?: 'hit' | 'miss' /* when previous is given */;
}

export interface Problem {
  line: number;
  severity: 'error' | 'warning' | 'hint';
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Additive types (for the view). Not part of the fixed contract.
// ---------------------------------------------------------------------------------------------

/** Options of `simulateBuild`: the contract options plus the text of `.dockerignore`. */
export interface SimulateOptions extends AnalyzeOptions {
  /**
   * Contents of `.dockerignore`. The contract's `context` maps paths to sizes only, so it cannot carry the
   * file's text. When omitted and the context has a `.dockerignore` entry, `DEFAULT_DOCKERIGNORE` is assumed.
   */
  dockerignore?: string;
}

/** One change a layer makes, as the layer tarball records it. */
export interface FileChange {
  /** Absolute path inside the image. */
  path: string;
  /** added: new path; modified: the path existed below and is copied up whole; deleted: a whiteout. */
  kind: 'added' | 'modified' | 'deleted';
  isDir: boolean;
  /**
   * Bytes. For added/modified: bytes this layer stores for the path (null = unknown).
   * For deleted: bytes the whiteout hides (they still ship in the lower layers); 0 for an empty dir.
   */
  size: number | null;
  /** When the entry stands for many real files (a package, node_modules, a toolchain): how many. */
  count?: number;
}

/** A layer (or a 0 B history entry) of an image, in build order. */
export interface LayerInfo {
  /** Position in the image it belongs to (0 = bottom). */
  index: number;
  /** Stage that produced it, or -1 for a layer of a base image from the catalogue. */
  stage: number;
  /** 1-based line of the instruction, or null for base-image layers. */
  line: number | null;
  /** The instruction (or, for base layers, a description from the catalogue). */
  instruction: string;
  keyword: string;
  /** Total bytes added/modified; null when unknown. */
  sizeBytes: number | null;
  /** Bytes the simulator knows about, even when part of the layer is unknown. */
  knownBytes: number;
  /** True when part of the layer's content cannot be simulated (an unknown command, an unknown base). */
  unknownContent: boolean;
  changes: FileChange[];
  notes: string[];
  cache?: 'hit' | 'miss';
  /** Which image this layer comes from when it is a base-image layer. */
  baseImage?: string;
}

/** A history entry of one step: every instruction in a stage, layer or not. */
export interface StepDetail extends Step {
  /** 1-based last line (heredocs and continuations included). */
  endLine: number;
  /** The instruction as BuildKit sees it: continuations joined, heredoc bodies not included. */
  text: string;
  /** Index into the stage's `layers` when createsLayer, else null. */
  layerIndex: number | null;
  unknownContent: boolean;
  notes: string[];
}

export interface UnionEntry {
  path: string;
  isDir: boolean;
  size: number | null;
  /** Index of the layer that last wrote the path. */
  layer: number;
  count?: number;
}

/** One path that appears in more than one layer (dive's "inefficient files"). */
export interface Inefficiency {
  path: string;
  /** How many layers contain the path (as a file, a modification or a whiteout). */
  copies: number;
  /** Sum of the bytes of every copy (dive's CumulativeSize). */
  cumulativeBytes: number;
  /** Smallest copy (dive's minDiscoveredSize); a whiteout of a file counts as 0. */
  minBytes: number;
  /** cumulativeBytes − minBytes: the N−1 copies that could be reclaimed (dive #684). */
  wastedBytes: number;
  layers: number[];
}

export interface EfficiencyReport {
  /** Σ min / Σ cumulative over every path (1 when there is nothing). */
  score: number;
  /** Σ (cumulative − min): reclaimable bytes, counting N−1 copies (dive #684 / #685). */
  wastedBytes: number;
  /** Σ cumulative over inefficient paths: what dive printed before the #684 fix (counts all N copies). */
  wastedBytesAllCopies: number;
  /** Sum of every layer's size (known part). */
  totalBytes: number;
  /** Sum of every layer except the first (dive's "user" size). */
  userBytes: number;
  /** wastedBytes / userBytes (0 when userBytes is 0). */
  userWastedPercent: number;
  /** Bytes in the layers that the merged view no longer shows (deleted or overwritten later) but still ship. */
  hiddenBytes: number;
  inefficiencies: Inefficiency[];
  /** True when some layer has unknown content, so the numbers only cover what is known. */
  partial: boolean;
}

export interface ImageConfig {
  workdir: string;
  user: string;
  env: Record<string, string>;
  cmd: string[] | null;
  entrypoint: string[] | null;
  exposed: string[];
  labels: Record<string, string>;
  volumes: string[];
}

export interface StageDetail {
  stage: Stage;
  steps: StepDetail[];
  /** All layers of this stage's filesystem: inherited (base image or parent stage) first, then its own. */
  layers: LayerInfo[];
  /** How many of `layers` are inherited. */
  inheritedLayers: number;
  config: ImageConfig;
}

export interface ImageReport {
  stage: number;
  layers: LayerInfo[];
  totalBytes: number | null;
  knownBytes: number;
  efficiency: EfficiencyReport;
  config: ImageConfig;
}

export interface BuildReport {
  analysis: DockerAnalysis;
  stages: StageDetail[];
  /** The image that `docker build` (with --target when given) would produce; null when there is no stage. */
  image: ImageReport | null;
  /** When `previous` is given: the steps that would run again and the bytes of the layers they rebuild. */
  rebuild: { missedSteps: number; missedLayers: number; rebuildBytes: number | null } | null;
}
