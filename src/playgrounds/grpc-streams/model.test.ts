import { describe, expect, test } from 'vitest';
import {
  CALL_KINDS,
  INTERLEAVES,
  OUTCOMES,
  callFrames,
  encodeTimeout,
  lengthPrefixed,
  percentEncode,
  simulateCall,
  toHex,
} from './model.ts';
import type { CallInput, Step } from './model.ts';

const ok = (input: CallInput) => {
  const r = simulateCall(input);
  if (!r.ok) throw new Error(r.error.message);
  return r;
};
/** `c2s HEADERS`, `s2c DATA END_STREAM`, `c2s RST_STREAM CANCEL`: a compact picture of a sequence. */
const shape = (steps: Step[]) =>
  steps.map((s) => [s.dir, s.type, ...(s.endStream ? ['END_STREAM'] : []), ...(s.rstCode ? [s.rstCode] : [])].join(' '));

describe('Length-Prefixed-Message bytes (PROTOCOL-HTTP2.md § Requests)', () => {
  // protobuf.dev encoding guide: field 1, wire type LEN → tag 0x0a; length 5; "hello" = 68 65 6c 6c 6f.
  test('HelloRequest{greeting:"hello"} is 00 00 00 00 07 then 0a 05 68 65 6c 6c 6f', () => {
    const req = ok({ kind: 'unary' }).steps[1]!;
    expect(toHex(req.data!)).toBe('00 00 00 00 07 0a 05 68 65 6c 6c 6f');
    expect(req.message).toEqual({ compressed: false, length: 7, bytes: new Uint8Array([0x0a, 0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f]) });
  });
  test('HelloResponse{reply:"hi"} is 00 00 00 00 04 then 0a 02 68 69', () => {
    expect(toHex(ok({ kind: 'unary' }).steps[3]!.data!)).toBe('00 00 00 00 04 0a 02 68 69');
  });
  test('streamed messages are numbered: "hello 2" and "hi 3"', () => {
    const steps = ok({ kind: 'bidi', requests: 3, responses: 3, interleave: 'after-half-close' }).steps;
    expect(toHex(steps[2]!.data!)).toBe('00 00 00 00 09 0a 07 68 65 6c 6c 6f 20 32');
    expect(toHex(steps.at(-2)!.data!)).toBe('00 00 00 00 06 0a 04 68 69 20 33');
  });
  test.each([
    [0, '00 00 00 00 00'],
    [300, '00 00 00 01 2c'],
    [70000, '00 00 01 11 70'],
  ])('length %i is big-endian in 4 bytes', (n, prefix) => {
    expect(toHex(lengthPrefixed(new Uint8Array(n)).subarray(0, 5))).toBe(prefix);
  });
  test('the compressed flag is the first byte', () => {
    expect(lengthPrefixed(new Uint8Array([1]), true)[0]).toBe(1);
  });
});

describe('header values', () => {
  test.each([
    ['quota exceeded: 100%', 'quota exceeded: 100%25'],
    ['plain text ~', 'plain text ~'],
    ['café', 'caf%C3%A9'],
    ['line\nbreak', 'line%0Abreak'],
  ])('grpc-message %j is percent-encoded as %j', (raw, encoded) => expect(percentEncode(raw)).toBe(encoded));
  test.each([
    [500, '500m'],
    [2000, '2S'],
    [120_000, '2M'],
    [7_200_000, '2H'],
    [1500, '1500m'],
  ])('grpc-timeout for %i ms is %s', (ms, value) => expect(encodeTimeout(ms)).toBe(value));
});

