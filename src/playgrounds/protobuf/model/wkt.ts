/**
 * The well-known types a gRPC schema most often imports — Timestamp, Duration, Empty and the
 * wrappers — with their special proto3 JSON forms ("2024-01-01T00:00:00Z", "1.5s", bare values).
 * On the wire they are ordinary messages, which is exactly what the playground shows.
 * @see https://protobuf.dev/programming-guides/json/
 */
import type { WktKind } from './types.ts';

const WRAPPERS: [string, string][] = [
  ['DoubleValue', 'double'],
  ['FloatValue', 'float'],
  ['Int64Value', 'int64'],
  ['UInt64Value', 'uint64'],
  ['Int32Value', 'int32'],
  ['UInt32Value', 'uint32'],
  ['BoolValue', 'bool'],
  ['StringValue', 'string'],
  ['BytesValue', 'bytes'],
];

/** The definitions of each supported file, as in protobuf's own `.proto` sources. */
export const WKT_FILES: Readonly<Record<string, string>> = {
  'google/protobuf/timestamp.proto': 'message Timestamp { int64 seconds = 1; int32 nanos = 2; }',
  'google/protobuf/duration.proto': 'message Duration { int64 seconds = 1; int32 nanos = 2; }',
  'google/protobuf/empty.proto': 'message Empty {}',
  'google/protobuf/wrappers.proto': WRAPPERS.map(([name, type]) => `message ${name} { ${type} value = 1; }`).join('\n'),
};

export function wktSource(files: string[]): string {
  return `syntax = "proto3";\npackage google.protobuf;\n${files.map((f) => WKT_FILES[f]).join('\n')}\n`;
}

export function wktKind(fullName: string): WktKind | undefined {
  if (fullName === 'google.protobuf.Timestamp') return 'timestamp';
  if (fullName === 'google.protobuf.Duration') return 'duration';
  if (fullName === 'google.protobuf.Empty') return 'empty';
  if (WRAPPERS.some(([name]) => fullName === `google.protobuf.${name}`)) return 'wrapper';
  return undefined;
}

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range proto3 JSON allows. */
const TS_MIN = -62_135_596_800n;
const TS_MAX = 253_402_300_799n;
/** ±10,000 years, the range of Duration. */
const DURATION_MAX = 315_576_000_000n;

export type SecondsNanos = { seconds: bigint; nanos: number };

/** RFC 3339 text → seconds and nanos, or a reason it is not one. */
export function parseTimestamp(text: string): SecondsNanos | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/.exec(
    text,
  );
  if (!m) return 'expected an RFC 3339 timestamp such as "2024-05-01T12:00:00Z"';
  const [, y, mo, d, h, mi, s, frac = '', , sign, oh = '0', om = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  date.setUTCFullYear(year, month - 1, day);
  if (month < 1 || month > 12 || date.getUTCDate() !== day || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
    return `${text} is not a valid date and time`;
  let seconds = BigInt(Math.floor(date.getTime() / 1000)) + BigInt(Number(h) * 3600 + Number(mi) * 60 + Number(s));
  if (sign) seconds -= BigInt((sign === '-' ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60));
  if (seconds < TS_MIN || seconds > TS_MAX) return `${text} is outside 0001-01-01T00:00:00Z..9999-12-31T23:59:59Z`;
  return { seconds, nanos: Number(frac.padEnd(9, '0')) };
}

/** Fractional digits as protobuf prints them: none, 3, 6 or 9. */
function fraction(nanos: number): string {
  if (nanos === 0) return '';
  const digits = String(nanos).padStart(9, '0');
  if (digits.endsWith('000000')) return `.${digits.slice(0, 3)}`;
  if (digits.endsWith('000')) return `.${digits.slice(0, 6)}`;
  return `.${digits}`;
}

export function formatTimestamp(v: SecondsNanos): string | null {
  if (v.seconds < TS_MIN || v.seconds > TS_MAX || v.nanos < 0 || v.nanos > 999_999_999) return null;
  const iso = new Date(Number(v.seconds) * 1000).toISOString(); // always YYYY-MM-DDTHH:MM:SS.000Z here
  return `${iso.slice(0, 19)}${fraction(v.nanos)}Z`;
}

/** "1.5s", "-0.001s" → seconds and nanos with the same sign. */
export function parseDuration(text: string): SecondsNanos | string {
  const m = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/.exec(text);
  if (!m) return 'expected a duration such as "1.5s"';
  const [, minus, whole = '0', frac = ''] = m;
  const sign = minus ? -1n : 1n;
  const seconds = sign * BigInt(whole);
  if (seconds > DURATION_MAX || seconds < -DURATION_MAX) return `${text} is outside ±${DURATION_MAX}s`;
  const nanos = Number(frac.padEnd(9, '0')) * (minus ? -1 : 1);
  return { seconds, nanos: nanos + 0 };
}

export function formatDuration(v: SecondsNanos): string | null {
  const { seconds, nanos } = v;
  if (seconds > DURATION_MAX || seconds < -DURATION_MAX || nanos < -999_999_999 || nanos > 999_999_999) return null;
  if ((seconds > 0n && nanos < 0) || (seconds < 0n && nanos > 0)) return null;
  const negative = seconds < 0n || nanos < 0;
  const abs = seconds < 0n ? -seconds : seconds;
  return `${negative ? '-' : ''}${abs}${fraction(Math.abs(nanos))}s`;
}

/** Seconds and nanos of a Timestamp or Duration message value (absent fields are 0). */
export function secondsNanos(fields: { desc: { number: number }; kind: string; value?: unknown }[]): SecondsNanos {
  let seconds = 0n;
  let nanos = 0;
  for (const f of fields) {
    if (f.kind !== 'singular') continue;
    if (f.desc.number === 1 && typeof f.value === 'bigint') seconds = f.value;
    if (f.desc.number === 2 && typeof f.value === 'number') nanos = f.value;
  }
  return { seconds, nanos };
}
