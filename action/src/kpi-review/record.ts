// What a KPI review measured, kept in its comment's hidden marker (text/markers.ts `kpis=`): for
// each reviewed KPI in plan order, the baseline and expectation as the plan said them at review
// time, the measured value with its unit, window and time, or why there is none (and whether only
// a provider was missing, so a later run may measure it: ADR 53; a KPI is the same when it asks the
// same question, whatever its name: ADR 29). One home for both ways: the review
// comment writes it (kpi-review/comment.ts), the readers (kpi-review/read.ts) decode it from a
// comment GitHub says the token wrote. Decoding checks every field and bounds every text, so a
// broken or forged record only loses the values; the counts are read as before. Pure.
import type { ReviewedKpi } from '../checklist/completion.ts';
import { isRecord } from '../runtime/is-record.ts';
import { isStatusTime } from '../text/time.ts';
import type { KpiOutcome, KpiResult } from './measure.ts';

/** KPIs kept per review: a plan lists a handful; more are not a record Rollbook wrote. */
export const MAX_RECORDED_KPIS = 50;
/** Characters kept of a KPI's name, baseline or expectation (plan text). */
export const MAX_RECORDED_TEXT = 200;
/** Characters kept of a unit or window (`ms`, `req/s`, `1h`). */
const MAX_RECORDED_WORD = 32;

const clipText = (text: string, max = MAX_RECORDED_TEXT) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The KPIs as they go into the record, texts clipped. */
export function recordedKpis(results: readonly KpiResult[]): ReviewedKpi[] {
  return results.slice(0, MAX_RECORDED_KPIS).map((r) => ({
    kpi: clipText(r.kpi),
    ...(r.baseline !== undefined ? { baseline: clipText(r.baseline) } : {}),
    expect: clipText(r.expect),
    ...(r.measured !== undefined && Number.isFinite(r.measured) ? { measured: r.measured } : {}),
    ...(r.unit !== undefined ? { unit: clipText(r.unit, MAX_RECORDED_WORD) } : {}),
    ...(r.window !== undefined ? { window: clipText(r.window, MAX_RECORDED_WORD) } : {}),
    at: r.at,
    ...(r.measured === undefined && r.reason !== undefined ? { reason: clipText(r.reason) } : {}),
    ...(r.awaitsProvider ? { awaitsProvider: true as const } : {}),
  }));
}

/**
 * The record as comment-safe JSON (no `<`, `>` or `--`, and no `@`, so plan text never reads as
 * a mention even hidden); the same KPIs always give the same text.
 */
export function encodeReviewRecord(kpis: readonly ReviewedKpi[]): string {
  const stored = kpis.map((k) => ({
    kpi: k.kpi,
    ...(k.baseline !== undefined ? { baseline: k.baseline } : {}),
    expect: k.expect,
    ...(k.measured !== undefined ? { measured: k.measured } : {}),
    ...(k.unit !== undefined ? { unit: k.unit } : {}),
    ...(k.window !== undefined ? { window: k.window } : {}),
    ...(k.at !== undefined ? { at: k.at } : {}),
    ...(k.reason !== undefined ? { reason: k.reason } : {}),
    ...(k.awaitsProvider ? { awaitsProvider: true } : {}),
  }));
  return JSON.stringify(stored)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/@/g, '\\u0040')
    .replace(/-(?=-)/g, '\\u002d');
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function decodeKpi(raw: unknown): ReviewedKpi | undefined {
  if (!isRecord(raw)) return undefined;
  const { kpi, baseline, expect, measured, unit, window, at, reason, awaitsProvider } = raw;
  if (!isText(kpi, MAX_RECORDED_TEXT) || !isText(expect, MAX_RECORDED_TEXT)) return undefined;
  if (baseline !== undefined && !isText(baseline, MAX_RECORDED_TEXT)) return undefined;
  if (measured !== undefined && (typeof measured !== 'number' || !Number.isFinite(measured))) return undefined;
  if (unit !== undefined && !isText(unit, MAX_RECORDED_WORD)) return undefined;
  if (window !== undefined && !isText(window, MAX_RECORDED_WORD)) return undefined;
  if (at !== undefined && !isStatusTime(at)) return undefined;
  if (reason !== undefined && !isText(reason, MAX_RECORDED_TEXT)) return undefined;
  if (awaitsProvider !== undefined && (awaitsProvider !== true || measured !== undefined)) return undefined;
  return {
    kpi,
    ...(baseline !== undefined ? { baseline } : {}),
    expect,
    ...(measured !== undefined ? { measured } : {}),
    ...(unit !== undefined ? { unit } : {}),
    ...(window !== undefined ? { window } : {}),
    ...(at !== undefined ? { at } : {}),
    ...(reason !== undefined ? { reason } : {}),
    ...(awaitsProvider === true ? { awaitsProvider } : {}),
  };
}

