// The pure derivation: plans and issues in, each plan's current phase and state out. The
// expected states come from syncRollout (what the sync reports as `phase-states`), so status
// and sync cannot disagree unnoticed.
import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../../site/src/lib/status.ts';
import type { ReviewOutcome } from '../../src/checklist/completion.ts';
import { fingerprintLines } from '../../src/checklist/fingerprint.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import type { RolloutState } from '../../src/checklist/rollout-state.ts';
import type { IssueRecord } from '../../src/github/issue.ts';
import { deriveStatus, kpiReviewStatus } from '../../src/rollout-status/derive.ts';
import { formatStatusJson, formatStatusText } from '../../src/rollout-status/format.ts';
import { statusReadings } from '../../src/rollout-status/readings.ts';
import { clip, type GateReading, MAX_TEXT, MAX_WATCHED_GATES } from '../../src/watch/readings.ts';
import type { GuardedPlan } from '../../src/workspace/guarded-plans.ts';
import { builtinTemplates, clone, demoPlan, hours, Rollout, T0 } from '../checklist/helpers.ts';

const NOW = new Date('2026-03-02T12:34:56.789Z');

function guarded(name = 'demo'): GuardedPlan {
  const plan = clone(demoPlan());
  plan.metadata.name = name;
  return { plan, file: `playbooks/${name}.rollout.yaml`, guards: {} };
}

function issue(number: number, body: string, extra: Partial<IssueRecord> = {}): IssueRecord {
  return {
    id: 1000 + number,
    number,
    title: `issue ${number}`,
    body,
    state: 'open',
    stateReason: null,
    closedAt: null,
    createdAt: '2026-03-01T00:00:00Z',
    url: `https://github.com/acme/rollouts/issues/${number}`,
    labels: ['rollbook'],
    ...extra,
  };
}

/** The rollout's phase issues as the batched read returns them. */
function issuesOf(rollout: Rollout): IssueRecord[] {
  return rollout.plan.phases.flatMap((p) => {
    const body = rollout.bodies[p.id];
    return body === undefined ? [] : [issue(rollout.numbers[p.id]!, body)];
  });
}

/** The current phase and its state as the sync itself derived them. */
function syncView(rollout: Rollout) {
  const state = rollout.last!.rollout;
  const current = state.phases.find((p) => p.phaseId === state.current)!;
  return { phase: current.phaseId, state: current.state };
}

