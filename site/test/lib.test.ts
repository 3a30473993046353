// Unit tests for the site's pure helpers: the chart, status file,
// settings, URLs and the lesson Markdown sanitizer.
import { describe, expect, test } from 'vitest';
import type { AppliedGuard, Gate, GateReadingStatus, Phase, RolloutPlan } from '../../action/src/site-api.ts';
import { groupedGuards, phaseGateRows } from '../src/lib/gate-rows.ts';
import { h2Headings } from '../src/lib/html-headings.ts';
import { inlineCodeRuns } from '../src/lib/inline-code.ts';
import { kpiReviewChart, kpiReviewView, tallyKpiReviews } from '../src/lib/kpi-review.ts';
import { renderLessonMarkdown } from '../src/lib/markdown.ts';
import {
  ageText,
  nowView,
  READING_STATUS_TEXT,
  readingShown,
  STATUS_STALE_AFTER_HOURS,
  tocMark,
  withReadings,
} from '../src/lib/now-view.ts';
import { exportToEnv, normalizeBase, readSiteOptions, startIsBuildDay } from '../src/lib/options.ts';
import { MAX_KPI_TEXT, MAX_REVIEW_KPIS, parseStatus, verdictLook } from '../src/lib/status.ts';
import { renderBarChart } from '../src/lib/trigger-chart.ts';
import { editUrlFor, sitePaths, withBase } from '../src/lib/urls.ts';

const phase = (id: string, title: string, environment: Phase['environment'] = 'staging'): Phase => ({
  id,
  title,
  environment,
  strategy: 'canary',
  bake: '1d',
  steps: [{ id: 's', kind: 'binary', do: 'x', rollback: 'y' }],
});

const why = (lessonId: string) => ({ lessonId, title: lessonId, href: `/lessons/${lessonId}/` });
const guard = (lessonId: string, action: AppliedGuard['action'], waived?: string): AppliedGuard => ({
  key: `${lessonId}/g`,
  itemId: `${lessonId}--g`,
  lessonId,
  guardId: 'g',
  action,
  summary: action.kind === 'checklist' ? action.text : 'x',
  why: why(lessonId),
  ...(waived ? { waived: { reason: waived } as AppliedGuard['waived'] } : {}),
});

describe('gate rows', () => {
  const plan = { metrics: { errors: { signal: 'error', unit: '%' } } } as unknown as RolloutPlan;
  const gates: Gate[] = [
    { id: 'e', metric: 'errors', max: 1 } as Gate,
    { id: 'c', check: 'ci' } as Gate,
    { id: 's', signoff: ['@a'] } as Gate,
    { id: 'm', manual: 'Dashboards green' } as Gate,
  ];
  const oncall = { kind: 'gate', gate: { id: 'x', manual: 'On-call knows' } as Gate } as const;

  test('merges the plan gates of every kind and the lesson gates, one row per distinct lesson gate', () => {
    const rows = phaseGateRows(plan, gates, [
      guard('L-1', oncall),
      guard('L-2', oncall),
      guard('L-3', { kind: 'checklist', text: 'Tell support' }),
      guard('L-4', { kind: 'gate', gate: { id: 'y', check: 'load-test' } as Gate }, 'no load here'),
    ]);
    expect(rows.map((r) => [r.kind, r.text, r.lessons.map((w) => w.lessonId), r.waivedBecause])).toEqual([
      ['metric', 'errors ≤ 1%', [], undefined],
      ['check', 'Check ci succeeded', [], undefined],
      ['signoff', '1 sign-off from @a (not the author)', [], undefined],
      ['manual', 'Dashboards green', [], undefined],
      ['manual', 'On-call knows', ['L-1', 'L-2'], undefined],
      ['check', 'Check load-test succeeded', ['L-4'], 'no load here'],
    ]);
    expect(rows[0]!.metric).toBe('errors');
  });

  test('lists other guards once however many lessons add them, and leaves gates to the table', () => {
    const tell = { kind: 'checklist', text: 'Tell support' } as const;
    const groups = groupedGuards([guard('L-1', tell), guard('L-2', oncall), guard('L-3', tell)]);
    expect(groups.map((g) => [g.guard.summary, g.whys.map((w) => w.lessonId)])).toEqual([
      ['Tell support', ['L-1', 'L-3']],
    ]);
  });
});

