// Overlaps across a portfolio, case by case: each row is a few plans in a few repositories and the
// overlaps expected as one line each ("kind from → to plans… [services] freeze"). Then the cap,
// and the sweep checked against every pair compared by brute force on generated portfolios.
import { describe, expect, it } from 'vitest';
import type { Freeze } from '../../src/plan/schema.ts';
import type {
  PortfolioGuardFreeze,
  PortfolioOverlap,
  PortfolioPhase,
  PortfolioPlan,
  PortfolioRepository,
} from '../../src/portfolio/model.ts';
import { findOverlaps, MAX_OVERLAPS } from '../../src/portfolio/overlaps.ts';

// 2026-11-02 is a Monday; 2026-11-06 a Friday.

/** `prod 2026-11-02T09:00Z 2026-11-02T12:00Z` → a production phase `prod`; environment from the id's head. */
function phase(id: string, start: string, end: string, extra: Partial<PortfolioPhase> = {}): PortfolioPhase {
  const environment = id.startsWith('can') ? 'canary' : id.startsWith('stag') ? 'staging' : 'production';
  return { id, environment, start, end, scheduled: true, ...extra };
}

interface PlanSpec {
  id: string;
  owners?: string[];
  services?: string[];
  phases?: PortfolioPhase[];
  freezes?: Freeze[];
  guardFreezes?: PortfolioGuardFreeze[];
  status?: { phase: string; state: string };
  invalid?: string[];
}

function plan(spec: PlanSpec): PortfolioPlan {
  return {
    id: spec.id,
    title: spec.id,
    path: `playbooks/${spec.id}.rollout.yaml`,
    url: `https://github.example/${spec.id}`,
    owners: spec.owners ?? [`@acme/${spec.id}-team`],
    services: spec.services ?? ['checkout'],
    phases: spec.phases ?? [],
    freezes: spec.freezes ?? [],
    ...(spec.guardFreezes ? { guardFreezes: spec.guardFreezes } : {}),
    guardedBy: [],
    ...(spec.status ? { status: spec.status } : {}),
    ...(spec.invalid ? { invalid: spec.invalid } : {}),
  };
}

function repo(repository: string, ...plans: PortfolioPlan[]): PortfolioRepository {
  return { repository, url: `https://github.example/${repository}`, defaultBranch: 'main', plans };
}

function line(o: PortfolioOverlap): string {
  const lesson = o.freeze?.lesson ? ` by ${o.freeze.lesson}` : '';
  const freeze = o.freeze ? ` freeze ${o.freeze.name} of ${o.freeze.plan}${lesson}` : '';
  return `${o.kind} ${o.from} → ${o.to} ${o.plans.join(' ')} [${(o.services ?? []).join(',')}]${freeze}`;
}

const MON_9 = '2026-11-02T09:00Z';
const MON_12 = '2026-11-02T12:00Z';
const MON_15 = '2026-11-02T15:00Z';
const TUE_9 = '2026-11-03T09:00Z';

interface Case {
  name: string;
  repositories: PortfolioRepository[];
  want: string[];
}

