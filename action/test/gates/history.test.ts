import { describe, expect, it } from 'vitest';
import { buildCharts, MAX_CHART_POINTS, mermaidNumber, mermaidText } from '../../src/gates/chart.ts';
import { evaluatePhase } from '../../src/gates/evaluate-phase.ts';
import { buildHistory, lastPointIn } from '../../src/gates/history.ts';
import { historyWindow, MAX_HISTORY_DAYS } from '../../src/gates/history-window.ts';
import type { Measurements, RangeReading } from '../../src/gates/model.ts';
import type { Metric } from '../../src/plan/schema.ts';
import { AT, DAY, HOUR, ok, planWith, SOURCE } from './helpers.ts';

/** Hourly points from `start` to `end` (inclusive), valued by `value(at)`. */
function hourly(start: Date, end: Date, value: (at: Date) => number): RangeReading {
  const points = [];
  for (let t = start.getTime(); t <= end.getTime(); t += HOUR)
    points.push({ at: new Date(t), value: value(new Date(t)) });
  return { status: 'ok', points, skipped: 0, source: SOURCE };
}

const activatedAt = new Date('2026-11-20T09:00:00Z');
const day = (at: Date) => at.toISOString().slice(0, 10);
// Errors are fine, except on Sunday the 22nd.
const errorsOn = (at: Date) => (day(at) === '2026-11-22' ? 0.02 : 0.002);

const plan = planWith(
  [
    { metric: 'errors', max: 0.01 },
    { metric: 'success', min: 0.99 },
  ],
  {
    bake: '1d',
    freezes: [{ name: 'saturdays', every: ['sat'], reason: 'No weekend changes', environments: ['production'] }],
  },
);
const measurements: Measurements = {
  'metric-errors': { current: ok(0.003), history: { series: hourly(activatedAt, AT, errorsOn) } },
  'metric-success': { current: ok(0.995), history: { series: hourly(activatedAt, AT, () => 0.995) } },
};
const input = { plan, target: 'second', at: AT, facts: { activatedAt }, measurements };

