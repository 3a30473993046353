// Benchmark section: API requests of the action's sync for 20 plans × 6 phases, through the
// action's run() (in-process, writes not spaced) against the validated fake GitHub. Targets: a no-op sync makes at most 3 reads
// and no write; a first sync writes only what it creates (labels, issues, sub-issue links); a
// phase issue with 500 revisions since the action's last one has its edit history read in pages
// within GitHub's GraphQL limits (at most 100 a page, far below 500,000 nodes a query).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_PAGE_SIZE } from '../../action/src/github/edit-history.ts';
import { type FakeGitHub, startFakeGitHub } from '../../action/test/fake-github/server.ts';
import { runActionInProcess } from '../../action/test/helpers/in-process.ts';
import { PHASES_PER_PLAN, planText } from './corpus.ts';

export const SYNC_BENCH = { plans: 20, phases: PHASES_PER_PLAN };
const TARGET_NOOP_READS = 3;
/** Revisions people make on one phase issue between two runs, for the history read. */
const REVISIONS = 500;
/** GitHub's GraphQL limits: a connection page, and nodes a query may ask for. */
const GRAPHQL_MAX_PAGE = 100;
const GRAPHQL_MAX_NODES = 500_000;
/** Nodes one history page asks for: each revision, and its editor. */
const HISTORY_NODES_PER_PAGE = HISTORY_PAGE_SIZE * 2;

interface Measured {
  reads: number;
  writes: number;
  byOperation: Record<string, number>;
  ms: number;
}

async function measure(fake: FakeGitHub, workspace: string): Promise<Measured> {
  fake.log.clear();
  const started = performance.now();
  // In-process with the tests' pacing: GitHub's 1 s / 3 s spacing of writes would dominate the time.
  const run = await runActionInProcess({
    workspace,
    inputs: { command: 'sync', token: 'bench-token' },
    env: fake.env(),
  });
  const ms = performance.now() - started;
  if (run.code !== 0) throw new Error(`sync failed:\n${run.stdout}\n${run.stderr}`);
  const { reads, writes } = fake.log.counts();
  return { reads, writes, byOperation: fake.log.byOperation(), ms };
}

export async function benchSync(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rollbook-bench-sync-'));
  const fake = await startFakeGitHub({ owner: 'acme', repo: 'rollouts' });
  try {
    mkdirSync(join(dir, 'playbooks'));
    for (let i = 0; i < SYNC_BENCH.plans; i++)
      writeFileSync(join(dir, 'playbooks', `plan-${i}.rollout.yaml`), planText(i));
    const first = await measure(fake, dir);
    const noop = await measure(fake, dir);
    // 500 revisions by people on one phase issue (a tick, then notes), then one run.
    const phase = fake.state.issues.all().find((i) => i.body?.includes('kind=phase'))!;
    const ticked = phase.body!.replace('- [ ] ', '- [x] ');
    fake.userEditIssue(phase.number, ticked, 'alice');
    for (let i = 1; i < REVISIONS; i++) fake.userEditIssue(phase.number, `${ticked}\n\nnote ${i}`, 'bob');
    const edited = await measure(fake, dir);
    fake.assertNoDrift();
    const historyPages = fake.log.entries.filter((e) => e.graphql?.name === 'RollbookHistory').length;
    const expectedPages = Math.ceil((REVISIONS + 1) / HISTORY_PAGE_SIZE);
    const historyMet =
      historyPages === expectedPages &&
      HISTORY_PAGE_SIZE <= GRAPHQL_MAX_PAGE &&
      HISTORY_NODES_PER_PAGE <= GRAPHQL_MAX_NODES;
    const ops = first.byOperation;
    const created =
      (ops['issues/create-label'] ?? 0) + (ops['issues/create'] ?? 0) + (ops['issues/add-sub-issue'] ?? 0);
    const issues = SYNC_BENCH.plans * (SYNC_BENCH.phases + 1);
    const firstMet = first.writes === created && ops['issues/create'] === issues;
    const noopMet = noop.reads <= TARGET_NOOP_READS && noop.writes === 0;
    const mark = (ok: boolean) => (ok ? 'meets target' : 'MISSES TARGET');
    return [
      `sync (${SYNC_BENCH.plans} plans x ${SYNC_BENCH.phases} phases, in-process against the fake GitHub)`,
      `  first sync   ${first.reads} reads, ${first.writes} writes: ${ops['issues/create-label'] ?? 0} labels, ${ops['issues/create'] ?? 0} issues, ${ops['issues/add-sub-issue'] ?? 0} sub-issue links, ${first.writes - created} other (target: writes only what it creates: ${mark(firstMet)}), ${Math.round(first.ms)} ms`,
      `  no-op sync   ${noop.reads} reads, ${noop.writes} writes (target <= ${TARGET_NOOP_READS} reads, 0 writes: ${mark(noopMet)}), ${Math.round(noop.ms)} ms`,
      `  history      ${REVISIONS} revisions on one phase issue since the action's last: ${historyPages} history queries of ${HISTORY_PAGE_SIZE} revisions (${HISTORY_NODES_PER_PAGE} nodes each; GitHub allows ${GRAPHQL_MAX_PAGE} a page, ${GRAPHQL_MAX_NODES} nodes a query: ${mark(historyMet)}), run total ${edited.reads} reads, ${edited.writes} writes, ${Math.round(edited.ms)} ms`,
      `  reads        first ${JSON.stringify(Object.fromEntries(Object.entries(ops).filter(([k]) => !/create|add-sub/.test(k))))}, no-op ${JSON.stringify(noop.byOperation)}`,
    ];
  } finally {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/bench/sync.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log((await benchSync()).join('\n'));
