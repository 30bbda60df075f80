// What the kubelet (and the control plane around it) does on its own as time passes:
// start init containers one by one, then the app containers; pull images with back-off;
// restart exited containers under the pod's restartPolicy with the CrashLoopBackOff
// back-off; run startup/liveness/readiness probes at their period; stop a pod (preStop,
// SIGTERM, grace period, SIGKILL; sidecars last, in reverse order); and, when the node
// goes silent, the node controller's NotReady marking and the taint-based eviction.
//
// Every function here mutates a draft SimContext the reducer has cloned.

import { backoffNext, backoffUntil, isInBackOffSince } from './backoff.ts';
import type { EventSource, StopCause, TimelineEntry } from './events.ts';
import { MAX_TIMELINE, recordEvent } from './events.ts';
import type { ContainerState, SimContext } from './sim-types.ts';
import type { NormalContainer, NormalProbe } from './spec.ts';

/** kube-controller-manager --node-monitor-grace-period (50 s since v1.32; 40 s before). */
export const NODE_MONITOR_GRACE_SECONDS = 50;
/** Default toleration the DefaultTolerationSeconds admission plugin adds for node.kubernetes.io/unreachable. */
export const UNREACHABLE_TOLERATION_SECONDS = 300;
/** The pod worker re-syncs a pod in back-off about this often (one more BackOff event). */
const BACKOFF_EVENT_EVERY = 10;
/** A deterministic stand-in for the pod UID in kubelet messages. */
export const POD_UID = '5e1f9c0a-7d2b-4c1e-9a61-0c7f3b2d8e47';

// ---------------------------------------------------------------- helpers

export function note(d: SimContext, entry: TimelineEntry): void {
  d.timeline.push(entry);
  if (d.timeline.length > MAX_TIMELINE) d.timeline.splice(0, d.timeline.length - MAX_TIMELINE);
}

export function emit(d: SimContext, type: 'Normal' | 'Warning', reason: string, message: string, from: EventSource = 'kubelet'): void {
  d.events = recordEvent(d.events, d.now, type, reason, from, message);
}

export function specOf(d: SimContext, c: ContainerState): NormalContainer {
  const all = c.kind === 'app' ? d.spec.containers : d.spec.initContainers;
  const found = all.find((s) => s.name === c.name);
  // Contexts are built from the spec, so this always finds it; fall back defensively.
  return (
    found ?? {
      name: c.name,
      image: 'unknown',
      kind: c.kind,
      probes: {},
      bootSeconds: 0,
      preStopSeconds: 0,
      onSigterm: 'graceful',
      shutdownSeconds: 1,
    }
  );
}

export function allStates(d: SimContext): ContainerState[] {
  return [...d.init, ...d.apps];
}

export function defaultWaitingReason(d: SimContext): string {
  // convertToAPIContainerStatuses: PodInitializing when the pod has init containers.
  return d.spec.initContainers.length > 0 ? 'PodInitializing' : 'ContainerCreating';
}

function podRef(d: SimContext): string {
  return `${d.spec.name}_${d.spec.namespace}(${POD_UID})`;
}

// ---------------------------------------------------------------- containers

function newProbe(p: NormalProbe, from: number): { next: number; successes: number; failures: number } {
  return { next: from + p.initialDelaySeconds, successes: 0, failures: 0 };
}

function markStarted(d: SimContext, c: ContainerState, spec: NormalContainer): void {
  c.started = true;
  c.everStarted = true;
  if (spec.probes.liveness) c.probes.liveness = newProbe(spec.probes.liveness, d.now);
  if (spec.probes.readiness) c.probes.readiness = newProbe(spec.probes.readiness, d.now);
  else setReady(d, c, true);
}

function setReady(d: SimContext, c: ContainerState, ready: boolean): void {
  if (c.ready === ready) return;
  c.ready = ready;
  note(d, { at: d.now, kind: 'ready', container: c.name, ready });
}

