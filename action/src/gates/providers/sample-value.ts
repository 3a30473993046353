// Turning a raw sample (a Prometheus value string, a JSON number or string) into a
// number, keeping NaN and ±Inf apart so they can never pass a threshold by accident.

import { truncate } from '../../text/truncate.ts';
import type { NoDataReason } from './types.ts';

export type SampleValue =
  | { kind: 'finite'; value: number }
  | { kind: 'non-finite'; reason: Exclude<NoDataReason, 'empty' | 'stale'>; text: string }
  | { kind: 'invalid'; text: string };

// Plain decimal or exponent notation only: Number() would also accept '', ' ', '0x10'.
// `\d+\.?\d*` would split a run of digits between two quantifiers in every way before failing
// (quadratic on a long number that ends badly, and metric answers come from anywhere).
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// How Prometheus (and Go's strconv) spell the special values.
const NAN_TEXT = /^nan$/i;
const INF_TEXT = /^([+-]?)inf(inity)?$/i;

export function parseSampleValue(raw: unknown): SampleValue {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return { kind: 'non-finite', reason: 'nan', text: 'NaN' };
    if (!Number.isFinite(raw)) return { kind: 'non-finite', reason: 'infinite', text: raw > 0 ? '+Inf' : '-Inf' };
    return { kind: 'finite', value: raw };
  }
  if (typeof raw !== 'string') return { kind: 'invalid', text: describe(raw) };
  const text = raw.trim();
  if (NAN_TEXT.test(text)) return { kind: 'non-finite', reason: 'nan', text: 'NaN' };
  const inf = INF_TEXT.exec(text);
  if (inf) return { kind: 'non-finite', reason: 'infinite', text: inf[1] === '-' ? '-Inf' : '+Inf' };
  if (!DECIMAL.test(text)) return { kind: 'invalid', text: describe(raw) };
  const value = Number(text);
  // Overflow ('1e999') becomes Infinity: report it as such, not as a number.
  if (!Number.isFinite(value)) return { kind: 'non-finite', reason: 'infinite', text: value > 0 ? '+Inf' : '-Inf' };
  return { kind: 'finite', value };
}

/** Characters of an unexpected value shown, the ellipsis included. */
const MAX_DESCRIBED_CHARS = 61;

/** A short, safe rendering of an unexpected value for an error message. */
export function describe(raw: unknown): string {
  if (raw === undefined) return 'nothing';
  const text = typeof raw === 'string' ? JSON.stringify(raw) : (JSON.stringify(raw) ?? String(raw));
  return truncate(text, MAX_DESCRIBED_CHARS);
}
