/**
 * Types of the gRPC call-kinds model. A call is one HTTP/2 stream; its frames are listed in the order
 * they are sent, each with the grpc-go line that sent it and a sentence describing it.
 * @see https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md
 */

/** The four call kinds of the notes' HelloService. */
export type CallKind = 'unary' | 'server-streaming' | 'client-streaming' | 'bidi';
/** The issue's spelling of the kinds (`bidi-streaming`); accepted everywhere a `CallKind` is. */
export type RpcKind = 'unary' | 'server-streaming' | 'client-streaming' | 'bidi-streaming';

/** How a call ends. */
export type Outcome = 'ok' | 'error-status' | 'trailers-only' | 'deadline' | 'client-cancel' | 'server-early-finish';
/** The issue's spelling of the outcomes; `error`, `cancel` and `server-first` map to the long names. */
export type IssueOutcome = 'ok' | 'error' | 'trailers-only' | 'deadline' | 'cancel' | 'server-first';

/**
 * When a bidi server replies: after each request, after every `k` requests, or only once the client
 * has half-closed. Responses the schedule leaves over are sent after the half-close.
 */
export type Interleave = 'ping-pong' | 'every-k' | 'after-half-close';

/** What a caller may pass: anything else (wrong types, out of range) is clamped or replaced by a default. */
export interface CallInput {
  kind?: CallKind | RpcKind;
  requests?: number;
  responses?: number;
  interleave?: Interleave;
  k?: number;
  outcome?: Outcome | IssueOutcome;
  /** A deadline in milliseconds; sent as `grpc-timeout`. `deadline` uses 500 when none is given. */
  timeoutMs?: number;
}

/** The parameters after clamping: what the frames were generated from. */
export interface CallParams {
  kind: CallKind;
  requests: number;
  responses: number;
  interleave: Interleave;
  k: number;
  outcome: Outcome;
  timeoutMs: number | null;
}

/** Why a parameter was changed; a key the view translates. */
export type AdjustmentKey =
  | 'kindUnknown'
  | 'outcomeUnknown'
  | 'interleaveUnknown'
  | 'requestsFixed'
  | 'responsesFixed'
  | 'requestsClamped'
  | 'responsesClamped'
  | 'kClamped'
  | 'timeoutClamped'
  | 'earlyFinishNeedsStream';

export interface Adjustment {
  key: AdjustmentKey;
  field: keyof CallParams;
}

export type FrameFlag = 'END_STREAM' | 'END_HEADERS';
export type Side = 'client' | 'server';
export type Direction = 'c2s' | 's2c';

/** Which atom of PROTOCOL-HTTP2.md's grammar a frame carries. */
export type FrameRole =
  | 'request-headers'
  | 'request-message'
  | 'half-close'
  | 'response-headers'
  | 'response-message'
  | 'trailers'
  | 'trailers-only'
  | 'rst-cancel'
  | 'rst-no-error';

/** The issue's frame contract. */
export interface Frame {
  dir: Direction;
  type: 'HEADERS' | 'DATA' | 'RST_STREAM';
  endStream: boolean;
  /** Header fields in the order they are sent (object insertion order). */
  headers?: Record<string, string>;
  /** The Length-Prefixed-Message in a DATA frame: `bytes` is the protobuf message, without the 5-byte prefix. */
  message?: { compressed: boolean; length: number; bytes: Uint8Array };
  rstCode?: 'NO_ERROR' | 'CANCEL';
  codeLine?: { side: Side; line: number };
}

/** A gRPC status as an application sees it (`status.Code(err)`). */
export interface CallStatus {
  code: number;
  name: string;
  message: string;
}

/** Keys of the one-sentence descriptions, with the values they interpolate. */
export type StepKey =
  | 'requestHeaders'
  | 'requestHeadersTimeout'
  | 'requestMessage'
  | 'requestMessageLast'
  | 'halfClose'
  | 'responseHeaders'
  | 'responseHeadersExplicit'
  | 'responseMessage'
  | 'trailersOk'
  | 'trailersError'
  | 'trailersOnlyOk'
  | 'trailersOnlyError'
  | 'rstNoError'
  | 'rstDeadline'
  | 'rstCancel';

/** One frame with everything the view shows about it. */
export interface Step extends Frame {
  index: number;
  role: FrameRole;
  flags: FrameFlag[];
  /** Header fields in order, as sent (HPACK-decoded). */
  headerList?: [string, string][];
  /** The whole DATA payload: the 5-byte prefix followed by the message bytes (empty for a bare END_STREAM). */
  data?: Uint8Array;
  /** The message the DATA frame carries, as JSON of its type. */
  decoded?: { type: 'helloworld.HelloRequest' | 'helloworld.HelloResponse'; json: string; ordinal: number };
  rstCodeValue?: number;
  codeLine: { side: Side; line: number };
  describe: { key: StepKey; params: Record<string, string | number> };
}

/** Go source for both sides of the chosen call, one string per line. */
export interface GoCode {
  client: string[];
  server: string[];
}

export type CallResult =
  | {
      ok: true;
      params: CallParams;
      adjustments: Adjustment[];
      steps: Step[];
      code: GoCode;
      /** How each side's application sees the call end. */
      final: { client: CallStatus; server: CallStatus };
    }
  | { ok: false; error: { code: 'encode-failed' | 'internal'; message: string } };