describe('exact frame sequences', () => {
  test('unary OK: request HEADERS, DATA with END_STREAM; response HEADERS, DATA, trailers', () => {
    const r = ok({ kind: 'unary' });
    expect(shape(r.steps)).toEqual(['c2s HEADERS', 'c2s DATA END_STREAM', 's2c HEADERS', 's2c DATA', 's2c HEADERS END_STREAM']);
    expect(r.steps[0]!.headerList).toEqual([
      [':method', 'POST'],
      [':scheme', 'http'],
      [':path', '/helloworld.HelloService/SayHello'],
      [':authority', 'localhost:50051'],
      ['content-type', 'application/grpc'],
      ['te', 'trailers'],
    ]);
    expect(r.steps[0]!.flags).toEqual(['END_HEADERS']);
    expect(r.steps[2]!.headerList).toEqual([
      [':status', '200'],
      ['content-type', 'application/grpc'],
    ]);
    expect(r.steps[4]!.headerList).toEqual([['grpc-status', '0']]);
    expect(r.steps[4]!.flags).toEqual(['END_STREAM', 'END_HEADERS']);
    expect(r.final.client).toEqual({ code: 0, name: 'OK', message: '' });
  });

  test('server streaming sends HEADERS once, then one DATA per response', () => {
    expect(shape(ok({ kind: 'server-streaming', responses: 3 }).steps)).toEqual([
      'c2s HEADERS',
      'c2s DATA END_STREAM',
      's2c HEADERS',
      's2c DATA',
      's2c DATA',
      's2c DATA',
      's2c HEADERS END_STREAM',
    ]);
    expect(ok({ kind: 'server-streaming' }).steps[0]!.headers![':path']).toBe('/helloworld.HelloService/LotsOfReplies');
  });

  test('server streaming with no responses ends as Trailers-Only with grpc-status 0 (grpc-go)', () => {
    const r = ok({ kind: 'server-streaming', responses: 0 });
    expect(shape(r.steps)).toEqual(['c2s HEADERS', 'c2s DATA END_STREAM', 's2c HEADERS END_STREAM']);
    expect(r.steps[2]!.role).toBe('trailers-only');
  });

  test('client streaming half-closes with an empty DATA frame carrying END_STREAM', () => {
    const r = ok({ kind: 'client-streaming', requests: 2 });
    expect(shape(r.steps)).toEqual([
      'c2s HEADERS',
      'c2s DATA',
      'c2s DATA',
      'c2s DATA END_STREAM',
      's2c HEADERS',
      's2c DATA',
      's2c HEADERS END_STREAM',
    ]);
    expect(r.steps[3]!.data).toEqual(new Uint8Array(0));
    expect(r.code.client[r.steps[3]!.codeLine.line - 1]).toContain('CloseAndRecv');
    expect(r.code.server[r.steps[5]!.codeLine.line - 1]).toContain('SendAndClose');
  });

  test.each([
    ['ping-pong', 2, ['c2s HEADERS', 'c2s DATA', 's2c HEADERS', 's2c DATA', 'c2s DATA', 's2c DATA', 'c2s DATA', 's2c DATA', 'c2s DATA', 's2c DATA', 'c2s DATA END_STREAM', 's2c HEADERS END_STREAM']],
    ['every-k', 2, ['c2s HEADERS', 'c2s DATA', 'c2s DATA', 's2c HEADERS', 's2c DATA', 'c2s DATA', 'c2s DATA', 's2c DATA', 'c2s DATA END_STREAM', 's2c DATA', 's2c DATA', 's2c HEADERS END_STREAM']],
    ['after-half-close', 2, ['c2s HEADERS', 'c2s DATA', 'c2s DATA', 'c2s DATA', 'c2s DATA', 'c2s DATA END_STREAM', 's2c HEADERS', 's2c DATA', 's2c DATA', 's2c DATA', 's2c DATA', 's2c HEADERS END_STREAM']],
  ] as const)('bidi %s (4 requests, 4 responses, k=%i)', (interleave, k, expected) => {
    expect(shape(ok({ kind: 'bidi', requests: 4, responses: 4, interleave, k }).steps)).toEqual(expected);
  });

  test('error status: SendHeader first, then trailers with grpc-status 8 and a percent-encoded message', () => {
    const r = ok({ kind: 'unary', outcome: 'error-status' });
    expect(shape(r.steps)).toEqual(['c2s HEADERS', 'c2s DATA END_STREAM', 's2c HEADERS', 's2c HEADERS END_STREAM']);
    expect(r.steps[3]!.headerList).toEqual([
      ['grpc-status', '8'],
      ['grpc-message', 'quota exceeded: 100%25'],
    ]);
    expect(r.final.client.name).toBe('RESOURCE_EXHAUSTED');
  });

  test('Trailers-Only is one HEADERS: :status 200, content-type, grpc-status, grpc-message, END_STREAM', () => {
    const r = ok({ kind: 'unary', outcome: 'trailers-only' });
    expect(shape(r.steps)).toEqual(['c2s HEADERS', 'c2s DATA END_STREAM', 's2c HEADERS END_STREAM']);
    expect(r.steps[2]!.headerList).toEqual([
      [':status', '200'],
      ['content-type', 'application/grpc'],
      ['grpc-status', '16'],
      ['grpc-message', 'missing auth token'],
    ]);
    expect(r.final.client.name).toBe('UNAUTHENTICATED');
  });

  test('Trailers-Only before the client half-closed is followed by RST_STREAM(NO_ERROR)', () => {
    expect(shape(ok({ kind: 'bidi', outcome: 'trailers-only' }).steps)).toEqual(['c2s HEADERS', 's2c HEADERS END_STREAM', 's2c RST_STREAM NO_ERROR']);
  });

  test('deadline: grpc-timeout 500m, then RST_STREAM(CANCEL) from the client; DEADLINE_EXCEEDED', () => {
    const r = ok({ kind: 'server-streaming', responses: 4, outcome: 'deadline' });
    expect(r.steps[0]!.headerList![4]).toEqual(['grpc-timeout', '500m']);
    expect(shape(r.steps)).toEqual(['c2s HEADERS', 'c2s DATA END_STREAM', 's2c HEADERS', 's2c DATA', 's2c DATA', 'c2s RST_STREAM CANCEL']);
    expect(r.steps.at(-1)!.rstCodeValue).toBe(0x8);
    expect(r.final.client).toEqual({ code: 4, name: 'DEADLINE_EXCEEDED', message: 'context deadline exceeded' });
    expect(r.code.client[r.steps.at(-1)!.codeLine.line - 1]).toContain('context.WithTimeout');
  });

  test('a timeout on an OK call is sent too', () => {
    expect(ok({ kind: 'unary', timeoutMs: 2000 }).steps[0]!.headers!['grpc-timeout']).toBe('2S');
  });

  test('client cancel: RST_STREAM(CANCEL) from the cancel() line; CANCELLED on both sides', () => {
    const r = ok({ kind: 'unary', outcome: 'client-cancel' });
    expect(shape(r.steps)).toEqual(['c2s HEADERS', 'c2s DATA END_STREAM', 'c2s RST_STREAM CANCEL']);
    expect(r.code.client[r.steps[2]!.codeLine.line - 1]).toContain('cancel');
    expect(r.final).toEqual({
      client: { code: 1, name: 'CANCELLED', message: 'context canceled' },
      server: { code: 1, name: 'CANCELLED', message: 'context canceled' },
    });
  });

  test('server finishing before the half-close: trailers then RST_STREAM(NO_ERROR), client OK', () => {
    const r = ok({ kind: 'client-streaming', requests: 4, outcome: 'server-early-finish' });
    expect(shape(r.steps)).toEqual([
      'c2s HEADERS',
      'c2s DATA',
      'c2s DATA',
      's2c HEADERS',
      's2c DATA',
      's2c HEADERS END_STREAM',
      's2c RST_STREAM NO_ERROR',
    ]);
    expect(r.steps.at(-1)!.rstCodeValue).toBe(0);
    expect(r.final.client.name).toBe('OK');
  });

  test("the issue's contract: callFrames with its spellings", () => {
    const frames = callFrames({ kind: 'bidi-streaming', requests: 1, responses: 1, outcome: 'server-first' });
    expect(frames.map((f) => `${f.dir} ${f.type}${f.rstCode ? ` ${f.rstCode}` : ''}`)).toEqual([
      'c2s HEADERS',
      'c2s DATA',
      's2c HEADERS',
      's2c DATA',
      's2c HEADERS',
      's2c RST_STREAM NO_ERROR',
    ]);
    expect(callFrames({ kind: 'unary', outcome: 'cancel' }).at(-1)!.rstCode).toBe('CANCEL');
    expect(callFrames({ kind: 'unary', outcome: 'error' }).at(-1)!.headers!['grpc-status']).toBe('8');
    expect(frames[0]!.codeLine).toEqual({ side: 'client', line: 3 });
  });
});