const CASES: Case[] = [
  // Same service.
  {
    name: 'two plans in different repositories on the same service in intersecting windows overlap for the shared part',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', MON_9, MON_15)] })),
      repo('acme/pay', plan({ id: 'tds', phases: [phase('canary', MON_12, TUE_9)] })),
    ],
    want: ['same-service 2026-11-02T12:00Z → 2026-11-02T15:00Z acme/shop/cart/prod acme/pay/tds/canary [checkout]'],
  },
  {
    name: 'two plans of one repository overlap as well',
    repositories: [
      repo(
        'acme/shop',
        plan({ id: 'cart', phases: [phase('prod', MON_9, MON_15)] }),
        plan({ id: 'search', phases: [phase('prod', MON_12, MON_15)] }),
      ),
    ],
    want: ['same-service 2026-11-02T12:00Z → 2026-11-02T15:00Z acme/shop/cart/prod acme/shop/search/prod [checkout]'],
  },
  {
    name: 'a window ending the minute the other starts does not overlap it',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', MON_9, MON_12)] })),
      repo('acme/pay', plan({ id: 'tds', phases: [phase('prod', MON_12, MON_15)] })),
    ],
    want: [],
  },
  {
    name: 'plans on different services do not overlap',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', services: ['cart'], phases: [phase('prod', MON_9, MON_15)] })),
      repo('acme/pay', plan({ id: 'tds', services: ['payments'], phases: [phase('prod', MON_12, MON_15)] })),
    ],
    want: [],
  },
  {
    name: 'plans sharing two services give one overlap naming both',
    repositories: [
      repo(
        'acme/shop',
        plan({ id: 'cart', services: ['cart', 'checkout', 'search'], phases: [phase('prod', MON_9, MON_15)] }),
      ),
      repo('acme/pay', plan({ id: 'tds', services: ['checkout', 'cart'], phases: [phase('prod', MON_12, MON_15)] })),
    ],
    want: ['same-service 2026-11-02T12:00Z → 2026-11-02T15:00Z acme/shop/cart/prod acme/pay/tds/prod [cart,checkout]'],
  },
  {
    name: 'each pair of intersecting phases is one overlap',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('canary', MON_9, MON_12), phase('prod', MON_12, TUE_9)] })),
      repo('acme/pay', plan({ id: 'tds', phases: [phase('prod', '2026-11-02T10:00Z', MON_15)] })),
    ],
    want: [
      'same-service 2026-11-02T10:00Z → 2026-11-02T12:00Z acme/shop/cart/canary acme/pay/tds/prod [checkout]',
      'same-service 2026-11-02T12:00Z → 2026-11-02T15:00Z acme/pay/tds/prod acme/shop/cart/prod [checkout]',
    ],
  },
  {
    name: 'a phase without bake occupies the minute it starts',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', MON_9, MON_15)] })),
      repo('acme/pay', plan({ id: 'tds', phases: [phase('prod', MON_12, MON_12)] })),
    ],
    want: ['same-service 2026-11-02T12:00Z → 2026-11-02T12:01Z acme/shop/cart/prod acme/pay/tds/prod [checkout]'],
  },
  {
    name: 'a finished plan overlaps nothing',
    repositories: [
      repo(
        'acme/shop',
        plan({ id: 'cart', phases: [phase('prod', MON_9, MON_15)], status: { phase: 'prod', state: 'done' } }),
      ),
      repo('acme/pay', plan({ id: 'tds', phases: [phase('prod', MON_12, MON_15)] })),
    ],
    want: [],
  },
  {
    name: 'phases before the current one are done and left out',
    repositories: [
      repo(
        'acme/shop',
        plan({
          id: 'cart',
          phases: [phase('canary', MON_9, MON_15), phase('prod', MON_15, TUE_9)],
          status: { phase: 'prod', state: 'in-progress' },
        }),
      ),
      repo('acme/pay', plan({ id: 'tds', phases: [phase('prod', MON_12, '2026-11-02T16:00Z')] })),
    ],
    want: ['same-service 2026-11-02T15:00Z → 2026-11-02T16:00Z acme/pay/tds/prod acme/shop/cart/prod [checkout]'],
  },
  {
    name: 'a phase with no allowed start is a guess and left out',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', MON_9, MON_15, { scheduled: false })] })),
      repo('acme/pay', plan({ id: 'tds', phases: [phase('prod', MON_12, MON_15)] })),
    ],
    want: [],
  },
  {
    name: 'a plan that did not validate is left out',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', MON_9, MON_15)], invalid: ['bad'] })),
      repo('acme/pay', plan({ id: 'tds', phases: [phase('prod', MON_12, MON_15)] })),
    ],
    want: [],
  },
  // Freezes.
  {
    name: "a phase crossing another team's freeze on a shared service warns for the frozen part",
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', '2026-11-04T09:00Z', '2026-11-06T09:00Z')] })),
      repo(
        'acme/pay',
        plan({ id: 'tds', freezes: [{ name: 'audit', from: '2026-11-05', to: '2026-11-09', reason: 'Audit.' }] }),
      ),
    ],
    want: [
      'crosses-freeze 2026-11-05T00:00Z → 2026-11-06T09:00Z acme/shop/cart/prod acme/pay/tds [checkout] freeze audit of acme/pay/tds',
    ],
  },
  {
    name: 'a freeze starting inside a phase that started earlier is found too',
    repositories: [
      repo('acme/pay', plan({ id: 'tds', freezes: [{ name: 'day', from: '2026-11-03', reason: 'One day.' }] })),
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', MON_9, '2026-11-05T00:00Z')] })),
    ],
    want: [
      'crosses-freeze 2026-11-03T00:00Z → 2026-11-04T00:00Z acme/shop/cart/prod acme/pay/tds [checkout] freeze day of acme/pay/tds',
    ],
  },
  {
    name: 'a freeze for other environments does not concern the phase',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('canary', MON_9, MON_15)] })),
      repo(
        'acme/pay',
        plan({
          id: 'tds',
          freezes: [{ name: 'q', from: '2026-11-02', reason: 'Prod only.', environments: ['production'] }],
        }),
      ),
    ],
    want: [],
  },
  {
    name: "a freeze naming the phase's environment concerns it",
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('canary', MON_9, MON_15)] })),
      repo(
        'acme/pay',
        plan({ id: 'tds', freezes: [{ name: 'q', from: '2026-11-02', reason: 'Canary.', environments: ['canary'] }] }),
      ),
    ],
    want: [
      'crosses-freeze 2026-11-02T09:00Z → 2026-11-02T15:00Z acme/shop/cart/canary acme/pay/tds [checkout] freeze q of acme/pay/tds',
    ],
  },
  {
    name: 'a freeze of a plan sharing an owner (any case, with or without @) is the same team and not crossed',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', owners: ['@Acme/Web', 'alice'], phases: [phase('prod', MON_9, MON_15)] })),
      repo(
        'acme/pay',
        plan({ id: 'tds', owners: ['acme/web'], freezes: [{ name: 'q', from: '2026-11-02', reason: 'Ours.' }] }),
      ),
    ],
    want: [],
  },
  {
    name: "another team's freeze on a service the phase does not touch is not crossed",
    repositories: [
      repo('acme/shop', plan({ id: 'cart', services: ['cart'], phases: [phase('prod', MON_9, MON_15)] })),
      repo(
        'acme/pay',
        plan({ id: 'tds', services: ['payments'], freezes: [{ name: 'q', from: '2026-11-02', reason: 'Not yours.' }] }),
      ),
    ],
    want: [],
  },
  {
    name: "a plan's own freeze is never an overlap",
    repositories: [
      repo(
        'acme/shop',
        plan({
          id: 'cart',
          phases: [phase('prod', MON_9, MON_15)],
          freezes: [{ name: 'q', from: '2026-11-02', reason: 'Own.' }],
        }),
      ),
    ],
    want: [],
  },
  {
    name: 'a weekly freeze is crossed from its first to its last frozen day inside the phase',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', MON_9, '2026-11-16T09:00Z')] })),
      repo('acme/pay', plan({ id: 'tds', freezes: [{ name: 'fridays', every: ['fri'], reason: 'Weekends.' }] })),
    ],
    want: [
      'crosses-freeze 2026-11-06T00:00Z → 2026-11-14T00:00Z acme/shop/cart/prod acme/pay/tds [checkout] freeze fridays of acme/pay/tds',
    ],
  },
  {
    name: 'a weekly freeze on days the phase does not run on is not crossed',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', TUE_9, '2026-11-04T09:00Z')] })),
      repo('acme/pay', plan({ id: 'tds', freezes: [{ name: 'fridays', every: ['fri'], reason: 'Weekends.' }] })),
    ],
    want: [],
  },
  // Freezes lessons add (guard freezes).
  {
    name: "a freeze a lesson adds to another team's plan on a shared service is crossed, and names the lesson",
    repositories: [
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', MON_9, TUE_9)] })),
      repo(
        'acme/pay',
        plan({
          id: 'tds',
          freezes: [{ name: 'black-friday', from: '2026-11-04', reason: 'Sales.' }],
          guardFreezes: [
            {
              name: 'lead-in-black-friday',
              from: '2026-11-02',
              to: '2026-11-03',
              reason: 'Freeze the run-up.',
              environments: ['production'],
              lesson: 'acme/lessons#L-2020-11-peak',
            },
          ],
        }),
      ),
    ],
    want: [
      'crosses-freeze 2026-11-02T09:00Z → 2026-11-03T09:00Z acme/shop/cart/prod acme/pay/tds [checkout] freeze lead-in-black-friday of acme/pay/tds by acme/lessons#L-2020-11-peak',
    ],
  },
  {
    name: 'a freeze a lesson adds for other environments, or to a plan of the same team, is not crossed',
    repositories: [
      repo('acme/shop', plan({ id: 'cart', owners: ['@acme/web'], phases: [phase('canary', MON_9, TUE_9)] })),
      repo(
        'acme/pay',
        plan({
          id: 'tds',
          guardFreezes: [
            { name: 'lead-in', from: '2026-11-02', reason: 'r', environments: ['production'], lesson: 'acme/pay#L-1' },
          ],
        }),
        plan({
          id: 'web',
          owners: ['@acme/web'],
          guardFreezes: [{ name: 'lead-in', from: '2026-11-02', reason: 'r', lesson: 'acme/pay#L-1' }],
        }),
      ),
    ],
    want: [],
  },
  {
    name: 'overlaps of both kinds come in the order of their shared window',
    repositories: [
      repo(
        'acme/shop',
        plan({ id: 'cart', phases: [phase('canary', MON_9, TUE_9), phase('prod', TUE_9, '2026-11-04T09:00Z')] }),
      ),
      repo(
        'acme/pay',
        plan({
          id: 'tds',
          phases: [phase('prod', MON_12, MON_15)],
          freezes: [{ name: 'tue', from: '2026-11-03', reason: 'Tue.' }],
        }),
      ),
    ],
    want: [
      'same-service 2026-11-02T12:00Z → 2026-11-02T15:00Z acme/shop/cart/canary acme/pay/tds/prod [checkout]',
      'crosses-freeze 2026-11-03T00:00Z → 2026-11-03T09:00Z acme/shop/cart/canary acme/pay/tds [checkout] freeze tue of acme/pay/tds',
      'crosses-freeze 2026-11-03T09:00Z → 2026-11-04T00:00Z acme/shop/cart/prod acme/pay/tds [checkout] freeze tue of acme/pay/tds',
    ],
  },
];