/** Create and start the container's process (image already present). */
function startProcess(d: SimContext, c: ContainerState): void {
  const spec = specOf(d, c);
  c.status = 'running';
  c.startedAt = d.now;
  c.everRan = true;
  c.started = false;
  c.ready = false;
  c.livenessOk = true;
  c.readinessOk = true;
  c.probes = {};
  delete c.waitingReason;
  delete c.pull;
  delete c.pullRetryAt;
  delete c.exitCode;
  delete c.termReason;
  delete c.finishedAt;
  delete c.killedBy;
  delete c.restartAt;
  delete c.backoffEventAt;
  delete c.stop;
  emit(d, 'Normal', 'Created', `Created container: ${c.name}`);
  emit(d, 'Normal', 'Started', `Started container ${c.name}`);
  note(d, { at: d.now, kind: 'start', container: c.name, restartCount: c.restartCount });
  if (spec.probes.startup) c.probes.startup = newProbe(spec.probes.startup, d.now);
  else markStarted(d, c, spec);
}

/** The pulled image is there: create and start the container. */
export function pullSucceeded(d: SimContext, c: ContainerState): void {
  const spec = specOf(d, c);
  emit(d, 'Normal', 'Pulled', `Successfully pulled image "${spec.image}"`);
  note(d, { at: d.now, kind: 'pull', container: c.name, result: 'ok' });
  startProcess(d, c);
}

export function pullFailed(d: SimContext, c: ContainerState): void {
  const spec = specOf(d, c);
  c.imageBackoff = backoffNext(c.imageBackoff, d.now, d.now);
  c.pull = 'backoff';
  c.pullRetryAt = d.now + c.imageBackoff.backoff;
  c.waitingReason = 'ErrImagePull';
  emit(
    d,
    'Warning',
    'Failed',
    `Failed to pull image "${spec.image}": rpc error: code = NotFound desc = failed to pull and unpack image "${spec.image}": not found`,
  );
  emit(d, 'Warning', 'Failed', 'Error: ErrImagePull');
  note(d, { at: d.now, kind: 'pull', container: c.name, result: 'failed', retryAt: c.pullRetryAt });
}

function beginPull(d: SimContext, c: ContainerState): void {
  c.pull = 'pending';
  emit(d, 'Normal', 'Pulling', `Pulling image "${specOf(d, c).image}"`);
  note(d, { at: d.now, kind: 'pull', container: c.name, result: 'started' });
}

/** A container that has never run: pull its image (with the image back-off). */
function pullStep(d: SimContext, c: ContainerState): void {
  if (c.pull === undefined) {
    beginPull(d, c);
    return;
  }
  if (c.pull === 'backoff') {
    const retryAt = c.pullRetryAt ?? d.now;
    if (d.now < retryAt) {
      if (c.waitingReason === 'ErrImagePull') {
        c.waitingReason = 'ImagePullBackOff';
        emit(d, 'Normal', 'BackOff', `Back-off pulling image "${specOf(d, c).image}"`);
        emit(d, 'Warning', 'Failed', 'Error: ImagePullBackOff');
        note(d, { at: d.now, kind: 'pull', container: c.name, result: 'backoff', retryAt });
      }
      return;
    }
    // back-off over: pull again (status keeps the last error until the pull ends)
    beginPull(d, c);
  }
}

/** The process ended (by itself, or killed by the kubelet). */
export function exitContainer(d: SimContext, c: ContainerState, exitCode: number, reason: string): void {
  const cause = c.stop?.cause;
  c.status = 'terminated';
  c.exitCode = exitCode;
  c.termReason = reason;
  c.finishedAt = d.now;
  if (cause) c.killedBy = cause;
  else delete c.killedBy;
  c.started = false;
  // prober manager: a regular init container that exited 0 reports ready
  c.ready = c.kind === 'init' && exitCode === 0;
  c.probes = {};
  delete c.stop;
  delete c.restartAt;
  delete c.waitingReason;
  note(d, { at: d.now, kind: 'exit', container: c.name, exitCode, reason });
}

