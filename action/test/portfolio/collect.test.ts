// `rollbook status --org/--topic/--repos` end to end: the real sync writes each repository's
// checklist issues into the fake GitHub, a person ticks in one, and the CLI (its main(), with
// only its environment, as a user runs it) collects the portfolio of several repositories
// through batched GraphQL queries, keeps unchanged repositories from its cache, and names any
// repository it cannot read with the permission it needs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../../site/src/lib/portfolio-file.ts';
import { PORTFOLIO_SCHEMA, type PortfolioFile } from '../../src/portfolio/model.ts';
import { REPOS_PER_DETAILS_QUERY, REPOS_PER_HEAD_QUERY } from '../../src/portfolio/queries.ts';
import { type FakeGitHub, startFakeGitHub } from '../fake-github/server.ts';
import { runCli } from '../helpers/cli.ts';
import { startClosedServer } from '../helpers/closed-server.ts';
import { demoPlan, item, ok, openIssue, sync, withFake, workspace } from '../sync/harness.ts';

const LESSON = readFileSync(
  join(import.meta.dirname, '../../../playbooks/lessons/L-2018-10-os-update-deleted-files.md'),
  'utf8',
);
const LESSON_ID = 'L-2018-10-os-update-deleted-files';
/** The token the portfolio is collected with: another account than the action's. */
const READER_TOKEN = 'ghs_portfolio_reader_0123456789';

/** The scaffold plan for one service. */
function plan(name: string, service: string, title = `Rollout ${name}`): string {
  return demoPlan(name)
    .replace('services: [your-service]', `services: [${service}]`)
    .replace(/^ {2}title: .*$/m, `  title: ${title}`);
}

const FILES: Record<string, Record<string, string>> = {
  'acme/shop': {
    'playbooks/cart.rollout.yaml': plan('cart', 'checkout'),
    [`playbooks/lessons/${LESSON_ID}.md`]: LESSON,
  },
  'acme/pay': { 'playbooks/three-ds.rollout.yaml': plan('three-ds', 'checkout') },
  'acme/search': {
    'rollbook.config.yaml': 'plans: [rollouts]\n',
    // deeper than one query reads (TREE_DEPTH): one more round
    'rollouts/a/b/c/d/e/ranker.rollout.yaml': plan('ranker', 'search'),
  },
  'acme/website': { 'README.md': 'no rollouts here\n' },
};