describe('bad parameters are clamped, never thrown', () => {
  test.each<[unknown, string]>([
    [{ kind: 'bogus' }, 'kindUnknown'],
    [{ kind: 'unary', requests: 5 }, 'requestsFixed'],
    [{ kind: 'client-streaming', responses: 3 }, 'responsesFixed'],
    [{ kind: 'bidi', requests: -3 }, 'requestsClamped'],
    [{ kind: 'bidi', responses: 1e9 }, 'responsesClamped'],
    [{ kind: 'bidi', requests: 2, interleave: 'every-k', k: 9 }, 'kClamped'],
    [{ kind: 'unary', outcome: 'server-early-finish' }, 'earlyFinishNeedsStream'],
    [{ kind: 'unary', outcome: 'explode' }, 'outcomeUnknown'],
    [{ kind: 'bidi', interleave: 'random' }, 'interleaveUnknown'],
    [{ kind: 'unary', timeoutMs: -5 }, 'timeoutClamped'],
  ])('%j → %s', (input, key) => {
    const r = simulateCall(input as CallInput);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.adjustments.map((a) => a.key)).toContain(key);
  });
  test.each([null, undefined, 42, 'unary', [], { requests: NaN, responses: Infinity }])('%j gives a unary call', (input) => {
    const r = simulateCall(input as CallInput);
    expect(r.ok && r.params.kind).toBe('unary');
  });
});

