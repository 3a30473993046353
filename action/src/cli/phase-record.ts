// What `rollbook lesson new --from <plan>/<phase>` reads from GitHub to draft a rollback's lesson
// as the action drafts it: the plan's checklist issues in one batched read, each phase issue's
// ticks as its edit history proves them (verified-issue.ts, the action's own revisions by the
// action's login, never the reader's), the rollout derived from them as `rollbook status` derives
// it, the phase's rollback as the action identifies it (lesson-drafts.ts; a ROLL BACK verdict
// acted on, from our breach comments, when nobody has ticked a roll-back), and the gate readings
// the watch last wrote into the phase issue. Nothing is written. Expected failures come back as
// a reason to show, never thrown.
import type { RolloutState } from '../checklist/rollout-state.ts';
import type { ChecklistState } from '../checklist/state-block.ts';
import { issueLabels } from '../checklist/titles.ts';
import { writtenReadings } from '../checklist/written-readings.ts';
import type { GitHubClient } from '../github/client.ts';
import { listComments } from '../github/comments.ts';
import { errorMessage, isUnreachable } from '../github/errors.ts';
import { readManagedIssues } from '../github/managed-issues.ts';
import type { RepoRef } from '../github/repo.ts';
import { buildInventory } from '../github-action/sync/inventory.ts';
import { actedFromComments, type RollbackIdentity, rollbacksToDraft } from '../github-action/sync/lesson-drafts.ts';
import { verifyPhaseIssue } from '../github-action/verified-issue.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { planRollout } from '../rollout-status/derive.ts';
import type { Logger } from '../runtime/logger.ts';
import type { WatchRecord } from '../watch/readings.ts';

export interface PhaseRecordInput {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  plan: RolloutPlan;
  phaseId: string;
  labelPrefix: string;
  /** The account the action writes as: only its revisions are Rollbook's own. */
  actor: string;
  now: Date;
}

export type PhaseRecord =
  | {
      read: true;
      /** The phase's checklist issue. */
      issue: number;
      rollout: RolloutState;
      /** The phase's rollback as the action identifies it; absent when the phase is not rolled back. */
      rollback?: RollbackIdentity;
      /** The gate readings the watch last wrote into the phase issue (its own revision). */
      readings?: WatchRecord;
    }
  | {
      read: false;
      why: string;
      /** Nothing answered at the API URL (the command adds a hint naming it). */
      unreachable?: true;
    };

/**
 * A ROLL BACK verdict the watch acted on since the phase was activated (our breach comment on its
 * issue) whose roll-back nobody has ticked: the rollback the action drafted (ADR 27).
 */
async function unconfirmedRollback(
  input: PhaseRecordInput,
  issue: number,
  rollout: RolloutState,
): Promise<RollbackIdentity | undefined> {
  const activation = rollout.phases.find((p) => p.phaseId === input.phaseId)?.activation;
  if (!activation?.ticked || !activation.at) return undefined;
  const comments = await listComments(input.github, input.repo, issue);
  const acted = actedFromComments(input.plan, input.phaseId, comments, input.actor, activation.at);
  return rollbacksToDraft(rollout, acted).find((id) => id.phaseId === input.phaseId);
}

export async function readPhaseRecord(input: PhaseRecordInput): Promise<PhaseRecord> {
  const { github, repo, plan, phaseId, labelPrefix, actor } = input;
  const name = plan.metadata.name;
  const where = `${repo.owner}/${repo.repo}`;
  try {
    const planLabel = issueLabels(name, undefined, labelPrefix)[1]!;
    const read = await readManagedIssues(github, repo, [labelPrefix, planLabel], labelPrefix, input.log);
    const issues = buildInventory(read.issues).plans.get(name);
    const issue = issues?.phases.get(phaseId);
    if (!issues || !issue)
      return {
        read: false,
        why: `${where} has no checklist issue for ${name}/${phaseId} (labelled ${labelPrefix}); check --repo and --label-prefix`,
      };
    const proven = new Map<number, ChecklistState>();
    let readings: WatchRecord | undefined;
    for (const phase of plan.phases) {
      const phaseIssue = issues.phases.get(phase.id);
      if (!phaseIssue) continue;
      const trust = await verifyPhaseIssue(github, repo, phaseIssue, { plan: name, phase: phase.id }, actor);
      if (!trust.verified) {
        if (phase.id === phaseId)
          return { read: false, why: `the edit history of #${issue.number} could not be read (${trust.reason})` };
        continue;
      }
      proven.set(phaseIssue.number, trust.state);
      if (phase.id === phaseId) readings = writtenReadings(trust.ownBody);
    }
    // Guards from lessons only add checklist items; a rollback and its timeline do not depend on them.
    const rollout = planRollout({ plan, file: '', guards: {} }, issues, input.now, proven);
    const rollback =
      rollbacksToDraft(rollout).find((id) => id.phaseId === phaseId) ??
      (await unconfirmedRollback(input, issue.number, rollout));
    return {
      read: true,
      issue: issue.number,
      rollout,
      ...(rollback ? { rollback } : {}),
      ...(readings ? { readings } : {}),
    };
  } catch (error) {
    const why = `cannot read the checklist issues of ${where}: ${errorMessage(error)}`;
    return isUnreachable(error) ? { read: false, why, unreachable: true } : { read: false, why };
  }
}
