// Benchmark section: hourly watching of 50 active plans × 5 metric gates, through the action's
// `sync` (its run(), in-process) on `schedule` events against the validated fake GitHub and a real
// local Prometheus (the test harness), behind a counting proxy so every HTTP query is seen. One
// plan's gate crosses its rollback threshold, so the first run also comments, dispatches and sets
// statuses. Targets: Prometheus requests per run = the distinct (query, window, variables) sets
// (× 2 where freshness dates the reading through timestamp()); the second run, an hour later with
// the same data, writes nothing to GitHub.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaffoldPlan } from '../../action/src/cli/scaffold.ts';
import { type FakeGitHub, startFakeGitHub } from '../../action/test/fake-github/server.ts';
import { runActionInProcess, testClock } from '../../action/test/helpers/in-process.ts';
import { startPrometheus } from '../../action/test/prometheus/prometheus-server.ts';

export const WATCH_BENCH = { plans: 50, gatesPerPlan: 5 };
const HOUR_MS = 3_600_000;

/** Series of the fixture with constant values (prometheus/fixture.ts), and the windows gates use. */
const TEMPLATES = [
  'avg_over_time(rollbook_error_ratio{service="dispatch"}[{window}])',
  'max_over_time(rollbook_error_ratio{service="billing"}[{window}])',
  'avg_over_time(rollbook_http_error_ratio{track="canary"}[{window}])',
  'avg_over_time(rollbook_http_error_ratio{track="stable"}[{window}])',
  'avg_over_time(rollbook_watch_error_ratio{scenario="healthy"}[{window}])',
] as const;
const WINDOWS = ['5m', '1h'] as const;
/** The gate that breaches: plan 0's billing gate (0.08) has a rollback threshold of 0.05. */
const BREACHING = 'max_over_time(rollbook_error_ratio{service="billing"}';

const ABORT = `name: abort
on:
  workflow_dispatch:
    inputs:
      plan: {required: true}
      phase: {required: true}
      reason: {required: true}
jobs:
  abort:
    runs-on: ubuntu-latest
    steps:
      - run: echo abort
`;

/** The scaffolded plan with five metric gates on staging, each on one (template, window) of the pool. */
function benchPlan(i: number): { text: string; sets: string[] } {
  const metrics: string[] = [];
  const gates: string[] = [];
  const sets: string[] = [];
  for (let k = 0; k < WATCH_BENCH.gatesPerPlan; k++) {
    const template = TEMPLATES[(i + k) % TEMPLATES.length]!;
    const window = WINDOWS[(i + Math.floor(k / 2)) % WINDOWS.length]!;
    sets.push(`${template}|${window}`);
    metrics.push(
      `  w${k}:`,
      '    provider: prometheus',
      `    query: '${template}'`,
      '    unit: ratio',
      '    signal: negative',
      `    window: ${window}`,
    );
    const rollback = i === 0 && template.startsWith(BREACHING) ? ', rollbackAt: 0.05' : '';
    gates.push(`      - {metric: w${k}, max: 0.5${rollback}}`);
  }
  const text = scaffoldPlan(`watch-${String(i).padStart(2, '0')}`, 'schema.json')
    .replace('metrics:\n', `metrics:\n${metrics.join('\n')}\n`)
    .replace('      - {check: integration-tests}\n      - {metric: error_rate, max: 0.01}\n', `${gates.join('\n')}\n`);
  if (!text.includes('{metric: w4, max: 0.5')) throw new Error('the scaffolded plan changed: update benchPlan()');
  return { text: i === 0 ? `${text}onBreach:\n  workflow: abort.yml\n` : text, sets };
}

/** A pass-through HTTP proxy to Prometheus that counts the queries it forwards. */
async function countingProxy(
  target: string,
): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let queries = 0;
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/api/v1/query')) queries++;
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => queries,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface RunFigures {
  queries: number;
  reads: number;
  writes: number;
  byWrite: Record<string, number>;
  ms: number;
}

