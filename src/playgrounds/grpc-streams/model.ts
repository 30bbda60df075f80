/**
 * The gRPC call-kinds playground's pure model (issue 5): a call's kind, message counts, interleaving
 * and outcome → the HTTP/2 frames of its stream, as grpc/grpc doc/PROTOCOL-HTTP2.md lays them out and
 * grpc-go sends them, with the grpc-go line behind each frame. No React, no DOM; never throws.
 * Message bytes come from the protobuf playground's `encode`, not a second encoder.
 * @see https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md
 */
import { buildCall } from './model/frames.ts';
import { normalize } from './model/params.ts';
import type { CallInput, CallResult, Frame, Interleave, IssueOutcome, Outcome, RpcKind } from './model/types.ts';

export type {
  Adjustment,
  AdjustmentKey,
  CallInput,
  CallKind,
  CallParams,
  CallResult,
  CallStatus,
  Direction,
  Frame,
  FrameFlag,
  FrameRole,
  GoCode,
  Interleave,
  IssueOutcome,
  Outcome,
  RpcKind,
  Side,
  Step,
  StepKey,
} from './model/types.ts';
export { AUTHORITY, CONTENT_TYPE, HELLO_SCHEMA, METHODS } from './model/frames.ts';
export { DEFAULT_TIMEOUT_MS, MAX_MESSAGES, clientStreams, normalize, parseInterleave, parseKind, parseOutcome, serverStreams } from './model/params.ts';
export { RST_CODES, STATUS, encodeTimeout, lengthPrefixed, percentEncode, toHex } from './model/wire.ts';

export const CALL_KINDS = ['unary', 'server-streaming', 'client-streaming', 'bidi'] as const;
export const OUTCOMES = ['ok', 'error-status', 'trailers-only', 'deadline', 'client-cancel', 'server-early-finish'] as const;
export const INTERLEAVES = ['ping-pong', 'every-k', 'after-half-close'] as const;

/**
 * Everything the view shows about a call: the normalized parameters and what was adjusted, the steps
 * (one per frame, in the order sent), the Go code of both sides, and each side's final status.
 * Bad parameters are clamped (and listed in `adjustments`); an internal failure is returned as a value.
 */
export function simulateCall(input: CallInput | null | undefined): CallResult {
  try {
    const { params, adjustments } = normalize(input);
    const built = buildCall(params);
    return built.ok ? { ...built, adjustments } : built;
  } catch (e) {
    // Backstop only: expected failures are values before reaching here.
    return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
  }
}

/**
 * The issue's contract: the frames of one call, in the order they are sent on its stream. Parameters
 * out of range are clamped; on an internal failure the list is empty.
 */
export function callFrames(opts: {
  kind: RpcKind | 'bidi';
  requests?: number;
  responses?: number;
  outcome?: IssueOutcome | Outcome;
  interleave?: Interleave;
  k?: number;
  timeoutMs?: number;
}): Frame[] {
  const r = simulateCall(opts);
  if (!r.ok) return [];
  return r.steps.map((s) => {
    const f: Frame = { dir: s.dir, type: s.type, endStream: s.endStream, codeLine: s.codeLine };
    if (s.headers) f.headers = s.headers;
    if (s.message) f.message = s.message;
    if (s.rstCode) f.rstCode = s.rstCode;
    return f;
  });
}
