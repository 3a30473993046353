// The per-day history since the phase being left started: one row per UTC day with each
// gated metric's value at the day's close and the verdict the gates would have given then.
// Built from range readings (MetricGateReadings.history), pure. A day's verdict re-runs
// evaluatePhase at the end of that day, so the bake, sign-offs given by then and that
// day's freezes count; check states and the checklist have no history and are taken as
// they are now. The last row is today, and it is the current evaluation itself.

import { isGateOfKind } from '../plan/gate-kind.ts';
import { idRecord, own } from '../plan/own.ts';
import { formatUtcDay } from '../text/time.ts';
import { DAY_MS } from '../time/units.ts';
import { type EvaluatePhaseInput, evaluatePhase, phaseTransition } from './evaluate-phase.ts';
import { gateIds } from './gate-id.ts';
import { historyWindow } from './history-window.ts';
import type { MetricGateReadings, MetricReading, PhaseEvaluation, RangeReading, Verdict } from './model.ts';

export interface HistoryColumn {
  gateId: string;
  metric: string;
  unit?: string;
}

export interface HistoryRow {
  date: string;
  /** One per column; null when there was no value that day. */
  values: (number | null)[];
  /** One per column: the control's or last week's value for a relative gate, else null. */
  references: (number | null)[];
  verdict: Verdict;
  /** Why the verdict was not PROMOTE: the most serious reason, and how many more there were. Raw text. */
  reason?: string;
  /** True for today's row: the day is not over. */
  today: boolean;
}

export interface HistoryTable {
  columns: HistoryColumn[];
  rows: HistoryRow[];
}

/** The last point in [from, to), if any. */
export function lastPointIn(reading: RangeReading | undefined, from: number, to: number): number | undefined {
  if (reading?.status !== 'ok') return undefined;
  let found: number | undefined;
  for (const point of reading.points) {
    const t = point.at.getTime();
    if (t >= from && t < to) found = point.value;
  }
  return found;
}

function dayReading(reading: RangeReading | undefined, from: number, to: number): MetricReading {
  const value = lastPointIn(reading, from, to);
  const source = reading?.source ?? 'history';
  if (value !== undefined) return { status: 'ok', value, source };
  if (reading?.status === 'error') return reading;
  return { status: 'no-data', source, reason: 'empty', detail: `no points on ${formatUtcDay(new Date(from))}` };
}

export function buildHistory(input: EvaluatePhaseInput, current: PhaseEvaluation): HistoryTable {
  const { from } = phaseTransition(input.plan, input.target);
  if (!from) return { columns: [], rows: [] };
  const window = historyWindow(from.bake, input.facts?.activatedAt, input.at);
  const ids = gateIds(from);
  const columns: HistoryColumn[] = [];
  (from.gates ?? []).forEach((gate, i) => {
    if (!isGateOfKind(gate, 'metric')) return;
    const unit = own(input.plan.metrics, gate.metric)?.unit;
    columns.push(
      unit === undefined ? { gateId: ids[i]!, metric: gate.metric } : { gateId: ids[i]!, metric: gate.metric, unit },
    );
  });
  const measurements = input.measurements ?? {};
  const at = input.at.getTime();
  const today = Math.floor(at / DAY_MS) * DAY_MS;
  // A source that only knows today's value (a metrics file of bare numbers) has no history:
  // its past days would all read "no data", which says nothing the current report does not.
  const hasHistory = columns.some((c) => {
    const series = own(measurements, c.gateId)?.history?.series;
    return series?.status === 'ok' && series.points.some((point) => point.at.getTime() < today);
  });
  // Rows are days since the phase started: a phase not activated yet has none, whatever the
  // window the charts look back over (the report says the phase has not been activated).
  if (!window || !hasHistory || !input.facts?.activatedAt) return { columns, rows: [] };

  const rows: HistoryRow[] = [];
  const start = window.start.getTime();
  for (let day = Math.floor(start / DAY_MS) * DAY_MS; day < today; day += DAY_MS) {
    const dayMeasurements = idRecord<MetricGateReadings>();
    for (const column of columns) {
      const history = own(measurements, column.gateId)?.history;
      const readings: MetricGateReadings = { current: dayReading(history?.series, day, day + DAY_MS) };
      // The reference series is the control (baseline) or last week moved forward (week-over-week);
      // evaluation reads whichever the gate's compare needs.
      const reference = dayReading(history?.reference, day, day + DAY_MS);
      readings.baseline = reference;
      readings.lastWeek = reference;
      dayMeasurements[column.gateId] = readings;
    }
    const close = new Date(day + DAY_MS - 1);
    const evaluation = evaluatePhase({ ...input, at: close, measurements: dayMeasurements });
    rows.push({
      date: formatUtcDay(new Date(day)),
      ...reasonOf(evaluation),
      values: columns.map((c) => numberOrNull(dayMeasurements[c.gateId]!.current)),
      references: columns.map((c) =>
        own(measurements, c.gateId)?.history?.reference ? numberOrNull(dayMeasurements[c.gateId]!.baseline!) : null,
      ),
      verdict: evaluation.verdict,
      today: false,
    });
  }
  rows.push({
    date: formatUtcDay(input.at),
    ...reasonOf(current),
    values: columns.map((c) => current.gates.find((g) => g.id === c.gateId)?.metric?.value ?? null),
    references: columns.map((c) => current.gates.find((g) => g.id === c.gateId)?.metric?.reference ?? null),
    verdict: current.verdict,
    today: true,
  });
  return { columns, rows };
}

/** The first (most serious) reason of a verdict other than PROMOTE, with a count of the rest. */
function reasonOf(evaluation: PhaseEvaluation): { reason?: string } {
  const [first, ...rest] = evaluation.reasons;
  if (evaluation.verdict === 'PROMOTE' || first === undefined) return {};
  return { reason: rest.length > 0 ? `${first} (and ${rest.length} more)` : first };
}

function numberOrNull(reading: MetricReading): number | null {
  return reading.status === 'ok' ? reading.value : null;
}