describe('now view', () => {
  const plan = {
    metrics: {},
    phases: [
      { ...phase('a', 'Staging'), gates: [{ id: 'm', manual: 'Dashboards green' }] },
      { ...phase('b', 'Canary'), steps: [{ id: 't', kind: 'binary', do: 'Deploy 5%', rollback: { do: 'Undo' } }] },
    ],
  } as unknown as RolloutPlan;
  const at = (state: string, updatedAt = '2026-11-20T09:00:00Z') => ({ phase: 'a', state, updatedAt });
  const view = (state: string, now: string, updatedAt?: string) =>
    nowView(plan, at(state, updatedAt), new Date(now), () => []);

  test('says how old the status is and when it went stale', () => {
    expect(
      ['2026-11-20T09:30:00Z', '2026-11-20T13:00:00Z', '2026-11-23T09:00:00Z'].map((n) => view('x', n).age),
    ).toEqual(['30 minutes old', '4 hours old', '3 days old']);
    const fresh = new Date(Date.parse('2026-11-20T09:00:00Z') + STATUS_STALE_AFTER_HOURS * 3_600_000 - 60_000);
    expect(view('x', fresh.toISOString()).staleSince).toBeUndefined();
    expect(view('x', '2026-11-25T00:00:00Z').staleSince).toBe(
      new Date(Date.parse('2026-11-20T09:00:00Z') + STATUS_STALE_AFTER_HOURS * 3_600_000).toISOString(),
    );
    expect(view('x', '2026-11-25T00:00:00Z', 'yesterday').age).toBeUndefined();
    expect(ageText(60_000)).toBe('1 minute old');
    expect(ageText(-30_000)).toBe('0 minutes old');
    // A status dated after the build's clock is not called fresh.
    expect(ageText(-2 * 24 * 3_600_000)).toBe("2 days after this build's clock");
    expect(ageText(-5 * 60_000)).toBe("5 minutes after this build's clock");
  });

  test('the next step is this phase first step until the phase is ready, then the next phase first step', () => {
    expect(view('not-started', '2026-11-20T10:00:00Z').next?.step.id).toBe('s');
    expect(view('in-progress', '2026-11-20T10:00:00Z').next?.label).toMatch(/does not say which steps are done/);
    const ready = view('ready', '2026-11-20T10:00:00Z').next!;
    expect([ready.phase.id, ready.step.do, ready.rollback]).toEqual(['b', 'Deploy 5%', 'Undo']);
    expect(view('x', '2026-11-20T10:00:00Z').gates.map((g) => g.row.text)).toEqual(['Dashboards green']);
  });

  test('a next step that cannot be undone shows its roll-forward plan, and the gates read roll forward (ADR 30)', () => {
    const irreversible = {
      metrics: {},
      policy: { prefer: 'rollback' },
      phases: [
        {
          ...phase('a', 'Store'),
          rollForward: 'Ship 1.2.1 and keep the flag off',
          steps: [{ id: 'ship', kind: 'binary', do: 'Release 1.2 to the store', irreversible: true }],
          gates: [{ id: 'e', metric: 'errors', max: 1, rollbackAt: 5 }],
        },
      ],
    } as unknown as RolloutPlan;
    const now = nowView(irreversible, at('not-started'), new Date('2026-11-20T10:00:00Z'), () => []);
    expect([now.next?.rollback, now.next?.rollForward]).toEqual([undefined, 'Ship 1.2.1 and keep the flag off']);
    expect(now.gates.map((g) => g.row.text)).toEqual(['errors ≤ 1, roll forward at 5']);
    expect(view('not-started', '2026-11-20T10:00:00Z').next?.rollForward).toBeUndefined();
  });

  test('a phase the plan does not have gives no phase, step or gates', () => {
    const lost = nowView(plan, { ...at('x'), phase: 'gone' }, new Date('2026-11-20T10:00:00Z'), () => []);
    expect([lost.phase, lost.next, lost.gates, lost.readings]).toEqual([undefined, undefined, [], undefined]);
  });

  const reading = (gate: string, value: string): GateReadingStatus => ({
    gate,
    title: gate,
    status: 'pass',
    value,
    threshold: '≤ 1',
  });

  test('puts each reading on its gate by the id the watch keys it by; lesson rows and gone gates get none', () => {
    const metrics = {
      metrics: { errors: { signal: 'error' }, latency: { signal: 'latency' } },
      phases: [
        {
          ...phase('a', 'Staging'),
          // Derived ids: metric-errors, manual, then an explicit id.
          gates: [
            { metric: 'errors', max: 1 },
            { manual: 'Dashboards green' },
            { id: 'p99', metric: 'latency', max: 2 },
          ],
        },
      ],
    } as unknown as RolloutPlan;
    const lessonGate = guard('L-1', { kind: 'gate', gate: { metric: 'errors', max: 1 } });
    const status = {
      ...at('in-progress'),
      readings: {
        evaluatedAt: '2026-11-20T08:00:00Z',
        gates: [reading('p99', '1.5'), reading('metric-errors', '0.2'), reading('metric-retired', '7')],
      },
    };
    const now = nowView(metrics, status, new Date('2026-11-20T11:00:00Z'), () => [lessonGate]);
    expect(now.gates.map((g) => [g.row.kind, g.reading?.value])).toEqual([
      ['metric', '0.2'],
      ['manual', undefined],
      ['metric', '1.5'],
      ['metric', undefined],
    ]);
    expect(now.readings).toEqual({
      evaluatedAt: '2026-11-20T08:00:00Z',
      age: '3 hours old',
      unmatched: [reading('metric-retired', '7')],
    });
    expect(nowView(metrics, at('x'), new Date('2026-11-20T11:00:00Z'), () => []).readings).toBeUndefined();
  });

  test('withReadings matches only the own-gate rows, by position in the id list', () => {
    const rows = phaseGateRows(plan, [{ manual: 'A' }, { manual: 'B' }] as Gate[], []);
    const matched = withReadings(rows, ['x', 'y'], [reading('y', '1'), reading('z', '2')]);
    expect(matched.gates.map((g) => g.reading?.value)).toEqual([undefined, '1']);
    expect(matched.unmatched.map((r) => r.gate)).toEqual(['z']);
  });

  test('shows a reading as a sign and a word, and its value unless it only repeats the word', () => {
    expect(readingShown({ status: 'fail', value: '0.87' })).toEqual({ status: '✗ fail', value: '0.87' });
    expect(readingShown({ status: 'inconclusive', value: 'No data' })).toEqual({ status: '? no data' });
    expect(readingShown({ status: 'error', value: 'timeout after 10s' })).toEqual({
      status: '! error',
      value: 'timeout after 10s',
    });
    const signs = Object.values(READING_STATUS_TEXT).map((t) => t.split(' ')[0]);
    expect(new Set(signs).size).toBe(signs.length);
  });

  test('marks the current phase in the page contents only for an anchor of plan-id characters', () => {
    expect(tocMark('phase-canary')).toContain('starlight-toc a[href="#phase-canary"]');
    expect(tocMark('phase-canary')).toContain('mobile-starlight-toc a[href="#phase-canary"] span::before');
    expect(tocMark('phase-x"]{}</style><script>')).toBe('');
  });
});