async function watchRun(fake: FakeGitHub, dir: string, prometheusUrl: string, at: Date, count: () => number) {
  fake.log.clear();
  const before = count();
  const started = performance.now();
  const run = await runActionInProcess({
    workspace: dir,
    inputs: { command: 'sync', token: 'bench-token', 'prometheus-url': prometheusUrl },
    event: { name: 'schedule', payload: { schedule: '17 * * * *' } },
    env: fake.env(),
    clock: testClock(at),
  });
  const ms = performance.now() - started;
  if (run.code !== 0) throw new Error(`sync failed:\n${run.stdout}`);
  const { reads, writes } = fake.log.counts();
  const byWrite: Record<string, number> = {};
  for (const e of fake.log.entries)
    if (e.kind === 'write') byWrite[e.operationId ?? e.path] = (byWrite[e.operationId ?? e.path] ?? 0) + 1;
  return { queries: count() - before, reads, writes, byWrite, ms } satisfies RunFigures;
}

export async function benchWatch(): Promise<string[]> {
  const prometheus = await startPrometheus();
  const proxy = await countingProxy(prometheus.url);
  const fake = await startFakeGitHub({ owner: 'acme', repo: 'rollouts' });
  const dir = mkdtempSync(join(tmpdir(), 'rollbook-bench-watch-'));
  try {
    mkdirSync(join(dir, 'playbooks'));
    const sets = new Set<string>();
    for (let i = 0; i < WATCH_BENCH.plans; i++) {
      const plan = benchPlan(i);
      for (const s of plan.sets) sets.add(s);
      writeFileSync(join(dir, 'playbooks', `watch-${i}.rollout.yaml`), plan.text);
    }
    fake.state.setFiles('main', { '.github/workflows/abort.yml': ABORT });
    // Create the issues (a push: no watching), a person activates staging in every plan, and a
    // sync (the issue edits') records the ticks: what is left for the watch is the watch's own work.
    const push = () =>
      runActionInProcess({
        workspace: dir,
        // The same inputs as the schedule: which gates Rollbook measures does not change by event.
        inputs: { command: 'sync', token: 'bench-token', 'prometheus-url': proxy.url },
        event: { name: 'push', payload: { ref: 'refs/heads/main' } },
        env: fake.env(),
      });
    if ((await push()).code !== 0) throw new Error('first sync failed');
    const staging = fake.state.issues.all().filter((i) => i.body?.includes('phase=staging'));
    for (const issue of staging) {
      fake.userToggleTask(issue.number, 'Deploy the new version', true, 'ops-alice');
      fake.userToggleTask(issue.number, 'Turn the flag on in staging', true, 'ops-alice');
    }
    if ((await push()).code !== 0) throw new Error('the sync of the ticks failed');
    const first = await watchRun(fake, dir, proxy.url, new Date(prometheus.now.getTime() - HOUR_MS), proxy.count);
    const second = await watchRun(fake, dir, proxy.url, prometheus.now, proxy.count);
    fake.assertNoDrift();
    const gates = WATCH_BENCH.plans * WATCH_BENCH.gatesPerPlan;
    // Each distinct set is one query, and one more to date it where freshness applies (every window here).
    const queriesMet = first.queries === sets.size * 2 && second.queries === sets.size * 2;
    const quietMet = second.writes === 0;
    const mark = (ok: boolean) => (ok ? 'meets target' : 'MISSES TARGET');
    return [
      `watch (${WATCH_BENCH.plans} active plans x ${WATCH_BENCH.gatesPerPlan} metric gates, hourly schedule runs, in-process against the fake GitHub and a real Prometheus on 127.0.0.1)`,
      `  distinct (query, window, variables) sets   ${sets.size} for ${gates} gates`,
      `  Prometheus requests per run                ${first.queries}, then ${second.queries} (a value and its newest sample's time per set: target ${sets.size * 2}: ${mark(queriesMet)})`,
      `  first watch run     ${first.reads} GitHub reads, ${first.writes} writes ${JSON.stringify(first.byWrite)}, ${Math.round(first.ms)} ms`,
      `  an hour later       ${second.reads} GitHub reads, ${second.writes} writes (target 0 writes: ${mark(quietMet)}), ${Math.round(second.ms)} ms`,
      `  dispatches          ${fake.state.actions.dispatches.length} (one plan breaches)`,
    ];
  } finally {
    await fake.stop();
    await proxy.close();
    await prometheus.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/bench/watch.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log((await benchWatch()).join('\n'));
