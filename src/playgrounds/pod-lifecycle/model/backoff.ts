// The kubelet's restart back-off: a k8s.io/client-go/util/flowcontrol.Backoff created
// with (initial 10 s, max 300 s) — pkg/kubelet: backOffPeriod / MaxContainerBackOff. The
// image-pull back-off uses the same numbers. (Jitter is 0 for these back-offs; the
// alpha gates that shorten it, KEP-4603, are off by default and not modelled.)
//
// How the kubelet uses it (kuberuntime doBackOff): when it wants to start a container
// whose previous instance has exited at `finishedAt`, it asks IsInBackOffSince(key,
// finishedAt). With no entry yet (the first exit) the answer is no: the first restart is
// immediate, and Next() records a 10 s back-off. Every later exit must wait out the
// current back-off (CrashLoopBackOff) and then Next() doubles it, up to 300 s. An entry
// that has not been touched for 2 × max = 600 s has expired: a container that ran for
// ten minutes starts over at 10 s.

export const BACKOFF_INITIAL_SECONDS = 10;
export const BACKOFF_MAX_SECONDS = 300;
/** flowcontrol's hasExpired: eventTime - lastUpdate > 2 * maxDuration. */
export const BACKOFF_RESET_AFTER_SECONDS = 2 * BACKOFF_MAX_SECONDS;

/**
 * Seconds the kubelet waits before the next restart of a container that has already
 * been restarted `restartCount` times and keeps crashing (no 10-minute reset in between):
 * 0 (the first restart is immediate), then 10, 20, 40, 80, 160, 300, 300, …
 */
export function crashLoopDelay(restartCount: number): number {
  if (!(restartCount >= 1)) return 0; // 0, negative, NaN
  if (restartCount > 32) return BACKOFF_MAX_SECONDS;
  const n = Math.floor(restartCount);
  return Math.min(BACKOFF_INITIAL_SECONDS * 2 ** (n - 1), BACKOFF_MAX_SECONDS);
}

/**
 * The 10-minute reset: true when a container that ran `secondsRunning` seconds before
 * exiting (measured from the previous back-off update, i.e. its last restart) starts its
 * back-off over at 10 s.
 */
export function backoffResets(secondsRunning: number): boolean {
  return secondsRunning > BACKOFF_RESET_AFTER_SECONDS;
}

/** One flowcontrol.Backoff entry (per container). Times are simulated seconds. */
export interface BackoffEntry {
  /** Current back-off window, seconds. */
  backoff: number;
  /** When Next() last ran. */
  lastUpdate: number;
}

function expired(entry: BackoffEntry, eventTime: number): boolean {
  return eventTime - entry.lastUpdate > BACKOFF_RESET_AFTER_SECONDS;
}

/** flowcontrol.Backoff.Next(id, eventTime) at time `now`. */
export function backoffNext(entry: BackoffEntry | undefined, eventTime: number, now: number): BackoffEntry {
  if (entry === undefined || expired(entry, eventTime)) return { backoff: BACKOFF_INITIAL_SECONDS, lastUpdate: now };
  return { backoff: Math.min(entry.backoff * 2, BACKOFF_MAX_SECONDS), lastUpdate: now };
}

/** flowcontrol.Backoff.IsInBackOffSince(id, eventTime) at time `now`. */
export function isInBackOffSince(entry: BackoffEntry | undefined, eventTime: number, now: number): boolean {
  if (entry === undefined) return false;
  if (expired(entry, eventTime)) return false;
  return now - eventTime < entry.backoff;
}

/** When the back-off that started at `eventTime` ends (eventTime itself when not backing off). */
export function backoffUntil(entry: BackoffEntry | undefined, eventTime: number): number {
  if (entry === undefined || expired(entry, eventTime)) return eventTime;
  return eventTime + entry.backoff;
}