describe('inlineCodeRuns', () => {
  test('turns backticked words into code runs and keeps an unpaired backtick as text', () => {
    expect(inlineCodeRuns('Set `default: off` on the `flag`.')).toEqual([
      { code: false, text: 'Set ' },
      { code: true, text: 'default: off' },
      { code: false, text: ' on the ' },
      { code: true, text: 'flag' },
      { code: false, text: '.' },
    ]);
    expect(inlineCodeRuns('a ` b')).toEqual([{ code: false, text: 'a ` b' }]);
    expect(inlineCodeRuns('')).toEqual([]);
  });
});

describe('bar chart', () => {
  test('has a title, a description with the numbers, and one bar per entry', () => {
    const svg = renderBarChart(
      [
        { label: 'config-push', count: 3 },
        { label: '<hardware>', count: 0 },
      ],
      { idPrefix: 'c', title: 'Lessons by trigger' },
    );
    expect(svg).toContain('role="img" aria-labelledby="c-title c-desc"');
    expect(svg).toContain('<desc id="c-desc">config-push: 3, &lt;hardware&gt;: 0</desc>');
    expect(svg.match(/class="chart-bar"/g)).toHaveLength(2);
  });
});

describe('lesson Markdown', () => {
  test('keeps safe markup and strips scripts, handlers and non-http links', () => {
    const html = renderLessonMarkdown(
      [
        '# Title',
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '[bad](javascript:alert(1)) [data](data:text/html,x) [good](https://example.com/a)',
        '<a href="JaVaScRiPt:alert(1)">mixed</a>',
      ].join('\n\n'),
    );
    expect(html).toContain('<h2 id="title">Title</h2>');
    expect(html).toContain('<a href="https://example.com/a">good</a>');
    expect(html).not.toMatch(/<script|<img|onerror|javascript:|data:text/i);
  });

  test('finds h2 headings for the table of contents', () => {
    expect(h2Headings('<h2 id="what-happened">What <em>happened</em> &amp; why</h2><h3 id="x">x</h3>')).toEqual([
      { depth: 2, slug: 'what-happened', text: 'What happened & why' },
    ]);
  });
});

