// The portfolio's pure parts: which files of a repository are plans and lessons, what is still to
// read, a repository's files into portfolio plans (projected, guarded by own and shared lessons,
// invalid ones listed with their first errors), the lessons list, the cache's format, and the
// GraphQL documents against GitHub's schema and node limit.
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lessons/parse.ts';
import { originOf } from '../../src/lessons/shared/source.ts';
import { parseRepository, portfolioLessons, portfolioPlans } from '../../src/portfolio/build.ts';
import { emptyCache, formatCache, parseCache } from '../../src/portfolio/cache.ts';
import type { PortfolioRepository } from '../../src/portfolio/model.ts';
import {
  detailsNodeCount,
  detailsQuery,
  GITHUB_NODE_LIMIT,
  MAX_PAGE_SIZE,
  namedHeadsQuery,
  ORG_REPOSITORIES_QUERY,
  REPOS_PER_DETAILS_QUERY,
  REPOS_PER_HEAD_QUERY,
  SEARCH_REPOSITORIES_QUERY,
} from '../../src/portfolio/queries.ts';
import { lessonFiles, pathsToRead, planFiles } from '../../src/portfolio/sources.ts';
import { githubGraphqlSchema } from '../fake-github/graphql/schema.ts';
import { CHECKLIST_GUARD, LESSON_HEAD, lessonText, otherHead, planText } from '../lessons/fixtures.ts';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const PLACE = { repository: 'acme/shop', url: 'https://github.com/acme/shop', commit: COMMIT };
const AT = '2026-11-23T09:00:00Z';

describe('which files are plans and lessons', () => {
  const paths = [
    'rollbook.config.yaml',
    'playbooks/a.rollout.yaml',
    'playbooks/team/b.rollout.yml',
    'playbooks/notes.md',
    'playbooks/lessons/L-1.md',
    'playbooks/lessons/old/L-2.md',
    'rollouts/c.rollout.yaml',
    'x/y.yaml',
  ];

  it('takes the defaults, directories, single files and globs as validate does', () => {
    expect(planFiles({}, paths)).toEqual(['playbooks/a.rollout.yaml', 'playbooks/team/b.rollout.yml']);
    expect(planFiles({ plans: ['rollouts', 'x/y.yaml'] }, paths)).toEqual(['rollouts/c.rollout.yaml', 'x/y.yaml']);
    expect(planFiles({ plans: ['./playbooks/*/*.yml'] }, paths)).toEqual(['playbooks/team/b.rollout.yml']);
    expect(lessonFiles({}, paths)).toEqual(['playbooks/lessons/L-1.md', 'playbooks/lessons/old/L-2.md']);
    expect(lessonFiles({ lessons: 'lessons' }, paths)).toEqual([]);
  });

  it('asks for a configured directory outside what was read, and for directories deeper than one query reads', () => {
    const asked = new Set(['rollbook.config.yaml', 'playbooks']);
    expect(pathsToRead({}, asked, new Set())).toEqual([]);
    expect(pathsToRead({ plans: ['rollouts/**/*.yaml'], lessons: 'docs/lessons' }, asked, new Set())).toEqual([
      'docs/lessons',
      'rollouts',
    ]);
    expect(pathsToRead({}, asked, new Set(['playbooks/a/b/c/d', 'elsewhere/deep']))).toEqual(['playbooks/a/b/c/d']);
    // the config file itself covers nothing
    expect(pathsToRead({ plans: ['rollbook.config.yaml/x'] }, asked, new Set())).toEqual(['rollbook.config.yaml/x']);
  });
});

