// Calendar days in the learner's own time zone. "Due today" and the reviews-per-day tally follow the
// day the learner lives in, not UTC: a Beijing evening and the next morning are two days here.

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant, as 'YYYY-MM-DD' (the key of `reviewsByDay`). */
export function localDay(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of the day containing `now`. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight at the end of the day containing `now` (DST-safe: built from the date, not +24 h). */
export function startOfNextDay(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
