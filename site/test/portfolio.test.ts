// The portfolio pages' pure parts: reading the portfolio file (first bad field named), which URLs
// become links, the rollouts' order, the one calendar, the lessons and their guards, the pages.
import { describe, expect, it } from 'vitest';
import { MAX_OVERLAPS, PORTFOLIO_SCHEMA } from '../../action/src/site-api.ts';
import { portfolioFixture } from '../bench/portfolio-corpus.ts';
import { readSiteOptions } from '../src/lib/options.ts';
import { type PortfolioFile, type PortfolioPlan, parsePortfolio, webHref } from '../src/lib/portfolio-file.ts';
import {
  freezeScope,
  freezeWhen,
  GUARDS_SHOWN,
  portfolioCalendar,
  portfolioLessons,
  portfolioPaths,
  portfolioRollouts,
  portfolioRoutes,
  rolloutNotes,
  scopeWords,
} from '../src/lib/portfolio-view.ts';

const COLLECTED = '2026-12-01T09:00Z'; // a Tuesday

function plan(id: string, extra: Partial<PortfolioPlan> = {}): PortfolioPlan {
  return {
    id,
    title: `Plan ${id}`,
    path: `playbooks/${id}.rollout.yaml`,
    url: `https://github.com/acme/a/blob/main/playbooks/${id}.rollout.yaml`,
    owners: ['@acme/web'],
    services: ['web'],
    phases: [
      { id: 'canary', environment: 'canary', start: '2026-12-01T09:00Z', end: '2026-12-01T13:00Z', scheduled: true },
      { id: 'prod', environment: 'production', start: '2026-12-01T13:00Z', end: '2026-12-02T13:00Z', scheduled: true },
    ],
    freezes: [],
    guardedBy: [],
    ...extra,
  };
}

function file(plans: PortfolioPlan[], extra: Partial<PortfolioFile> = {}): PortfolioFile {
  return {
    schema: PORTFOLIO_SCHEMA,
    collectedAt: COLLECTED,
    scope: { organization: 'acme' },
    repositories: [{ repository: 'acme/a', url: 'https://github.com/acme/a', defaultBranch: 'main', plans }],
    lessons: [],
    overlaps: [],
    ...extra,
  };
}

