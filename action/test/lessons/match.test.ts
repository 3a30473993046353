import { describe, expect, it } from 'vitest';
import { applyGuards, guardsById } from '../../src/lessons/apply.ts';
import { hrefFrom } from '../../src/lessons/href.ts';
import { matchGuards, type PlanGuards } from '../../src/lessons/match.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { CHECKLIST_GUARD, lesson, otherHead, plan } from './fixtures.ts';

/** Phase ids with a guard (waived or not) from `key`. */
function phasesWith(guards: PlanGuards, key: string): string[] {
  return guards.phases.filter((p) => p.guards.some((g) => g.key === key)).map((p) => p.phaseId);
}

function guardWith(match: string): ReturnType<typeof lesson> {
  return lesson(`  - id: g\n    match: ${match}\n    checklist: Do the thing\n`);
}

const KEY = 'L-2020-11-thread-exhaustion/g';

describe('matchGuards: criteria', () => {
  // The fixture plan: staging (binary + flag steps), canary, production (flag steps); all flag-ramp.
  it('matches services and tags on the plan, any of the listed values', () => {
    const p = plan({ services: ['cart', 'orders'], tags: ['mobile'] });
    expect(phasesWith(matchGuards(p, [guardWith('{services: [search, orders]}')]), KEY)).toEqual([
      'staging',
      'canary',
      'production',
    ]);
    expect(phasesWith(matchGuards(p, [guardWith('{services: [search]}')]), KEY)).toEqual([]);
    expect(phasesWith(matchGuards(p, [guardWith('{tags: [web, mobile]}')]), KEY)).toHaveLength(3);
    expect(phasesWith(matchGuards(p, [guardWith('{tags: [web]}')]), KEY)).toEqual([]);
    expect(phasesWith(matchGuards(plan({ tags: [] }), [guardWith('{tags: [web]}')]), KEY)).toEqual([]);
  });

  it('matches environment, strategy and step kind on each phase', () => {
    const p = plan();
    expect(phasesWith(matchGuards(p, [guardWith('{environments: [canary, production]}')]), KEY)).toEqual([
      'canary',
      'production',
    ]);
    expect(phasesWith(matchGuards(p, [guardWith('{strategies: [flag-ramp]}')]), KEY)).toHaveLength(3);
    expect(phasesWith(matchGuards(p, [guardWith('{strategies: [rolling, canary]}')]), KEY)).toEqual([]);
    expect(phasesWith(matchGuards(p, [guardWith('{stepKinds: [binary]}')]), KEY)).toEqual(['staging']);
    expect(phasesWith(matchGuards(p, [guardWith('{stepKinds: [migration, config]}')]), KEY)).toEqual([]);
  });

  it('requires every given criterion to hold', () => {
    const p = plan({ tags: ['mobile'] });
    expect(phasesWith(matchGuards(p, [guardWith('{tags: [mobile], environments: [production]}')]), KEY)).toEqual([
      'production',
    ]);
    expect(phasesWith(matchGuards(p, [guardWith('{tags: [web], environments: [production]}')]), KEY)).toEqual([]);
    expect(phasesWith(matchGuards(p, [guardWith('{stepKinds: [binary], environments: [production]}')]), KEY)).toEqual(
      [],
    );
  });

  // Facts, not only tags (ADR 30). The scaffold plan: not breaking, no migrations, nothing
  // irreversible, canary audience `5%` with no unit.
  const factPlan = (edit: (p: RolloutPlan) => void = () => {}) => {
    const p = plan();
    edit(p);
    return p;
  };
  const breaking = (p: RolloutPlan) => {
    p.compatibility.breaking = true;
  };
  const migrating = (p: RolloutPlan) => {
    p.compatibility.migrations = [{ id: 'move', description: 'Move rows' }];
  };
  const irreversibleCanary = (p: RolloutPlan) => {
    p.phases[1]!.steps[0]!.irreversible = true;
  };
  const appStoreProduction = (p: RolloutPlan) => {
    p.phases[2]!.audience = '1% of installs';
  };
  const canaryUsers = (p: RolloutPlan) => {
    p.phases[1]!.audience = '5% of users';
  };
  const bareCanary = (p: RolloutPlan) => {
    p.phases[1]!.audience = '5%';
  };
  const rampInSessions = (p: RolloutPlan) => {
    p.phases[2]!.steps[0]!.ramp = [{ percent: 25, of: 'sessions' }];
  };
  it.each<[string, string, (p: RolloutPlan) => void, string[]]>([
    ['breaking: true misses a plan that is not breaking', '{breaking: true}', () => {}, []],
    [
      'breaking: true matches compatibility.breaking without any tag',
      '{breaking: true}',
      breaking,
      ['staging', 'canary', 'production'],
    ],
    [
      'breaking: false matches a plan that is not breaking',
      '{breaking: false, environments: [production]}',
      () => {},
      ['production'],
    ],
    ['migrations: true needs declared migrations', '{migrations: true}', () => {}, []],
    ['migrations: true with a declared migration', '{migrations: true, environments: [canary]}', migrating, ['canary']],
    ['migrations: false without any', '{migrations: false, environments: [staging]}', () => {}, ['staging']],
    [
      'irreversible: true picks the phase with an irreversible step',
      '{irreversible: true}',
      irreversibleCanary,
      ['canary'],
    ],
    ['irreversible: false picks the others', '{irreversible: false}', irreversibleCanary, ['staging', 'production']],
    ['an audience unit', '{audienceUnits: [users, requests]}', canaryUsers, ['canary']],
    ['a bare percentage states no unit', '{audienceUnits: [users]}', bareCanary, []],
    ['a ramp stage unit counts too', '{audienceUnits: [sessions]}', rampInSessions, ['production']],
    [
      'strategy and step kind, as before',
      '{strategies: [flag-ramp], stepKinds: [flag]}',
      () => {},
      ['staging', 'canary', 'production'],
    ],
    [
      'except scopes out the app-store phase',
      '{stepKinds: [flag], except: {audienceUnits: [installs]}}',
      appStoreProduction,
      ['staging', 'canary'],
    ],
    [
      'except with a plan criterion that fails leaves every phase in',
      '{stepKinds: [flag], except: {breaking: true, environments: [staging]}}',
      () => {},
      ['staging', 'canary', 'production'],
    ],
    [
      'except with plan and phase criteria that hold',
      '{stepKinds: [flag], except: {breaking: true, environments: [staging]}}',
      breaking,
      ['canary', 'production'],
    ],
    [
      'except irreversible',
      '{environments: [canary, production], except: {irreversible: true}}',
      irreversibleCanary,
      ['production'],
    ],
  ])('%s', (_name, match, edit, phases) => {
    expect(phasesWith(matchGuards(factPlan(edit), [guardWith(match)]), KEY)).toEqual(phases);
  });

  it('an empty except is refused: it would leave out every phase', () => {
    expect(() => guardWith('{except: {}}')).toThrow(/fixture lesson is invalid/);
  });

  it('matches every phase of every plan with an empty match', () => {
    expect(phasesWith(matchGuards(plan(), [guardWith('{}')]), KEY)).toEqual(['staging', 'canary', 'production']);
  });

  it('says why: lesson id, title and a link, by default the lesson file', () => {
    const guards = matchGuards(plan(), [lesson(CHECKLIST_GUARD)]);
    const applied = guards.phases[1]!.guards[0]!;
    expect(applied).toMatchObject({
      key: 'L-2020-11-thread-exhaustion/thread-alarm',
      itemId: 'l-2020-11-thread-exhaustion--thread-alarm',
      summary: 'Thread-count alarm configured and linked to its runbook',
      action: { kind: 'checklist', text: 'Thread-count alarm configured and linked to its runbook' },
      why: {
        lessonId: 'L-2020-11-thread-exhaustion',
        title: 'Threads piled up and no alert fired',
        href: 'playbooks/lessons/l.md',
      },
    });
    const relative = matchGuards(plan(), [lesson(CHECKLIST_GUARD)], { href: hrefFrom('playbooks/runbooks/demo.md') });
    expect(relative.phases[1]!.guards[0]!.why.href).toBe('../lessons/l.md');
  });

  it('lists guards of several lessons in lesson id order, whatever order the lessons come in', () => {
    const later = lesson(CHECKLIST_GUARD, otherHead('L-2022-01-later', 'Later'));
    const earlier = lesson(CHECKLIST_GUARD);
    const keys = matchGuards(plan(), [later, earlier]).phases[1]!.guards.map((g) => g.lessonId);
    expect(keys).toEqual(['L-2020-11-thread-exhaustion', 'L-2022-01-later']);
  });
});