describe('status file', () => {
  test('accepts the documented shape and names the first bad entry', () => {
    const ok = {
      plans: { a: { phase: 'p', state: 'in-progress', verdict: 'HOLD', updatedAt: '2026-01-01T00:00:00Z' } },
    };
    expect(parseStatus(ok, 's.json').plans.a?.verdict).toBe('HOLD');
    expect(() => parseStatus({ plans: { b: { phase: 'p' } } }, 's.json')).toThrow('plans.b needs');
    expect(() => parseStatus([], 's.json')).toThrow('expected {"plans"');
  });

  test('reads the gate readings the status command carries, and names the first bad field', () => {
    const gate = { gate: 'g', title: 'errors', status: 'fail', value: '0.2', threshold: '≤ 0.1' };
    const entry = (readings: unknown) => ({
      plans: { a: { phase: 'p', state: 'in-progress', updatedAt: '2026-01-01T00:00:00Z', readings } },
    });
    const readings = { evaluatedAt: '2026-01-01T00:00:00Z', gates: [{ ...gate, sampledAt: '2025-12-31T23:59:00Z' }] };
    expect(parseStatus(entry(readings), 's.json').plans.a?.readings).toEqual(readings);
    // Fields the status file does not define are left out.
    expect(
      parseStatus(entry({ ...readings, gates: [{ ...gate, extra: 1 }] }), 's.json').plans.a?.readings?.gates,
    ).toEqual([gate]);
    const bad: [unknown, string][] = [
      [{ gates: [] }, 's.json: plans.a.readings needs evaluatedAt'],
      [{ ...readings, evaluatedAt: 'yesterday' }, 'plans.a.readings needs evaluatedAt'],
      [{ ...readings, gates: [{ ...gate, status: 'great' }] }, 'plans.a.readings.gates[0].status must be one of pass,'],
      [{ ...readings, gates: [{ ...gate, value: 'x'.repeat(121) }] }, 'gates[0].value must be a string of at most 120'],
      [{ ...readings, gates: [{ ...gate, title: 3 }] }, 'gates[0].title must be a string'],
      [{ ...readings, gates: [{ ...gate, sampledAt: 'now' }] }, 'gates[0].sampledAt must be a UTC time'],
      [{ ...readings, gates: Array.from({ length: 21 }, () => gate) }, 'gates has 21 entries; at most 20'],
      [{ ...readings, gates: [null] }, 'gates[0] must be an object'],
    ];
    for (const [raw, message] of bad) expect(() => parseStatus(entry(raw), 's.json')).toThrow(message);
  });

  test('reads the KPI review the status command carries, and names the first bad field', () => {
    const entry = (kpiReview: unknown) => ({
      plans: { a: { phase: 'p', state: 'done', updatedAt: '2026-01-01T00:00:00Z', kpiReview } },
    });
    const review = {
      state: 'missed',
      due: '2026-02-01T00:00:00Z',
      postedAt: '2026-02-01T06:00:00Z',
      kpis: [
        { kpi: 'Conversion', outcome: 'met', baseline: '10%', expect: '>= 12%', measured: '12.5%', window: '1d' },
        { kpi: 'Latency', outcome: 'no-data', expect: '<= 300 ms' },
      ],
    };
    expect(parseStatus(entry(review), 's.json').plans.a?.kpiReview).toEqual(review);
    // Fields the status file does not define are left out; a pending review has no outcomes yet.
    expect(
      parseStatus(entry({ state: 'pending', extra: 1, kpis: [{ kpi: 'Conversion', extra: 2 }] }), 's.json').plans.a
        ?.kpiReview,
    ).toEqual({ state: 'pending', kpis: [{ kpi: 'Conversion' }] });
    const bad: [unknown, string][] = [
      [null, 's.json: plans.a.kpiReview needs state (pending, met, missed)'],
      [{ ...review, state: 'great' }, 'plans.a.kpiReview needs state'],
      [{ ...review, due: 'next week' }, 'plans.a.kpiReview.due must be a UTC time'],
      [{ ...review, postedAt: 3 }, 'plans.a.kpiReview.postedAt must be a UTC time'],
      [{ ...review, kpis: 'all' }, `plans.a.kpiReview.kpis must be a list of at most ${MAX_REVIEW_KPIS}`],
      [{ ...review, kpis: Array.from({ length: MAX_REVIEW_KPIS + 1 }, () => ({ kpi: 'k' })) }, 'kpis must be a list'],
      [{ ...review, kpis: [null] }, 'plans.a.kpiReview.kpis[0] needs a kpi name'],
      [{ ...review, kpis: [{ kpi: 'x'.repeat(MAX_KPI_TEXT + 1) }] }, 'kpis[0] needs a kpi name of at most'],
      [{ ...review, kpis: [{ kpi: 'k', outcome: 'great' }] }, 'kpis[0].outcome must be one of met, missed, no-data'],
      [{ ...review, kpis: [{ kpi: 'k', measured: 0.5 }] }, 'kpis[0].measured must be a string of at most'],
      [{ ...review, kpis: [{ kpi: 'k', outcome: 'met', awaitsProvider: true }] }, 'kpis[0].awaitsProvider must be'],
      [{ ...review, kpis: [{ kpi: 'k', outcome: 'no-data', awaitsProvider: 1 }] }, 'kpis[0].awaitsProvider must be'],
      [{ ...review, kpis: [{ kpi: 'k', expect: 'x'.repeat(MAX_KPI_TEXT + 1) }] }, 'kpis[0].expect must be a string'],
    ];
    for (const [raw, message] of bad) expect(() => parseStatus(entry(raw), 's.json')).toThrow(message);
  });

  test('shows the KPI review per plan and per KPI in words, with the expectation from the plan', () => {
    const impact = [
      { kpi: 'Conversion', expect: '>= 12%', baseline: '10%' },
      { kpi: 'Latency', expect: '<= 300 ms' },
      { kpi: 'Contacts', expect: '-30%' },
    ];
    const posted = kpiReviewView(impact, {
      state: 'missed',
      postedAt: '2026-02-01T06:00:00Z',
      kpis: [
        { kpi: 'Conversion', outcome: 'met' },
        { kpi: 'Latency', outcome: 'missed' },
        { kpi: 'Contacts', outcome: 'no-data' },
      ],
    });
    expect(posted.summary).toBe('KPI review: missed (posted 2026-02-01 06:00 UTC)');
    expect(posted.rows.map((r) => [r.kpi, r.baseline, r.expect, r.measured, r.outcome, r.says])).toEqual([
      ['Conversion', '10%', '>= 12%', '—', 'met', 'met'],
      ['Latency', '—', '<= 300 ms', '—', 'missed', 'missed'],
      ['Contacts', '—', '-30%', '—', 'no data', 'no data'],
    ]);
    // The values the review recorded win over the plan's: they are what the measurement was compared with.
    const recorded = kpiReviewView(impact, {
      state: 'missed',
      kpis: [
        { kpi: 'Conversion', outcome: 'met', baseline: '9%', expect: '>= 11%', measured: '12.5%', window: '1d' },
        { kpi: 'Latency', outcome: 'missed', expect: '<= 300 ms', measured: '412 ms' },
        { kpi: 'Contacts', outcome: 'no-data', expect: '-30%', awaitsProvider: true },
      ],
    });
    expect(recorded.rows.map((r) => [r.kpi, r.baseline, r.expect, r.measured, r.says])).toEqual([
      ['Conversion', '9%', '>= 11%', '12.5% over 1d', 'met'],
      ['Latency', '—', '<= 300 ms', '412 ms', 'missed'],
      ['Contacts', '—', '-30%', '—', 'no data yet: awaits a run with its metric provider'],
    ]);
    const pending = kpiReviewView(impact, {
      state: 'pending',
      due: '2026-03-01T09:00:00Z',
      kpis: [{ kpi: 'Latency' }, { kpi: 'Renamed since' }],
    });
    expect(pending.summary).toBe('KPI review: pending, due 2026-03-01 09:00 UTC');
    expect(pending.rows.map((r) => [r.kpi, r.expect, r.outcome, r.says])).toEqual([
      ['Latency', '<= 300 ms', 'pending', 'pending, due 2026-03-01 09:00 UTC'],
      ['Renamed since', '—', 'pending', 'pending, due 2026-03-01 09:00 UTC'],
    ]);
    expect(kpiReviewView(impact, { state: 'met', kpis: [] }).summary).toBe('KPI review: met');
    expect(kpiReviewView(impact, { state: 'pending', postedAt: '2026-02-01T06:00:00Z', kpis: [] }).summary).toBe(
      'KPI review: pending (posted 2026-02-01 06:00 UTC; a KPI awaits a run with its metric provider)',
    );
  });

  test("tallies the site's plans by KPI review for the lessons chart, leaving out plans the site lacks", () => {
    const review = (state: 'met' | 'missed' | 'pending') => ({ kpiReview: { state, kpis: [] } });
    const statusPlans = { a: review('met'), b: review('missed'), c: review('met'), d: review('pending'), e: {} };
    const tally = tallyKpiReviews(['a', 'b', 'c', 'e', 'toString', 'not-in-status'], {
      ...statusPlans,
      gone: review('missed'),
    });
    expect(tally).toEqual({ met: 2, missed: 1, pending: 0 });
    expect(kpiReviewChart(tally)).toEqual({
      bars: [
        { label: 'KPIs met', count: 2 },
        { label: 'KPIs missed', count: 1 },
        { label: 'Review pending', count: 0 },
      ],
      says: 'KPIs met in 2 of 3 plans reviewed.',
    });
    expect(kpiReviewChart(tallyKpiReviews(['d'], statusPlans))?.says).toBe(
      'KPIs met in 0 of 0 plans reviewed; 1 plan awaiting review.',
    );
    expect(kpiReviewChart(tallyKpiReviews(['e'], statusPlans))).toBeUndefined();
  });

  test('gives every verdict its own tone and icon, so none is told apart by colour alone', () => {
    const looks = ['PROMOTE', 'HOLD', 'FROZEN', 'ROLL BACK', 'ROLL FORWARD', undefined].map(verdictLook);
    expect(looks.map((l) => l.tone)).toEqual(['success', 'caution', 'note', 'danger', 'danger', 'default']);
    expect(new Set(looks.map((l) => l.icon)).size).toBe(looks.length);
    expect(verdictLook('hold')).toEqual(verdictLook('HOLD'));
  });
});