describe('per-day history', () => {
  it('has one row per day since the phase started, with each metric and the verdict that day', () => {
    const history = buildHistory(input, evaluatePhase(input));
    expect(history.columns).toEqual([
      { gateId: 'metric-errors', metric: 'errors', unit: 'ratio' },
      { gateId: 'metric-success', metric: 'success', unit: 'ratio' },
    ]);
    expect(history.rows).toEqual([
      // Activated at 09:00: by the end of the day the 1d bake is not over.
      {
        date: '2026-11-20',
        values: [0.002, 0.995],
        references: [null, null],
        verdict: 'HOLD',
        reason: 'bake: ends 2026-11-21 09:00 UTC',
        today: false,
      },
      // Saturday, frozen for production.
      {
        date: '2026-11-21',
        values: [0.002, 0.995],
        references: [null, null],
        verdict: 'FROZEN',
        reason: 'frozen by saturdays: No weekend changes (until 2026-11-21 ends)',
        today: false,
      },
      // A past HOLD says why.
      {
        date: '2026-11-22',
        values: [0.02, 0.995],
        references: [null, null],
        verdict: 'HOLD',
        reason: 'errors: 2% is above max 1%',
        today: false,
      },
      // Today is the current evaluation itself.
      { date: '2026-11-23', values: [0.003, 0.995], references: [null, null], verdict: 'PROMOTE', today: true },
    ]);
  });

  it('starts on the day of the first point read: an activation in the last minutes of a day starts on the next', () => {
    // The window's first point is on a multiple of its step (10 minutes for this span), so 23:57
    // rounds up to midnight and 23:40 stays (ADR 85: tests count rows from an early hour).
    const firstRowFor = (activated: string) => {
      const at = new Date(activated);
      const late = { ...input, facts: { activatedAt: at } };
      return buildHistory(late, evaluatePhase(late)).rows[0]?.date;
    };
    expect(historyWindow('1d', new Date('2026-11-19T23:57:00Z'), AT)?.stepSeconds).toBe(600);
    expect(firstRowFor('2026-11-19T23:57:00Z')).toBe('2026-11-20');
    expect(firstRowFor('2026-11-19T23:40:00Z')).toBe('2026-11-19');
  });

  it('a day without points has no value and is never a pass', () => {
    const gap: Measurements = {
      ...measurements,
      'metric-success': {
        current: ok(0.995),
        history: { series: hourly(activatedAt, AT, () => 0.995) },
      },
      'metric-errors': {
        current: ok(0.003),
        history: { series: hourly(new Date('2026-11-22T00:00:00Z'), AT, () => 0.002) },
      },
    };
    const rows = buildHistory({ ...input, measurements: gap }, evaluatePhase({ ...input, measurements: gap })).rows;
    expect(rows[1]).toMatchObject({ date: '2026-11-21', values: [null, 0.995] });
    expect(rows[1]?.verdict).not.toBe('PROMOTE');
    expect(rows[2]).toMatchObject({ date: '2026-11-22', values: [0.002, 0.995], verdict: 'PROMOTE' });
  });

  it('sign-offs count from the day they were given', () => {
    const facts = { activatedAt, signoffs: [{ gate: 'signoff', by: '@erin', at: new Date('2026-11-22T15:00:00Z') }] };
    const withSeries = planWith([{ signoff: ['@erin'] }, { metric: 'errors', max: 1 }], { bake: '1d' });
    const m: Measurements = {
      'metric-errors': { current: ok(0), history: { series: hourly(activatedAt, AT, () => 0) } },
    };
    const run = { plan: withSeries, target: 'second', at: AT, facts, measurements: m };
    expect(buildHistory(run, evaluatePhase(run)).rows.map((r) => r.verdict)).toEqual([
      'HOLD',
      'HOLD',
      'PROMOTE',
      'PROMOTE',
    ]);
  });

  it('is empty without any series', () => {
    const plain = { ...input, measurements: { 'metric-errors': { current: ok(0.003) } } };
    expect(buildHistory(plain, evaluatePhase(plain)).rows).toEqual([]);
  });

  it('is empty when no series has a point before today (a metrics file of bare numbers)', () => {
    const todayOnly: RangeReading = { status: 'ok', points: [{ at: AT, value: 0.003 }], skipped: 0, source: SOURCE };
    const snapshot = {
      ...input,
      measurements: { 'metric-errors': { current: ok(0.003), history: { series: todayOnly } } },
    };
    expect(buildHistory(snapshot, evaluatePhase(snapshot)).rows).toEqual([]);
    // One point yesterday is a history: the days without one say so.
    const yesterday = {
      ...todayOnly,
      points: [{ at: new Date(AT.getTime() - DAY), value: 0.002 }, ...todayOnly.points],
    };
    const dated = {
      ...input,
      measurements: { 'metric-errors': { current: ok(0.003), history: { series: yesterday } } },
    };
    const rows = buildHistory(dated, evaluatePhase(dated)).rows;
    expect(rows.map((r) => r.date)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
    expect(rows.map((r) => r.values[0])).toEqual([null, null, 0.002, 0.003]);
  });

  it('covers at most two weeks', () => {
    const window = historyWindow('1d', new Date(AT.getTime() - 60 * DAY), AT)!;
    const days = Math.ceil((AT.getTime() - window.start.getTime()) / DAY);
    expect(days).toBe(MAX_HISTORY_DAYS);
  });

  it('picks the last point of a day', () => {
    const reading = hourly(new Date('2026-11-20T00:00:00Z'), new Date('2026-11-21T05:00:00Z'), (at) =>
      at.getUTCHours(),
    );
    expect(lastPointIn(reading, Date.parse('2026-11-20T00:00:00Z'), Date.parse('2026-11-21T00:00:00Z'))).toBe(23);
  });
});

describe('charts', () => {
  it('draws each metric with its threshold as a second line', () => {
    const evaluation = evaluatePhase(input);
    const charts = buildCharts(evaluation, measurements, historyWindow('1d', activatedAt, AT));
    expect(charts.map((c) => c.metric)).toEqual(['errors', 'success']);
    const errors = charts[0]!;
    expect(errors.labels.length).toBeGreaterThan(MAX_CHART_POINTS / 2);
    expect(errors.labels.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(errors.lines.map((l) => l.label)).toEqual(['errors', 'max 1%']);
    expect(errors.lines[1]?.values.every((v) => v === 0.01)).toBe(true);
    expect(errors.lines[0]?.values).toContain(0.02);
    const lines = errors.mermaid.split('\n');
    expect(lines[0]).toBe('xychart-beta');
    expect(lines[1]).toBe('  title "errors (percent)"');
    // The last point of each 6-hour slice of a fixed UTC grid (3 days do not fit in 4-hour slices).
    expect(lines[2]).toMatch(/^ {2}x-axis \["11-20 11:00", "11-20 17:00", "11-20 23:00"/);
    expect(lines[2]).toContain('"11-23 05:00", "11-23 09:00"]');
    // A ratio is drawn as the report shows it, in percent (`%` cannot stand in Mermaid text).
    expect(lines[3]).toBe('  y-axis "percent"');
    const drawn = lines.filter((l) => l.startsWith('  line ['));
    expect(drawn).toHaveLength(2);
    expect(drawn[0]).toContain(', 2,');
    expect(drawn[1]).toMatch(/^ {2}line \[1(, 1)*\]$/);
  });

  it('draws the same chart minutes later when the series is the same', () => {
    const later = new Date(AT.getTime() + 7 * 60_000);
    const at = (when: Date) =>
      buildCharts(evaluatePhase({ ...input, at: when }), measurements, historyWindow('1d', activatedAt, when));
    expect(at(later).map((c) => c.mermaid)).toEqual(at(AT).map((c) => c.mermaid));
    expect(historyWindow('1d', activatedAt, later)!.start).toEqual(historyWindow('1d', activatedAt, AT)!.start);
  });

  it('names a 2-hour gap in the data that the line runs across', () => {
    const hole = (p: { at: Date }) =>
      p.at.getTime() < Date.parse('2026-11-21T10:00:00Z') || p.at.getTime() > Date.parse('2026-11-21T11:00:00Z');
    const series = hourly(activatedAt, AT, () => 0.002);
    if (series.status !== 'ok') throw new Error('hourly() gives a series');
    const gappy: Measurements = {
      'metric-errors': { current: ok(0.003), history: { series: { ...series, points: series.points.filter(hole) } } },
    };
    const [chart] = buildCharts(evaluatePhase(input), gappy, historyWindow('1d', activatedAt, AT));
    expect(chart?.gaps).toEqual([{ from: '2026-11-21T09:00:00.000Z', to: '2026-11-21T12:00:00.000Z' }]);
    const [whole] = buildCharts(evaluatePhase(input), measurements, historyWindow('1d', activatedAt, AT));
    expect(whole?.gaps).toEqual([]);
  });

  it('draws the regression limit against the control for baseline gates', () => {
    const p99: Metric = { provider: 'prometheus', query: 'p99', unit: 'ms', signal: 'negative' };
    const baselinePlan = planWith([{ metric: 'p99', compare: 'baseline', baseline: 'stable', maxRegression: '10%' }], {
      bake: '1d',
      metrics: { p99 },
    });
    const m: Measurements = {
      'metric-p99': {
        current: ok(105),
        baseline: ok(100),
        history: { series: hourly(activatedAt, AT, () => 105), reference: hourly(activatedAt, AT, () => 100) },
      },
    };
    const run = { plan: baselinePlan, target: 'second', at: AT, facts: { activatedAt }, measurements: m };
    const [chart] = buildCharts(evaluatePhase(run), m, historyWindow('1d', activatedAt, AT));
    expect(chart?.lines.map((l) => l.label)).toEqual(['p99', 'limit: 10% worse than the control']);
    expect(chart?.lines[1]?.values.every((v) => Math.abs(v - 110) < 1e-9)).toBe(true);
  });

  it('leaves out metrics without a series', () => {
    const m: Measurements = { 'metric-errors': { current: ok(0.003) } };
    expect(buildCharts(evaluatePhase({ ...input, measurements: m }), m, historyWindow('1d', activatedAt, AT))).toEqual(
      [],
    );
  });

  it('keeps hostile text out of the diagram', () => {
    const hostile = 'ms"]\n```\n%%{init: {"theme":"dark"}}%%<script>alert(1)</script>';
    const text = mermaidText(hostile);
    expect(text).not.toMatch(/["`<>\n%{}[\]]/);
    expect(text).toBe('ms init: theme : dark script alert(1) /script');
    const metric: Metric = { provider: 'prometheus', query: 'q', unit: hostile, signal: 'negative' };
    const hostilePlan = planWith([{ metric: 'bad', max: 1 }], { bake: '1d', metrics: { bad: metric } });
    const m: Measurements = { 'metric-bad': { current: ok(0), history: { series: hourly(activatedAt, AT, () => 0) } } };
    const [chart] = buildCharts(
      evaluatePhase({ plan: hostilePlan, target: 'second', at: AT, measurements: m }),
      m,
      historyWindow('1d', activatedAt, AT),
    );
    expect(chart?.mermaid).not.toContain('```');
    expect(chart?.mermaid.split('\n')).toHaveLength(6);
  });

  it('writes numbers Mermaid can read', () => {
    expect(mermaidNumber(0.00000015)).toBe('0.00000015');
    expect(mermaidNumber(1234.5)).toBe('1234.5');
    expect(mermaidNumber(0.1 + 0.2)).toBe('0.3');
  });
});
