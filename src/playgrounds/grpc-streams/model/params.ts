/** Turning whatever a caller passes into valid call parameters: clamp, default, and say what changed. */
import type { Adjustment, CallInput, CallKind, CallParams, Interleave, Outcome } from './types.ts';

/** The most messages either side may send (the bench runs 100 each way). */
export const MAX_MESSAGES = 200;
export const MAX_TIMEOUT_MS = 99_999_999; // 8 digits, PROTOCOL-HTTP2.md § Requests "TimeoutValue"
export const DEFAULT_TIMEOUT_MS = 500;

const KINDS: Record<string, CallKind> = {
  unary: 'unary',
  'server-streaming': 'server-streaming',
  'client-streaming': 'client-streaming',
  bidi: 'bidi',
  'bidi-streaming': 'bidi',
};
const OUTCOMES: Record<string, Outcome> = {
  ok: 'ok',
  'error-status': 'error-status',
  error: 'error-status',
  'trailers-only': 'trailers-only',
  deadline: 'deadline',
  'client-cancel': 'client-cancel',
  cancel: 'client-cancel',
  'server-early-finish': 'server-early-finish',
  'server-first': 'server-early-finish',
};
const INTERLEAVES: Interleave[] = ['ping-pong', 'every-k', 'after-half-close'];

/** Reads a kind in either spelling (`bidi`, `bidi-streaming`); undefined when unknown. */
export function parseKind(raw: unknown): CallKind | undefined {
  return typeof raw === 'string' && Object.hasOwn(KINDS, raw) ? KINDS[raw] : undefined;
}
export function parseOutcome(raw: unknown): Outcome | undefined {
  return typeof raw === 'string' && Object.hasOwn(OUTCOMES, raw) ? OUTCOMES[raw] : undefined;
}
export function parseInterleave(raw: unknown): Interleave | undefined {
  return INTERLEAVES.find((i) => i === raw);
}

function count(raw: unknown, fallback: number, min: number, max: number): { value: number; clamped: boolean } {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return { value: fallback, clamped: raw !== undefined };
  const value = Math.min(max, Math.max(min, Math.round(raw)));
  return { value, clamped: value !== raw };
}

/** Whether the request side of a kind is a stream (the client may still be sending when the server ends). */
export const clientStreams = (kind: CallKind) => kind === 'client-streaming' || kind === 'bidi';
export const serverStreams = (kind: CallKind) => kind === 'server-streaming' || kind === 'bidi';

/** Valid parameters for any input; never throws. Pure. */
export function normalize(input: CallInput | null | undefined): { params: CallParams; adjustments: Adjustment[] } {
  const raw: Record<string, unknown> = typeof input === 'object' && input !== null ? { ...input } : {};
  const adjustments: Adjustment[] = [];
  let kind = parseKind(raw.kind);
  if (!kind) {
    if (raw.kind !== undefined) adjustments.push({ key: 'kindUnknown', field: 'kind' });
    kind = 'unary';
  }
  let outcome = parseOutcome(raw.outcome);
  if (!outcome) {
    if (raw.outcome !== undefined) adjustments.push({ key: 'outcomeUnknown', field: 'outcome' });
    outcome = 'ok';
  }
  let interleave = parseInterleave(raw.interleave);
  if (!interleave) {
    if (raw.interleave !== undefined) adjustments.push({ key: 'interleaveUnknown', field: 'interleave' });
    interleave = 'ping-pong';
  }

  const req = count(raw.requests, clientStreams(kind) ? 3 : 1, 0, MAX_MESSAGES);
  const res = count(raw.responses, serverStreams(kind) ? 3 : 1, 0, MAX_MESSAGES);
  let requests = req.value;
  let responses = res.value;
  if (!clientStreams(kind)) {
    if (raw.requests !== undefined && raw.requests !== 1) adjustments.push({ key: 'requestsFixed', field: 'requests' });
    requests = 1;
  } else if (req.clamped) adjustments.push({ key: 'requestsClamped', field: 'requests' });
  if (!serverStreams(kind)) {
    if (raw.responses !== undefined && raw.responses !== 1) adjustments.push({ key: 'responsesFixed', field: 'responses' });
    responses = 1;
  } else if (res.clamped) adjustments.push({ key: 'responsesClamped', field: 'responses' });

  const k = count(raw.k, 2, 1, Math.max(1, requests));
  if (k.clamped && kind === 'bidi' && interleave === 'every-k') adjustments.push({ key: 'kClamped', field: 'k' });

  let timeoutMs: number | null = null;
  if (raw.timeoutMs !== undefined && raw.timeoutMs !== null) {
    const t = count(raw.timeoutMs, DEFAULT_TIMEOUT_MS, 1, MAX_TIMEOUT_MS);
    if (t.clamped) adjustments.push({ key: 'timeoutClamped', field: 'timeoutMs' });
    timeoutMs = t.value;
  }
  if (outcome === 'deadline' && timeoutMs === null) timeoutMs = DEFAULT_TIMEOUT_MS;

  // The server can only finish first while the request side is still open: with one request, the
  // client's only DATA frame already carries END_STREAM.
  if (outcome === 'server-early-finish' && !clientStreams(kind)) {
    adjustments.push({ key: 'earlyFinishNeedsStream', field: 'outcome' });
    outcome = 'ok';
  }
  return { params: { kind, requests, responses, interleave, k: k.value, outcome, timeoutMs }, adjustments };
}
