// Benchmark section: `rollbook status --org` over 200 repositories × 5 plans (6 phases each)
// against the validated fake GitHub, run as a user runs the CLI (its main(), in-process). Every
// repository has its checklist issues: the real sync writes them into one repository, and the
// same issues are copied into the others (plan names are the same in each). Targets (issue 17):
// the first collection takes at most 10 GraphQL queries; a second one after 3 repositories
// changed reads the contents of those 3 only (GraphQL `Repository.object` reads, per repository).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeGitHub, startFakeGitHub } from '../../action/test/fake-github/server.ts';
import { runCli } from '../../action/test/helpers/cli.ts';
import { runActionInProcess } from '../../action/test/helpers/in-process.ts';
import { PHASES_PER_PLAN, planText } from './corpus.ts';

export const PORTFOLIO_BENCH = { repositories: 200, plansPerRepository: 5, changed: 3 };
const TARGET_QUERIES = 10;
const ORG = 'acme';

const repoName = (i: number) => `${ORG}/service-${String(i).padStart(3, '0')}`;

function planFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let p = 0; p < PORTFOLIO_BENCH.plansPerRepository; p++) files[`playbooks/plan-${p}.rollout.yaml`] = planText(p);
  return files;
}

interface Collected {
  graphql: number;
  /** Repositories whose contents were read (GraphQL `object` reads counted by the fake). */
  contentsRead: string[];
  ms: number;
  summary: string;
}

async function collect(fake: FakeGitHub, dir: string): Promise<Collected> {
  const before = new Map(fake.repositories.map((r) => [r.fullName, r.git.objectReads]));
  fake.log.clear();
  const started = performance.now();
  const run = await runCli(['status', '--org', ORG, '--out', 'portfolio.json'], dir, {
    env: { ...fake.env(), GITHUB_TOKEN: 'bench-token' },
    now: () => new Date(),
  });
  const ms = performance.now() - started;
  if (run.code !== 0) throw new Error(`status --org failed:\n${run.stdout}\n${run.stderr}`);
  return {
    graphql: fake.log.byOperation()['graphql'] ?? 0,
    contentsRead: fake.repositories.filter((r) => r.git.objectReads > before.get(r.fullName)!).map((r) => r.fullName),
    ms,
    summary: run.stdout.trim(),
  };
}

export async function benchPortfolio(): Promise<string[]> {
  const { repositories, plansPerRepository, changed } = PORTFOLIO_BENCH;
  const names = Array.from({ length: repositories }, (_, i) => repoName(i));
  const fake = await startFakeGitHub({
    repositories: names.map((full) => ({ owner: ORG, repo: full.split('/')[1]! })),
  });
  const dir = mkdtempSync(join(tmpdir(), 'rollbook-bench-portfolio-'));
  try {
    const files = planFiles();
    const ws = join(dir, 'ws');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(ws, path, '..'), { recursive: true });
      writeFileSync(join(ws, path), text);
    }
    // the real sync writes the first repository's issues; the others get copies
    const sync = await runActionInProcess({
      workspace: ws,
      inputs: { command: 'sync', token: 'bench-token' },
      env: fake.env(),
    });
    if (sync.code !== 0) throw new Error(`sync failed:\n${sync.stdout}\n${sync.stderr}`);
    const issues = fake.state.issues.all();
    for (const repository of fake.repositories) {
      repository.setFiles('main', files);
      if (repository === fake.state) continue;
      for (const issue of issues) {
        repository.issues.create({
          title: issue.title,
          body: issue.body,
          labels: fake.state.issues.labelsOf(issue).map((l) => l.name),
          author: issue.author,
        });
      }
    }
    const out = join(dir, 'out');
    mkdirSync(out);
    const first = await collect(fake, out);
    const picked = [names[7]!, names[101]!, names[199]!].slice(0, changed);
    for (const name of picked)
      fake
        .repo(name)
        .setFiles('main', { 'playbooks/plan-0.rollout.yaml': planText(0).replace('title:', 'title: Changed') });
    const second = await collect(fake, out);
    fake.assertNoDrift();
    const portfolio = JSON.parse(readFileSync(join(out, 'portfolio.json'), 'utf8')) as {
      repositories: { plans: unknown[] }[];
    };
    const plans = portfolio.repositories.reduce((n, r) => n + r.plans.length, 0);
    const mark = (ok: boolean) => (ok ? 'meets target' : 'MISSES TARGET');
    const secondMet = second.contentsRead.length === changed && picked.every((n) => second.contentsRead.includes(n));
    return [
      `portfolio (rollbook status --org over ${repositories} repositories x ${plansPerRepository} plans x ${PHASES_PER_PLAN} phases, ${issues.length} Rollbook issues each, in-process against the fake GitHub)`,
      `  first collection   ${first.graphql} GraphQL queries (target <= ${TARGET_QUERIES}: ${mark(first.graphql <= TARGET_QUERIES)}), contents read for ${first.contentsRead.length} repositories, ${plans} plans, ${Math.round(first.ms)} ms`,
      `  after ${changed} changed  ${second.graphql} GraphQL queries, contents read for ${second.contentsRead.length} repositories: ${second.contentsRead.join(', ')} (target: only the ${changed} changed: ${mark(secondMet)}), ${Math.round(second.ms)} ms`,
      `  CLI said           ${second.summary}`,
    ];
  } finally {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npm run bench:portfolio-collect` (`node scripts/bench/portfolio.ts`) runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log((await benchPortfolio()).join('\n'));