describe('parsePortfolio', () => {
  it('reads a generated portfolio back unchanged', () => {
    const fixture = portfolioFixture({ repositories: 60, plansPerRepository: 3 });
    expect(fixture.overlaps.length).toBeGreaterThan(0);
    expect(fixture.repositories.some((r) => r.error)).toBe(true);
    expect(parsePortfolio(JSON.parse(JSON.stringify(fixture)), 'p.json')).toEqual(fixture);
  });

  // biome-ignore lint/suspicious/noExplicitAny: a broken file is made by writing any value into any field.
  type Loose = any;
  const good = (): Loose => JSON.parse(JSON.stringify(file([plan('x')])));
  const BROKEN: { name: string; change: (json: Loose) => void; message: string }[] = [
    {
      name: 'another schema',
      change: (j) => (j.schema = 'rollbook/portfolio/v2'),
      message: 'p.json: schema must be "rollbook/portfolio/v1"',
    },
    {
      name: 'a collection time that is not UTC',
      change: (j) => (j.collectedAt = '2026-12-01T10:00+01:00'),
      message: 'p.json: collectedAt must be a UTC time like 2026-11-02T09:00Z',
    },
    {
      name: 'no scope',
      change: (j) => (j.scope = {}),
      message: 'p.json: scope needs organization, topic or repositories',
    },
    {
      name: 'a topic scope whose organisation is not text',
      change: (j) => (j.scope = { topic: 'payments', owner: 7 }),
      message: 'p.json: scope.owner must be a non-empty string',
    },
    {
      name: 'a plan title that is not text',
      change: (j) => (j.repositories[0].plans[0].title = { html: '<b>' }),
      message: 'p.json: repositories[0].plans[0].title must be a non-empty string',
    },
    {
      name: 'a phase without scheduled',
      change: (j) => delete j.repositories[0].plans[0].phases[1].scheduled,
      message: 'p.json: repositories[0].plans[0].phases[1].scheduled must be true or false',
    },
    {
      name: 'an owner that is a number',
      change: (j) => (j.repositories[0].plans[0].owners = [7]),
      message: 'p.json: repositories[0].plans[0].owners[0] must be a string',
    },
    {
      name: 'an unknown overlap kind',
      change: (j) => (j.overlaps = [{ kind: 'collision', says: 's', from: COLLECTED, to: COLLECTED, plans: [] }]),
      message: 'p.json: overlaps[0].kind must be one of same-service, crosses-freeze',
    },
    {
      name: 'a lesson without guards',
      change: (j) => (j.lessons = [{ key: 'k', repository: 'r', ref: 'v1', id: 'i', title: 't', url: 'u' }]),
      message: 'p.json: lessons[0].guards must be a list',
    },
  ];
  it("reads the freezes lessons add, and the lesson an overlap's freeze comes from", () => {
    const json = good();
    json.repositories[0].plans[0].guardFreezes = [
      { name: 'lead-in', from: '2026-12-02', reason: 'Quiet.', environments: ['production'], lesson: 'acme/l#L-1' },
    ];
    json.overlaps = [
      {
        kind: 'crosses-freeze',
        says: 's',
        from: COLLECTED,
        to: COLLECTED,
        plans: ['acme/a/x/prod', 'acme/b/y'],
        freeze: { name: 'lead-in', plan: 'acme/b/y', lesson: 'acme/l#L-1' },
      },
    ];
    expect(parsePortfolio(json, 'p.json')).toEqual(json);
    json.repositories[0].plans[0].guardFreezes[0].lesson = '';
    expect(() => parsePortfolio(json, 'p.json')).toThrow(
      'p.json: repositories[0].plans[0].guardFreezes[0].lesson must be a non-empty string',
    );
  });

  it("reads each plan's status as the status file's reader does: ramp, readings and KPI review kept", () => {
    const json = good();
    const status = {
      phase: 'prod',
      state: 'in-progress',
      verdict: 'HOLD',
      ramp: { stage: 2, of: 4, waiting: 'hold', holdEndsAt: '2026-12-01T12:00:00Z', says: 'Ramp: stage 2 of 4 (25%)' },
      readings: {
        evaluatedAt: '2026-12-01T09:00:00Z',
        gates: [{ gate: 'g', title: 'errors', status: 'fail', value: '0.2', threshold: '≤ 0.1' }],
      },
      kpiReview: { state: 'pending', due: '2026-12-20T09:00:00Z', kpis: [{ kpi: 'Conversion' }] },
    };
    json.repositories[0].plans[0].status = status;
    expect(parsePortfolio(json, 'p.json').repositories[0]?.plans[0]?.status).toEqual(status);
    // Fields the status file does not define are left out, as there.
    json.repositories[0].plans[0].status = { ...status, updatedAt: '2026-12-01T09:00:00Z', extra: 1 };
    expect(parsePortfolio(json, 'p.json').repositories[0]?.plans[0]?.status).toEqual(status);
    const bad: [unknown, string][] = [
      [{ phase: 'prod' }, 'p.json: repositories[0].plans[0].status needs string phase and state'],
      [{ ...status, verdict: 3 }, 'p.json: repositories[0].plans[0].status.verdict must be a string'],
      [{ ...status, ramp: { ...status.ramp, says: '' } }, 'p.json: repositories[0].plans[0].status.ramp needs integer'],
      [{ ...status, kpiReview: { state: 'great' } }, 'p.json: repositories[0].plans[0].status.kpiReview needs state'],
      [{ ...status, readings: { gates: [] } }, 'p.json: repositories[0].plans[0].status.readings needs evaluatedAt'],
    ];
    for (const [raw, message] of bad) {
      json.repositories[0].plans[0].status = raw;
      expect(() => parsePortfolio(json, 'p.json')).toThrow(message);
    }
  });

  it('keeps the organisation a topic was searched in, and reads a topic scope without one', () => {
    const scoped = good();
    scoped.scope = { topic: 'payments', owner: 'acme' };
    expect(parsePortfolio(scoped, 'p.json').scope).toEqual({ topic: 'payments', owner: 'acme' });
    scoped.scope = { topic: 'payments' };
    expect(parsePortfolio(scoped, 'p.json').scope).toEqual({ topic: 'payments' });
  });

  for (const c of BROKEN) {
    it(`names the first bad field: ${c.name}`, () => {
      const json = good();
      c.change(json);
      expect(() => parsePortfolio(json, 'p.json')).toThrow(c.message);
    });
  }
});