describe('findOverlaps', () => {
  for (const c of CASES) {
    it(c.name, () => {
      expect(findOverlaps(c.repositories).map(line)).toEqual(c.want);
    });
  }

  it('says which services, plans, phases and freeze for people', () => {
    const overlaps = findOverlaps([
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', MON_9, TUE_9)] })),
      repo(
        'acme/pay',
        plan({
          id: 'tds',
          phases: [phase('canary', MON_12, MON_15)],
          freezes: [{ name: 'audit', from: '2026-11-02', reason: 'r' }],
        }),
      ),
    ]);
    expect(overlaps.map((o) => o.says)).toEqual([
      'checkout: acme/shop/cart prod (production) crosses the freeze audit of acme/pay/tds',
      'checkout: acme/shop/cart prod overlaps acme/pay/tds canary',
    ]);
    const guarded = findOverlaps([
      repo('acme/shop', plan({ id: 'cart', phases: [phase('prod', MON_9, TUE_9)] })),
      repo(
        'acme/pay',
        plan({
          id: 'tds',
          guardFreezes: [{ name: 'lead-in', from: '2026-11-02', reason: 'r', lesson: 'acme/lessons#L-9' }],
        }),
      ),
    ]);
    expect(guarded.map((o) => [o.says, o.freeze])).toEqual([
      [
        'checkout: acme/shop/cart prod (production) crosses the freeze lead-in of acme/pay/tds (added by lesson acme/lessons#L-9)',
        { name: 'lead-in', plan: 'acme/pay/tds', lesson: 'acme/lessons#L-9' },
      ],
    ]);
  });

  it(`returns at most ${MAX_OVERLAPS}, the earliest shared windows first`, () => {
    // 60 plans on one service, plan i from hour i for 100 hours: every pair intersects (1,770 pairs).
    const plans = Array.from({ length: 60 }, (_, i) =>
      plan({ id: `p${i}`, phases: [phase('prod', hour(i), hour(i + 100))] }),
    );
    const overlaps = findOverlaps([repo('acme/many', ...plans)]);
    expect(overlaps).toHaveLength(MAX_OVERLAPS);
    const all = bruteForce([repo('acme/many', ...plans)]);
    expect(all.length).toBeGreaterThan(MAX_OVERLAPS);
    expect(overlaps.map((o) => o.from)).toEqual(all.map((o) => o.from).slice(0, MAX_OVERLAPS));
  });

  it('finds exactly the overlaps that comparing every pair finds, on generated portfolios', () => {
    let seed = 17;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    // Guard freezes from a stream of their own, so the plans are the same as without them.
    let guardSeed = 49;
    const guardRandom = () => {
      guardSeed = (guardSeed * 1_103_515_245 + 12_345) % 2 ** 31;
      return guardSeed / 2 ** 31;
    };
    let guardCrossings = 0;
    for (let round = 0; round < 40; round++) {
      const repositories = Array.from({ length: 3 }, (_, r) => {
        const plans = Array.from({ length: 4 }, (_, p) => {
          let at = Math.floor(random() * 200);
          const phases = ['canary', 'staging', 'prod'].map((id) => {
            const start = at + Math.floor(random() * 10);
            at = start + pick([0, 1, 6, 30, 80]);
            return phase(id, hour(start), hour(at), { scheduled: random() > 0.1 });
          });
          const freezes: Freeze[] =
            random() < 0.5
              ? []
              : [
                  random() < 0.5
                    ? {
                        name: 'f',
                        from: day(Math.floor(random() * 10)),
                        to: day(Math.floor(random() * 3) + 10),
                        reason: 'r',
                      }
                    : {
                        name: 'w',
                        every: [pick(['mon', 'wed', 'fri'] as const)],
                        reason: 'r',
                        environments: [pick(['canary', 'production'])],
                      },
                ];
          const guardFreezes: PortfolioGuardFreeze[] =
            guardRandom() < 0.3
              ? [{ name: 'g', from: day(Math.floor(guardRandom() * 10)), reason: 'r', lesson: `acme/lessons#L-${p}` }]
              : [];
          return plan({
            id: `p${p}`,
            owners: [pick(['@a', '@b', '@c', '@d'])],
            services: [pick(['x', 'y', 'z']), pick(['x', 'y', 'z'])],
            phases,
            freezes,
            ...(guardFreezes.length > 0 ? { guardFreezes } : {}),
          });
        });
        return repo(`acme/r${r}`, ...plans);
      });
      const want = bruteForce(repositories);
      expect(want.length).toBeLessThan(MAX_OVERLAPS);
      const got = findOverlaps(repositories);
      guardCrossings += got.filter((o) => o.freeze?.lesson).length;
      expect(got.map(line).sort(), `round ${round}`).toEqual(want.slice(0, MAX_OVERLAPS).map(line).sort());
    }
    expect(guardCrossings).toBeGreaterThan(0);
  });
});

