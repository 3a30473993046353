// Phase facts from the checklist issues the sync command keeps: which phase each plan is in,
// when the phase being left was activated (the bake start), who signed off and when, which
// manual gates were confirmed, and how much of its checklist is done. Issues are found by the
// plan label and recognised by their hidden begin marker, never by title; when several carry
// the same marker, the oldest wins (as sync decides). Ticks count as their edit history proves
// them, through the same verification sync uses (verified-issue.ts). Read-only.
import type { GuardInput } from '../../checklist/items.ts';
import { phaseEntries } from '../../checklist/items.ts';
import { parseIssueBody } from '../../checklist/parse.ts';
import { derivePhaseState, type IssueFacts, type PhaseStatus } from '../../checklist/phase-state.ts';
import { deriveRolloutState, type RolloutState } from '../../checklist/rollout-state.ts';
import { type ChecklistState, withoutProvenance } from '../../checklist/state-block.ts';
import { issueLabels } from '../../checklist/titles.ts';
import type { GitHubClient } from '../../github/client.ts';
import { readManagedIssues } from '../../github/managed-issues.ts';
import type { RepoRef } from '../../github/repo.ts';
import type { PlanGuards } from '../../lessons/match.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import type { Logger } from '../../runtime/logger.ts';
import { readIssueKey } from '../../text/markers.ts';
import { adoptedIssues } from '../adopted-issues.ts';
import { verifyPhaseIssue } from '../verified-issue.ts';
import type { BasePlan } from './base-branch.ts';

/** Entry kinds judged by their own gates in the report; the checklist gate covers the rest. */
const GATE_KINDS = new Set(['gate', 'signoff']);

export interface PhaseIssue {
  number: number;
  phaseId: string;
  ticks: ReadonlyMap<string, boolean>;
  state?: ChecklistState;
  issue: IssueFacts;
  /** Why its edit history could not be read in this run: none of its ticks has a ticker or a time. */
  unreadable?: string;
}

export class PhaseIssueReader {
  readonly #client: GitHubClient;
  readonly #repo: RepoRef;
  readonly #labelPrefix: string;
  readonly #log: Logger;
  readonly #plans = new Map<string, Promise<Map<string, PhaseIssue>>>();

  constructor(client: GitHubClient, repo: RepoRef, labelPrefix: string, log: Logger) {
    this.#client = client;
    this.#log = log;
    this.#repo = repo;
    this.#labelPrefix = labelPrefix;
  }

  /** The phase issues of a plan by phase id (empty when sync has not created any). */
  forPlan(planName: string): Promise<Map<string, PhaseIssue>> {
    let issues = this.#plans.get(planName);
    if (!issues) {
      issues = this.#read(planName);
      this.#plans.set(planName, issues);
    }
    return issues;
  }

  async #read(planName: string): Promise<Map<string, PhaseIssue>> {
    const label = issueLabels(planName, undefined, this.#labelPrefix)[1]!;
    const read = await readManagedIssues(this.#client, this.#repo, [label], label, this.#log);
    const viewer = read.viewer;
    const issues = await adoptedIssues(this.#client, this.#repo, read.issues, viewer, this.#log);
    const byPhase = new Map<string, PhaseIssue>();
    for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
      const key = readIssueKey(issue.body);
      if (key?.kind !== 'phase' || key.plan !== planName || !key.phase || byPhase.has(key.phase)) continue;
      const trust = await verifyPhaseIssue(
        this.#client,
        this.#repo,
        issue,
        { plan: planName, phase: key.phase },
        viewer,
      );
      const parsed = parseIssueBody(trust.body);
      const own = parsed.state?.plan === planName && parsed.state.phase === key.phase ? parsed.state : undefined;
      const state = trust.verified ? trust.state : own && withoutProvenance(own);
      if (!trust.verified)
        this.#log.warning(
          `#${issue.number} (${planName} · ${key.phase}): its edit history could not be read (${trust.reason}); its sign-offs and bake do not count in this run`,
        );
      const phaseIssue: PhaseIssue = {
        number: issue.number,
        phaseId: key.phase,
        ticks: parsed.ticks,
        ...(trust.verified ? {} : { unreadable: trust.reason }),
        issue: {
          state: issue.state,
          stateReason: issue.stateReason,
          closedAt: issue.closedAt,
          ...(issue.closedBy ? { closedBy: issue.closedBy } : {}),
        },
      };
      if (state) phaseIssue.state = state;
      byPhase.set(key.phase, phaseIssue);
    }
    return byPhase;
  }
}