describe('scopeWords', () => {
  it('says which repositories the portfolio covers, a topic with the organisation searched', () => {
    expect(scopeWords({ organization: 'acme' })).toBe('the acme organisation');
    expect(scopeWords({ topic: 'payments', owner: 'acme' })).toBe(
      'repositories with the topic payments in the acme organisation',
    );
    expect(scopeWords({ topic: 'payments' })).toBe('repositories with the topic payments');
    expect(scopeWords({ repositories: ['acme/a', 'acme/b'] })).toBe('2 listed repositories');
    expect(scopeWords({ repositories: ['acme/a'] })).toBe('1 listed repository');
  });
});

describe('rolloutNotes', () => {
  const ramp = {
    stage: 1,
    of: 3,
    waiting: 'tick' as const,
    says: 'Ramp: stage 1 of 3 (5%); the next waits for a tick',
  };
  it("says the ramp step and the KPI review's result, as the plan page does", () => {
    expect(rolloutNotes(undefined)).toEqual([]);
    expect(rolloutNotes({ phase: 'prod', state: 'in-progress' })).toEqual([]);
    expect(rolloutNotes({ phase: 'prod', state: 'in-progress', ramp })).toEqual([ramp.says]);
    expect(
      rolloutNotes({
        phase: 'prod',
        state: 'done',
        kpiReview: {
          state: 'missed',
          postedAt: '2026-12-15T09:05:00Z',
          kpis: [{ kpi: 'Conversion', outcome: 'missed' }],
        },
      }),
    ).toEqual(['KPI review: missed (posted 2026-12-15 09:05 UTC)']);
    expect(
      rolloutNotes({
        phase: 'prod',
        state: 'done',
        kpiReview: { state: 'pending', due: '2026-12-20T09:00:00Z', kpis: [] },
      }),
    ).toEqual(['KPI review: pending, due 2026-12-20 09:00 UTC']);
  });
});

