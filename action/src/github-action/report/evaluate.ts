// One pull request, evaluated: which plans it rolls out (detected against the BASE commit's
// plans), and for each the gate report and its comment. Reads only; publish.ts writes.
import { collectMeasurements } from '../../gates/collect.ts';
import type { PlanFailure } from '../../gates/commit-status.ts';
import { detectRollout, parseMarkers, type RolloutMatch } from '../../gates/detect.ts';
import { phaseTransition } from '../../gates/evaluate-phase.ts';
import { matchesGlob, normalizePath } from '../../gates/glob.ts';
import type { PhaseFacts, PullRequestFacts, Verdict } from '../../gates/model.ts';
import { buildGateReport, type GateReport } from '../../gates/report/build.ts';
import { renderGateReport } from '../../gates/report/render.ts';
import { type CheckRunSnapshot, latestCheckRuns } from '../../github/checks.ts';
import { statusOf } from '../../github/errors.ts';
import { listChangedFiles, type PullRequestSnapshot } from '../../github/pulls.ts';
import { blobBaseUrl } from '../../github/server-url.ts';
import { type CommitStatusSnapshot, latestStatuses } from '../../github/statuses.ts';
import { reportGuards } from '../../lessons/report.ts';
import { isGateOfKind } from '../../plan/gate-kind.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import { debugUnexpected, isExpectedError } from '../../runtime/expected-error.ts';
import type { BasePlan, BrokenPlan } from './base-branch.ts';
import { type CommentBody, commentBody, UNKNOWN_PHASE, unresolvedMarkdown } from './comment.ts';
import { readPhaseFacts } from './phase-facts.ts';
import { currentPhase, dependencyStates, type PhaseIssue, phaseStatus } from './phase-issues.ts';
import { pullRequestFacts } from './pull-facts.ts';
import type { ReportSession } from './session.ts';

export interface RolloutOutcome {
  plan: string;
  /** The phase promoted to; undefined when it cannot be told. */
  phase?: string;
  verdict: Verdict;
  reasons: string[];
  /** The report as rendered (job summary). */
  markdown: string;
  comment: CommentBody;
  /** Absent when the phase cannot be told. */
  report?: GateReport;
}

export interface PullOutcome {
  pr: PullRequestSnapshot;
  rollouts: RolloutOutcome[];
  /** Plans this PR rolls out that could not be evaluated: the status is an error. */
  failures: PlanFailure[];
  /** The latest status of each context on the head, read before anything is written. */
  statuses: CommitStatusSnapshot[];
  /** For the log: plans named by a label or marker that the base branch does not have, and the like. */
  warnings: string[];
}

export async function evaluatePull(session: ReportSession, pr: PullRequestSnapshot): Promise<PullOutcome> {
  const { client, repo, now } = session;
  const labelPrefix = session.ctx.inputs.labelPrefix;
  const [files, base, statuses] = await Promise.all([
    listChangedFiles(client, repo, pr.number),
    session.base.at(pr.baseSha),
    latestStatuses(client, repo, pr.headSha),
  ]);
  const warnings = [...base.problems];
  const basePlans = base.plans.map(({ file, plan }) => ({ file, plan }));
  const first = detectRollout(pr, files, basePlans, { labelPrefix });
  const failures = brokenPlansOf(pr, files, base.broken, labelPrefix);
  const unknown = first.unknownPlans.filter((name) => !failures.some((f) => f.plan === name));
  if (unknown.length > 0)
    warnings.push(`PR #${pr.number} names plans the base branch does not have: ${unknown.join(', ')}`);
  if (first.rollouts.length === 0) return { pr, rollouts: [], failures, statuses, warnings };

  // The checklist state decides the phase only for the plans this PR touches.
  const byName = new Map(base.plans.map((p) => [p.plan.metadata.name, p]));
  const issues = new Map<string, Map<string, PhaseIssue>>();
  const currentPhases: Record<string, string | null> = {};
  for (const match of first.rollouts) {
    const basePlan = byName.get(match.plan)!;
    const planIssues = await session.issues.forPlan(match.plan);
    issues.set(match.plan, planIssues);
    const current = currentPhase(basePlan.applied, basePlan.guards, planIssues, now);
    if (current !== undefined) currentPhases[match.plan] = current;
  }
  const { rollouts } = detectRollout(pr, files, basePlans, { labelPrefix, currentPhases });

  const checkRuns = needsChecks(rollouts, byName) ? await readCheckRuns(session, pr, warnings) : [];
  const prFacts = pullRequestFacts(pr, statuses, checkRuns);
  const outcomes: RolloutOutcome[] = [];
  for (const match of rollouts) {
    const basePlan = byName.get(match.plan)!;
    try {
      outcomes.push(await evaluateRollout(session, pr, match, basePlan, issues.get(match.plan)!, prFacts, byName));
    } catch (error) {
      // One plan that cannot be evaluated never stops the others: its PRs get an error status,
      // the log gets the details, and the run fails once every PR has been reported.
      if (statusOf(error) !== undefined) throw error;
      const expected = isExpectedError(error);
      debugUnexpected(session.ctx.log, error);
      session.unevaluated.push({ text: `PR #${pr.number}, plan ${match.plan}: ${describeError(error)}`, expected });
      failures.push({
        plan: match.plan,
        why: expected
          ? 'a template or input on the base branch is wrong (see the job log)'
          : 'internal error while evaluating the gates (see the job log)',
      });
    }
  }
  return { pr, rollouts: outcomes, failures, statuses, warnings };
}

