// Synthetic metric history for the real-Prometheus tests: eight days of samples every
// five minutes, aligned so the newest sample sits exactly on `now`. Each series exists
// to make one gate outcome happen; tests query at `now` (or `now - 7d`), always inside
// the backfilled range and on a sample, so Prometheus's 5-minute lookback finds it.

export const SAMPLE_STEP_SECONDS = 300;
/** A week for week-over-week, plus a day so `now - 7d` is not at the very edge. */
export const HISTORY_DAYS = 8;
const DAY_SECONDS = 86_400;
/** How long before `now` the retired series stops: instant queries at `now` find nothing. */
export const RETIRED_AGO_SECONDS = 2 * 3600;
/**
 * How long before `now` the canary's request counter stops (its track went quiet): a rate over a
 * 30-minute window still has samples, so only the freshness check can tell.
 */
export const SILENT_CANARY_AGO_SECONDS = 15 * 60;
/** The daily batch series' newest sample: a few hours old, well within a `maxAge: 1d`. */
export const DAILY_BATCH_AGO_SECONDS = 4 * 3600 + 35 * 60;
export const EXPECTED_DAILY_BATCH_SCORE = 0.97;

/** The values the tests expect, by scenario. */
export const EXPECTED = {
  /** rollbook_checkout_success_ratio: passes a `>= 0.99` gate. */
  success: 0.995,
  /** rollbook_error_ratio{service="dispatch"}: breaches a 0.02 gate, under a 0.05 rollback threshold. */
  dispatchErrors: 0.03,
  /** rollbook_error_ratio{service="billing"}: breaches the 0.05 rollback threshold too. */
  billingErrors: 0.08,
  /** rollbook_http_error_ratio{track=...}: canary vs stable (baseline comparison). */
  canaryErrors: 0.012,
  stableErrors: 0.01,
  /** rollbook_orders_per_minute: 100 until three days ago, 120 since (week-over-week +20%). */
  ordersLastWeek: 100,
  ordersNow: 120,
} as const;

/**
 * The watch's scenarios, one `rollbook_watch_error_ratio{scenario=…}` series each, ages in
 * seconds before now: healthy throughout; a regression that starts REGRESSION_AGO before now and
 * stays; a relapse (bad for an hour from RELAPSE.first, healthy, bad again for the last hour); a
 * gap with no samples between GAP.from and GAP.to; a series that stopped STALE_AGO before now.
 */
export const WATCH_SCENARIO = {
  healthy: 0.002,
  regressed: 0.08,
  regressionAgo: 3 * 3600,
  relapse: { first: 4 * 3600, recovered: 3 * 3600, again: 3600 },
  gap: { from: 2 * 3600, to: 3600 },
  staleAgo: 30 * 60,
} as const;

interface FixtureSeries {
  metric: string;
  labels?: Record<string, string>;
  /** The value `ageSeconds` before now; undefined for no sample. */
  value(ageSeconds: number): number | undefined;
}

const constant = (value: number) => () => value;

