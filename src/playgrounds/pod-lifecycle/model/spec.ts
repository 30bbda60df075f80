// The pod a learner builds: restart policy, 0–3 init containers (sidecars are init
// containers with restartPolicy Always), 1–3 app containers, probes, and how each
// process behaves (how long it boots, its preStop hook, what it does on SIGTERM).
// normalizeSpec never throws: it clamps and reports what it changed.

import type { RestartPolicy } from './types.ts';

export interface ProbeSpec {
  initialDelaySeconds?: number;
  periodSeconds?: number;
  failureThreshold?: number;
  successThreshold?: number;
}

/** What PID 1 of the container does with SIGTERM. */
export type SigtermBehavior =
  | 'graceful' /* handles it, exits 0 after shutdownSeconds */
  | 'default' /* no handler: killed by the signal, exit 143 */
  | 'ignore' /* PID 1 without a handler ignores it: SIGKILL at the end of the grace period, exit 137 */;

export interface ContainerSpec {
  name: string;
  image?: string;
  probes?: { startup?: ProbeSpec; liveness?: ProbeSpec; readiness?: ProbeSpec };
  /** Seconds the process needs before its startup probe can pass. */
  bootSeconds?: number;
  /** Duration of the preStop hook; 0 = no hook. */
  preStopSeconds?: number;
  onSigterm?: SigtermBehavior;
  /** For 'graceful': seconds from SIGTERM to exit. */
  shutdownSeconds?: number;
}

export interface InitContainerSpec extends ContainerSpec {
  /** 'Always' makes it a sidecar (a restartable init container). */
  restartPolicy?: 'Always';
}

export interface PodSpec {
  name?: string;
  restartPolicy: RestartPolicy;
  initContainers?: InitContainerSpec[];
  containers: ContainerSpec[];
  terminationGracePeriodSeconds?: number;
}

export interface NormalProbe {
  initialDelaySeconds: number;
  periodSeconds: number;
  failureThreshold: number;
  successThreshold: number;
}

export type ContainerKind = 'init' | 'sidecar' | 'app';

export interface NormalContainer {
  name: string;
  image: string;
  kind: ContainerKind;
  probes: { startup?: NormalProbe; liveness?: NormalProbe; readiness?: NormalProbe };
  bootSeconds: number;
  preStopSeconds: number;
  onSigterm: SigtermBehavior;
  shutdownSeconds: number;
}

export interface NormalSpec {
  name: string;
  namespace: string;
  node: string;
  restartPolicy: RestartPolicy;
  initContainers: NormalContainer[];
  containers: NormalContainer[];
  terminationGracePeriodSeconds: number;
}

export const LIMITS = {
  maxInitContainers: 3,
  minContainers: 1,
  maxContainers: 3,
  maxSeconds: 3600,
} as const;

/** Kubernetes defaults for a probe. */
export const PROBE_DEFAULTS: NormalProbe = {
  initialDelaySeconds: 0,
  periodSeconds: 10,
  failureThreshold: 3,
  successThreshold: 1,
};

const RESTART_POLICIES: readonly RestartPolicy[] = ['Always', 'OnFailure', 'Never'];
const SIGTERM: readonly SigtermBehavior[] = ['graceful', 'default', 'ignore'];

function int(v: unknown, lo: number, hi: number, dflt: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return dflt;
  return Math.min(hi, Math.max(lo, Math.round(v)));
}

function normProbe(p: ProbeSpec | undefined, liveness: boolean): NormalProbe | undefined {
  if (p === undefined || p === null || typeof p !== 'object') return undefined;
  return {
    initialDelaySeconds: int(p.initialDelaySeconds, 0, 600, PROBE_DEFAULTS.initialDelaySeconds),
    periodSeconds: int(p.periodSeconds, 1, 300, PROBE_DEFAULTS.periodSeconds),
    failureThreshold: int(p.failureThreshold, 1, 10, PROBE_DEFAULTS.failureThreshold),
    // liveness and startup probes must have successThreshold 1 (API validation)
    successThreshold: liveness ? 1 : int(p.successThreshold, 1, 10, PROBE_DEFAULTS.successThreshold),
  };
}