describe('deriveStatus', () => {
  it('a plan without issues is not started in its first phase', () => {
    expect(deriveStatus([guarded()], [], NOW)).toEqual({
      plans: { demo: { phase: 'staging', state: 'not-started', updatedAt: '2026-03-02T12:34:56Z' } },
    });
  });

  it('follows the ticks as the sync does: in progress, baking, then the next phase', async () => {
    const { plan } = guarded();
    const rollout = new Rollout(plan, await builtinTemplates());
    rollout.sync(T0);
    expect(
      deriveStatus([{ plan, file: 'playbooks/demo.rollout.yaml', guards: {} }], issuesOf(rollout), T0).plans.demo,
    ).toMatchObject({
      phase: 'staging',
      state: 'not-started',
    });

    rollout.tick('staging', 'alice', hours(1), 'step:deploy');
    const inProgress = deriveStatus(
      [{ plan, file: 'playbooks/demo.rollout.yaml', guards: {} }],
      issuesOf(rollout),
      hours(1),
    ).plans.demo!;
    expect(inProgress).toMatchObject({ phase: 'staging', state: 'in-progress' });
    expect(inProgress).toMatchObject(syncView(rollout));

    rollout.tick('staging', 'bob', hours(2), 'step:enable');
    const baking = deriveStatus(
      [{ plan, file: 'playbooks/demo.rollout.yaml', guards: {} }],
      issuesOf(rollout),
      hours(2),
    ).plans.demo!;
    expect(baking).toMatchObject({ phase: 'staging', state: 'baking' });
    expect(baking).toMatchObject(syncView(rollout));

    rollout.tick('staging', 'alice', hours(30), 'complete');
    const next = deriveStatus([{ plan, file: 'playbooks/demo.rollout.yaml', guards: {} }], issuesOf(rollout), hours(30))
      .plans.demo!;
    expect(next).toMatchObject({ phase: 'canary', state: 'not-started' });
    expect(next).toMatchObject(syncView(rollout));

    rollout.tick('canary', 'carol', hours(31), 'rollback:ramp');
    const rolledBack = deriveStatus(
      [{ plan, file: 'playbooks/demo.rollout.yaml', guards: {} }],
      issuesOf(rollout),
      hours(31),
    ).plans.demo!;
    expect(rolledBack).toMatchObject({ phase: 'canary', state: 'rolled-back' });
    expect(rolledBack).toMatchObject(syncView(rollout));
  });

  it('says which ramp stage runs, until when it holds, and that the next one waits for a tick', async () => {
    const { plan } = guarded();
    plan.phases[0]!.stages = [{ percent: 10, hold: '30m' }, { percent: 100 }];
    const ws = [{ plan, file: 'playbooks/demo.rollout.yaml', guards: {} }];
    const rollout = new Rollout(plan, await builtinTemplates());
    rollout.sync(T0);
    rollout.tick('staging', 'alice', hours(1), 'stage:10');
    const holding = deriveStatus(ws, issuesOf(rollout), hours(1)).plans.demo!;
    const ends = new Date(hours(1).getTime() + 30 * 60_000).toISOString().replace('.000Z', 'Z');
    expect(holding).toMatchObject({
      phase: 'staging',
      state: 'in-progress',
      ramp: { stage: 1, of: 2, waiting: 'hold', holdEndsAt: ends },
    });
    expect(holding.ramp!.says).toMatch(
      /^Ramp: stage 1 of 2 \(10%\) holds until .*; then stage 2 \(100%\) waits for a tick\.$/,
    );
    const held = deriveStatus(ws, issuesOf(rollout), hours(2)).plans.demo!;
    expect(held.ramp).toMatchObject({ stage: 1, waiting: 'tick' });
    expect(held.ramp!.says).toBe('Ramp: stage 1 of 2 (10%) has held; stage 2 (100%) waits for a tick.');
    // Both outputs carry it; the site reads it back.
    const status = deriveStatus(ws, issuesOf(rollout), hours(2));
    expect(formatStatusText(status)).toContain('demo (staging): Ramp: stage 1 of 2 (10%) has held;');
    const json = formatStatusJson(status);
    expect(Object.keys(JSON.parse(json).plans.demo)).toEqual(['phase', 'state', 'ramp', 'updatedAt']);
    expect(parseStatus(JSON.parse(json), 'status.json').plans.demo!.ramp).toEqual(held.ramp);
  });

  it('every phase done: the last phase, done', async () => {
    const { plan } = guarded();
    const rollout = new Rollout(plan, await builtinTemplates());
    rollout.sync(T0);
    // Closing an issue as completed is also how a phase is done.
    const closed = issuesOf(rollout).map((i) =>
      issue(i.number, i.body, { state: 'closed', stateReason: 'completed', closedAt: '2026-03-05T00:00:00Z' }),
    );
    expect(
      deriveStatus([{ plan, file: 'playbooks/demo.rollout.yaml', guards: {} }], closed, NOW).plans.demo,
    ).toMatchObject({
      phase: 'production',
      state: 'done',
    });
  });

  it('ignores issues of other plans and reads the oldest of duplicate issues', async () => {
    const { plan } = guarded();
    const rollout = new Rollout(plan, await builtinTemplates());
    rollout.sync(T0);
    const fresh = issuesOf(rollout);
    rollout.tick('staging', 'alice', hours(1), 'step:deploy');
    const ticked = issuesOf(rollout).find((i) => i.number === rollout.numbers.staging)!;
    // An older issue with the same key wins; its duplicate's ticks are folded in, as the sync does.
    const winner = issue(1, fresh.find((i) => i.number === rollout.numbers.staging)!.body);
    const other = new Rollout(guarded('other').plan, await builtinTemplates());
    other.sync(T0);
    other.tick('staging', 'alice', hours(1), 'step:deploy');
    const status = deriveStatus(
      [{ plan, file: 'playbooks/demo.rollout.yaml', guards: {} }],
      [winner, ticked, ...issuesOf(other).map((i) => ({ ...i, number: i.number + 100 }))],
      hours(1),
    );
    expect(Object.keys(status.plans)).toEqual(['demo']);
    expect(status.plans.demo).toMatchObject({ phase: 'staging', state: 'in-progress' });
  });

  it("carries the current phase's readings as the sync wrote them, clipped and bounded, and no other phase's", async () => {
    const { plan } = guarded();
    const ws = [{ plan, file: 'playbooks/demo.rollout.yaml', guards: {} }];
    const rollout = new Rollout(plan, await builtinTemplates());
    rollout.sync(T0);
    expect(deriveStatus(ws, issuesOf(rollout), hours(1)).plans.demo).not.toHaveProperty('readings');
    rollout.tick('staging', 'alice', hours(1), 'step:deploy');
    const long = 'x'.repeat(MAX_TEXT + 10);
    const reading = (gate: string, value: string): GateReading => ({
      gate,
      title: gate,
      status: 'fail',
      value,
      threshold: '≤ 0.01',
      sampledAt: '2026-03-02T10:59:00Z',
    });
    rollout.extra.readings = { staging: [reading('metric-error-rate', '0.04'), reading('b', long)] };
    rollout.sync(hours(2));
    const status = deriveStatus(ws, issuesOf(rollout), hours(3)).plans.demo!;
    expect(status).toMatchObject({ phase: 'staging', state: 'in-progress' });
    expect(status.readings).toEqual({
      evaluatedAt: '2026-03-02T11:00:00Z',
      gates: [reading('metric-error-rate', '0.04'), reading('b', clip(long))],
    });
    expect(status.readings!.gates[1]!.value).toHaveLength(MAX_TEXT);
    // The JSON keeps the documented key order, readings after the ramp, and the site reads it back.
    const json = JSON.parse(formatStatusJson({ plans: { demo: status } }));
    expect(Object.keys(json.plans.demo)).toEqual(['phase', 'state', 'readings', 'updatedAt']);
    expect(parseStatus(json, 'status.json').plans.demo).toEqual(status);
    expect(formatStatusText({ plans: { demo: status } })).toContain(
      'demo (staging) gates as of 2026-03-02T11:00:00Z: metric-error-rate 0.04 (fail); b x',
    );

    // Once staging is done the plan is in canary, whose issue has no readings: staging's stay behind.
    rollout.tick('staging', 'bob', hours(4), 'step:enable');
    rollout.tick('staging', 'alice', hours(30), 'complete');
    const next = deriveStatus(ws, issuesOf(rollout), hours(30)).plans.demo!;
    expect(next).toMatchObject({ phase: 'canary' });
    expect(next).not.toHaveProperty('readings');
  });

  it("carries the readings of the action's own last revision, never a record a person edited since", async () => {
    const { plan } = guarded();
    const ws = [{ plan, file: 'playbooks/demo.rollout.yaml', guards: {} }];
    const rollout = new Rollout(plan, await builtinTemplates());
    rollout.sync(T0);
    rollout.tick('staging', 'alice', hours(1), 'step:deploy');
    const failing: GateReading = {
      gate: 'metric-error-rate',
      title: 'error_rate',
      status: 'fail',
      value: '0.04',
      threshold: '≤ 0.01',
    };
    rollout.extra.readings = { staging: [failing] };
    rollout.sync(hours(2));
    const own = rollout.bodies.staging!;
    // A person rewrites the record (and its fingerprint, so it reads as generated) to say pass.
    const line = own.split('\n').find((l) => l.startsWith('<!-- rollbook:readings '))!;
    const forgedLine = line.replaceAll('"status":"fail"', '"status":"pass"');
    const lines = parseIssueBody(own).state!.lines;
    const forged = own
      .replace(line, forgedLine)
      .replace(`"lines":"${lines}"`, `"lines":"${lines}${fingerprintLines([forgedLine])}"`);
    const number = rollout.numbers.staging!;
    const issues = issuesOf(rollout).map((i) => (i.number === number ? { ...i, body: forged } : i));
    const status = deriveStatus(ws, issues, hours(3), undefined, undefined, new Map([[number, own]])).plans.demo!;
    expect(status.readings?.gates).toEqual([failing]);
    // Without a revision of its own to read from, no readings are carried.
    expect(deriveStatus(ws, issues, hours(3), undefined, undefined, new Map()).plans.demo).not.toHaveProperty(
      'readings',
    );
  });

  it('statusReadings keeps at most MAX_WATCHED_GATES gates, leaves the daily history in the issue, and drops control characters', () => {
    const gates = Array.from({ length: MAX_WATCHED_GATES + 3 }, (_, i) => ({
      gate: `g${i}`,
      title: `g${i}`,
      status: 'pass' as const,
      value: '1',
      threshold: '≤ 2',
    }));
    const mapped = statusReadings({
      evaluatedAt: '2026-03-02T11:00:00Z',
      gates,
      days: [{ day: '2026-03-02', gates: {} }],
    });
    expect(mapped.gates).toHaveLength(MAX_WATCHED_GATES);
    expect(Object.keys(mapped)).toEqual(['evaluatedAt', 'gates']);
    // Texts from the issue lose control characters: the table is printed to a terminal.
    const escaped = statusReadings({
      evaluatedAt: '2026-03-02T11:00:00Z',
      gates: [{ ...gates[0]!, title: 'a\u001b[2Jb', value: '1\r\n2', threshold: '\u009b≤ 2' }],
      days: [],
    });
    expect(escaped.gates[0]).toMatchObject({ title: 'a [2Jb', value: '1  2', threshold: ' ≤ 2' });
  });

  it('keys plans in sorted order and each entry as the site documents; the site reads it back', () => {
    const status = deriveStatus([guarded('zeta'), guarded('alpha'), guarded('mid')], [], NOW);
    const json = formatStatusJson(status);
    expect(Object.keys(JSON.parse(json).plans)).toEqual(['alpha', 'mid', 'zeta']);
    expect(Object.keys(JSON.parse(json).plans.alpha)).toEqual(['phase', 'state', 'updatedAt']);
    expect(formatStatusJson({ plans: { b: { updatedAt: 'u', verdict: 'HOLD', state: 's', phase: 'p' } } })).toBe(
      '{\n  "plans": {\n    "b": {\n      "phase": "p",\n      "state": "s",\n      "verdict": "HOLD",\n      "updatedAt": "u"\n    }\n  }\n}\n',
    );
    expect(parseStatus(JSON.parse(json), 'status.json')).toEqual(status);
  });

  it('prints a table for people', () => {
    const text = formatStatusText(deriveStatus([guarded('zeta'), guarded('alpha')], [], NOW));
    expect(text).toBe(
      [
        'PLAN   PHASE    STATE',
        'alpha  staging  not-started',
        'zeta   staging  not-started',
        '',
        'As of 2026-03-02T12:34:56Z.',
        '',
      ].join('\n'),
    );
  });
});