describe('settings', () => {
  test('default to ../playbooks beside the site, with the repository as its parent', () => {
    const options = readSiteOptions({ ROLLBOOK_START: '2026-01-05' }, '/anywhere', `${import.meta.dirname}/..`);
    expect(options.playbooks).toMatch(/\/playbooks$/);
    expect(options.repoRoot).toBe(options.playbooks.replace(/\/playbooks$/, ''));
    expect(options.base).toBe('/');
    expect(options.editUrl).toBeUndefined();
  });

  test('read every variable, resolve relative paths against the working directory, and round-trip', () => {
    const env = {
      ROLLBOOK_PLAYBOOKS: 'site/test/fixtures/hostile',
      ROLLBOOK_LESSONS: 'elsewhere',
      ROLLBOOK_BASE: 'rollbook/',
      ROLLBOOK_SITE: 'https://acme.github.io',
      ROLLBOOK_EDIT_URL: 'https://github.com/acme/r/edit/main',
      ROLLBOOK_STATUS: 'status.json',
      ROLLBOOK_START: '2026-02-03',
      ROLLBOOK_NOW: '2026-02-03T10:00:00Z',
    };
    const cwd = `${import.meta.dirname}/../..`;
    const options = readSiteOptions(env, cwd, '/unused');
    expect(options.playbooks).toMatch(/\/site\/test\/fixtures\/hostile$/);
    expect(options.lessons).toMatch(/\/elsewhere$/);
    expect(options.base).toBe('/rollbook');
    expect(options.editUrl).toBe('https://github.com/acme/r/edit/main/');
    expect(options.now).toBe('2026-02-03T10:00:00Z');
    const exported: Record<string, string | undefined> = {};
    exportToEnv(options, exported);
    expect(readSiteOptions(exported, '/', '/')).toEqual(options);
  });

  test('reject a missing playbooks folder and a bad start date', () => {
    expect(() => readSiteOptions({ ROLLBOOK_PLAYBOOKS: '/no/such/dir' }, '/', '/')).toThrow('does not exist');
    expect(() => readSiteOptions({ ROLLBOOK_START: '1 May' }, '/', import.meta.dirname)).toThrow('YYYY-MM-DD');
    expect(() => readSiteOptions({ ROLLBOOK_NOW: 'soon' }, '/', `${import.meta.dirname}/..`)).toThrow('ISO 8601');
  });

  test("without ROLLBOOK_START the calendar starts on the build's day, and says so", () => {
    const root = `${import.meta.dirname}/..`;
    const now = '2026-03-04T23:30:00Z';
    const defaulted = readSiteOptions({ ROLLBOOK_NOW: now }, '/', root);
    expect(defaulted.start).toBe('2026-03-04');
    expect(startIsBuildDay(defaulted)).toBe(true);
    expect(startIsBuildDay(readSiteOptions({ ROLLBOOK_NOW: now, ROLLBOOK_START: '2026-03-10' }, '/', root))).toBe(
      false,
    );
  });

  test('normalize the base path', () => {
    expect(['', '/', 'x', '/x/', '//x//y/'].map(normalizeBase)).toEqual(['/', '/', '/x', '/x', '/x//y']);
  });
});