describe('a repository into portfolio plans', () => {
  const lesson = lessonText(CHECKLIST_GUARD);

  it('projects valid plans from the collection time, names their lessons, and lists an invalid plan with its first errors', () => {
    const files = new Map<string, string | null>([
      ['playbooks/demo.rollout.yaml', planText({ services: ['checkout'] })],
      ['playbooks/broken.rollout.yaml', 'apiVersion: rollbook/v1\nkind: RolloutPlan\n'],
      ['playbooks/binary.rollout.yaml', null],
      ['playbooks/lessons/L-2020-11-thread-exhaustion.md', lesson],
    ]);
    const repo = parseRepository('acme/shop', files);
    expect(repo.sources).toEqual([
      'playbooks/binary.rollout.yaml',
      'playbooks/broken.rollout.yaml',
      'playbooks/demo.rollout.yaml',
      'playbooks/lessons/L-2020-11-thread-exhaustion.md',
    ]);
    const plans = portfolioPlans(repo, PLACE, AT, new Map([['demo', { phase: 'canary', state: 'baking' }]]));
    expect(plans.map((p) => p.id)).toEqual(['binary', 'broken', 'demo']);
    const [binary, broken, demo] = plans;
    expect(binary!.invalid).toEqual([
      'playbooks/binary.rollout.yaml:1:1: GitHub gives no text for this file (binary, or larger than it answers)',
    ]);
    expect(broken!.invalid!.length).toBeGreaterThan(0);
    expect(broken!.invalid!.length).toBeLessThanOrEqual(3);
    expect(broken!.invalid![0]).toMatch(/^playbooks\/broken\.rollout\.yaml:\d+:\d+: /);
    expect(broken).toMatchObject({
      phases: [],
      guardedBy: [],
      url: `https://github.com/acme/shop/blob/${COMMIT}/playbooks/broken.rollout.yaml`,
    });
    expect(demo).toMatchObject({
      id: 'demo',
      services: ['checkout'],
      guardedBy: ['acme/shop#L-2020-11-thread-exhaustion'],
      status: { phase: 'canary', state: 'baking' },
    });
    // Monday 2026-11-23 09:00Z; the first phase starts then, each phase after the last one's bake
    expect(demo!.phases[0]).toEqual({
      id: 'staging',
      environment: 'staging',
      start: '2026-11-23T09:00Z',
      end: '2026-11-24T09:00Z',
      scheduled: true,
    });
    expect(demo!.phases.map((p) => p.id)).toEqual(['staging', 'canary', 'production']);
    expect(Date.parse(demo!.phases[1]!.start)).toBeGreaterThanOrEqual(Date.parse(demo!.phases[0]!.end));

    const repositories: PortfolioRepository[] = [
      { repository: 'acme/shop', url: PLACE.url, defaultBranch: 'main', commit: COMMIT, plans },
    ];
    expect(portfolioLessons(repo, PLACE, repositories, new Set())).toEqual([
      {
        key: 'acme/shop#L-2020-11-thread-exhaustion',
        repository: 'acme/shop',
        ref: COMMIT,
        id: 'L-2020-11-thread-exhaustion',
        title: 'Threads piled up and no alert fired',
        url: `https://github.com/acme/shop/blob/${COMMIT}/playbooks/lessons/L-2020-11-thread-exhaustion.md`,
        guards: ['acme/shop/demo'],
      },
    ]);
  });

  it('guards plans with the lessons a source shares, named by their repository, listed once', () => {
    const source = { repository: 'acme/lessons', ref: 'v3', commit: COMMIT, path: 'playbooks/lessons' };
    const path = 'playbooks/lessons/L-2021-01-other.md';
    const shared = {
      ...parseLesson(
        lessonText(CHECKLIST_GUARD, otherHead('L-2021-01-other', 'Shared story')),
        `acme/lessons@v3:${path}`,
      ),
      source: originOf('https://github.com', source, path),
    };
    const files = new Map([['playbooks/demo.rollout.yaml', planText()]]);
    const shop = parseRepository('acme/shop', files, [shared]);
    const pay = parseRepository('acme/pay', files, [shared]);
    const repositories: PortfolioRepository[] = [
      {
        repository: 'acme/pay',
        url: 'https://github.com/acme/pay',
        defaultBranch: 'main',
        commit: COMMIT,
        plans: portfolioPlans(pay, { ...PLACE, repository: 'acme/pay' }, AT, new Map()),
      },
      {
        repository: 'acme/shop',
        url: PLACE.url,
        defaultBranch: 'main',
        commit: COMMIT,
        plans: portfolioPlans(shop, PLACE, AT, new Map()),
      },
    ];
    expect(repositories.map((r) => r.plans[0]!.guardedBy)).toEqual([
      ['acme/lessons#L-2021-01-other'],
      ['acme/lessons#L-2021-01-other'],
    ]);
    const known = new Set<string>();
    const lessons = [
      ...portfolioLessons(pay, { ...PLACE, repository: 'acme/pay' }, repositories, known),
      ...portfolioLessons(shop, PLACE, repositories, known),
    ];
    expect(lessons).toEqual([
      {
        key: 'acme/lessons#L-2021-01-other',
        repository: 'acme/lessons',
        ref: 'v3',
        id: 'L-2021-01-other',
        title: 'Shared story',
        url: `https://github.com/acme/lessons/blob/v3/${path}`,
        guards: ['acme/pay/demo', 'acme/shop/demo'],
      },
    ]);
  });

  it("carries the freezes a lesson's guard adds beside the plan's own, with the lesson, and projects around them", () => {
    const lead =
      '  - id: lead-in\n    match: {}\n    freeze: {before: peak-*, lead: 3d, reason: Quiet before the peak}\n';
    // the peak starts Friday 2026-11-27: the lead-in freezes Tuesday to Thursday
    const peak = 'freezes:\n  - {name: peak-sale, from: "2026-11-27", to: "2026-11-30", reason: The sale}\n';
    const files = new Map([
      ['playbooks/demo.rollout.yaml', planText({ services: ['checkout'], extra: peak })],
      ['playbooks/lessons/L-2020-11-thread-exhaustion.md', lessonText(lead, LESSON_HEAD)],
    ]);
    const [plan] = portfolioPlans(parseRepository('acme/shop', files), PLACE, AT, new Map());
    expect(plan!.invalid).toBeUndefined();
    expect(plan!.freezes.map((f) => f.name)).toEqual(['peak-sale']);
    expect(plan!.guardFreezes).toEqual([
      {
        name: 'lead-in-peak-sale',
        from: '2026-11-24',
        to: '2026-11-26',
        reason: 'Quiet before the peak',
        environments: ['staging', 'canary', 'production'],
        allowHotfix: false,
        lesson: 'acme/shop#L-2020-11-thread-exhaustion',
      },
    ]);
    expect(plan!.guardedBy).toEqual(['acme/shop#L-2020-11-thread-exhaustion']);
    // no phase of the plan starts on a day the lead-in or the sale freezes
    for (const phase of plan!.phases)
      expect(phase.start.slice(0, 10) < '2026-11-24' || phase.start.slice(0, 10) > '2026-11-30', phase.start).toBe(
        true,
      );
    // a plan without a freeze guard has no guardFreezes at all
    const plain = portfolioPlans(
      parseRepository('acme/shop', new Map([['playbooks/demo.rollout.yaml', planText()]])),
      PLACE,
      AT,
      new Map(),
    );
    expect(plain[0]).not.toHaveProperty('guardFreezes');
  });

  it('does not count a waived guard as guarding the plan', () => {
    const waived = planText({
      extra: 'waive:\n  - {lesson: L-2020-11-thread-exhaustion, reason: "Read-only change, nothing to alarm on"}\n',
    });
    const files = new Map([
      ['playbooks/demo.rollout.yaml', waived],
      ['playbooks/lessons/L-2020-11-thread-exhaustion.md', lessonText(CHECKLIST_GUARD, LESSON_HEAD)],
    ]);
    const repo = parseRepository('acme/shop', files);
    const [plan] = portfolioPlans(repo, PLACE, AT, new Map());
    expect(plan!.invalid).toBeUndefined();
    expect(plan!.guardedBy).toEqual([]);
  });
});

