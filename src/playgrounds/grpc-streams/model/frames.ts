/**
 * Frame generation: a call's parameters → the HTTP/2 frames of its one stream, in the order they are
 * sent. This is a pure function of its input; time is not modelled beyond the order of frames.
 *
 * What the spec leaves to implementations is fixed here the way grpc-go does it:
 * - the client sends request HEADERS as soon as the call starts (`NewStream`), before any message;
 * - a single-request call puts END_STREAM on its only DATA frame; a streaming client half-closes
 *   (`CloseSend`, `CloseAndRecv`) with an empty DATA frame carrying END_STREAM;
 * - the server sends response HEADERS lazily, with its first message (or on `SendHeader`); a handler
 *   that returns before sending anything produces Trailers-Only, even for OK;
 * - each Length-Prefixed-Message gets its own DATA frame (PROTOCOL-HTTP2.md § Data Frames allows any split).
 * In a bidi call the two directions are independent; the interleaving modelled is the server's choice
 * of when to reply, assuming each side acts as soon as the other's frame arrives.
 * @see https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md
 */
import { encode } from '../../protobuf/model.ts';
import { ERROR_STATUS, REJECT_STATUS, earlyStop, goCode } from './code.ts';
import type { ClientAnchor, ServerAnchor } from './code.ts';
import type { CallParams, CallResult, CallStatus, FrameRole, Step, StepKey } from './types.ts';
import { RST_CODES, STATUS, encodeTimeout, lengthPrefixed, percentEncode } from './wire.ts';
import type { StatusName } from './wire.ts';

/** The notes' service definition; message bytes come from the protobuf playground's encoder. */
export const HELLO_SCHEMA = `syntax = "proto3";
package helloworld;

service HelloService {
  rpc SayHello (HelloRequest) returns (HelloResponse);
  rpc LotsOfReplies(HelloRequest) returns (stream HelloResponse);
  rpc LotsOfGreetings(stream HelloRequest) returns (HelloResponse);
  rpc BidiHello(stream HelloRequest) returns (stream HelloResponse);
}

message HelloRequest {
  string greeting = 1;
}

message HelloResponse {
  string reply = 1;
}
`;

export const METHODS = {
  unary: 'SayHello',
  'server-streaming': 'LotsOfReplies',
  'client-streaming': 'LotsOfGreetings',
  bidi: 'BidiHello',
} as const;

export const AUTHORITY = 'localhost:50051';
export const CONTENT_TYPE = 'application/grpc';

/** The text of request `i` / response `j` (1-based), as the Go code writes it. */
export function greeting(p: CallParams, i: number): string {
  return p.kind === 'unary' || p.kind === 'server-streaming' ? 'hello' : `hello ${i}`;
}
export function reply(p: CallParams, j: number): string {
  return p.kind === 'unary' || p.kind === 'client-streaming' ? 'hi' : `hi ${j}`;
}

type Ev =
  | { t: 'reqHeaders' }
  | { t: 'req'; i: number; last: boolean; anchor: ClientAnchor }
  | { t: 'halfClose' }
  | { t: 'respHeaders'; anchor: ServerAnchor; explicit: boolean }
  | { t: 'resp'; j: number; anchor: ServerAnchor }
  | { t: 'trailers'; anchor: ServerAnchor }
  | { t: 'rst'; side: 'client' | 'server'; code: 'NO_ERROR' | 'CANCEL' };

/**
 * The frames of a call that ends normally, or — with `stop` — of a server that stops reading after
 * `stop` requests and finishes before the client half-closes.
 */
