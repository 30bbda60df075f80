/**
 * Ground truth for the model (issue 5): a real @grpc/grpc-js server and client on 127.0.0.1, talking
 * through a loopback relay that records every HTTP/2 frame. For each call, the frames of the call's
 * stream are compared per direction with `callFrames` for the same options. Normalised are only the
 * things PROTOCOL-HTTP2.md / RFC 9113 leave to the implementation:
 * - frames on stream 0 (SETTINGS, PING, WINDOW_UPDATE, GOAWAY) and flow control on the call's stream
 *   (WINDOW_UPDATE, PRIORITY);
 * - DATA frame boundaries: consecutive DATA frames form one run, compared by its concatenated bytes
 *   (the Length-Prefixed-Messages), so "message + empty DATA with END_STREAM" equals "END_STREAM on the
 *   last DATA frame", and zero-length DATA frames without END_STREAM vanish;
 * - CONTINUATION frames (folded into their HEADERS frame) and header order: names are compared as a set;
 * - header values that are free: user-agent, grpc-accept-encoding, grpc-encoding, accept-encoding, date,
 *   content-length, :authority, and the grpc-timeout value (the time left when the headers are sent);
 * - `grpc-message` is optional (§ Responses, `Status [Status-Message]`): grpc-js sends `grpc-message: OK`
 *   with status 0 where the model (like grpc-go) sends none; a Status-Message is compared after
 *   percent-decoding, since grpc-js encodes with `encodeURI` (space → %20), which the grammar allows;
 * - content-type: `application/grpc` or `application/grpc+proto` (grpc-js's server sends the latter).
 * @see https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HELLO_SCHEMA, callFrames, lengthPrefixed } from './model.ts';
import type { Frame } from './model.ts';
import { FLAG_END_STREAM, startRelay } from './ground-truth/relay.ts';
import type { Dir, RecordedFrame, Relay } from './ground-truth/relay.ts';

const FREE_HEADERS = new Set([
  'user-agent',
  'grpc-accept-encoding',
  'grpc-encoding',
  'accept-encoding',
  'date',
  'content-length',
]);
const FIXED_VALUES = new Set([':method', ':scheme', ':path', ':status', 'te', 'grpc-status']);
const RST_NAMES: Record<number, string> = { 0: 'NO_ERROR', 8: 'CANCEL' };

/** One direction of a call after normalisation. */
type Item =
  | { type: 'HEADERS'; endStream: boolean; names: string[]; values: Record<string, string> }
  | { type: 'DATA'; endStream: boolean; hex: string }
  | { type: 'RST_STREAM'; code: string };

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

function headerItem(list: [string, string][], endStream: boolean): Item {
  const values: Record<string, string> = {};
  const names = new Set<string>();
  for (const [name, value] of list) {
    if (FREE_HEADERS.has(name)) continue;
    if (name === 'grpc-message') {
      // Optional for OK: drop it there (grpc-js sends "OK"); otherwise compare decoded.
      if (list.some(([n, v]) => n === 'grpc-status' && v === '0')) continue;
      values[name] = decodeURIComponent(value);
    } else if (FIXED_VALUES.has(name)) values[name] = value;
    else if (name === 'content-type') expect(value).toMatch(/^application\/grpc(\+proto)?$/);
    names.add(name);
  }
  return { type: 'HEADERS', endStream, names: [...names].sort(), values };
}

/** Appends a DATA frame to the open run, or starts one. */
function pushData(items: Item[], bytes: Uint8Array, endStream: boolean) {
  const last = items.at(-1);
  if (last?.type === 'DATA' && !last.endStream) {
    last.hex += hex(bytes);
    last.endStream = endStream;
  } else if (bytes.length > 0 || endStream) items.push({ type: 'DATA', endStream, hex: hex(bytes) });
}

function fromModel(frames: Frame[], dir: Dir): Item[] {
  const items: Item[] = [];
  for (const f of frames.filter((x) => x.dir === dir)) {
    if (f.type === 'HEADERS') items.push(headerItem(Object.entries(f.headers ?? {}), f.endStream));
    else if (f.type === 'DATA')
      pushData(
        items,
        f.message ? lengthPrefixed(f.message.bytes, f.message.compressed) : new Uint8Array(0),
        f.endStream,
      );
    else items.push({ type: 'RST_STREAM', code: f.rstCode ?? '?' });
  }
  return items;
}

