import { describe, expect, test } from 'vitest';
import {
  ByteWriter,
  fromBase64,
  makeTag,
  readTag,
  readVarint,
  toBase64,
  unzigzag32,
  unzigzag64,
  varintSize32,
  varintSize64,
  zigzag32,
  zigzag64,
} from './model/wire.ts';

const hex = (s: string): Uint8Array =>
  new Uint8Array(
    s
      .split(/\s+/)
      .filter(Boolean)
      .map((b) => parseInt(b, 16)),
  );
const toHexStr = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');

describe('varints (encoding guide, "Base 128 Varints")', () => {
  test.each([
    [1n, '01'],
    [150n, '96 01'],
    // -2 as a 64-bit two's complement, from the guide's "Signed Integers" section.
    [-2n, 'fe ff ff ff ff ff ff ff ff 01'],
    [127n, '7f'],
    [128n, '80 01'],
    [(1n << 64n) - 1n, 'ff ff ff ff ff ff ff ff ff 01'],
  ])('%s ⇄ %s', (value, bytes) => {
    const w = new ByteWriter(varintSize64(value));
    w.varint64(value);
    expect(toHexStr(w.bytes)).toBe(bytes);
    const r = readVarint(hex(bytes), 0);
    expect(r.ok && r.value).toBe(BigInt.asUintN(64, value));
  });

  test('negative int32 is sign-extended to ten bytes', () => {
    const w = new ByteWriter(10);
    w.int32(-2);
    expect(toHexStr(w.bytes)).toBe('fe ff ff ff ff ff ff ff ff 01');
  });

  test('sizes at the 7-bit boundaries', () => {
    expect(
      [0, 127, 128, 16383, 16384, 2 ** 21 - 1, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 32 - 1].map(varintSize32),
    ).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  test('truncated and over-long varints are errors, not exceptions', () => {
    expect(readVarint(hex('96'), 0).ok).toBe(false);
    expect(readVarint(hex('ff ff ff ff ff ff ff ff ff ff 01'), 0).ok).toBe(false);
  });
});

describe('ZigZag (encoding guide table)', () => {
  test.each([
    [0, 0],
    [-1, 1],
    [1, 2],
    [-2, 3],
    [0x7fffffff, 0xfffffffe],
    [-0x80000000, 0xffffffff],
  ])('%i → %i', (n, z) => {
    expect(zigzag32(n)).toBe(z);
    expect(unzigzag32(z)).toBe(n);
    expect(zigzag64(BigInt(n))).toBe(BigInt(z));
    expect(unzigzag64(BigInt(z))).toBe(BigInt(n));
  });

  test('64-bit extremes', () => {
    expect(zigzag64((1n << 63n) - 1n)).toBe((1n << 64n) - 2n);
    expect(zigzag64(-(1n << 63n))).toBe((1n << 64n) - 1n);
  });
});

describe('tags', () => {
  test.each([
    [1, 0, '08'],
    [2, 2, '12'],
    [3, 2, '1a'],
    [4, 2, '22'],
    [5, 0, '28'],
    [6, 2, '32'],
    [15, 0, '78'],
    [16, 0, '80 01'],
    [536870911, 5, 'fd ff ff ff 0f'],
  ])('field %i wire type %i → %s', (field, wt, bytes) => {
    const tag = makeTag(field, wt);
    const w = new ByteWriter(varintSize32(tag));
    w.varint32(tag);
    expect(toHexStr(w.bytes)).toBe(bytes);
    const r = readTag(hex(bytes), 0);
    expect(r.ok && r.value).toEqual({ fieldNumber: field, wireType: wt });
  });

  test('group, invalid wire types and field 0 are rejected', () => {
    expect(readTag(hex('0b'), 0).ok).toBe(false); // 1:SGROUP
    expect(readTag(hex('0c'), 0).ok).toBe(false); // 1:EGROUP
    expect(readTag(hex('0e'), 0).ok).toBe(false); // wire type 6
    expect(readTag(hex('00'), 0).ok).toBe(false);
  });
});

describe('base64', () => {
  test.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
  ])('%j ⇄ %s', (text, b64) => {
    const bytes = new TextEncoder().encode(text);
    expect(toBase64(bytes)).toBe(b64);
    expect(fromBase64(b64)).toEqual(bytes);
    expect(fromBase64(b64.replace(/=+$/, ''))).toEqual(bytes);
  });

  test('URL-safe alphabet accepted, garbage rejected', () => {
    expect(fromBase64('-_8')).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(fromBase64('a')).toBeNull();
    expect(fromBase64('ab!c')).toBeNull();
    expect(fromBase64('a=bc')).toBeNull();
  });
});
