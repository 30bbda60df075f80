// Durations and moments in the reader's language, through the platform's Intl formatters.

import type { Lang } from '../../lessons/parts.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The biggest unit that keeps the number readable: 10 minutes, 5 hours, 3 days, 2.5 months, 1.2 years. */
function split(ms: number): { value: number; unit: 'minute' | 'hour' | 'day' | 'month' | 'year' } {
  if (ms < HOUR) return { value: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' };
  if (ms < DAY) return { value: Math.round(ms / HOUR), unit: 'hour' };
  if (ms < 30 * DAY) return { value: Math.round(ms / DAY), unit: 'day' };
  if (ms < 365 * DAY) return { value: round1(ms / (30 * DAY)), unit: 'month' };
  return { value: round1(ms / (365 * DAY)), unit: 'year' };
}

/** A card's interval on its grade button: "10 min", "3 days" / "10分钟", "3天". */
export function formatInterval(ms: number, lang: Lang): string {
  const { value, unit } = split(ms);
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/** When something happens, relative to now: "in 9 minutes", "tomorrow" / "9分钟后", "明天". */
export function formatWhen(at: number, now: number, lang: Lang): string {
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const ms = Math.max(0, at - now);
  if (ms < HOUR) return rtf.format(Math.max(1, Math.round(ms / MINUTE)), 'minute');
  const today = new Date(now);
  const then = new Date(at);
  const days = Math.round(
    (new Date(then.getFullYear(), then.getMonth(), then.getDate()).getTime() -
      new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime()) /
      DAY,
  );
  if (days === 0) return rtf.format(Math.round(ms / HOUR), 'hour');
  return rtf.format(days, 'day');
}

/** The clock time, with the date when it isn't today: "14:32", "Mar 3, 08:00". */
export function formatAt(at: number, now: number, lang: Lang): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(lang, options).format(at);
}
