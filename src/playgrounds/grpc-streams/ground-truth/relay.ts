/**
 * Test-only: a loopback TCP relay between a gRPC client and server that records every HTTP/2 frame in
 * both directions (RFC 9113 § 4.1 frame header, § 3.4 client preface), decoding header blocks with one
 * HPACK decoder per direction (RFC 7541), fed every block in order so its dynamic table stays in step.
 */
import net from 'node:net';
import hpack from 'hpack.js';

export type Dir = 'c2s' | 's2c';

export interface RecordedFrame {
  dir: Dir;
  /** Frame type name (RFC 9113 § 6), or `0xNN` for an unknown one. */
  type: string;
  flags: number;
  streamId: number;
  payload: Buffer;
  /** HEADERS: the decoded header list (CONTINUATION frames folded into the HEADERS frame that starts the block). */
  headers?: [string, string][];
  /** DATA: the payload without padding. */
  data?: Buffer;
  /** RST_STREAM: the error code. */
  errorCode?: number;
}

const TYPES = [
  'DATA',
  'HEADERS',
  'PRIORITY',
  'RST_STREAM',
  'SETTINGS',
  'PUSH_PROMISE',
  'PING',
  'GOAWAY',
  'WINDOW_UPDATE',
  'CONTINUATION',
];
export const FLAG_END_STREAM = 0x1;
const FLAG_END_HEADERS = 0x4;
const FLAG_PADDED = 0x8;
const FLAG_PRIORITY = 0x20;
const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');

/** Parses one direction's byte stream into frames. */
class FrameParser {
  private buf = Buffer.alloc(0);
  private prefaceLeft: number;
  private readonly decoder = hpack.decompressor.create({ table: { size: 4096 } });
  private block: { frame: RecordedFrame; parts: Buffer[] } | null = null;

  constructor(
    private readonly dir: Dir,
    private readonly out: RecordedFrame[],
  ) {
    this.prefaceLeft = dir === 'c2s' ? PREFACE.length : 0;
  }

  push(chunk: Buffer): void {
    this.buf = Buffer.concat([this.buf, chunk]);
    if (this.prefaceLeft > 0) {
      if (this.buf.length < this.prefaceLeft) return;
      if (!this.buf.subarray(0, PREFACE.length).equals(PREFACE)) throw new Error('bad client preface');
      this.buf = this.buf.subarray(this.prefaceLeft);
      this.prefaceLeft = 0;
    }
    while (this.buf.length >= 9) {
      const length = this.buf.readUIntBE(0, 3);
      if (this.buf.length < 9 + length) return;
      const typeCode = this.buf[3]!;
      const flags = this.buf[4]!;
      const streamId = this.buf.readUInt32BE(5) & 0x7fffffff;
      const payload = Buffer.from(this.buf.subarray(9, 9 + length));
      this.buf = this.buf.subarray(9 + length);
      this.frame({ dir: this.dir, type: TYPES[typeCode] ?? `0x${typeCode.toString(16)}`, flags, streamId, payload });
    }
  }

  private frame(f: RecordedFrame): void {
    const p = f.payload;
    const pad = f.flags & FLAG_PADDED && (f.type === 'DATA' || f.type === 'HEADERS') ? p[0]! : 0;
    const start = f.flags & FLAG_PADDED && (f.type === 'DATA' || f.type === 'HEADERS') ? 1 : 0;
    switch (f.type) {
      case 'DATA':
        f.data = p.subarray(start, p.length - pad);
        break;
      case 'HEADERS': {
        const fragment = p.subarray(start + (f.flags & FLAG_PRIORITY ? 5 : 0), p.length - pad);
        this.block = { frame: f, parts: [fragment] };
        if (f.flags & FLAG_END_HEADERS) this.endBlock();
        break;
      }
      case 'CONTINUATION':
        this.block?.parts.push(p);
        if (f.flags & FLAG_END_HEADERS) this.endBlock();
        break;
      case 'RST_STREAM':
        f.errorCode = p.readUInt32BE(0);
        break;
    }
    this.out.push(f);
  }

  private endBlock(): void {
    const { frame, parts } = this.block!;
    this.block = null;
    this.decoder.write(Buffer.concat(parts));
    this.decoder.execute();
    const headers: [string, string][] = [];
    for (let h = this.decoder.read(); h !== null; h = this.decoder.read()) headers.push([h.name, h.value]);
    frame.headers = headers;
  }
}

export interface Relay {
  port: number;
  /** Every frame seen so far, both directions, in the order each direction's bytes arrived. */
  frames: RecordedFrame[];
  /** Holds client-to-server bytes for `ms` (order kept), then forwards what was held and resumes. */
  holdClientBytes(ms: number): void;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (a free port) and pipes each connection to 127.0.0.1:`targetPort`, recording frames. */
export async function startRelay(targetPort: number): Promise<Relay> {
  const frames: RecordedFrame[] = [];
  const sockets = new Set<net.Socket>();
  let holdUntil = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const c2s = new FrameParser('c2s', frames);
    const s2c = new FrameParser('s2c', frames);
    const held: Buffer[] = [];
    let timer: NodeJS.Timeout | null = null;
    const flush = () => {
      timer = null;
      for (const b of held.splice(0)) upstream.write(b);
    };
    client.on('data', (chunk: Buffer) => {
      c2s.push(chunk);
      const wait = holdUntil - Date.now();
      if (wait > 0 || held.length > 0) {
        held.push(chunk);
        timer ??= setTimeout(flush, Math.max(0, wait));
      } else upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      s2c.push(chunk);
      client.write(chunk);
    });
    const end = () => {
      if (timer) clearTimeout(timer);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('relay has no port');
  return {
    port: address.port,
    frames,
    holdClientBytes(ms) {
      holdUntil = Date.now() + ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