/** computePodActions' restart decision for an exited container. */
export function shouldRestart(d: SimContext, c: ContainerState): boolean {
  if (d.deletion || d.completing || d.terminal) return false;
  if (c.killedBy === 'delete' || c.killedBy === 'shutdown') return false;
  const code = c.exitCode ?? 0;
  if (c.kind === 'sidecar') return true; // restartable init containers always restart
  if (c.kind === 'init') return code !== 0 && d.spec.restartPolicy !== 'Never';
  if (c.killedBy === 'liveness' || c.killedBy === 'startup') return d.spec.restartPolicy !== 'Never';
  if (d.spec.restartPolicy === 'Always') return true;
  if (d.spec.restartPolicy === 'OnFailure') return code !== 0;
  return false;
}

function restartNow(d: SimContext, c: ContainerState): void {
  const fin = c.finishedAt ?? d.now;
  c.backoff = backoffNext(c.backoff, fin, d.now);
  if (c.status === 'terminated') c.lastTerminated = lastTermination(c);
  c.restartCount += 1;
  emit(
    d,
    'Normal',
    'Pulled',
    `Container image "${specOf(d, c).image}" already present on machine and can be accessed by the pod`,
  );
  startProcess(d, c);
}

function lastTermination(c: ContainerState): { exitCode: number; reason?: string } {
  const t: { exitCode: number; reason?: string } = { exitCode: c.exitCode ?? 0 };
  if (c.termReason) t.reason = c.termReason;
  return t;
}

/** doBackOff + start: restart at once, or wait in CrashLoopBackOff. */
function restartStep(d: SimContext, c: ContainerState): void {
  if (c.status === 'terminated') {
    const fin = c.finishedAt ?? d.now;
    if (!isInBackOffSince(c.backoff, fin, d.now)) {
      restartNow(d, c);
      return;
    }
    const until = backoffUntil(c.backoff, fin);
    c.lastTerminated = lastTermination(c);
    c.status = 'waiting';
    c.waitingReason = 'CrashLoopBackOff';
    c.restartAt = until;
    c.backoffEventAt = d.now;
    emit(d, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${podRef(d)}`);
    note(d, { at: d.now, kind: 'crashLoopBackOff', container: c.name, until, wait: until - fin });
    return;
  }
  if (c.status === 'waiting' && c.restartAt !== undefined) {
    if (d.now >= c.restartAt) {
      restartNow(d, c);
    } else if (d.now - (c.backoffEventAt ?? d.now) >= BACKOFF_EVENT_EVERY) {
      c.backoffEventAt = d.now;
      emit(d, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${podRef(d)}`);
    }
  }
}

function inCrashLoop(c: ContainerState): boolean {
  return c.status === 'waiting' && c.restartAt !== undefined;
}

// ---------------------------------------------------------------- stopping

/** killContainer: preStop hook, then SIGTERM; SIGKILL at the deadline. */
export function beginStop(d: SimContext, c: ContainerState, cause: StopCause, deadline: number): void {
  if (c.status !== 'running' || c.stop) return;
  const spec = specOf(d, c);
  c.stop = { cause, deadline };
  if (cause === 'liveness' || cause === 'startup') {
    const restart = c.kind === 'sidecar' || d.spec.restartPolicy !== 'Never';
    emit(d, 'Normal', 'Killing', `Container ${c.name} failed ${cause} probe${restart ? ', will be restarted' : ''}`);
  } else {
    emit(d, 'Normal', 'Killing', `Stopping container ${c.name}`);
  }
  if (spec.preStopSeconds > 0) {
    c.stop.preStopUntil = d.now + spec.preStopSeconds;
    note(d, { at: d.now, kind: 'preStop', container: c.name, until: c.stop.preStopUntil });
  } else {
    sigterm(d, c);
  }
}

function sigterm(d: SimContext, c: ContainerState): void {
  if (!c.stop) return;
  const spec = specOf(d, c);
  c.stop.sigtermAt = d.now;
  if (spec.onSigterm === 'graceful') c.stop.exitAt = d.now + spec.shutdownSeconds;
  else if (spec.onSigterm === 'default') c.stop.exitAt = d.now;
  note(d, { at: d.now, kind: 'signal', container: c.name, signal: 'SIGTERM', cause: c.stop.cause });
}