describe('matchGuards: waivers', () => {
  const waive = (entries: string) => plan({ extra: `waive:\n${entries}` });
  const reason = 'reason: "Read-only rollout, the alarm exists on the shared dashboard"';

  it('a plan-wide waiver marks the guard waived in every phase; nothing of it is applied', () => {
    const p = waive(`  - {lesson: L-2020-11-thread-exhaustion, ${reason}}\n`);
    const guards = matchGuards(p, [lesson(CHECKLIST_GUARD)]);
    const canary = guards.phases[1]!.guards[0]!;
    expect(canary.waived).toEqual({ reason: 'Read-only rollout, the alarm exists on the shared dashboard', index: 0 });
    expect(applyGuards(p, guards)).toEqual(p);
  });

  it('a phase-scoped waiver waives only those phases', () => {
    const p = waive(`  - {lesson: L-2020-11-thread-exhaustion, phases: [canary], ${reason}}\n`);
    const guards = matchGuards(p, [lesson(`  - id: g\n    match: {}\n    checklist: Do the thing\n`)]);
    expect(guards.phases.map((ph) => ph.guards[0]!.waived !== undefined)).toEqual([false, true, false]);
    const applied = applyGuards(p, guards);
    expect(applied.phases.map((ph) => ph.checklist?.length ?? 0)).toEqual([1, 0, 1]);
  });

  it('a waiver may name one guard of a lesson', () => {
    const two = lesson(`  - id: a\n    match: {}\n    checklist: A\n  - id: b\n    match: {}\n    checklist: B\n`);
    const p = waive(`  - {lesson: L-2020-11-thread-exhaustion/b, ${reason}}\n`);
    const staging = matchGuards(p, [two]).phases[0]!.guards;
    expect(staging.map((g) => [g.guardId, g.waived !== undefined])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it('rule waivers and other lessons do not waive a guard', () => {
    const p = waive(`  - {rule: phase-gate, ${reason}}\n  - {lesson: L-2022-01-other, ${reason}}\n`);
    expect(matchGuards(p, [lesson(CHECKLIST_GUARD)]).phases[1]!.guards[0]!.waived).toBeUndefined();
  });
});

describe('applyGuards', () => {
  it('adds checklist items and gates with stable ids, after what the plan wrote, and leaves the input alone', () => {
    const p = plan();
    const before = structuredClone(p);
    const ref = lesson(
      `${CHECKLIST_GUARD}  - id: crash-gate\n    match: {environments: [production]}\n    gate: {metric: error_rate, max: 0.02}\n`,
    );
    const guards = matchGuards(p, [ref]);
    const applied = applyGuards(p, guards);
    expect(p).toEqual(before);
    expect(applied.phases[1]!.checklist).toEqual([
      {
        id: 'l-2020-11-thread-exhaustion--thread-alarm',
        text: 'Thread-count alarm configured and linked to its runbook',
      },
    ]);
    expect(applied.phases[2]!.gates!.at(-1)).toEqual({
      metric: 'error_rate',
      max: 0.02,
      id: 'l-2020-11-thread-exhaustion--crash-gate',
    });
    expect(applied.phases[2]!.gates!.slice(0, -1)).toEqual(p.phases[2]!.gates);
    expect(applied.phases[0]).toBe(p.phases[0]);
    const lookup = guardsById(guards);
    expect(lookup.get('l-2020-11-thread-exhaustion--crash-gate')?.why.lessonId).toBe('L-2020-11-thread-exhaustion');
  });

  it('a freeze guard adds a lead-in before each dated freeze it names, in the matching environments', () => {
    const p = plan({
      extra: `freezes:
  - {name: peak-season-2026, from: "2026-11-20", to: "2026-12-01", reason: Peak, environments: [canary, production]}
  - {name: peak-season-2027, from: "2027-11-19", to: "2027-11-30", reason: Peak}
  - {name: year-end, from: "2026-12-18", to: "2027-01-04", reason: Holidays}
  - {name: no-fridays, every: [fri], reason: Weekend}
`,
    });
    const ref = lesson(`  - id: lead-in
    match: {environments: [staging, production]}
    freeze: {before: peak-season-*, lead: 1w3d, reason: Let the last change bake}
`);
    const guards = matchGuards(p, [ref]);
    expect(guards.freezes.map((f) => f.freeze)).toEqual([
      {
        name: 'lead-in-peak-season-2026',
        from: '2026-11-10',
        to: '2026-11-19',
        reason: 'Let the last change bake',
        environments: ['production'],
        allowHotfix: false,
      },
      {
        name: 'lead-in-peak-season-2027',
        from: '2027-11-09',
        to: '2027-11-18',
        reason: 'Let the last change bake',
        environments: ['staging', 'production'],
        allowHotfix: false,
      },
    ]);
    expect(guards.phases[2]!.guards[0]!.summary).toBe(
      'No changes in the 1w3d before peak-season-2026: 2026-11-10 to 2026-11-19; peak-season-2027: 2027-11-09 to 2027-11-18',
    );
    expect(applyGuards(p, guards).freezes?.map((f) => f.name)).toEqual([
      'peak-season-2026',
      'peak-season-2027',
      'year-end',
      'no-fridays',
      'lead-in-peak-season-2026',
      'lead-in-peak-season-2027',
    ]);
    expect(guardsById(guards).get('lead-in-peak-season-2026')?.key).toBe('L-2020-11-thread-exhaustion/lead-in');
  });

  it('a freeze guard waived in some phases leaves their environments out', () => {
    const p = plan({
      extra: `freezes:
  - {name: launch, from: "2026-11-20", to: "2026-11-21", reason: Launch event}
waive:
  - {lesson: L-2020-11-thread-exhaustion, phases: [production], reason: "Production is covered by the launch war room"}
`,
    });
    const ref = lesson(`  - id: lead-in
    match: {environments: [canary, production]}
    freeze: {before: launch, lead: 2d, reason: Quiet before the launch, allowHotfix: true}
`);
    expect(matchGuards(p, [ref]).freezes.map((f) => [f.freeze.environments, f.freeze.allowHotfix])).toEqual([
      [['canary'], true],
    ]);
  });
});