function schedule(p: CallParams, stop: number | null): Ev[] {
  const ev: Ev[] = [{ t: 'reqHeaders' }];
  let headersSent = false;
  const respond = (j: number, anchor: ServerAnchor) => {
    if (!headersSent) ev.push({ t: 'respHeaders', anchor, explicit: false });
    headersSent = true;
    ev.push({ t: 'resp', j, anchor });
  };
  switch (p.kind) {
    case 'unary':
      ev.push({ t: 'req', i: 1, last: true, anchor: 'call' });
      respond(1, 'reply');
      ev.push({ t: 'trailers', anchor: 'reply' });
      break;
    case 'server-streaming':
      ev.push({ t: 'req', i: 1, last: true, anchor: 'call' });
      for (let j = 1; j <= p.responses; j++) respond(j, 'send');
      ev.push({ t: 'trailers', anchor: 'return' });
      break;
    case 'client-streaming': {
      const read = stop ?? p.requests;
      for (let i = 1; i <= read; i++) ev.push({ t: 'req', i, last: false, anchor: 'send' });
      if (stop === null) ev.push({ t: 'halfClose' });
      const anchor: ServerAnchor = stop === null ? 'sendAndClose' : 'early';
      respond(1, anchor);
      ev.push({ t: 'trailers', anchor });
      break;
    }
    case 'bidi': {
      const read = stop ?? p.requests;
      const every = p.interleave === 'ping-pong' ? 1 : p.interleave === 'every-k' ? p.k : Infinity;
      let sent = 0;
      for (let i = 1; i <= read; i++) {
        ev.push({ t: 'req', i, last: false, anchor: 'send' });
        if (sent < p.responses && i % every === 0) respond(++sent, 'sendLoop');
      }
      if (stop === null) ev.push({ t: 'halfClose' });
      while (sent < p.responses) respond(++sent, 'sendRest');
      ev.push({ t: 'trailers', anchor: 'return' });
      break;
    }
  }
  return ev;
}

/** Applies the outcome to the normal schedule. */
function events(p: CallParams): Ev[] {
  switch (p.outcome) {
    case 'ok':
      return schedule(p, null);
    case 'server-early-finish':
      // PROTOCOL-HTTP2.md § Early Server Closure: trailers before the client's END_STREAM are followed
      // by RST_STREAM(NO_ERROR). grpc-go: http2Server.WriteStatus resets a stream still open for reading.
      return [...schedule(p, earlyStop(p.requests)), { t: 'rst', side: 'server', code: 'NO_ERROR' }];
    case 'error-status': {
      const ev = schedule(p, null);
      const out: Ev[] = [];
      let headers = false;
      const single = p.kind === 'unary' || p.kind === 'client-streaming';
      for (const e of ev) {
        if (e.t === 'respHeaders') headers = true;
        if (single) {
          // One-response kinds: the error replaces the response; SendHeader sends the headers first.
          if (e.t === 'resp') continue;
          if (e.t === 'respHeaders') {
            out.push({ t: 'respHeaders', anchor: 'header', explicit: true });
            continue;
          }
        }
        if (e.t === 'trailers') {
          if (!headers) out.push({ t: 'respHeaders', anchor: 'header', explicit: true });
          out.push({ t: 'trailers', anchor: 'fail' });
          continue;
        }
        out.push(e);
      }
      return out;
    }
    case 'trailers-only':
      // An immediate error: one HEADERS frame, no response headers, no messages (§ Responses).
      if (p.kind === 'unary' || p.kind === 'server-streaming')
        return [{ t: 'reqHeaders' }, { t: 'req', i: 1, last: true, anchor: 'call' }, { t: 'trailers', anchor: 'reject' }];
      return [{ t: 'reqHeaders' }, { t: 'trailers', anchor: 'reject' }, { t: 'rst', side: 'server', code: 'NO_ERROR' }];
    case 'deadline':
    case 'client-cancel': {
      // The server is slow: it has sent half its responses (rounded down) when the client gives up.
      // § Client Cancellation: "The RPC's deadline expiring is considered a client cancellation."
      const keep = Math.floor(p.responses / 2);
      const ev = schedule(p, null);
      const cut = ev.findIndex(
        (e) => (e.t === 'respHeaders' && keep === 0) || (e.t === 'resp' && e.j > keep) || e.t === 'trailers',
      );
      return [...ev.slice(0, cut < 0 ? ev.length : cut), { t: 'rst', side: 'client', code: 'CANCEL' }];
    }
  }
}