function describeError(error: unknown): string {
  if (isExpectedError(error)) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Invalid plans on the base branch that this PR changes, reaches through `paths:`, or names. */
function brokenPlansOf(
  pr: PullRequestSnapshot,
  files: readonly string[],
  broken: readonly BrokenPlan[],
  labelPrefix: string,
): PlanFailure[] {
  if (broken.length === 0) return [];
  const changed = files.map(normalizePath);
  const named = new Set([
    ...parseMarkers(pr.body).map((m) => m.plan),
    ...pr.labels
      .filter((l) => l.toLowerCase().startsWith(`${labelPrefix}:plan/`.toLowerCase()))
      .map((l) => l.slice(labelPrefix.length + ':plan/'.length).toLowerCase()),
  ]);
  return broken.flatMap((plan) => {
    const concerned =
      changed.includes(normalizePath(plan.file)) ||
      (plan.name !== undefined && named.has(plan.name)) ||
      plan.paths.some((glob) => changed.some((f) => matchesGlob(f, glob)));
    if (!concerned) return [];
    return [
      {
        plan: plan.name ?? plan.file,
        why: plan.why ?? `the plan on the base branch is invalid (${plan.file}:${plan.problem})`,
      },
    ];
  });
}

async function evaluateRollout(
  session: ReportSession,
  pr: PullRequestSnapshot,
  match: RolloutMatch,
  basePlan: BasePlan,
  issues: ReadonlyMap<string, PhaseIssue>,
  prFacts: PullRequestFacts,
  basePlans: ReadonlyMap<string, BasePlan>,
): Promise<RolloutOutcome> {
  const { now } = session;
  const { guards } = basePlan;
  const plan = withAuthorPolicy(basePlan.applied, session.ctx.inputs.sync.allowAuthorSignoff);
  const name = plan.metadata.name;
  if (match.target === undefined) {
    const markdown = unresolvedMarkdown(plan.metadata.title, match.problems, name);
    return {
      plan: name,
      verdict: 'HOLD',
      reasons: match.problems,
      markdown,
      comment: commentBody(markdown, name, UNKNOWN_PHASE, now),
    };
  }
  const { from } = phaseTransition(plan, match.target);
  const notes = [...match.problems];
  if (match.planChanged)
    notes.push(
      `This pull request changes ${match.file}. It is judged by the plan on the base branch (${pr.baseSha.slice(0, 7)}), not by its own changes.`,
    );
  let facts: PhaseFacts = {};
  if (from) {
    const issue = issues.get(from.id);
    const status = phaseStatus(plan, guards, from.id, issue, now);
    const read = await readPhaseFacts({ plan, guards, phaseId: from.id, issue, status, teams: session.teams });
    facts = read.facts;
    notes.push(...read.notes);
  }
  facts = { ...facts, dependencies: await dependencyStates(plan, match.target, basePlans, session.issues, now) };
  const measurements = await collectMeasurements({
    plan,
    target: match.target,
    at: now,
    ...(facts.activatedAt ? { activatedAt: facts.activatedAt } : {}),
    resolve: session.sources,
  });
  const built = buildGateReport({
    plan,
    target: match.target,
    at: now,
    facts,
    pr: prFacts,
    measurements,
    hotfixLabel: session.ctx.inputs.report.hotfixLabel,
    notes,
  });
  const report: GateReport = {
    ...built,
    lessons: from ? reportGuards(guards, from.id, built.evaluation.gates) : [],
    linkBase: blobBase(session, pr.baseSha),
  };
  const markdown = renderGateReport(report, 'md', await session.base.reportTemplates(pr.baseSha));
  return {
    plan: name,
    phase: match.target,
    verdict: report.evaluation.verdict,
    reasons: report.evaluation.reasons,
    markdown,
    comment: commentBody(markdown, name, match.target, now),
    report,
  };
}

/** Repository files as the base commit has them, e.g. `https://github.com/acme/rollouts/blob/<sha>/`. */
function blobBase(session: ReportSession, sha: string): string {
  return blobBaseUrl(session.ctx.runner.env, session.repo, sha);
}

/**
 * The `allow-author-signoff` input, as the sync command applies it to ticks: authors may sign off
 * wherever a gate does not say otherwise. The report must count what sync keeps.
 */
function withAuthorPolicy(plan: RolloutPlan, allow: boolean): RolloutPlan {
  if (!allow) return plan;
  return {
    ...plan,
    phases: plan.phases.map((phase) => ({
      ...phase,
      ...(phase.gates
        ? {
            gates: phase.gates.map((g) =>
              isGateOfKind(g, 'signoff') && g.allowAuthor === undefined ? { ...g, allowAuthor: true } : g,
            ),
          }
        : {}),
    })),
  };
}

/** Check runs are read only when a gate asks for one: it needs `checks: read`. */
function needsChecks(rollouts: readonly RolloutMatch[], plans: ReadonlyMap<string, BasePlan>): boolean {
  return rollouts.some((match) => {
    if (match.target === undefined) return false;
    const { from } = phaseTransition(plans.get(match.plan)!.applied, match.target);
    return (from?.gates ?? []).some((gate) => isGateOfKind(gate, 'check'));
  });
}

async function readCheckRuns(
  session: ReportSession,
  pr: PullRequestSnapshot,
  warnings: string[],
): Promise<CheckRunSnapshot[]> {
  try {
    return await latestCheckRuns(session.client, session.repo, pr.headSha);
  } catch (error) {
    // Without `checks: read`, check gates still see commit statuses; the log says what is missing.
    if (statusOf(error) !== 403) throw error;
    warnings.push(`cannot read check runs on PR #${pr.number} (403): give the job \`checks: read\` for check gates`);
    return [];
  }
}