function hour(n: number): string {
  return new Date(Date.parse(MON_9) + n * 3_600_000).toISOString().replace(':00.000Z', 'Z');
}

function day(n: number): string {
  return new Date(Date.parse('2026-11-02') + n * 86_400_000).toISOString().slice(0, 10);
}

// The reference: every pair compared, straight from the rules in overlaps.ts's header; services
// in alphabetical order.
function bruteForce(repositories: PortfolioRepository[]): PortfolioOverlap[] {
  const DAY = 86_400_000;
  const phases = repositories.flatMap((r) =>
    r.plans.flatMap((p) =>
      p.phases
        .filter((ph) => ph.scheduled)
        .map((ph) => ({
          ref: `${r.repository}/${p.id}`,
          plan: p,
          ph,
          s: Date.parse(ph.start),
          e: Math.max(Date.parse(ph.end), Date.parse(ph.start) + 60_000),
        })),
    ),
  );
  const freezes = repositories.flatMap((r) =>
    r.plans.flatMap((p) =>
      [
        ...p.freezes.map((f) => ({ f, lesson: undefined })),
        ...(p.guardFreezes ?? []).map((f) => ({ f, lesson: f.lesson })),
      ].map(({ f, lesson }) => ({ ref: `${r.repository}/${p.id}`, plan: p, f, lesson })),
    ),
  );
  const out: { o: PortfolioOverlap; from: number }[] = [];
  const fmt = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';
  for (let i = 0; i < phases.length; i++) {
    for (let j = i + 1; j < phases.length; j++) {
      const [a, b] = [phases[i], phases[j]] as [(typeof phases)[0], (typeof phases)[0]];
      if (a.ref === b.ref) continue;
      const services = [...new Set(a.plan.services)].filter((s) => b.plan.services.includes(s));
      const from = Math.max(a.s, b.s);
      const to = Math.min(a.e, b.e);
      if (services.length === 0 || from >= to) continue;
      const [first, second] = a.s <= b.s ? [a, b] : [b, a];
      out.push({
        from,
        o: {
          kind: 'same-service',
          says: '',
          from: fmt(from),
          to: fmt(to),
          plans: [`${first.ref}/${first.ph.id}`, `${second.ref}/${second.ph.id}`],
          services: services.sort(),
        },
      });
    }
    const a = phases[i] as (typeof phases)[0];
    for (const { ref, plan: declaring, f, lesson } of freezes) {
      if (ref === a.ref) continue;
      if (f.environments && !f.environments.includes(a.ph.environment)) continue;
      const bare = (o: string) => o.toLowerCase().replace(/^@/, '');
      if (declaring.owners.some((o) => a.plan.owners.map(bare).includes(bare(o)))) continue;
      const services = [...new Set(declaring.services)].filter((s) => a.plan.services.includes(s));
      if (services.length === 0) continue;
      const frozen: number[] = [];
      for (let d = Math.floor(a.s / DAY); d <= Math.floor((a.e - 1) / DAY); d++) {
        const date = new Date(d * DAY);
        const iso = date.toISOString().slice(0, 10);
        const weekday = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][date.getUTCDay()] as string;
        const inDates = f.every
          ? (!f.from || iso >= f.from) && (!f.to || iso <= f.to)
          : iso >= (f.from as string) && iso <= (f.to ?? f.from ?? '');
        if (inDates && (!f.every || (f.every as readonly string[]).includes(weekday))) frozen.push(d);
      }
      if (frozen.length === 0) continue;
      const from = Math.max(a.s, (frozen[0] as number) * DAY);
      out.push({
        from,
        o: {
          kind: 'crosses-freeze',
          says: '',
          from: fmt(from),
          to: fmt(Math.min(a.e, ((frozen.at(-1) as number) + 1) * DAY)),
          plans: [`${a.ref}/${a.ph.id}`, ref],
          services: services.sort(),
          freeze: { name: f.name, plan: ref, ...(lesson === undefined ? {} : { lesson }) },
        },
      });
    }
  }
  return out.sort((x, y) => x.from - y.from).map((x) => x.o);
}