function fromWire(frames: RecordedFrame[], dir: Dir): Item[] {
  const items: Item[] = [];
  for (const f of frames.filter((x) => x.dir === dir)) {
    const endStream = (f.flags & FLAG_END_STREAM) !== 0;
    if (f.type === 'HEADERS') items.push(headerItem(f.headers ?? [], endStream));
    else if (f.type === 'DATA') pushData(items, f.data ?? Buffer.alloc(0), endStream);
    else if (f.type === 'RST_STREAM')
      items.push({ type: 'RST_STREAM', code: RST_NAMES[f.errorCode ?? -1] ?? String(f.errorCode) });
    else if (f.type === 'WINDOW_UPDATE' || f.type === 'PRIORITY' || f.type === 'CONTINUATION') continue;
    else items.push({ type: 'HEADERS', endStream, names: [`unexpected ${f.type}`], values: {} });
  }
  return items;
}

// --- the real service -------------------------------------------------------------------------------

interface HelloRequest {
  greeting: string;
}
interface HelloResponse {
  reply: string;
}
type Unary = (
  req: HelloRequest,
  opts: grpc.CallOptions,
  cb: (err: grpc.ServiceError | null, res?: HelloResponse) => void,
) => grpc.ClientUnaryCall;
interface HelloClient extends grpc.Client {
  SayHello: Unary;
  LotsOfReplies(req: HelloRequest, opts: grpc.CallOptions): grpc.ClientReadableStream<HelloResponse>;
  LotsOfGreetings(
    opts: grpc.CallOptions,
    cb: (err: grpc.ServiceError | null, res?: HelloResponse) => void,
  ): grpc.ClientWritableStream<HelloRequest>;
  BidiHello(opts: grpc.CallOptions): grpc.ClientDuplexStream<HelloRequest, HelloResponse>;
}

/** How the server behaves for the scenario under test; set by each test before its call. */
type ServerMode = 'ok' | 'error' | 'trailers-only' | 'stall' | 'one-then-stall' | 'early-finish';
let mode: ServerMode = 'ok';
const ERROR = { code: grpc.status.RESOURCE_EXHAUSTED, details: 'quota exceeded: 100%' };
const REJECT = { code: grpc.status.UNAUTHENTICATED, details: 'missing auth token' };
const RESPONSES = 3;

const handlers: grpc.UntypedServiceImplementation = {
  SayHello(call: grpc.ServerUnaryCall<HelloRequest, HelloResponse>, cb: grpc.sendUnaryData<HelloResponse>) {
    if (mode === 'error') {
      call.sendMetadata(new grpc.Metadata()); // like grpc-go's SendHeader: response headers first
      cb(ERROR);
    } else if (mode === 'trailers-only') cb(REJECT);
    else if (mode === 'stall')
      call.on('cancelled', () => {}); // sleeps past the deadline
    else cb(null, { reply: 'hi' });
  },
  LotsOfReplies(call: grpc.ServerWritableStream<HelloRequest, HelloResponse>) {
    if (mode === 'one-then-stall') {
      call.write({ reply: 'hi 1' });
      return; // waits until the client cancels
    }
    for (let j = 1; j <= RESPONSES; j++) call.write({ reply: `hi ${j}` });
    call.end();
  },
  LotsOfGreetings(call: grpc.ServerReadableStream<HelloRequest, HelloResponse>, cb: grpc.sendUnaryData<HelloResponse>) {
    let n = 0;
    // early-finish: reads 2 of 3 requests (the model's ceil(3/2)) and replies before the half-close.
    call.on('data', () => ++n === 2 && mode === 'early-finish' && cb(null, { reply: 'hi' }));
    call.on('end', () => cb(null, { reply: 'hi' }));
  },
  BidiHello(call: grpc.ServerDuplexStream<HelloRequest, HelloResponse>) {
    let j = 0;
    call.on('data', () => call.write({ reply: `hi ${++j}` })); // ping-pong
    call.on('end', () => call.end());
  },
};

