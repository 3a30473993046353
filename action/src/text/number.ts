// Numbers, measured values and percentages as reports show them: the one home for value
// formatting (gate table, reasons, thresholds, history cells, chart lines). Deterministic: no
// locale. A metric's `unit` decides how its values read: `ratio` (a fraction of 1) shows as a
// percentage, `%` is already one, any other unit follows the number. Times: text/time.ts.

/** Significant digits a measured value shows by default: `2.98%`, `412 ms`. Integer digits are never dropped. */
export const SHOWN_SIGNIFICANT_DIGITS = 3;
/**
 * The most significant digits a value may need to tell itself apart from a threshold it is
 * compared with (`1.00004%` is over `≤ 1%`, so it must not print as `1%`). Thresholds print
 * exactly as written, up to this precision.
 */
export const MAX_SIGNIFICANT_DIGITS = 12;

/** Units whose values are fractions of 1, shown as percentages. */
const RATIO_UNITS = new Set(['ratio', 'fraction']);

/** How a unit's values are shown: multiplied by `scale`, then `suffix` appended. */
export interface DisplayUnit {
  scale: number;
  /** Appended to the number: `%`, ` ms`, or empty. */
  suffix: string;
  /** The axis or header name of the unit as shown: `%`, `ms`; undefined without a unit. */
  name?: string;
}

/** Is `unit` a fraction of 1 (`ratio`, `fraction`), shown as a percentage? */
export function isRatioUnit(unit: string): boolean {
  return RATIO_UNITS.has(unit.toLowerCase());
}

export function displayUnit(unit: string | undefined): DisplayUnit {
  if (!unit) return { scale: 1, suffix: '' };
  if (isRatioUnit(unit)) return { scale: 100, suffix: '%', name: '%' };
  if (unit === '%') return { scale: 1, suffix: '%', name: '%' };
  return { scale: 1, suffix: ` ${unit}`, name: unit };
}

/** `value` rounded to `digits` significant digits, keeping every integer digit, as a plain string. */
function rounded(value: number, digits: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const text = decimals <= 20 ? value.toFixed(decimals) : value.toPrecision(digits);
  return String(Number(text));
}

/** `0.0123`, `412`, `1.5e-7`: a plain number at full shown precision, trailing zeros trimmed. */
export function formatNumber(value: number): string {
  return rounded(value, MAX_SIGNIFICANT_DIGITS);
}

/**
 * A measured value with its unit, at SHOWN_SIGNIFICANT_DIGITS: `2.98%` for a ratio of
 * 0.0297691, `412 ms`. `landmarks` are the values it is compared with (thresholds): where the
 * value differs from one but would print the same, more digits are shown until it does not.
 * For a ratio, 0 and 100% are landmarks too (99.996% never reads 100%).
 */
export function formatMeasured(value: number, unit: string | undefined, landmarks: readonly number[] = []): string {
  const shown = displayUnit(unit);
  const marks = shown.suffix === '%' ? [...landmarks.map((m) => m * shown.scale), 0, 100] : landmarks;
  const scaled = value * shown.scale;
  let digits = SHOWN_SIGNIFICANT_DIGITS;
  const clash = (d: number) =>
    marks.some((m) => m !== scaled && Number.isFinite(m) && rounded(m, MAX_SIGNIFICANT_DIGITS) === rounded(scaled, d));
  while (digits < MAX_SIGNIFICANT_DIGITS && clash(digits)) digits++;
  return `${rounded(scaled, digits)}${Number.isFinite(scaled) ? shown.suffix : ''}`;
}

/** A threshold or other value the plan wrote, with its unit, exactly: `1%` for a ratio of 0.01, `250 ms`. */
export function formatThreshold(value: number, unit: string | undefined): string {
  const shown = displayUnit(unit);
  return `${formatNumber(value * shown.scale)}${shown.suffix}`;
}

/** A value as a chart draws it: in the unit's shown scale (a ratio as a percentage), full precision. */
export function chartValue(value: number, unit: string | undefined): number {
  const { scale } = displayUnit(unit);
  return scale === 1 ? value : Number(rounded(value * scale, MAX_SIGNIFICANT_DIGITS));
}

/** A fraction as a percentage: 0.153 → `15.3%`. */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return fraction > 0 ? 'unbounded' : '-unbounded';
  return `${formatNumber(Number((fraction * 100).toFixed(2)))}%`;
}