describe('URLs', () => {
  test('carry the base path and trailing slashes', () => {
    expect(withBase('/', '/a/')).toBe('/a/');
    expect(withBase('/rollbook', 'a/')).toBe('/rollbook/a/');
    const paths = sitePaths('/rollbook');
    expect(paths.phase('p', 'canary')).toBe('/rollbook/plans/p/#phase-canary');
    expect(paths.rule('step-rollback')).toBe('/rollbook/rules/#rule-step-rollback');
    expect(paths.planCalendar('a b')).toBe('/rollbook/plans/a%20b.ics');
    expect(paths.calendar()).toBe('/rollbook/rollouts.ics');
    expect(paths.plansPage(1)).toBe('/rollbook/');
    expect(paths.plansPage(3)).toBe('/rollbook/page/3/');
    expect(paths.lessonsPage('all')).toBe('/rollbook/lessons/page/all/');
    expect(paths.lessonFacet('service', 'svc-1')).toBe('/rollbook/lessons/service/svc-1/');
  });

  test('edit links exist only when configured', () => {
    expect(editUrlFor(undefined, 'playbooks/a.rollout.yaml')).toBe(false);
    expect(editUrlFor('https://github.com/o/r/edit/main/', 'playbooks/a b.yaml')).toBe(
      'https://github.com/o/r/edit/main/playbooks/a%20b.yaml',
    );
  });
});