function portfolioCli(fake: FakeGitHub, args: string[], cwd: string) {
  return runCli(['status', ...args], cwd, {
    env: { ...fake.env(), GITHUB_TOKEN: READER_TOKEN },
    now: () => new Date(),
  });
}

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('rollbook status across repositories', () => {
  const itWithOwnFake = withFake({
    repositories: [
      { owner: 'acme', repo: 'shop' },
      { owner: 'acme', repo: 'pay', topics: ['rollbook'] },
      { owner: 'acme', repo: 'search', topics: ['rollbook'] },
      { owner: 'acme', repo: 'website' },
      { owner: 'acme', repo: 'vault', readers: ['github-actions[bot]'] },
    ],
    tokens: { [READER_TOKEN]: 'portfolio-reader[bot]' },
  });

  async function seed(fake: FakeGitHub): Promise<void> {
    for (const [repository, files] of Object.entries(FILES)) {
      fake.repo(repository).setFiles('main', files);
      if (repository === 'acme/website') continue;
      ok(await sync(fake, workspace(files), { env: { GITHUB_REPOSITORY: repository } }));
    }
    const vault = { 'playbooks/keys.rollout.yaml': plan('keys', 'vault') };
    fake.repo('acme/vault').setFiles('main', vault);
    // a person ticks the first phase's activating steps in acme/shop (the fake's first repository)
    const staging = openIssue(fake, 'cart', 'staging').number;
    for (const id of ['step:deploy', 'step:enable'])
      fake.userToggleTask(staging, item(`cart/staging/${id}`), true, 'alice');
  }

  itWithOwnFake(
    'collects an organization: plans, proven checklist states, projections, lessons and overlaps in one file',
    async ({ fake }) => {
      const began = Date.now();
      await seed(fake);
      const dir = workspace({});
      fake.log.clear();
      const run = await portfolioCli(fake, ['--org', 'acme', '--out', 'portfolio.json'], dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /^Collected 3 repositories \(3 plans, 3 overlaps\): contents read for 4, 0 unchanged since the cache; 4 GraphQL queries\. Wrote portfolio\.json\n$/,
      );
      // one listing query and one details query, then two rounds for acme/search alone: its config
      // names another directory, and its plan lies deeper than one query reads; no REST, no writes
      expect(fake.log.byOperation()).toEqual({ graphql: 4 });
      expect(fake.log.counts().writes).toBe(0);

      const file = JSON.parse(readFileSync(join(dir, 'portfolio.json'), 'utf8')) as PortfolioFile;
      expect(file.schema).toBe(PORTFOLIO_SCHEMA);
      expect(file.scope).toEqual({ organization: 'acme' });
      // the site's own reader takes it unchanged
      expect(parsePortfolio(file, 'portfolio.json')).toEqual(file);
      // the website has no Rollbook; the vault is hidden from this token, as GitHub hides it
      expect(file.repositories.map((r) => r.repository)).toEqual(['acme/pay', 'acme/search', 'acme/shop']);
      const shop = file.repositories.find((r) => r.repository === 'acme/shop')!;
      expect(shop).toMatchObject({
        url: 'https://github.com/acme/shop',
        defaultBranch: 'main',
        commit: fake.repo('acme/shop').git.branchSha('main'),
        treeSha: expect.stringMatching(/^[0-9a-f]{40}$/),
      });
      expect(shop.error).toBeUndefined();
      const cart = shop.plans[0]!;
      expect(cart).toMatchObject({
        id: 'cart',
        title: 'Rollout cart',
        path: 'playbooks/cart.rollout.yaml',
        url: `https://github.com/acme/shop/blob/${shop.commit}/playbooks/cart.rollout.yaml`,
        owners: ['@your-team'],
        services: ['checkout'],
        freezes: [],
        guardedBy: [`acme/shop#${LESSON_ID}`],
        // alice's ticks, proven by the edit history the batched query brought along
        status: { phase: 'staging', state: 'baking' },
      });
      expect(cart.phases.map((p) => [p.id, p.environment, p.scheduled])).toEqual([
        ['staging', 'staging', true],
        ['canary', 'canary', true],
        ['production', 'production', true],
      ]);
      for (const phase of cart.phases) {
        expect(phase.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
        // projected from the ticks and the run's now, to the minute; never from an older date
        expect(Date.parse(phase.start)).toBeGreaterThanOrEqual(began - 60_000);
        expect(Date.parse(phase.end)).toBeGreaterThan(Date.parse(phase.start));
      }
      const pay = file.repositories.find((r) => r.repository === 'acme/pay')!;
      expect(pay.plans[0]).toMatchObject({
        id: 'three-ds',
        guardedBy: [],
        status: { phase: 'staging', state: 'not-started' },
      });
      // plans from the configured directory, six levels down
      const search = file.repositories.find((r) => r.repository === 'acme/search')!;
      expect(search.plans.map((p) => p.path)).toEqual(['rollouts/a/b/c/d/e/ranker.rollout.yaml']);

      expect(file.lessons).toEqual([
        {
          key: `acme/shop#${LESSON_ID}`,
          repository: 'acme/shop',
          ref: shop.commit,
          id: LESSON_ID,
          title: expect.stringContaining('deleted user files'),
          url: `https://github.com/acme/shop/blob/${shop.commit}/playbooks/lessons/${LESSON_ID}.md`,
          guards: ['acme/shop/cart'],
        },
      ]);
      // both checkout rollouts project into the same windows: one warning per phase
      expect(file.overlaps.map((o) => [o.kind, o.services])).toEqual([
        ['same-service', ['checkout']],
        ['same-service', ['checkout']],
        ['same-service', ['checkout']],
      ]);
      for (const overlap of file.overlaps) {
        expect(overlap.plans.map((p) => p.split('/').slice(0, 3).join('/')).sort()).toEqual([
          'acme/pay/three-ds',
          'acme/shop/cart',
        ]);
      }
    },
  );

  itWithOwnFake(
    'reads only the repositories whose tree changed since the cache, and still derives every status afresh',
    async ({ fake }) => {
      await seed(fake);
      const dir = workspace({});
      const first = await portfolioCli(fake, ['--org', 'acme', '--out', 'portfolio.json'], dir);
      expect(first.code).toBe(0);
      const cacheFile = join(dir, 'portfolio.cache.json');
      expect(JSON.parse(readFileSync(cacheFile, 'utf8')).repositories['acme/shop'].files).toHaveProperty([
        'playbooks/cart.rollout.yaml',
      ]);

      // nothing changed: no contents read anywhere
      const reads = () => Object.fromEntries(fake.repositories.map((r) => [r.fullName, r.git.objectReads]));
      const before = reads();
      const again = await portfolioCli(fake, ['--org', 'acme', '--out', 'portfolio.json'], dir);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('contents read for 0, 4 unchanged since the cache; 2 GraphQL queries');
      expect(reads()).toEqual(before);

      // acme/pay's plan changes, a commit elsewhere changes nothing, and a person ticks in acme/shop
      fake
        .repo('acme/pay')
        .setFiles('main', { 'playbooks/three-ds.rollout.yaml': plan('three-ds', 'checkout', 'Retitled') });
      fake.repo('acme/search').setFiles('main', {});
      const stagingIssue = openIssue(fake, 'cart', 'staging').number;
      fake.userToggleTask(stagingIssue, item('cart/staging/step:enable'), false, 'alice');
      const third = await portfolioCli(fake, ['--org', 'acme', '--out', 'portfolio.json'], dir);
      expect(third.code).toBe(0);
      expect(third.stdout).toContain('contents read for 1, 3 unchanged since the cache');
      const after = reads();
      expect(after['acme/pay']).toBeGreaterThan(before['acme/pay']!);
      expect({ ...after, 'acme/pay': 0 }).toEqual({ ...before, 'acme/pay': 0 });
      const file = JSON.parse(readFileSync(join(dir, 'portfolio.json'), 'utf8')) as PortfolioFile;
      const plans = Object.fromEntries(file.repositories.flatMap((r) => r.plans.map((p) => [p.id, p])));
      expect(plans['three-ds']!.title).toBe('Retitled');
      // kept from the cache, yet its status follows the unticked step
      expect(plans['cart']!.status).toEqual({ phase: 'staging', state: 'in-progress' });
    },
  );

  itWithOwnFake('finds repositories by topic within the organization', async ({ fake }) => {
    await seed(fake);
    const dir = workspace({});
    const run = await portfolioCli(fake, ['--org', 'acme', '--topic', 'rollbook', '--out', 'portfolio.json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, 'portfolio.json'), 'utf8')) as PortfolioFile;
    expect(file.scope).toEqual({ topic: 'rollbook', owner: 'acme' });
    expect(file.repositories.map((r) => r.repository)).toEqual(['acme/pay', 'acme/search']);
  });

  itWithOwnFake(
    'names a repository it cannot read and the permission needed, and writes the others',
    async ({ fake }) => {
      await seed(fake);
      const dir = workspace({});
      const run = await portfolioCli(
        fake,
        ['--repos', 'acme/shop,acme/vault,acme/pay', '--out', 'portfolio.json'],
        dir,
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'rollbook: acme/vault: cannot read acme/vault: GitHub answers that it does not exist or that the token may not read it; ' +
          'the token needs Metadata: read, Contents: read and Issues: read on it (a GitHub App installed on it, or a classic token with the repo scope)\n',
      );
      const file = JSON.parse(readFileSync(join(dir, 'portfolio.json'), 'utf8')) as PortfolioFile;
      expect(file.scope).toEqual({ repositories: ['acme/shop', 'acme/vault', 'acme/pay'] });
      expect(file.repositories.find((r) => r.repository === 'acme/vault')!.url).toBe('https://github.com/acme/vault');
      expect(file.repositories.map((r) => [r.repository, r.plans.length, r.error !== undefined])).toEqual([
        ['acme/pay', 1, false],
        ['acme/shop', 1, false],
        ['acme/vault', 0, true],
      ]);
    },
  );

  itWithOwnFake('names the permission a token lacks on one repository, and reads the others', async ({ fake }) => {
    await seed(fake);
    fake.repo('acme/pay').access.withhold('portfolio-reader[bot]', 'issues');
    const dir = workspace({});
    const run = await portfolioCli(fake, ['--org', 'acme', '--out', 'portfolio.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'rollbook: acme/pay: cannot read the issues of acme/pay: the token lacks Issues: read on it\n',
    );
    const file = JSON.parse(readFileSync(join(dir, 'portfolio.json'), 'utf8')) as PortfolioFile;
    expect(file.repositories.map((r) => [r.repository, r.plans.length, r.error !== undefined])).toEqual([
      ['acme/pay', 0, true],
      ['acme/search', 1, false],
      ['acme/shop', 1, false],
    ]);
    // nothing of acme/pay is cached: the next run reads it again
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'portfolio.cache.json'), 'utf8')).repositories)).not.toContain(
      'acme/pay',
    );
  });

  itWithOwnFake('says when the organization does not exist or the token cannot see it', async ({ fake }) => {
    const dir = workspace({});
    const run = await portfolioCli(fake, ['--org', 'nobody', '--out', 'portfolio.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'rollbook: cannot collect the portfolio: GitHub knows no organization nobody that the token can see; ' +
        'the token needs Metadata: read, Contents: read and Issues: read on its repositories\n',
    );
  });

  it('says what it tried and hints at the URL when nothing answers at the API', async () => {
    const dir = workspace({});
    const server = await startClosedServer();
    try {
      const run = await runCli(['status', '--org', 'acme', '--out', 'portfolio.json'], dir, {
        env: { GITHUB_TOKEN: READER_TOKEN, GITHUB_API_URL: server.url },
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('rollbook: cannot collect the portfolio:');
      expect(run.stderr).toMatch(
        new RegExp(`rollbook: hint: nothing answered at ${server.url}; check GITHUB_API_URL .*\\n$`),
      );
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(server.connections()).toBeGreaterThan(0);
      expect(existsSync(join(dir, 'portfolio.json'))).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('refuses bad scopes before reading anything', async () => {
    const dir = workspace({});
    const env = { GITHUB_TOKEN: READER_TOKEN };
    const cases: [string[], RegExp][] = [
      [['--topic', 'rollbook'], /--topic needs --org/],
      [['--repos', 'acme'], /--repos takes owner\/name/],
      [['--repos', 'acme/a', '--org', 'acme'], /cannot be combined/],
      [['--org', 'acme', '--repo', 'acme/shop'], /no paths, --repo or --config/],
      [['--org', 'acme', '--topic', 'Not A Topic'], /--topic must be a GitHub topic/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['status', ...args], dir, { env });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});

describe('the number of GraphQL queries', () => {
  it('grows with the repositories per listing page and per details query, not with plans or issues', async () => {
    const count = 101;
    const fake = await startFakeGitHub({
      repositories: Array.from({ length: count }, (_, i) => ({ owner: 'big', repo: `r${String(i).padStart(3, '0')}` })),
    });
    try {
      for (const [i, repository] of fake.repositories.entries()) {
        repository.setFiles('main', { 'playbooks/p.rollout.yaml': plan(`p${i}`, `s${i}`) });
        repository.issues.create({ title: 'not ours', labels: ['rollbook'], author: 'octocat' });
      }
      // one repository has more Rollbook issues than a page holds: one more query, for it alone
      for (let n = 0; n < 150; n++)
        fake.state.issues.create({ title: `old ${n}`, labels: ['rollbook'], author: 'octocat' });
      const dir = workspace({});
      const run = await portfolioCli(fake, ['--org', 'big', '--out', 'portfolio.json'], dir);
      expect(run.stderr).toBe('');
      const expected = Math.ceil(count / REPOS_PER_HEAD_QUERY) + Math.ceil(count / REPOS_PER_DETAILS_QUERY) + 1;
      expect(expected).toBe(6);
      expect(fake.log.byOperation()).toEqual({ graphql: expected });
      expect(run.stdout).toContain(
        `Collected ${count} repositories (${count} plans, 0 overlaps): contents read for ${count}`,
      );
      fake.assertNoDrift();
    } finally {
      await fake.stop();
    }
  });
});