describe('invariants over every combination', () => {
  const combos: CallInput[] = [];
  for (const kind of CALL_KINDS)
    for (const outcome of OUTCOMES)
      for (let requests = 0; requests <= 5; requests++)
        for (let responses = 0; responses <= 5; responses++)
          for (const interleave of kind === 'bidi' ? INTERLEAVES : (['ping-pong'] as const))
            for (const k of interleave === 'every-k' ? [1, 2, 3] : [2])
              combos.push({ kind, outcome, requests, responses, interleave, k });

  test(`${combos.length} calls keep the protocol's rules`, () => {
    for (const input of combos) {
      const r = simulateCall(input);
      expect(r.ok, JSON.stringify(input)).toBe(true);
      if (!r.ok) continue;
      const { steps, code, params } = r;
      const at = JSON.stringify(input);
      const rst = steps.findIndex((s) => s.type === 'RST_STREAM');
      // Nothing after RST_STREAM, and at most one.
      if (rst >= 0) expect(rst, at).toBe(steps.length - 1);
      for (const dir of ['c2s', 's2c'] as const) {
        const mine = steps.filter((s) => s.dir === dir && s.type !== 'RST_STREAM');
        const ends = mine.filter((s) => s.endStream);
        // At most one END_STREAM per direction, on its last frame; exactly one unless the stream was reset.
        expect(ends.length, at).toBeLessThanOrEqual(1);
        if (ends.length) expect(mine.at(-1)!.endStream, at).toBe(true);
        if (rst < 0) expect(ends.length, at).toBe(1);
        // Each direction opens with HEADERS.
        if (mine.length) expect(mine[0]!.type, at).toBe('HEADERS');
      }
      expect(steps[0]!.role, at).toBe('request-headers');
      // Trailers (or Trailers-Only) are the server's last HEADERS/DATA frame and carry grpc-status.
      const server = steps.filter((s) => s.dir === 's2c' && s.type !== 'RST_STREAM');
      const trailers = server.filter((s) => s.role === 'trailers' || s.role === 'trailers-only');
      expect(trailers.length, at).toBeLessThanOrEqual(1);
      if (trailers.length) {
        expect(server.at(-1), at).toBe(trailers[0]);
        expect(trailers[0]!.headers!['grpc-status'], at).toBe(String(r.final.server.code));
      }
      // Trailers-Only exactly when the server sent no response HEADERS.
      const only = trailers[0]?.role === 'trailers-only';
      expect(only, at).toBe(trailers.length === 1 && !server.some((s) => s.role === 'response-headers'));
      // A server message always follows response HEADERS.
      const firstData = server.findIndex((s) => s.type === 'DATA');
      if (firstData >= 0) expect(server[0]!.role, at).toBe('response-headers');
      // Message counts.
      const reqs = steps.filter((s) => s.role === 'request-message').length;
      const resps = steps.filter((s) => s.role === 'response-message').length;
      expect(reqs, at).toBeLessThanOrEqual(params.requests);
      expect(resps, at).toBeLessThanOrEqual(params.responses);
      if (params.outcome === 'ok') {
        expect(reqs, at).toBe(params.requests);
        expect(resps, at).toBe(params.responses);
      }
      // Every DATA payload is prefix + message; every step points at a real line of its side's code.
      for (const s of steps) {
        if (s.message) {
          expect(s.data!.length, at).toBe(5 + s.message.length);
          expect(s.data!.subarray(5), at).toEqual(s.message.bytes);
        }
        expect(s.codeLine.side, at).toBe(s.dir === 'c2s' ? 'client' : 'server');
        expect(code[s.codeLine.side][s.codeLine.line - 1], at).toBeDefined();
      }
      // Final statuses by outcome.
      const expected = { ok: 'OK', 'server-early-finish': 'OK', 'error-status': 'RESOURCE_EXHAUSTED', 'trailers-only': 'UNAUTHENTICATED', deadline: 'DEADLINE_EXCEEDED', 'client-cancel': 'CANCELLED' }[params.outcome];
      expect(r.final.client.name, at).toBe(expected);
      if (params.outcome === 'deadline' || params.outcome === 'client-cancel') expect(steps.at(-1)!.rstCode, at).toBe('CANCEL');
      if (params.outcome === 'server-early-finish') {
        expect(steps.at(-1)!.rstCode, at).toBe('NO_ERROR');
        expect(steps.some((s) => s.role === 'half-close'), at).toBe(false);
      }
      if (params.timeoutMs !== null) expect(steps[0]!.headers!['grpc-timeout'], at).toBeDefined();
    }
  }, 30_000);

  test('deterministic: the same input gives the same steps', () => {
    const input: CallInput = { kind: 'bidi', requests: 5, responses: 3, interleave: 'every-k', k: 2, outcome: 'deadline' };
    expect(simulateCall(input)).toEqual(simulateCall(input));
  });
});
