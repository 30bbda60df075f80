// Two logs the simulator keeps:
// - `events`: what `kubectl describe pod` prints under Events (type, reason, source,
//   message — in Kubernetes' own English, like kubectl in any locale), aggregated the way
//   the event recorder does ("x3 over 2m").
// - `timeline`: machine-readable steps for the view's timeline (probes, signals,
//   back-off waits, phase changes); the view renders them in the page's language.

import type { Phase } from './types.ts';

export type EventSource = 'default-scheduler' | 'kubelet' | 'node-controller' | 'taint-eviction-controller';

export interface DescribeEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  from: EventSource;
  message: string;
  /** First and last occurrence, simulated seconds. */
  firstAt: number;
  lastAt: number;
  count: number;
}

export type ProbeKind = 'startup' | 'liveness' | 'readiness';
export type StopCause = 'delete' | 'liveness' | 'startup' | 'shutdown';

export type TimelineEntry =
  | { at: number; kind: 'scheduled'; node: string }
  | { at: number; kind: 'unschedulable' }
  | { at: number; kind: 'sandbox'; ready: boolean }
  | { at: number; kind: 'pull'; container: string; result: 'started' | 'ok' | 'failed' | 'backoff'; retryAt?: number }
  | { at: number; kind: 'start'; container: string; restartCount: number }
  | { at: number; kind: 'exit'; container: string; exitCode: number; reason: string }
  | { at: number; kind: 'crashLoopBackOff'; container: string; until: number; wait: number }
  | { at: number; kind: 'probe'; container: string; probe: ProbeKind; ok: boolean; failures: number; threshold: number }
  | { at: number; kind: 'appHealth'; container: string; probe: 'liveness' | 'readiness'; healthy: boolean }
  | { at: number; kind: 'ready'; container: string; ready: boolean }
  | { at: number; kind: 'started'; container: string }
  | { at: number; kind: 'preStop'; container: string; until: number }
  | { at: number; kind: 'signal'; container: string; signal: 'SIGTERM' | 'SIGKILL'; cause: StopCause }
  | { at: number; kind: 'initialized' }
  | { at: number; kind: 'phase'; from: Phase; to: Phase }
  | { at: number; kind: 'deletion'; deadline: number }
  | { at: number; kind: 'terminal' }
  | { at: number; kind: 'removed' }
  | { at: number; kind: 'nodeLost' }
  | { at: number; kind: 'nodeNotReady' }
  | { at: number; kind: 'evicted' };

/** Keep the logs bounded when the clock runs for hours. */
export const MAX_EVENTS = 200;
export const MAX_TIMELINE = 600;

/** Append (or aggregate into the previous identical) event; returns a new array. */
export function recordEvent(
  events: readonly DescribeEvent[],
  at: number,
  type: DescribeEvent['type'],
  reason: string,
  from: EventSource,
  message: string,
): DescribeEvent[] {
  const out = events.slice();
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i];
    if (e !== undefined && e.type === type && e.reason === reason && e.from === from && e.message === message) {
      // aggregated: count and lastTimestamp move on; keep the list in lastTimestamp order
      out.splice(i, 1);
      out.push({ ...e, lastAt: at, count: e.count + 1 });
      return out;
    }
  }
  out.push({ type, reason, from, message, firstAt: at, lastAt: at, count: 1 });
  return out.length > MAX_EVENTS ? out.slice(out.length - MAX_EVENTS) : out;
}

/** apimachinery's duration.HumanDuration (kubectl's ages): 5s, 3m10s, 12m, 5h3m, 20h, 3d. */
export function formatAge(seconds: number): string {
  const s = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}

/** The Age column of `kubectl describe`: "12s", or "2m (x4 over 5m)". */
export function describeAge(e: DescribeEvent, now: number): string {
  const age = formatAge(now - e.lastAt);
  return e.count > 1 ? `${age} (x${e.count} over ${formatAge(now - e.firstAt)})` : age;
}