const status = (name: StatusName, message = ''): CallStatus => ({ code: STATUS[name], name, message });

function finalStatus(p: CallParams): { client: CallStatus; server: CallStatus } {
  switch (p.outcome) {
    case 'ok':
    case 'server-early-finish':
      return { client: status('OK'), server: status('OK') };
    case 'error-status':
      return { client: status('RESOURCE_EXHAUSTED', ERROR_STATUS.message), server: status('RESOURCE_EXHAUSTED', ERROR_STATUS.message) };
    case 'trailers-only':
      return { client: status('UNAUTHENTICATED', REJECT_STATUS.message), server: status('UNAUTHENTICATED', REJECT_STATUS.message) };
    case 'deadline':
      // The client fails the call locally (§ Client Cancellation); the server's handler sees its own
      // deadline (from grpc-timeout) pass: ctx.Err() is context.DeadlineExceeded. Its status is never sent.
      return { client: status('DEADLINE_EXCEEDED', 'context deadline exceeded'), server: status('DEADLINE_EXCEEDED', 'context deadline exceeded') };
    case 'client-cancel':
      return { client: status('CANCELLED', 'context canceled'), server: status('CANCELLED', 'context canceled') };
  }
}

/** Builds the steps (frames plus what the view shows) for normalized parameters. Pure; errors as values. */
export function buildCall(p: CallParams): Omit<Extract<CallResult, { ok: true }>, 'adjustments'> | Extract<CallResult, { ok: false }> {
  const anchored = goCode(p);
  const final = finalStatus(p);
  const cache = new Map<string, Uint8Array | string>();
  const message = (type: 'HelloRequest' | 'HelloResponse', json: string): Uint8Array | string => {
    const key = `${type}${json}`;
    let bytes = cache.get(key);
    if (bytes === undefined) {
      const r = encode({ schema: HELLO_SCHEMA, type, json });
      bytes = r.ok ? r.bytes : r.error.message;
      cache.set(key, bytes);
    }
    return bytes;
  };
  const clientLine = (a: ClientAnchor) => ({ side: 'client' as const, line: anchored.client[a] ?? 1 });
  const serverLine = (a: ServerAnchor) => ({ side: 'server' as const, line: anchored.server[a] ?? 1 });
  const steps: Step[] = [];
  const add = (s: Omit<Step, 'index'>) => steps.push({ index: steps.length, ...s });
  const timeout = p.timeoutMs === null ? null : encodeTimeout(p.timeoutMs);
  const path = `/helloworld.HelloService/${METHODS[p.kind]}`;
  let responseHeadersSent = false;

  for (const e of events(p)) {
    switch (e.t) {
      case 'reqHeaders': {
        // § Requests: reserved headers first, then Timeout "immediately after the reserved headers".
        const list: [string, string][] = [
          [':method', 'POST'],
          [':scheme', 'http'],
          [':path', path],
          [':authority', AUTHORITY],
        ];
        if (timeout !== null) list.push(['grpc-timeout', timeout]);
        list.push(['content-type', CONTENT_TYPE], ['te', 'trailers']);
        add(headersStep('c2s', 'request-headers', list, false, clientLine('call'), {
          key: timeout === null ? 'requestHeaders' : 'requestHeadersTimeout',
          params: { path, timeout: timeout ?? '' },
        }));
        break;
      }
      case 'req':
      case 'resp': {
        const isReq = e.t === 'req';
        const n = isReq ? e.i : e.j;
        const text = isReq ? greeting(p, n) : reply(p, n);
        const json = JSON.stringify(isReq ? { greeting: text } : { reply: text });
        const bytes = message(isReq ? 'HelloRequest' : 'HelloResponse', json);
        if (typeof bytes === 'string') return { ok: false, error: { code: 'encode-failed', message: bytes } };
        const last = isReq && e.last;
        const key: StepKey = isReq ? (last ? 'requestMessageLast' : 'requestMessage') : 'responseMessage';
        add({
          dir: isReq ? 'c2s' : 's2c',
          type: 'DATA',
          role: isReq ? 'request-message' : 'response-message',
          endStream: last,
          flags: last ? ['END_STREAM'] : [],
          message: { compressed: false, length: bytes.length, bytes },
          data: lengthPrefixed(bytes),
          decoded: { type: isReq ? 'helloworld.HelloRequest' : 'helloworld.HelloResponse', json, ordinal: n },
          codeLine: isReq ? clientLine(e.anchor) : serverLine(e.anchor),
          describe: { key, params: { n, text, length: bytes.length } },
        });
        break;
      }
      case 'halfClose':
        // § Requests: "implementations MUST send an empty DATA frame with this flag set".
        add({
          dir: 'c2s',
          type: 'DATA',
          role: 'half-close',
          endStream: true,
          flags: ['END_STREAM'],
          data: new Uint8Array(0),
          codeLine: clientLine('close'),
          describe: { key: 'halfClose', params: {} },
        });
        break;
      case 'respHeaders':
        responseHeadersSent = true;
        add(headersStep('s2c', 'response-headers', [[':status', '200'], ['content-type', CONTENT_TYPE]], false, serverLine(e.anchor), {
          key: e.explicit ? 'responseHeadersExplicit' : 'responseHeaders',
          params: {},
        }));
        break;
      case 'trailers': {
        const st = final.server;
        const trailers: [string, string][] = [['grpc-status', String(st.code)]];
        if (st.message) trailers.push(['grpc-message', percentEncode(st.message)]);
        const only = !responseHeadersSent;
        // § Responses: Trailers-Only → HTTP-Status Content-Type Trailers, in one HEADERS frame.
        const list: [string, string][] = only ? [[':status', '200'], ['content-type', CONTENT_TYPE], ...trailers] : trailers;
        const key: StepKey = only ? (st.code === 0 ? 'trailersOnlyOk' : 'trailersOnlyError') : st.code === 0 ? 'trailersOk' : 'trailersError';
        add(headersStep('s2c', only ? 'trailers-only' : 'trailers', list, true, serverLine(e.anchor), {
          key,
          params: { code: st.code, name: st.name, message: percentEncode(st.message) },
        }));
        break;
      }
      case 'rst': {
        const cancel = e.code === 'CANCEL';
        add({
          dir: e.side === 'client' ? 'c2s' : 's2c',
          type: 'RST_STREAM',
          role: cancel ? 'rst-cancel' : 'rst-no-error',
          endStream: false,
          flags: [],
          rstCode: e.code,
          rstCodeValue: RST_CODES[e.code],
          codeLine:
            e.side === 'client'
              ? clientLine(p.outcome === 'client-cancel' ? 'cancel' : 'ctx')
              : serverLine(p.outcome === 'trailers-only' ? 'reject' : p.kind === 'client-streaming' ? 'early' : 'return'),
          describe: {
            key: !cancel ? 'rstNoError' : p.outcome === 'deadline' ? 'rstDeadline' : 'rstCancel',
            params: { timeout: p.timeoutMs ?? '' },
          },
        });
        break;
      }
    }
  }
  return { ok: true, params: p, steps, code: anchored.code, final };
}

function headersStep(
  dir: 'c2s' | 's2c',
  role: FrameRole,
  list: [string, string][],
  endStream: boolean,
  codeLine: Step['codeLine'],
  describe: Step['describe'],
): Omit<Step, 'index'> {
  return {
    dir,
    type: 'HEADERS',
    role,
    endStream,
    // Each header block fits one HEADERS frame here, so END_HEADERS is always set (no CONTINUATION).
    flags: endStream ? ['END_STREAM', 'END_HEADERS'] : ['END_HEADERS'],
    headers: Object.fromEntries(list),
    headerList: list,
    codeLine,
    describe,
  };
}
