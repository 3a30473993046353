// End-to-end fixtures for the `report` command: a repository in the fake GitHub with a plan on
// `main`, phase issues as the sync command writes them (built with the checklist module, ticks
// and their audit info set as sync records them), pull requests, and runners for the action
// against it: in-process (most tests) or the bundled action as a runner runs it. Times are
// relative to the real clock, which the in-process run also reads.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPhaseIssue } from '../../src/checklist/build-phase.ts';
import { withState } from '../../src/checklist/merge.ts';
import { emptyState, type TickInfo } from '../../src/checklist/state-block.ts';
import { loadChecklistTemplates } from '../../src/checklist/templates.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import type { Clock } from '../../src/runtime/clock.ts';
import { tick } from '../checklist/helpers.ts';
import type { FakeGitHub } from '../fake-github/server.ts';
import { tempDir } from '../helpers/cli.ts';
import { runActionInProcess } from '../helpers/in-process.ts';
import { type ActionRun, runAction } from '../helpers/run-action.ts';

export const OWNER = 'acme';
export const REPO = 'rollouts';
export const PLAN_FILE = 'playbooks/checkout-v2.rollout.yaml';
export const BOT = 'github-actions[bot]';
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface PlanOptions {
  /** The error_rate metric's provider and query. */
  provider?: 'json-file' | 'prometheus';
  query?: string;
  /** The staging gate on error_rate. */
  max?: number;
  rollbackAt?: number;
  /** Extra metric gates on staging, YAML flow mappings. */
  extraGates?: string[];
  extraMetrics?: string[];
  signoff?: boolean;
  /** Staging's bake; null for none. A bake's elapsed time changes every minute, and so does the report. */
  bake?: string | null;
  /** Staging's ramp stages, YAML flow mappings (`{percent: 10, hold: 30m}`). */
  stages?: string[];
}

/** A three-phase plan; promoting into `canary` is judged by `staging`'s bake (1d), gates and sign-off. */
export function planYaml(options: PlanOptions = {}): string {
  const provider = options.provider ?? 'json-file';
  const query = options.query ?? 'checkout_error_rate';
  const gates = [
    `      - {metric: error_rate, max: ${options.max ?? 0.01}, rollbackAt: ${options.rollbackAt ?? 0.05}}`,
    ...(options.extraGates ?? []).map((g) => `      - ${g}`),
    ...(options.signoff === false ? [] : ['      - {signoff: ["@sre-lead"]}']),
  ];
  return `apiVersion: rollbook/v1
kind: RolloutPlan
metadata:
  name: checkout-v2
  title: Checkout v2
  owners: ["@acme/checkout"]
  author: "@dana"
  services: [checkout]
story:
  problem: Checkout fails for large carts.
  size: 14,000 failed checkouts a day.
  solution: Paginate the pricing call.
  deliverables: [Paginated pricing]
  impact:
    - {kpi: checkout success rate, expect: ">= 99.5%"}
compatibility:
  breaking: false
metrics:
  error_rate: {provider: ${provider}, query: '${query}', unit: ratio, signal: negative}
${(options.extraMetrics ?? []).map((m) => `  ${m}`).join('\n')}
phases:
  - id: staging
    title: Staging
    environment: staging
    strategy: flag-ramp
    steps:
      - {id: enable, kind: manual, do: Turn the flag on in staging., rollback: Turn the flag off.}
${options.stages ? `    stages:\n${options.stages.map((st) => `      - ${st}\n`).join('')}` : ''}${options.bake === null ? '' : `    bake: ${options.bake ?? '1d'}\n`}    paths: ["flags/staging/**"]
    gates:
${gates.join('\n')}
  - id: canary
    title: Production canary
    environment: canary
    strategy: flag-ramp
    steps:
      - {id: ramp, kind: manual, do: Ramp to 5%., rollback: Set the flag to 0%.}
    bake: 2d
    paths: ["flags/canary/**"]
  - id: production
    title: Everyone
    environment: production
    strategy: flag-ramp
    steps:
      - {id: ramp, kind: manual, do: Ramp to everyone., rollback: Set the flag to 5%.}
    paths: ["flags/production/**"]
escalation:
  - {name: Checkout on-call, role: first responder}
policy:
  prefer: rollback
`;
}

export function parseTestPlan(text: string): RolloutPlan {
  const parsed = parsePlan(text, PLAN_FILE);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.plan || errors.length > 0)
    throw new Error(`test plan is invalid: ${errors.map((d) => d.message).join('; ')}`);
  return parsed.plan;
}

/** Ticks by local item id (`step:enable`, `signoff:signoff/1`) with who and when, as sync records them. */
export type Ticks = Record<string, TickInfo>;

export async function phaseIssueBody(plan: RolloutPlan, phaseId: string, ticks: Ticks): Promise<string> {
  const built = buildPhaseIssue({ plan, phaseId, templates: await loadChecklistTemplates() });
  const state = emptyState('phase', plan.metadata.name, phaseId);
  let body = built.body;
  for (const [local, info] of Object.entries(ticks)) {
    const id = `${plan.metadata.name}/${phaseId}/${local}`;
    body = tick(body, id);
    state.ticks[id] = info;
    if (info.by && info.at) state.log.push({ itemId: id, checked: true, by: info.by, at: info.at });
  }
  return withState(body, state);
}

