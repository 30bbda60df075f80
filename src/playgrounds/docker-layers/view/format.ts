// Formatting helpers of the view (decimal units, as `docker images` prints sizes).

export function formatBytes(n: number | null | undefined, unknown = '?'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return unknown;
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n / 1000;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${units[i]}`;
}

export function formatPercent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