let server: grpc.Server;
let relay: Relay;
let client: HelloClient;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'grpc-ground-truth-'));
  const protoPath = join(dir, 'hello.proto');
  writeFileSync(protoPath, HELLO_SCHEMA);
  const pkg = grpc.loadPackageDefinition(protoLoader.loadSync(protoPath, { keepCase: true })) as unknown as {
    helloworld: { HelloService: grpc.ServiceClientConstructor };
  };
  server = new grpc.Server();
  server.addService(pkg.helloworld.HelloService.service, handlers);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );
  relay = await startRelay(port);
  client = new pkg.helloworld.HelloService(
    `127.0.0.1:${relay.port}`,
    grpc.credentials.createInsecure(),
  ) as unknown as HelloClient;
});

afterAll(async () => {
  client?.close();
  server?.forceShutdown();
  await relay?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether both directions of the stream are done: END_STREAM each way, or a RST_STREAM either way. */
const closed = (frames: RecordedFrame[]) =>
  frames.some((f) => f.type === 'RST_STREAM') ||
  (['c2s', 's2c'] as const).every((d) =>
    frames.some((f) => f.dir === d && f.flags & FLAG_END_STREAM && (f.type === 'DATA' || f.type === 'HEADERS')),
  );

/** Runs `call`, waits until its stream is closed on the wire (plus a moment for stragglers), and returns the frames of the one new stream. */
async function record(call: () => Promise<unknown>): Promise<RecordedFrame[]> {
  const from = relay.frames.length;
  const mine = () => relay.frames.slice(from).filter((f) => f.streamId !== 0);
  await call();
  for (let waited = 0; !closed(mine()) && waited < 3000; waited += 10) await sleep(10);
  await sleep(30);
  const frames = mine();
  expect(new Set(frames.map((f) => f.streamId)).size).toBe(1);
  return frames;
}

const unary = (opts: grpc.CallOptions = {}) =>
  new Promise<grpc.ServiceError | null>((resolve) =>
    client.SayHello({ greeting: 'hello' }, opts, (err) => resolve(err)),
  );

interface Scenario {
  name: string;
  model: Parameters<typeof callFrames>[0];
  server: ServerMode;
  run: () => Promise<unknown>;
  /** Where grpc-js makes another choice the spec allows: turns the model's items into grpc-js's. */
  grpcJs?: (items: Record<Dir, Item[]>) => void;
  check?: (wire: RecordedFrame[]) => void;
}

const scenarios: Scenario[] = [
  { name: 'unary', model: { kind: 'unary' }, server: 'ok', run: () => unary() },
  {
    name: 'server-streaming, 3 responses',
    model: { kind: 'server-streaming', responses: 3 },
    server: 'ok',
    run: () =>
      new Promise((resolve, reject) => {
        const call = client.LotsOfReplies({ greeting: 'hello' }, {});
        call
          .on('data', () => {})
          .on('error', reject)
          .on('end', resolve);
      }),
  },
  {
    name: 'client-streaming, 3 requests',
    model: { kind: 'client-streaming', requests: 3 },
    server: 'ok',
    run: () =>
      new Promise((resolve, reject) => {
        const call = client.LotsOfGreetings({}, (err) => (err ? reject(err) : resolve(null)));
        for (let i = 1; i <= 3; i++) call.write({ greeting: `hello ${i}` });
        call.end();
      }),
  },
  {
    name: 'client-streaming, server finishes after 2 of 3 requests',
    model: { kind: 'client-streaming', requests: 3, outcome: 'server-first' },
    server: 'early-finish',
    run: () =>
      new Promise((resolve, reject) => {
        const call = client.LotsOfGreetings({}, (err) => (err ? reject(err) : resolve(null)));
        for (let i = 1; i <= 2; i++) call.write({ greeting: `hello ${i}` });
      }),
    // RFC 9113 § 8.1: after a complete response the server MAY send RST_STREAM(NO_ERROR) to stop the
    // request; grpc-go does (the model), grpc-js's server does not. Instead grpc-js's client, once it has
    // the status, half-closes with an empty DATA frame carrying END_STREAM.
    grpcJs: (items) => {
      const rst = items.s2c.pop();
      expect(rst).toEqual({ type: 'RST_STREAM', code: 'NO_ERROR' });
      const data = items.c2s.at(-1);
      if (data?.type === 'DATA') data.endStream = true;
    },
  },
  {
    name: 'bidi, 3 requests and 3 responses, ping-pong',
    model: { kind: 'bidi-streaming', requests: 3, responses: 3, interleave: 'ping-pong' },
    server: 'ok',
    run: () =>
      new Promise((resolve, reject) => {
        const call = client.BidiHello({});
        let i = 0;
        const next = () => (++i <= 3 ? call.write({ greeting: `hello ${i}` }) : call.end());
        call.on('data', next).on('error', reject).on('end', resolve);
        next();
      }),
  },
  {
    name: 'unary, error status after response headers',
    model: { kind: 'unary', outcome: 'error' },
    server: 'error',
    run: async () => expect((await unary())?.code).toBe(grpc.status.RESOURCE_EXHAUSTED),
  },
  {
    name: 'unary, Trailers-Only error',
    model: { kind: 'unary', outcome: 'trailers-only' },
    server: 'trailers-only',
    run: async () => expect((await unary())?.code).toBe(grpc.status.UNAUTHENTICATED),
  },
  {
    name: 'unary, deadline 500 ms',
    model: { kind: 'unary', outcome: 'deadline', timeoutMs: 500 },
    server: 'stall',
    run: async () => {
      // The server also enforces the deadline from grpc-timeout and would send DEADLINE_EXCEEDED
      // trailers if its timer won the race. Holding the request 200 ms in the relay starts the server's
      // clock late, so the client's RST_STREAM(CANCEL) always arrives first, as the model has it.
      relay.holdClientBytes(200);
      expect((await unary({ deadline: Date.now() + 500 }))?.code).toBe(grpc.status.DEADLINE_EXCEEDED);
    },
    // grpc-js sends the time left when the headers go out, rounded up, in milliseconds ("499m" or
    // "500m"), not the largest exact unit; any unit naming the same deadline is valid (§ Requests, Timeout).
    check: (wire) => {
      const timeout = wire[0]?.headers?.find(([n]) => n === 'grpc-timeout')?.[1] ?? '';
      expect(timeout).toMatch(/^\d+m$/);
      expect(parseInt(timeout, 10)).toBeGreaterThan(400);
      expect(parseInt(timeout, 10)).toBeLessThanOrEqual(500);
    },
  },
  {
    name: 'server-streaming, client cancels after 1 of 3 responses',
    model: { kind: 'server-streaming', responses: 3, outcome: 'cancel' },
    server: 'one-then-stall',
    run: () =>
      new Promise<void>((resolve) => {
        const call = client.LotsOfReplies({ greeting: 'hello' }, {});
        call.on('data', () => call.cancel());
        call.on('error', (err: grpc.ServiceError) => {
          expect(err.code).toBe(grpc.status.CANCELLED);
          resolve();
        });
      }),
  },
];

describe('grpc-js on the wire matches the model (ground truth)', () => {
  test.each(scenarios)('$name', async ({ model, server: m, run, grpcJs, check }) => {
    mode = m;
    const wire = await record(run);
    const frames = callFrames(model);
    if (process.env.GT_DEBUG)
      console.log(
        JSON.stringify(model),
        '\n' +
          wire
            .map((f) =>
              [
                f.dir,
                f.streamId,
                f.type,
                f.flags.toString(16),
                f.errorCode ?? '',
                f.data ? f.data.toString('hex') : '',
                f.headers ? JSON.stringify(f.headers) : '',
              ].join(' '),
            )
            .join('\n'),
      );
    expect(frames.length).toBeGreaterThan(0);
    const expected = { c2s: fromModel(frames, 'c2s'), s2c: fromModel(frames, 's2c') };
    grpcJs?.(expected);
    check?.(wire);
    for (const d of ['c2s', 's2c'] as const)
      expect({ dir: d, items: fromWire(wire, d) }).toEqual({ dir: d, items: expected[d] });
  });
});