/**
 * Whether the plan's KPI asks what the recorded one asked: the same expectation and baseline, as
 * the record clips them. The name is only a label: a KPI renamed since the review is the same KPI,
 * so the review can still be completed (ADR 29).
 */
export function sameQuestion(impact: { expect: string; baseline?: string }, recorded: ReviewedKpi): boolean {
  const baseline = impact.baseline ? clipText(impact.baseline) : undefined;
  return clipText(impact.expect) === recorded.expect && baseline === recorded.baseline;
}

/**
 * The places of the KPIs that await a provider (ADR 53) and that the plan still asks the same
 * question of there (`reviewed`: the plan's KPIs with a `reviewAfter`, in order): the ones a later
 * run may measure into the review. None when the plan's list no longer lines up with the record.
 */
export function stillAsked(
  reviewed: readonly { expect: string; baseline?: string }[],
  kpis: readonly ReviewedKpi[],
): Set<number> {
  const places = new Set<number>();
  if (kpis.length !== reviewed.length) return places;
  kpis.forEach((k, i) => {
    if (k.awaitsProvider && sameQuestion(reviewed[i]!, k)) places.add(i);
  });
  return places;
}

/** The name a KPI measured into a review is shown under: the plan's, with the recorded one when it was renamed since. */
export function reviewedName(planName: string, recorded: ReviewedKpi): string {
  return clipText(planName) === recorded.kpi ? planName : `${planName} (renamed from ${recorded.kpi})`;
}

/**
 * A recorded KPI as a result again, to render the review from its record: what was measured, or
 * why not, as posted. The outcome is the review's, in the same order.
 */
export function recordedResult(kpi: ReviewedKpi, outcome: KpiOutcome, fallbackAt: string): KpiResult {
  return {
    kpi: kpi.kpi,
    ...(kpi.baseline !== undefined ? { baseline: kpi.baseline } : {}),
    expect: kpi.expect,
    ...(kpi.unit !== undefined ? { unit: kpi.unit } : {}),
    at: kpi.at ?? fallbackAt,
    ...(kpi.window !== undefined ? { window: kpi.window } : {}),
    outcome,
    ...(kpi.measured !== undefined ? { measured: kpi.measured } : {}),
    ...(kpi.reason !== undefined ? { reason: kpi.reason } : {}),
    ...(kpi.awaitsProvider ? { awaitsProvider: true as const } : {}),
  };
}

/** The KPIs of a record holding exactly `count` of them, or undefined when it is not one Rollbook wrote. */
export function decodeReviewRecord(json: string, count: number): ReviewedKpi[] | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(raw) || raw.length !== count || raw.length > MAX_RECORDED_KPIS) return undefined;
  const kpis: ReviewedKpi[] = [];
  for (const item of raw) {
    const kpi = decodeKpi(item);
    if (!kpi) return undefined;
    kpis.push(kpi);
  }
  return kpis;
}