export function phaseGuards(guards: PlanGuards, phaseId: string): GuardInput[] {
  return guards.phases.find((p) => p.phaseId === phaseId)?.guards ?? [];
}

export function phaseStatus(
  plan: RolloutPlan,
  guards: PlanGuards,
  phaseId: string,
  issue: PhaseIssue | undefined,
  now: Date,
): PhaseStatus {
  return derivePhaseState(plan, phaseId, issue?.ticks ?? new Map(), issue?.state, now, {
    ...(issue ? { issue: issue.issue } : {}),
    guards: phaseGuards(guards, phaseId),
  });
}

/**
 * The phase the rollout is in for detectRollout: the furthest phase anything happened in (null
 * when nothing has), or undefined when the plan has no phase issues, so detection asks for a
 * marker line instead of guessing.
 */
export function currentPhase(
  plan: RolloutPlan,
  guards: PlanGuards,
  issues: ReadonlyMap<string, PhaseIssue>,
  now: Date,
): string | null | undefined {
  if (issues.size === 0) return undefined;
  const rollout = rolloutOf(plan, guards, issues, now);
  const started = rollout.phases.filter((p) => p.state !== 'not-started');
  return started.at(-1)?.phaseId ?? null;
}

/** Each phase's state as the sync writes it on the tracking issue (deriveRolloutState). */
function rolloutOf(
  plan: RolloutPlan,
  guards: PlanGuards,
  issues: ReadonlyMap<string, PhaseIssue>,
  now: Date,
): RolloutState {
  const statuses = plan.phases.map((p) => phaseStatus(plan, guards, p.id, issues.get(p.id), now));
  return deriveRolloutState(plan, statuses);
}

/**
 * The states of the phases of other plans that `phaseId` waits for (`dependsOn`), by
 * `plan/phase`, from their checklist issues as the sync derives them. A plan the base branch does
 * not have is left out: not known to be done, the dependency holds.
 */
export async function dependencyStates(
  plan: RolloutPlan,
  phaseId: string,
  plans: ReadonlyMap<string, BasePlan>,
  reader: PhaseIssueReader,
  now: Date,
): Promise<Record<string, string>> {
  const states: Record<string, string> = {};
  for (const ref of plan.phases.find((p) => p.id === phaseId)?.dependsOn ?? []) {
    const [name, id] = ref.split('/') as [string, string];
    const other = plans.get(name);
    if (!other) continue;
    const rollout = rolloutOf(other.applied, other.guards, await reader.forPlan(name), now);
    const state = rollout.phases.find((p) => p.phaseId === id)?.state;
    if (state) states[ref] = state;
  }
  return states;
}

export interface ChecklistItems {
  done: number;
  total: number;
  open: string[];
}

/**
 * The checklist gate's count: every required item of the phase issue except gates and
 * sign-offs, which the report judges as gates of their own (steps, checklist items, lesson
 * guards, exit criteria).
 */
export function checklistItems(
  plan: RolloutPlan,
  guards: PlanGuards,
  phaseId: string,
  issue: PhaseIssue,
): ChecklistItems {
  const entries = phaseEntries(plan, phaseId, phaseGuards(guards, phaseId)).filter(
    (e) => e.required && !GATE_KINDS.has(e.kind),
  );
  const ticked = (id: string) =>
    issue.ticks.get(id) === true || (issue.state?.ticks[id] !== undefined && !issue.ticks.has(id));
  const open = entries.filter((e) => !ticked(e.id)).map((e) => e.text);
  return { done: entries.length - open.length, total: entries.length, open };
}
