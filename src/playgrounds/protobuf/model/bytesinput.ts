/**
 * Pasted bytes → `Uint8Array`: hex (any spacing, `0x`, `:` or `,` separators, `\x` escapes) or
 * base64. A gRPC message frame's 5-byte prefix (compressed flag + big-endian length) is
 * recognised and skipped, so bytes copied from a gRPC capture decode directly.
 * @see https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md
 */
import { fromBase64 } from './wire.ts';

export type BytesInputResult =
  | {
      ok: true;
      bytes: Uint8Array;
      format: 'hex' | 'base64' | 'empty';
      /** Present when a gRPC length prefix was found and removed. */
      grpc?: { compressed: boolean; length: number };
    }
  | { ok: false; message: string; offset?: number };

export function parseBytesInput(text: string): BytesInputResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, bytes: new Uint8Array(0), format: 'empty' };
  // Hex wins when the text could be either ("1234"): people paste hex dumps far more than short base64.
  const hex = trimmed.replace(/0x|\\x/gi, '').replace(/[\s,:]+/g, '');
  let bytes: Uint8Array | null;
  let format: 'hex' | 'base64' = 'hex';
  const hexOnly = /^[0-9a-fA-F]*$/.test(hex);
  const separated = hex.length !== trimmed.length;
  if (hexOnly && separated && hex.length % 2 === 1) return { ok: false, message: 'odd number of hex digits' };
  if (hexOnly && hex.length % 2 === 0) {
    bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  } else {
    bytes = fromBase64(trimmed.replace(/\s+/g, ''));
    format = 'base64';
    if (!bytes) {
      const bad = trimmed.search(/[^0-9a-zA-Z+/=\-_\s]/);
      const message = 'neither hex nor base64';
      return bad >= 0 ? { ok: false, message, offset: bad } : { ok: false, message };
    }
  }
  return withoutGrpcPrefix(bytes, format);
}

function withoutGrpcPrefix(bytes: Uint8Array, format: 'hex' | 'base64'): BytesInputResult {
  if (bytes.length >= 5 && (bytes[0] === 0 || bytes[0] === 1)) {
    const length = new DataView(bytes.buffer, bytes.byteOffset + 1, 4).getUint32(0, false);
    if (length === bytes.length - 5) {
      const compressed = bytes[0] === 1;
      if (compressed) return { ok: false, message: 'compressed gRPC frame: decompress it first' };
      return { ok: true, bytes: bytes.slice(5), format, grpc: { compressed, length } };
    }
  }
  return { ok: true, bytes, format };
}
