// The KPI review in the status file (`kpiReview`, issue 18): its shape (rollout-status/model.ts
// puts it in each plan's entry), and its reading back: the site's build and
// `rollbook render --status` both take it from a file `rollbook status` wrote, and check it here,
// field by field with the same bounds, naming the first bad one after `where`
// (`status.json: plans.demo.kpiReview`). Unknown fields are left out. Pure.
import { isStatusTime } from '../text/time.ts';
import { MAX_RECORDED_KPIS, MAX_RECORDED_TEXT } from './record.ts';

/** The KPI review of a completed rollout (issue 18): due, then met or missed, per KPI. */
export interface KpiReviewStatus {
  /**
   * pending: not posted yet, or posted with a KPI that awaits its provider and none missed (ADR 53);
   * met: posted and no KPI missed; missed: posted and a KPI missed.
   */
  state: 'pending' | 'met' | 'missed';
  /** When the review falls due: completion plus the longest `reviewAfter` (ISO 8601). */
  due?: string;
  /** When the review comment was posted (ISO 8601). */
  postedAt?: string;
  /** Each KPI with a `reviewAfter`, in plan order, with its outcome once posted. */
  kpis: KpiStatus[];
}

/**
 * One KPI of the review. Once posted, every value is the one the review comment recorded
 * (Rollbook's own comment, by GitHub's record); while pending, baseline and expectation are the plan's.
 */
export interface KpiStatus {
  kpi: string;
  outcome?: 'met' | 'missed' | 'no-data';
  /** The baseline as the plan states it (`97.9%`). */
  baseline?: string;
  /** The expectation as the plan states it (`>= 99% of requests`). */
  expect?: string;
  /** What the review measured, as shown (`99.5%`, `412 ms`); absent while pending or without data. */
  measured?: string;
  /** The window it was measured over (`5m`). */
  window?: string;
  /** No data yet only because the review's run had no provider for it: a later run measures it (ADR 53). */
  awaitsProvider?: true;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const REVIEW_STATES: readonly KpiReviewStatus['state'][] = ['pending', 'met', 'missed'];
const KPI_OUTCOMES: readonly string[] = ['met', 'missed', 'no-data'];
/** A plan lists a handful of KPIs; a file with more is not one `rollbook status` wrote. */
export const MAX_REVIEW_KPIS = MAX_RECORDED_KPIS;
/** KPI names are short plan text; longer ones are refused rather than rendered. */
export const MAX_KPI_TEXT = MAX_RECORDED_TEXT;

/** The KPI review of a completed rollout: its state, when due or posted, each KPI's outcome. */
export function parseStatusKpiReview(raw: unknown, where: string): KpiReviewStatus {
  const review = raw as Partial<KpiReviewStatus> | null;
  if (!review || typeof review !== 'object' || !REVIEW_STATES.includes(review.state as KpiReviewStatus['state'])) {
    throw new Error(`${where} needs state (${REVIEW_STATES.join(', ')})`);
  }
  for (const key of ['due', 'postedAt'] as const) {
    if (review[key] !== undefined && !isStatusTime(review[key])) {
      throw new Error(`${where}.${key} must be a UTC time like 2026-11-20T09:00:00Z`);
    }
  }
  if (!Array.isArray(review.kpis) || review.kpis.length > MAX_REVIEW_KPIS) {
    throw new Error(`${where}.kpis must be a list of at most ${MAX_REVIEW_KPIS} KPIs`);
  }
  const kpis = review.kpis.map((k: unknown, i) => parseKpi(k, `${where}.kpis[${i}]`));
  return {
    state: review.state!,
    ...(review.due ? { due: review.due } : {}),
    ...(review.postedAt ? { postedAt: review.postedAt } : {}),
    kpis,
  };
}

/** One KPI of the review: its name and outcome, and the baseline, expectation and measured value when carried. */
function parseKpi(raw: unknown, where: string): KpiStatus {
  const item = raw as Partial<Record<keyof KpiStatus, unknown>> | null;
  if (!item || typeof item !== 'object' || !isText(item.kpi) || item.kpi.length > MAX_KPI_TEXT) {
    throw new Error(`${where} needs a kpi name of at most ${MAX_KPI_TEXT} characters`);
  }
  if (item.outcome !== undefined && !KPI_OUTCOMES.includes(item.outcome as string)) {
    throw new Error(`${where}.outcome must be one of ${KPI_OUTCOMES.join(', ')}`);
  }
  const kpi: KpiStatus = { kpi: item.kpi };
  if (item.outcome !== undefined) kpi.outcome = item.outcome as KpiStatus['outcome'];
  for (const key of ['baseline', 'expect', 'measured', 'window'] as const) {
    const value = item[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > MAX_KPI_TEXT) {
      throw new Error(`${where}.${key} must be a string of at most ${MAX_KPI_TEXT} characters`);
    }
    kpi[key] = value;
  }
  if (item.awaitsProvider !== undefined) {
    if (item.awaitsProvider !== true || kpi.outcome !== 'no-data')
      throw new Error(`${where}.awaitsProvider must be true, and only on a KPI with outcome no-data`);
    kpi.awaitsProvider = true;
  }
  return kpi;
}

/**
 * Each plan's KPI review from a status file's parsed JSON, by plan name; the other fields of the
 * file are not read here. Throws naming the file and the first bad field.
 */
export function statusKpiReviews(json: unknown, file: string): Map<string, KpiReviewStatus> {
  const plans = (json as { plans?: unknown } | null)?.plans;
  if (!plans || typeof plans !== 'object' || Array.isArray(plans))
    throw new Error(`${file}: expected {"plans": {"<plan name>": {...}}}, as \`rollbook status --out\` writes it`);
  const reviews = new Map<string, KpiReviewStatus>();
  for (const [name, entry] of Object.entries(plans as Record<string, unknown>)) {
    const raw = (entry as { kpiReview?: unknown } | null)?.kpiReview;
    if (raw !== undefined) reviews.set(name, parseStatusKpiReview(raw, `${file}: plans.${name}.kpiReview`));
  }
  return reviews;
}