function normContainer(c: ContainerSpec, kind: ContainerKind, fallbackName: string, issues: string[]): NormalContainer {
  const name = typeof c?.name === 'string' && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(c.name) && c.name.length <= 63 ? c.name : fallbackName;
  if (name !== c?.name) issues.push(`container name ${JSON.stringify(c?.name)} is not a DNS label; using "${name}"`);
  const defaultImage = kind === 'app' ? 'nginx:1.27' : kind === 'sidecar' ? 'fluent-bit:3.2' : 'busybox:1.36';
  const probes: NormalContainer['probes'] = {};
  if (kind === 'init') {
    if (c?.probes && (c.probes.startup || c.probes.liveness || c.probes.readiness)) {
      issues.push(`init container "${name}": probes are only allowed on sidecars (restartPolicy: Always); dropped`);
    }
  } else {
    const startup = normProbe(c?.probes?.startup, true);
    const liveness = normProbe(c?.probes?.liveness, true);
    const readiness = normProbe(c?.probes?.readiness, false);
    if (startup) probes.startup = startup;
    if (liveness) probes.liveness = liveness;
    if (readiness) probes.readiness = readiness;
  }
  return {
    name,
    image: typeof c?.image === 'string' && c.image.length > 0 ? c.image : defaultImage,
    kind,
    probes,
    bootSeconds: int(c?.bootSeconds, 0, LIMITS.maxSeconds, 0),
    preStopSeconds: int(c?.preStopSeconds, 0, LIMITS.maxSeconds, 0),
    onSigterm: SIGTERM.includes(c?.onSigterm as SigtermBehavior) ? (c.onSigterm as SigtermBehavior) : 'graceful',
    shutdownSeconds: int(c?.shutdownSeconds, 0, LIMITS.maxSeconds, 1),
  };
}

export interface NormalizeResult {
  spec: NormalSpec;
  issues: string[];
}

/** Clamp a learner-built (or shared-link) spec into the playground's limits. Never throws. */
export function normalizeSpec(input: PodSpec | undefined): NormalizeResult {
  const issues: string[] = [];
  const raw: Partial<PodSpec> = input !== null && typeof input === 'object' ? input : {};
  const restartPolicy = RESTART_POLICIES.includes(raw.restartPolicy as RestartPolicy)
    ? (raw.restartPolicy as RestartPolicy)
    : 'Always';
  if (restartPolicy !== raw.restartPolicy) issues.push('restartPolicy defaults to Always');

  let rawInits = Array.isArray(raw.initContainers) ? raw.initContainers : [];
  if (rawInits.length > LIMITS.maxInitContainers) {
    issues.push(`at most ${LIMITS.maxInitContainers} init containers`);
    rawInits = rawInits.slice(0, LIMITS.maxInitContainers);
  }
  let rawApps = Array.isArray(raw.containers) ? raw.containers : [];
  if (rawApps.length > LIMITS.maxContainers) {
    issues.push(`at most ${LIMITS.maxContainers} containers`);
    rawApps = rawApps.slice(0, LIMITS.maxContainers);
  }
  if (rawApps.length < LIMITS.minContainers) {
    issues.push('a pod needs at least one container');
    rawApps = [{ name: 'app' }];
  }

  const used = new Set<string>();
  const unique = (c: NormalContainer): NormalContainer => {
    let name = c.name;
    for (let i = 2; used.has(name); i++) name = `${c.name}-${i}`;
    if (name !== c.name) issues.push(`container name "${c.name}" is used twice; renamed "${name}"`);
    used.add(name);
    return { ...c, name };
  };

  const initContainers = rawInits.map((c, i) =>
    unique(normContainer(c, c?.restartPolicy === 'Always' ? 'sidecar' : 'init', `init-${i + 1}`, issues)),
  );
  const containers = rawApps.map((c, i) => unique(normContainer(c, 'app', `app-${i + 1}`, issues)));
  const name = typeof raw.name === 'string' && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(raw.name) ? raw.name : 'web';

  return {
    spec: {
      name,
      namespace: 'default',
      node: 'node-1',
      restartPolicy,
      initContainers,
      containers,
      terminationGracePeriodSeconds: int(raw.terminationGracePeriodSeconds, 0, 600, 30),
    },
    issues,
  };
}

export function allContainers(spec: NormalSpec): NormalContainer[] {
  return [...spec.initContainers, ...spec.containers];
}
