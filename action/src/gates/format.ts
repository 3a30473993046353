// Numbers and percentages as reports show them. Deterministic: no locale. Times: text/time.ts.

/** Significant digits shown for measured values: enough that a value just over a threshold does not print as equal. */
const SIGNIFICANT_DIGITS = 6;

/** `0.0123`, `412`, `1.5e-7` with trailing zeros trimmed. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
  if (value === 0) return '0';
  return String(Number(value.toPrecision(SIGNIFICANT_DIGITS)));
}

/** A value with its unit: `412 ms`, `12%` for a `%` unit, the bare number without one. */
export function formatMeasured(value: number, unit: string | undefined): string {
  const number = formatNumber(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** A fraction as a percentage: 0.153 → `15.3%`. */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return fraction > 0 ? 'unbounded' : '-unbounded';
  return `${formatNumber(Number((fraction * 100).toFixed(2)))}%`;
}

/** `1 sign-off`, `2 sign-offs`. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
