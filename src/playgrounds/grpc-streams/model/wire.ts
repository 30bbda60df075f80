/**
 * The byte- and header-level pieces of gRPC over HTTP/2 that do not depend on a call's shape.
 * @see https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md
 */

/**
 * A Length-Prefixed-Message: Compressed-Flag (1 byte, 0 = not compressed) then Message-Length (4 bytes,
 * big-endian), then the message (PROTOCOL-HTTP2.md § Requests, "Length-Prefixed-Message").
 */
export function lengthPrefixed(message: Uint8Array, compressed = false): Uint8Array {
  const out = new Uint8Array(5 + message.length);
  out[0] = compressed ? 1 : 0;
  const n = message.length;
  out[1] = (n >>> 24) & 0xff;
  out[2] = (n >>> 16) & 0xff;
  out[3] = (n >>> 8) & 0xff;
  out[4] = n & 0xff;
  out.set(message, 5);
  return out;
}

/**
 * Percent-encodes a Status-Message: space and VCHAR except `%` pass through, every other byte of the
 * UTF-8 encoding becomes `%XX` (PROTOCOL-HTTP2.md § Responses, "Percent-Encoded").
 */
export function percentEncode(message: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(message)) {
    if (byte >= 0x20 && byte <= 0x7e && byte !== 0x25) out += String.fromCharCode(byte);
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * A `grpc-timeout` value: at most 8 digits and a unit (PROTOCOL-HTTP2.md § Requests, "Timeout"). For
 * legibility the playground shows the deadline as set, in the largest unit that states it exactly
 * (500 ms → `500m`, 2000 ms → `2S`). Real clients send the time left when the headers go out: grpc-js
 * in milliseconds rounded up (recorded `499m` in ground-truth.test.ts), grpc-go in the smallest unit
 * whose value fits 8 digits (about `500000u`). All name the same deadline; the spec leaves the unit free.
 */
export function encodeTimeout(ms: number): string {
  const units: [number, string][] = [
    [3_600_000, 'H'],
    [60_000, 'M'],
    [1000, 'S'],
  ];
  for (const [size, unit] of units) if (ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}m`;
}

/** HTTP/2 error codes of RST_STREAM (RFC 7540 § 7). */
export const RST_CODES = { NO_ERROR: 0x0, CANCEL: 0x8 } as const;

/** The gRPC status codes this model uses (grpc/grpc doc/statuscodes.md). */
export const STATUS = {
  OK: 0,
  CANCELLED: 1,
  DEADLINE_EXCEEDED: 4,
  RESOURCE_EXHAUSTED: 8,
  UNAUTHENTICATED: 16,
} as const;

export type StatusName = keyof typeof STATUS;

/** `00 00 00 00 07` style hex, for descriptions and tests. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}