export const FIXTURE_SERIES: readonly FixtureSeries[] = [
  { metric: 'rollbook_checkout_success_ratio', labels: { service: 'checkout' }, value: constant(EXPECTED.success) },
  { metric: 'rollbook_error_ratio', labels: { service: 'dispatch' }, value: constant(EXPECTED.dispatchErrors) },
  { metric: 'rollbook_error_ratio', labels: { service: 'billing' }, value: constant(EXPECTED.billingErrors) },
  { metric: 'rollbook_http_error_ratio', labels: { track: 'canary' }, value: constant(EXPECTED.canaryErrors) },
  { metric: 'rollbook_http_error_ratio', labels: { track: 'stable' }, value: constant(EXPECTED.stableErrors) },
  // A broken p99 (0/0 in a recording rule, say): NaN must never pass a latency gate.
  { metric: 'rollbook_p99_latency_seconds', labels: { route: '/cancel' }, value: constant(Number.NaN) },
  { metric: 'rollbook_queue_age_seconds', value: constant(Number.POSITIVE_INFINITY) },
  {
    metric: 'rollbook_orders_per_minute',
    value: (age) => (age > 3 * DAY_SECONDS ? EXPECTED.ordersLastWeek : EXPECTED.ordersNow),
  },
  // Whole days before now: a daily history reads 3, 2, 1, 0.
  { metric: 'rollbook_days_ago', value: (age) => Math.floor(age / DAY_SECONDS) },
  // NaN during the day that ended one day ago, 0.5 otherwise: a history with a gap.
  {
    metric: 'rollbook_flaky_ratio',
    value: (age) => (Math.floor(age / DAY_SECONDS) === 1 ? Number.NaN : 0.5),
  },
  // A request counter per track, +10 per sample; the canary's stopped 15 minutes ago, the stable one runs on.
  {
    metric: 'rollbook_track_requests_total',
    labels: { track: 'stable' },
    value: (age) => ((HISTORY_DAYS * DAY_SECONDS - age) / SAMPLE_STEP_SECONDS) * 10,
  },
  {
    metric: 'rollbook_track_requests_total',
    labels: { track: 'canary' },
    value: (age) =>
      age >= SILENT_CANARY_AGO_SECONDS ? ((HISTORY_DAYS * DAY_SECONDS - age) / SAMPLE_STEP_SECONDS) * 10 : undefined,
  },
  ...watchScenarios(),
  // Stopped reporting two hours ago: an instant query now has no series.
  { metric: 'rollbook_retired_gauge', value: (age) => (age >= RETIRED_AGO_SECONDS ? 1 : undefined) },
  // A daily job's score: one sample a day, the newest DAILY_BATCH_AGO_SECONDS ago.
  {
    metric: 'rollbook_daily_batch_score',
    value: (age) => (age % DAY_SECONDS === DAILY_BATCH_AGO_SECONDS ? EXPECTED_DAILY_BATCH_SCORE : undefined),
  },
];

function watchScenarios(): FixtureSeries[] {
  const w = WATCH_SCENARIO;
  const series = (scenario: string, value: (age: number) => number | undefined): FixtureSeries => ({
    metric: 'rollbook_watch_error_ratio',
    labels: { scenario },
    value,
  });
  return [
    series('healthy', constant(w.healthy)),
    series('regression', (age) => (age <= w.regressionAgo ? w.regressed : w.healthy)),
    series('relapse', (age) =>
      (age <= w.relapse.first && age > w.relapse.recovered) || age <= w.relapse.again ? w.regressed : w.healthy,
    ),
    series('gap', (age) => (age < w.gap.from && age > w.gap.to ? undefined : w.healthy)),
    series('stale', (age) => (age >= w.staleAgo ? w.healthy : undefined)),
  ];
}

/** `date` rounded down to a sample boundary, so a query at it hits a sample exactly. */
export function alignToStep(date: Date): Date {
  const stepMs = SAMPLE_STEP_SECONDS * 1000;
  return new Date(Math.floor(date.getTime() / stepMs) * stepMs);
}

/** OpenMetrics text for promtool, newest sample at `now` (which must be aligned). */
export function generateOpenMetrics(now: Date, series: readonly FixtureSeries[] = FIXTURE_SERIES): string {
  const nowSeconds = now.getTime() / 1000;
  const samples = (HISTORY_DAYS * DAY_SECONDS) / SAMPLE_STEP_SECONDS;
  const lines: string[] = [];
  // OpenMetrics wants each family's samples together: group series by metric name.
  const families = [...new Set(series.map((s) => s.metric))];
  for (const family of families) {
    lines.push(`# TYPE ${family} gauge`);
    for (const s of series.filter((candidate) => candidate.metric === family)) {
      const labels = formatLabels(s.labels ?? {});
      for (let i = samples; i >= 0; i--) {
        const age = i * SAMPLE_STEP_SECONDS;
        const value = s.value(age);
        if (value !== undefined) lines.push(`${family}${labels} ${formatValue(value)} ${nowSeconds - age}`);
      }
    }
  }
  lines.push('# EOF', '');
  return lines.join('\n');
}

function formatLabels(labels: Record<string, string>): string {
  const pairs = Object.entries(labels).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return pairs.length ? `{${pairs.join(',')}}` : '';
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}