describe('the source cache', () => {
  it('reads back what it wrote, and refuses anything else whole', () => {
    const cache = emptyCache();
    cache.repositories['acme/b'] = { treeSha: 'b'.repeat(40), files: { 'p.yaml': 'x', 'bin.yaml': null } };
    cache.repositories['acme/a'] = { treeSha: 'a'.repeat(40), files: {} };
    const text = formatCache(cache);
    expect(Object.keys(JSON.parse(text).repositories)).toEqual(['acme/a', 'acme/b']);
    expect(parseCache(text)).toEqual(cache);
    expect(parseCache('not json')).toBeUndefined();
    expect(parseCache('{"schema":"rollbook/portfolio-cache/v0","repositories":{}}')).toBeUndefined();
    expect(parseCache(text.replace('"x"', '42'))).toBeUndefined();
  });
});

describe('the GraphQL documents', () => {
  const valid = (document: string) => validate(githubGraphqlSchema(), parse(document)).map((e) => e.message);

  it("are valid against GitHub's schema", () => {
    expect(valid(ORG_REPOSITORIES_QUERY)).toEqual([]);
    expect(valid(SEARCH_REPOSITORIES_QUERY)).toEqual([]);
    expect(valid(namedHeadsQuery(['acme/a', 'acme/b.c']))).toEqual([]);
    const details = detailsQuery([
      {
        repository: 'acme/a',
        issues: { after: null },
        contents: { commit: COMMIT, paths: ['rollbook.config.yaml', 'play"books'] },
      },
      { repository: 'acme/b', issues: { after: 'Y3Vyc29yOnYyOjk5' } },
      { repository: 'acme/c', contents: { commit: COMMIT, paths: ['rollouts'] } },
    ]);
    expect(valid(details)).toEqual([]);
    expect(details).toContain('"0123456789abcdef0123456789abcdef01234567:play\\"books"');
    expect(valid(detailsQuery([{ repository: 'acme/c', contents: { commit: COMMIT, paths: ['x'] } }]))).toEqual([]);
  });

  it("stay within GitHub's page size and node limit", () => {
    expect(REPOS_PER_HEAD_QUERY).toBeLessThanOrEqual(MAX_PAGE_SIZE);
    expect(detailsNodeCount()).toBeLessThanOrEqual(GITHUB_NODE_LIMIT);
    expect(detailsNodeCount(REPOS_PER_DETAILS_QUERY * 10)).toBeGreaterThan(GITHUB_NODE_LIMIT); // the count can fail
  });
});