describe('kpiReviewStatus: each KPI with its baseline, expectation and measured value', () => {
  const plan = clone(demoPlan());
  plan.story.impact = [
    { kpi: 'Latency', baseline: '310 ms', expect: '<= 300 ms', metric: 'latency', reviewAfter: '1d' },
    { kpi: 'Tickets', expect: 'fewer', reviewAfter: '1d' },
    { kpi: 'Not reviewed', expect: '>= 1' },
  ];
  // A completed rollout: only `complete` and the phases' completion times are read.
  const done = { complete: true, phases: [{ completed: { at: '2026-03-01T00:00:00Z' } }] } as unknown as RolloutState;

  it('while pending: the plan baseline and expectation, no outcome or value', () => {
    expect(kpiReviewStatus(plan, done, undefined)).toEqual({
      state: 'pending',
      due: '2026-03-02T00:00:00Z',
      kpis: [
        { kpi: 'Latency', baseline: '310 ms', expect: '<= 300 ms' },
        { kpi: 'Tickets', expect: 'fewer' },
      ],
    });
  });

  it('once posted: the values the review recorded, the measured one in its unit and window', () => {
    const review: ReviewOutcome = {
      at: '2026-03-02T01:00:00Z',
      met: 0,
      missed: 1,
      noData: 1,
      outcomes: ['missed', 'no-data'],
      kpis: [
        { kpi: 'Latency', baseline: '300 ms', expect: '<= 290 ms', measured: 0.412, unit: 's', window: '1h' },
        { kpi: 'Tickets \u001b[31m', expect: 'fewer' },
      ],
    };
    const status = kpiReviewStatus(plan, done, review)!;
    expect(status.kpis).toEqual([
      { kpi: 'Latency', outcome: 'missed', baseline: '300 ms', expect: '<= 290 ms', measured: '0.412 s', window: '1h' },
      { kpi: 'Tickets  [31m', outcome: 'no-data', expect: 'fewer' },
    ]);
    const text = formatStatusText({
      plans: { demo: { phase: 'prod', state: 'done', kpiReview: status, updatedAt: '2026-03-02T02:00:00Z' } },
    });
    expect(text).toContain('demo: KPI review MISSED (posted 2026-03-02T01:00:00Z)');
    expect(text).toContain('  Latency: MISSED, measured 0.412 s over 1h (baseline 300 ms, expected <= 290 ms)');
    expect(text).toContain('  Tickets  [31m: no data (expected fewer)');
    expect(
      parseStatus(
        JSON.parse(
          formatStatusJson({
            plans: { demo: { phase: 'p', state: 'done', kpiReview: status, updatedAt: '2026-03-02T02:00:00Z' } },
          }),
        ),
        's.json',
      ).plans.demo?.kpiReview,
    ).toEqual(status);
  });

  it('a KPI that awaits its provider says so, in the file and the text', () => {
    const review: ReviewOutcome = {
      at: '2026-03-02T01:00:00Z',
      met: 0,
      missed: 0,
      noData: 2,
      outcomes: ['no-data', 'no-data'],
      kpis: [
        { kpi: 'Latency', expect: '<= 300 ms', reason: 'no prometheus provider is configured', awaitsProvider: true },
        { kpi: 'Tickets', expect: 'fewer', reason: 'not measurable' },
      ],
    };
    const status = kpiReviewStatus(plan, done, review)!;
    // Not finished while a KPI awaits its provider, as the tracking issue says.
    expect(status.state).toBe('pending');
    expect(status.postedAt).toBe('2026-03-02T01:00:00Z');
    expect(status.kpis).toEqual([
      { kpi: 'Latency', outcome: 'no-data', expect: '<= 300 ms', awaitsProvider: true },
      { kpi: 'Tickets', outcome: 'no-data', expect: 'fewer' },
    ]);
    const entry = { phase: 'prod', state: 'done', kpiReview: status, updatedAt: '2026-03-02T02:00:00Z' };
    const text = formatStatusText({ plans: { demo: entry } });
    expect(text).toContain(
      'demo: KPI review pending (posted 2026-03-02T01:00:00Z; a KPI awaits a run with its metric provider)',
    );
    expect(text).toContain('  Latency: no data yet (awaits a run with its metric provider) (expected <= 300 ms)');
    expect(text).toContain('  Tickets: no data (expected fewer)');
    expect(parseStatus(JSON.parse(formatStatusJson({ plans: { demo: entry } })), 's.json').plans.demo).toEqual(entry);
  });

  it('a review posted before values were recorded shows the outcomes only', () => {
    const review: ReviewOutcome = {
      at: '2026-03-02T01:00:00Z',
      met: 1,
      missed: 0,
      noData: 1,
      outcomes: ['met', 'no-data'],
    };
    expect(kpiReviewStatus(plan, done, review)!.kpis).toEqual([
      { kpi: 'Latency', outcome: 'met' },
      { kpi: 'Tickets', outcome: 'no-data' },
    ]);
  });
});