/** Creates the phase issue as sync would; returns its number. */
export async function seedPhaseIssue(fake: FakeGitHub, plan: RolloutPlan, phaseId: string, ticks: Ticks) {
  const built = buildPhaseIssue({ plan, phaseId, templates: await loadChecklistTemplates() });
  const body = await phaseIssueBody(plan, phaseId, ticks);
  return fake.state.issues.create({ title: built.title, body, labels: built.labels, author: BOT }).number;
}

export const ago = (ms: number) => new Date(Date.now() - ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Staging activated `activatedAgo` ms ago, and optionally signed off by @sre-lead. */
export function stagingTicks(activatedAgo: number, signedOff: boolean): Ticks {
  const ticks: Ticks = { 'step:enable': { by: 'ops-alice', at: ago(activatedAgo) } };
  if (signedOff) ticks['signoff:signoff/1'] = { by: 'sre-lead', at: ago(HOUR) };
  return ticks;
}

/** `main` holds the plan and the flag files; the staging phase issue is seeded with `staging` ticks. */
export async function rolloutRepo(fake: FakeGitHub, options: { plan?: PlanOptions; staging?: Ticks } = {}) {
  const text = planYaml(options.plan);
  const plan = parseTestPlan(text);
  fake.state.setFiles('main', {
    [PLAN_FILE]: text,
    'flags/canary/checkout.yaml': 'percent: 0\n',
    'flags/production/checkout.yaml': 'percent: 0\n',
    'README.md': '# Rollouts\n',
  });
  const stagingIssue = options.staging ? await seedPhaseIssue(fake, plan, 'staging', options.staging) : undefined;
  return { text, plan, stagingIssue };
}

/** A PR on `branch` that changes `files` (default: ramps the canary flag, so it promotes into canary). */
export function openPullRequest(
  fake: FakeGitHub,
  branch: string,
  files: Record<string, string | null> = { 'flags/canary/checkout.yaml': 'percent: 5\n' },
  author = 'dana',
) {
  fake.state.setFiles(branch, files);
  return fake.state.addPullRequest({ title: `Change ${branch}`, author, head: branch });
}

export interface Workspace {
  dir: string;
  metricsFile: string;
  /** Writes the json-file provider's file: values by key, read at "now". */
  setMetrics(values: Record<string, number>): void;
}

export function workspace(): Workspace {
  const dir = tempDir('rollbook-report-ws-');
  mkdirSync(join(dir, 'metrics'), { recursive: true });
  const metricsFile = 'metrics/current.json';
  return {
    dir,
    metricsFile,
    setMetrics(values) {
      writeFileSync(join(dir, metricsFile), JSON.stringify({ generatedAt: new Date().toISOString(), metrics: values }));
    },
  };
}

export interface ReportRunOptions {
  fake: FakeGitHub;
  ws: Workspace;
  event: { name: string; payload: unknown };
  inputs?: Record<string, string>;
  /** The in-process run's clock (default: the real time). */
  clock?: Clock;
}

function reportRun({ fake, ws, event, inputs = {} }: ReportRunOptions) {
  return {
    inputs: { command: 'report', token: 'ghs_test', 'metrics-file': ws.metricsFile, ...inputs },
    workspace: ws.dir,
    event,
    env: fake.env(),
  };
}

/** The report command, run in-process against the fake. */
export function runReport(options: ReportRunOptions): Promise<ActionRun> {
  return runActionInProcess({ ...reportRun(options), ...(options.clock ? { clock: options.clock } : {}) });
}

/** The bundled action's report command, as a runner runs it (GitHub's own pacing). */
export function runReportBundled(options: ReportRunOptions): Promise<ActionRun> {
  return runAction(reportRun(options));
}

/** The `pull_request` payload fields the action reads; it reads the PR itself again. */
export function pullRequestEvent(number: number, name = 'pull_request', action = 'synchronize') {
  return { name, payload: { action, number, pull_request: { number } } };
}

export const scheduleEvent = { name: 'schedule', payload: { schedule: '17 8 * * *' } };

/** Writes since `before` (a log length), by operation. */
export function writesSince(fake: FakeGitHub, before: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of fake.log.entries.slice(before)) {
    if (entry.kind !== 'write') continue;
    const key = entry.operationId ?? `${entry.method} ${entry.path}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

export function statusOn(fake: FakeGitHub, sha: string) {
  return fake.state.checks.statusesFor(sha).find((s) => s.context === 'rollbook/gate');
}

export function reportComments(fake: FakeGitHub, number: number) {
  return fake.state.issues.commentsOf(number).filter((c) => c.body.includes('<!-- rollbook:gate-report'));
}

export function failureText(run: ActionRun): string {
  return `exit ${run.code}\n${run.stdout}\n${run.stderr}`;
}
