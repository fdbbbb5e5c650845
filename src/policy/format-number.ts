/**
 * Numbers as people read them in gate messages, comments and summaries: four decimals for ordinary
 * metric values (0.0123), four significant digits for very small or very large ones (1.234e-7),
 * thousands separators for counts. Deterministic: no locale.
 */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "n/a";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs < 1e-4 || abs >= 1e9) return value.toPrecision(4);
  if (abs >= 1000) return groupThousands(value.toFixed(1));
  return value.toFixed(4);
}

/** A number someone wrote in trainyard.yml (a bound, a limit), as written: 0.02, 10, 1e-7. */
export function formatSetting(value: number): string {
  return String(value);
}

/** A measurement where four significant digits are plenty: 2.5 MB, 81.3 ms, 12,350 rows/s. */
export function formatMeasure(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return formatNumber(value);
  const rounded = Number(value.toPrecision(4));
  return Math.abs(rounded) >= 1e15 ? value.toPrecision(4) : groupThousands(String(rounded));
}

/** A size in bytes with decimal units (1 MB = 1,000,000 bytes): 812 B, 12.3 kB, 2.346 MB. */
export function formatBytes(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatMeasure(value)} ${units[unit]}`;
}

/** A value with its interval, `0.0123 [0.0040, 0.0201]`. */
export function formatInterval(
  value: number | null | undefined,
  low: number | null | undefined,
  high: number | null | undefined,
): string {
  return `${formatNumber(value)} [${formatNumber(low)}, ${formatNumber(high)}]`;
}

/** An integer count with thousands separators, 12,345. */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? groupThousands(String(Math.round(value))) : formatNumber(value);
}

/** A fraction as a percentage, 0.95 → 95%. */
export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(4))}%`;
}

function groupThousands(text: string): string {
  const [whole = "", decimals] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}
