// The status as text (a table for people) or as the site's JSON (fixed key order).
import type { KpiReviewStatus, KpiStatus, PlanStatus, StatusFile } from './model.ts';

/** Keys in the documented order, `verdict` only when known. */
function ordered(status: PlanStatus): PlanStatus {
  return {
    phase: status.phase,
    state: status.state,
    ...(status.ramp !== undefined ? { ramp: status.ramp } : {}),
    ...(status.readings !== undefined ? { readings: status.readings } : {}),
    ...(status.verdict !== undefined ? { verdict: status.verdict } : {}),
    ...(status.kpiReview !== undefined ? { kpiReview: status.kpiReview } : {}),
    updatedAt: status.updatedAt,
  };
}

export function formatStatusJson(status: StatusFile): string {
  const plans: Record<string, PlanStatus> = {};
  for (const name of Object.keys(status.plans).sort()) plans[name] = ordered(status.plans[name]!);
  return `${JSON.stringify({ plans }, null, 2)}\n`;
}

const OUTCOME_WORDS = { met: 'met', missed: 'MISSED', 'no-data': 'no data' } as const;

/** `plan: KPI review met (posted …)` and one line per KPI. */
function reviewLines(name: string, review: KpiReviewStatus): string {
  const head =
    review.state === 'pending' && review.postedAt
      ? `${name}: KPI review pending (posted ${review.postedAt}; a KPI awaits a run with its metric provider)`
      : review.state === 'pending'
        ? `${name}: KPI review pending${review.due ? `, due ${review.due}` : ''}`
        : `${name}: KPI review ${review.state === 'missed' ? 'MISSED' : 'met'} (posted ${review.postedAt ?? 'unknown'})`;
  return [head, ...review.kpis.map(kpiLine)].join('\n');
}

/** `  error rate: MISSED, measured 8% over 1h (baseline 2%, expected <= 1%)`. */
function kpiLine(k: KpiStatus): string {
  const outcome = k.awaitsProvider
    ? 'no data yet (awaits a run with its metric provider)'
    : k.outcome
      ? OUTCOME_WORDS[k.outcome]
      : 'not measured yet';
  const measured = k.measured !== undefined ? `, measured ${k.measured}${k.window ? ` over ${k.window}` : ''}` : '';
  const against = [
    ...(k.baseline !== undefined ? [`baseline ${k.baseline}`] : []),
    ...(k.expect !== undefined ? [`expected ${k.expect}`] : []),
  ];
  return `  ${k.kpi}: ${outcome}${measured}${against.length ? ` (${against.join(', ')})` : ''}`;
}

export function formatStatusText(status: StatusFile): string {
  const names = Object.keys(status.plans).sort();
  if (names.length === 0) return 'No plans.\n';
  const hasVerdict = names.some((n) => status.plans[n]!.verdict !== undefined);
  const header = ['PLAN', 'PHASE', 'STATE', ...(hasVerdict ? ['VERDICT'] : [])];
  const rows = names.map((name) => {
    const s = status.plans[name]!;
    return [name, s.phase, s.state, ...(hasVerdict ? [s.verdict ?? '—'] : [])];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const updated = status.plans[names[0]!]!.updatedAt;
  const ramps = names.flatMap((name) => {
    const ramp = status.plans[name]!.ramp;
    return ramp ? [`${name} (${status.plans[name]!.phase}): ${ramp.says}`] : [];
  });
  const rampLines = ramps.length ? `\n${ramps.join('\n')}\n` : '';
  const readings = names.flatMap((name) => {
    const r = status.plans[name]!.readings;
    if (!r || r.gates.length === 0) return [];
    const gates = r.gates.map((g) => `${g.title} ${g.value} (${g.status})`).join('; ');
    return [`${name} (${status.plans[name]!.phase}) gates as of ${r.evaluatedAt}: ${gates}`];
  });
  const readingLines = readings.length ? `\n${readings.join('\n')}\n` : '';
  const reviews = names.flatMap((name) => {
    const review = status.plans[name]!.kpiReview;
    return review ? [reviewLines(name, review)] : [];
  });
  const reviewText = reviews.length ? `\n${reviews.join('\n')}\n` : '';
  return `${[line(header), ...rows.map(line)].join('\n')}\n${rampLines}${readingLines}${reviewText}\nAs of ${updated}.\n`;
}