function sigkill(d: SimContext, c: ContainerState, cause: StopCause): void {
  note(d, { at: d.now, kind: 'signal', container: c.name, signal: 'SIGKILL', cause });
  exitContainer(d, c, 137, 'Error');
}

/** Advance every kill in progress by one sync. */
function stopStep(d: SimContext): void {
  for (const c of allStates(d)) {
    const s = c.stop;
    if (!s || c.status !== 'running') continue;
    if (s.sigtermAt === undefined && s.preStopUntil !== undefined && d.now >= s.preStopUntil) sigterm(d, c);
    if (s.exitAt !== undefined && d.now >= s.exitAt) {
      const graceful = specOf(d, c).onSigterm === 'graceful';
      exitContainer(d, c, graceful ? 0 : 143, graceful ? 'Completed' : 'Error');
    } else if (d.now >= s.deadline) {
      sigkill(d, c, s.cause);
    }
  }
}

function running(c: ContainerState): boolean {
  return c.status === 'running';
}

/**
 * Sidecars stop after every regular container has exited, in reverse order of
 * definition, one at a time; whatever still runs at the deadline gets SIGKILL.
 */
function sidecarShutdownStep(d: SimContext, cause: StopCause, deadline: number): void {
  const regularRunning = d.apps.some(running) || d.init.some((c) => c.kind === 'init' && running(c));
  if (d.now >= deadline) {
    for (const c of allStates(d)) if (running(c)) sigkill(d, c, cause);
    return;
  }
  if (regularRunning) return;
  for (let i = d.init.length - 1; i >= 0; i--) {
    const c = d.init[i];
    if (c === undefined || c.kind !== 'sidecar' || !running(c)) continue;
    if (!c.stop) beginStop(d, c, cause, deadline);
    return; // one at a time
  }
}

// ---------------------------------------------------------------- probes

function probeDue(p: { next: number } | undefined, now: number): boolean {
  return p !== undefined && now >= p.next;
}