describe('webHref', () => {
  it.each([
    ['https://github.com/acme/a', 'https://github.com/acme/a'],
    ['HTTP://example.com/x', 'HTTP://example.com/x'],
    ['javascript:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['//evil.example/x', undefined],
    ['https://a b', undefined],
  ])('%s → %s', (url, want) => {
    expect(webHref(url)).toBe(want);
  });
});

describe('portfolioRollouts', () => {
  it('puts plans in flight first, then not started, finished and invalid, each in file order', () => {
    const rollouts = portfolioRollouts(
      file([
        plan('done', { status: { phase: 'prod', state: 'done' } }),
        plan('bad', { invalid: ['x.rollout.yaml:1:1 error'] }),
        plan('new'),
        plan('flying', { status: { phase: 'prod', state: 'in-progress', verdict: 'HOLD' } }),
        plan('waiting', { status: { phase: 'canary', state: 'not-started' } }),
        plan('baking', { status: { phase: 'canary', state: 'baking' } }),
      ]),
    );
    expect(rollouts.map((r) => `${r.plan.id} ${r.progress}`)).toEqual([
      'flying in-flight',
      'baking in-flight',
      'new not-started',
      'waiting not-started',
      'done finished',
      'bad invalid',
    ]);
  });

  it('counts the overlaps naming each plan, once per overlap', () => {
    const [rollout] = portfolioRollouts(
      file([plan('x')], {
        overlaps: [
          {
            kind: 'same-service',
            says: 's',
            from: COLLECTED,
            to: COLLECTED,
            plans: ['acme/a/x/canary', 'acme/a/x/prod'],
          },
          {
            kind: 'same-service',
            says: 's',
            from: COLLECTED,
            to: COLLECTED,
            plans: ['acme/b/y/canary', 'acme/a/x/prod'],
          },
        ],
      }),
    );
    expect(rollout?.overlaps).toBe(2);
  });
});

describe('portfolioCalendar', () => {
  it('holds the phases still to run and the freezes still ahead, in order of start', () => {
    const portfolio = file([
      plan('flying', {
        status: { phase: 'prod', state: 'in-progress' },
        freezes: [
          { name: 'past', from: '2026-11-20', to: '2026-11-30', reason: 'Over.' },
          { name: 'soon', from: '2026-12-01', reason: 'Today.' },
          { name: 'weekly', every: ['fri'], reason: 'Fridays.', environments: ['production'] },
          { name: 'ended-weekly', every: ['fri'], to: '2026-11-27', reason: 'Was.' },
        ],
      }),
      plan('done', { status: { phase: 'prod', state: 'done' } }),
      plan('bad', { invalid: ['x'] }),
      plan('new', {
        phases: [
          {
            id: 'canary',
            environment: 'canary',
            start: '2026-12-03T09:00Z',
            end: '2026-12-03T10:00Z',
            scheduled: true,
          },
        ],
      }),
    ]);
    const rows = portfolioCalendar(portfolio, portfolioRollouts(portfolio));
    expect(
      rows.map(
        (r) =>
          `${new Date(r.at).toISOString().slice(0, 16)} ${r.rollout.plan.id} ${r.kind === 'phase' ? r.phase.id : r.freeze.name}`,
      ),
    ).toEqual([
      '2026-12-01T00:00 flying soon',
      '2026-12-01T13:00 flying prod',
      '2026-12-03T09:00 new canary',
      '2026-12-04T00:00 flying weekly',
    ]);
  });

  it('holds the freezes lessons add to a plan, naming the lesson, and leaves out those over', () => {
    const portfolio = file([
      plan('x', {
        freezes: [{ name: 'peak', from: '2026-12-05', reason: 'The sale.' }],
        guardFreezes: [
          { name: 'lead-in-peak', from: '2026-12-02', to: '2026-12-04', reason: 'Quiet.', lesson: 'acme/l#L-1' },
          { name: 'lead-in-old', from: '2026-11-20', to: '2026-11-22', reason: 'Over.', lesson: 'acme/l#L-1' },
        ],
      }),
    ]);
    const rows = portfolioCalendar(portfolio, portfolioRollouts(portfolio)).filter((r) => r.kind === 'freeze');
    expect(rows.map((r) => [new Date(r.at).toISOString().slice(0, 10), r.freeze.name, r.lesson])).toEqual([
      ['2026-12-02', 'lead-in-peak', 'acme/l#L-1'],
      ['2026-12-05', 'peak', undefined],
    ]);
  });

  it('marks the phases an overlap names', () => {
    const portfolio = file([plan('x')], {
      overlaps: [
        {
          kind: 'same-service',
          says: 's',
          from: COLLECTED,
          to: COLLECTED,
          plans: ['acme/a/x/prod', 'acme/b/y/canary'],
        },
      ],
    });
    const rows = portfolioCalendar(portfolio, portfolioRollouts(portfolio));
    expect(rows.map((r) => r.kind === 'phase' && `${r.phase.id} ${r.overlapping}`)).toEqual([
      'canary false',
      'prod true',
    ]);
  });

  const FREEZES: [PortfolioPlan['freezes'][number], string][] = [
    [{ name: 'f', from: '2026-12-24', to: '2026-12-26', reason: 'r' }, '2026-12-24 to 2026-12-26'],
    [{ name: 'f', from: '2026-12-24', reason: 'r' }, '2026-12-24'],
    [{ name: 'f', every: ['sat', 'sun'], reason: 'r' }, 'every sat, sun'],
    [{ name: 'f', to: '2026-12-31', every: ['fri'], reason: 'r' }, 'until 2026-12-31, every fri'],
  ];
  it.each(FREEZES)('words a freeze: %j', (freeze, want) => {
    expect(freezeWhen(freeze)).toBe(want);
  });

  it("puts a freeze's days and environments in one bracket, with no gap before a freeze without dates", () => {
    expect(freezeScope({ name: 'f', every: ['fri'], environments: ['canary', 'production'], reason: 'r' })).toBe(
      ' (every fri, canary, production)',
    );
    expect(freezeScope({ name: 'f', from: '2026-12-24', to: '2026-12-26', reason: 'r' })).toBe(
      ' (2026-12-24 to 2026-12-26)',
    );
    expect(freezeScope({ name: 'f', reason: 'r' })).toBe('');
  });
});

describe('portfolioLessons', () => {
  it('puts lessons guarding other repositories first and names the first guards', () => {
    const guards = Array.from({ length: GUARDS_SHOWN + 3 }, (_, i) => `acme/r${i}/p`);
    const portfolio = file([plan('x')], {
      lessons: [
        {
          key: 'acme/a#local',
          repository: 'acme/a',
          ref: 'main',
          id: 'local',
          title: 'Local',
          url: 'https://x',
          guards: ['acme/a/x', 'acme/a/y', 'acme/a/z'],
        },
        { key: 'acme/l#wide', repository: 'acme/l', ref: 'v1', id: 'wide', title: 'Wide', url: 'https://x', guards },
        {
          key: 'acme/l#one',
          repository: 'acme/l',
          ref: 'v1',
          id: 'one',
          title: 'One',
          url: 'https://x',
          guards: ['acme/a/x', 'acme/a/x'],
        },
      ],
    });
    const rows = portfolioLessons(portfolio, portfolioRollouts(portfolio));
    expect(
      rows.map((r) => `${r.lesson.id} ${r.shared} ${r.guardCount} in ${r.repositories}, shows ${r.guards.length}`),
    ).toEqual([
      `wide true ${GUARDS_SHOWN + 3} in ${GUARDS_SHOWN + 3}, shows ${GUARDS_SHOWN}`,
      'one true 1 in 1, shows 1',
      'local false 3 in 1, shows 3',
    ]);
    expect(rows[1]?.guards[0]?.rollout?.plan.id).toBe('x');
    expect(rows[0]?.guards[0]?.rollout).toBeUndefined();
  });
});

describe('portfolio pages', () => {
  it('builds each list a page at a time, a one-page version when it has several, and the overlaps page', () => {
    const routes = portfolioRoutes({ rollouts: 120, calendar: 50, lessons: 0 }, 50);
    expect(routes.map((r) => `${r.path ?? '(home)'} ${r.view} ${r.page}/${r.count}`)).toEqual([
      '(home) rollouts 1/3',
      'page/2 rollouts 2/3',
      'page/3 rollouts 3/3',
      'page/all rollouts all/3',
      'calendar calendar 1/1',
      'lessons lessons 1/1',
      'overlaps overlaps 1/1',
    ]);
    const paths = portfolioPaths('/rollbook');
    expect([
      paths.page('rollouts'),
      paths.page('rollouts', 2),
      paths.page('calendar', 'all'),
      paths.page('overlaps'),
    ]).toEqual([
      '/rollbook/portfolio/',
      '/rollbook/portfolio/page/2/',
      '/rollbook/portfolio/calendar/page/all/',
      '/rollbook/portfolio/overlaps/',
    ]);
  });

  it('reads ROLLBOOK_PORTFOLIO relative to the working directory, and nothing without it', () => {
    const env = { ROLLBOOK_PLAYBOOKS: 'playbooks', ROLLBOOK_NOW: '2026-12-01T09:00:00Z' };
    const root = new URL('../..', import.meta.url).pathname;
    expect(readSiteOptions({ ...env, ROLLBOOK_PORTFOLIO: 'out/portfolio.json' }, root, root).portfolioFile).toBe(
      `${root}out/portfolio.json`,
    );
    expect(readSiteOptions(env, root, root).portfolioFile).toBeUndefined();
  });

  it('a generated portfolio of 200 repositories keeps at most MAX_OVERLAPS overlaps', () => {
    const fixture = portfolioFixture({ repositories: 200, plansPerRepository: 5 });
    expect(fixture.overlaps.length).toBeLessThanOrEqual(MAX_OVERLAPS);
    expect(portfolioRollouts(fixture)).toHaveLength(196 * 5);
  });
});