function runProbes(d: SimContext, readinessOnly: boolean): void {
  for (const c of allStates(d)) {
    if (c.status !== 'running' || c.stop || c.kind === 'init') continue;
    const spec = specOf(d, c);
    const started = c.startedAt ?? d.now;

    const sp = c.probes.startup;
    if (!c.started) {
      if (readinessOnly || !spec.probes.startup || !sp || !probeDue(sp, d.now)) continue;
      sp.next = d.now + spec.probes.startup.periodSeconds;
      if (d.now - started >= spec.bootSeconds) {
        note(d, { at: d.now, kind: 'probe', container: c.name, probe: 'startup', ok: true, failures: 0, threshold: spec.probes.startup.failureThreshold });
        note(d, { at: d.now, kind: 'started', container: c.name });
        markStarted(d, c, spec);
      } else {
        sp.failures += 1;
        note(d, { at: d.now, kind: 'probe', container: c.name, probe: 'startup', ok: false, failures: sp.failures, threshold: spec.probes.startup.failureThreshold });
        emit(d, 'Warning', 'Unhealthy', `Startup probe failed: Get "http://10.244.1.7:8080/started": dial tcp 10.244.1.7:8080: connect: connection refused`);
        if (sp.failures >= spec.probes.startup.failureThreshold) beginStop(d, c, 'startup', d.now + d.spec.terminationGracePeriodSeconds);
      }
      continue;
    }

    const lp = c.probes.liveness;
    if (!readinessOnly && spec.probes.liveness && lp && probeDue(lp, d.now)) {
      lp.next = d.now + spec.probes.liveness.periodSeconds;
      if (c.livenessOk) {
        lp.failures = 0;
        note(d, { at: d.now, kind: 'probe', container: c.name, probe: 'liveness', ok: true, failures: 0, threshold: spec.probes.liveness.failureThreshold });
      } else {
        lp.failures += 1;
        note(d, { at: d.now, kind: 'probe', container: c.name, probe: 'liveness', ok: false, failures: lp.failures, threshold: spec.probes.liveness.failureThreshold });
        emit(d, 'Warning', 'Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 500');
        if (lp.failures >= spec.probes.liveness.failureThreshold) {
          beginStop(d, c, 'liveness', d.now + d.spec.terminationGracePeriodSeconds);
          continue;
        }
      }
    }

    const rp = c.probes.readiness;
    if (spec.probes.readiness && rp && probeDue(rp, d.now)) {
      const r = spec.probes.readiness;
      rp.next = d.now + r.periodSeconds;
      if (c.readinessOk) {
        rp.successes += 1;
        rp.failures = 0;
        note(d, { at: d.now, kind: 'probe', container: c.name, probe: 'readiness', ok: true, failures: 0, threshold: r.failureThreshold });
        if (!c.ready && rp.successes >= r.successThreshold) setReady(d, c, true);
      } else {
        rp.failures += 1;
        rp.successes = 0;
        note(d, { at: d.now, kind: 'probe', container: c.name, probe: 'readiness', ok: false, failures: rp.failures, threshold: r.failureThreshold });
        emit(d, 'Warning', 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503');
        if (c.ready && rp.failures >= r.failureThreshold) setReady(d, c, false);
      }
    }
  }
}

// ---------------------------------------------------------------- pod sync

/** Init containers, one per sync; returns whether the pod may go on to its app containers. */
function initStep(d: SimContext): 'wait' | 'failedNever' | 'done' {
  for (const c of d.init) {
    if (c.kind === 'init') {
      if (c.status === 'terminated') {
        if ((c.exitCode ?? 0) === 0) continue;
        if (d.spec.restartPolicy === 'Never') return 'failedNever';
        restartStep(d, c);
        return 'wait';
      }
      if (inCrashLoop(c)) {
        restartStep(d, c);
        return 'wait';
      }
      if (c.status === 'running') return 'wait';
      pullStep(d, c);
      return 'wait';
    }
    // sidecar: the next init container waits until it has started once
    if (c.everStarted) {
      if (c.status === 'terminated' || inCrashLoop(c)) restartStep(d, c);
      continue;
    }
    if (c.status === 'running') return 'wait';
    if (c.status === 'terminated' || inCrashLoop(c)) {
      restartStep(d, c);
      return 'wait';
    }
    pullStep(d, c);
    return 'wait';
  }
  return 'done';
}

function beginCompletion(d: SimContext): void {
  d.completing = { at: d.now, deadline: d.now + d.spec.terminationGracePeriodSeconds };
  for (const c of allStates(d)) delete c.pull;
}

function finishIfStopped(d: SimContext): boolean {
  if (allStates(d).some(running)) return false;
  d.terminal = true;
  d.sandbox = false;
  note(d, { at: d.now, kind: 'terminal' });
  note(d, { at: d.now, kind: 'sandbox', ready: false });
  return true;
}

function completionStep(d: SimContext): void {
  const done = d.completing;
  if (!done) return;
  // init failed under Never: the kubelet kills whatever still runs
  for (const c of allStates(d)) if (c.kind !== 'sidecar' && running(c)) beginStop(d, c, 'shutdown', done.deadline);
  sidecarShutdownStep(d, 'shutdown', done.deadline);
  finishIfStopped(d);
}

function lifecycleStep(d: SimContext): void {
  if (d.completing) {
    completionStep(d);
    return;
  }
  if (!d.initialized) {
    const r = initStep(d);
    if (r === 'failedNever') {
      beginCompletion(d);
      completionStep(d);
      return;
    }
    if (r === 'wait') return;
    d.initialized = true;
    note(d, { at: d.now, kind: 'initialized' });
  }
  // Every regular container has exited for good: the pod completes. Sidecars are
  // stopped now, not restarted (computePodActions kills the pod instead).
  if (d.apps.every((c) => c.status === 'terminated' && !shouldRestart(d, c))) {
    beginCompletion(d);
    completionStep(d);
    return;
  }
  for (const c of d.init) {
    if (c.kind === 'sidecar' && ((c.status === 'terminated' && shouldRestart(d, c)) || inCrashLoop(c))) restartStep(d, c);
  }
  for (const c of d.apps) {
    if (c.status === 'waiting' && !c.everRan) pullStep(d, c);
    else if (c.status === 'terminated' && shouldRestart(d, c)) restartStep(d, c);
    else if (inCrashLoop(c)) restartStep(d, c);
  }
}

/** Deletion: stop everything; the kubelet then reports the final status and the object goes. */
function terminationStep(d: SimContext): void {
  const del = d.deletion;
  if (!del) return;
  if (d.terminal) {
    d.gone = true;
    note(d, { at: d.now, kind: 'removed' });
    return;
  }
  for (const c of allStates(d)) if (c.kind !== 'sidecar' && running(c)) beginStop(d, c, 'delete', del.deadline);
  sidecarShutdownStep(d, 'delete', del.deadline);
  if (finishIfStopped(d)) terminatePodStatuses(d);
}

/**
 * status manager TerminatePod: a container that never reached a terminated state is
 * reported as terminated with reason ContainerStatusUnknown, exit code 137.
 */
function terminatePodStatuses(d: SimContext): void {
  for (const c of allStates(d)) {
    if (c.status !== 'waiting') continue;
    if (c.restartAt !== undefined) c.lastTerminated ??= lastTermination(c);
    c.status = 'terminated';
    c.exitCode = 137;
    c.termReason = 'ContainerStatusUnknown';
    c.finishedAt = d.now;
    c.ready = false;
    c.started = false;
    delete c.waitingReason;
    delete c.pull;
    delete c.restartAt;
  }
}

function nodeLostStep(d: SimContext): void {
  const lost = d.nodeLost;
  if (!lost) return;
  const silent = d.now - lost.at;
  if (!lost.notReady && silent >= NODE_MONITOR_GRACE_SECONDS) {
    lost.notReady = true;
    emit(d, 'Warning', 'NodeNotReady', 'Node is not ready', 'node-controller');
    note(d, { at: d.now, kind: 'nodeNotReady' });
  }
  if (!lost.evicted && lost.notReady && silent >= NODE_MONITOR_GRACE_SECONDS + UNREACHABLE_TOLERATION_SECONDS) {
    lost.evicted = true;
    if (!d.deletion) {
      d.deletion = { at: d.now, deadline: d.now + d.spec.terminationGracePeriodSeconds };
      d.podReason = 'NodeLost';
      emit(d, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${d.spec.namespace}/${d.spec.name}`, 'taint-eviction-controller');
      note(d, { at: d.now, kind: 'evicted' });
    }
  }
}

/** The first kubelet sync after binding: sandbox, statuses, first containers. */
export function admit(d: SimContext): void {
  d.sandbox = true;
  note(d, { at: d.now, kind: 'sandbox', ready: true });
  const reason = defaultWaitingReason(d);
  for (const c of allStates(d)) {
    c.status = 'waiting';
    c.waitingReason = reason;
  }
  lifecycleStep(d);
}

/** DELETE on a bound pod: deletionTimestamp, then kill the regular containers (sidecars wait). */
export function beginDeletion(d: SimContext): void {
  const deadline = d.now + d.spec.terminationGracePeriodSeconds;
  d.deletion = { at: d.now, deadline };
  note(d, { at: d.now, kind: 'deletion', deadline });
  if (d.nodeLost || d.terminal) return; // nobody to act now / nothing left to stop
  for (const c of allStates(d)) delete c.pull;
  for (const c of allStates(d)) if (c.kind !== 'sidecar' && running(c)) beginStop(d, c, 'delete', deadline);
  sidecarShutdownStep(d, 'delete', deadline);
}

/** One simulated second: probes, kills in progress, then SyncPod. */
export function tickOnce(d: SimContext): void {
  d.now += 1;
  if (d.gone || !d.scheduled) return;
  if (d.nodeLost) {
    nodeLostStep(d); // the kubelet is unreachable: nothing else is observed
    return;
  }
  if (d.terminal && !d.deletion) return;
  if (!d.terminal) {
    runProbes(d, d.deletion !== undefined);
    stopStep(d);
  }
  if (d.deletion) terminationStep(d);
  else lifecycleStep(d);
}
