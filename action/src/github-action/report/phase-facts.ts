// The facts about the phase being left, as evaluatePhase takes them, from its checklist issue:
// activation (the bake start), ramp stage ticks, sign-offs with who and when, confirmed manual gates and the
// checklist. Ticks without a recorded author cannot be sign-offs: the report says so instead.

import { phaseEntries } from '../../checklist/items.ts';
import type { PhaseStatus } from '../../checklist/phase-state.ts';
import type { ManualTick, PhaseFacts, Signoff } from '../../gates/model.ts';
import { sameLogin } from '../../github/login.ts';
import type { PlanGuards } from '../../lessons/match.ts';
import { isGateOfKind } from '../../plan/gate-kind.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import type { StageTick } from '../../plan/stages.ts';
import { checklistItems, type PhaseIssue, phaseGuards } from './phase-issues.ts';
import type { TeamDirectory } from './teams.ts';

export interface PhaseFactsInput {
  /** The plan with lesson guards applied. */
  plan: RolloutPlan;
  guards: PlanGuards;
  phaseId: string;
  issue: PhaseIssue | undefined;
  status: PhaseStatus;
  teams: TeamDirectory;
}

/** The verified tick of each ramp stage, in order, for the ramp gate; undefined without stages. */
export function stageTicks(status: PhaseStatus): StageTick[] | undefined {
  return status.ramp?.stages.map((s) => ({
    ticked: s.ticked,
    ...(s.at ? { at: s.at } : {}),
    ...(s.by ? { by: s.by } : {}),
  }));
}

export async function readPhaseFacts(input: PhaseFactsInput): Promise<{ facts: PhaseFacts; notes: string[] }> {
  const { plan, guards, phaseId, issue, status } = input;
  const notes: string[] = [];
  const facts: PhaseFacts = {};
  if (!issue) {
    notes.push(
      `No checklist issue for phase ${phaseId} yet: run the sync command so activation and sign-offs are recorded.`,
    );
    return { facts, notes };
  }
  if (issue.unreadable)
    notes.push(
      `The edit history of #${issue.number} could not be read in this run: its sign-offs and bake do not count until a run can read it.`,
    );
  if (status.activation.ticked && status.activation.at) facts.activatedAt = new Date(status.activation.at);
  const stages = stageTicks(status);
  if (stages) facts.stages = stages;

  const ticked = (id: string) =>
    issue.ticks.get(id) === true || (issue.state?.ticks[id] !== undefined && !issue.ticks.has(id));
  const signoffs: Signoff[] = [];
  const manual: ManualTick[] = [];
  for (const entry of phaseEntries(plan, phaseId, phaseGuards(guards, phaseId))) {
    if (!entry.gate || !ticked(entry.id)) continue;
    const info = issue.state?.ticks[entry.id] ?? {};
    if (entry.kind === 'gate' && isGateOfKind(entry.gate, 'manual')) {
      const tick: ManualTick = { gate: entry.gate.id };
      if (info.by) tick.by = `@${info.by}`;
      if (info.at) tick.at = new Date(info.at);
      manual.push(tick);
      continue;
    }
    if (entry.kind !== 'signoff') continue;
    if (!info.by || !info.at) {
      if (!issue.unreadable)
        notes.push(
          `Sign-off ${entry.slot} of gate ${entry.gate.id} is ticked, but GitHub's edit history does not show who ticked it; it does not count until an approver ticks it again.`,
        );
      continue;
    }
    const signoff: Signoff = { gate: entry.gate.id, by: `@${info.by}`, at: new Date(info.at) };
    const approvers = entry.gate.signoff ?? [];
    const listed = approvers.some((a) => !a.includes('/') && sameLogin(a, info.by));
    if (!listed) {
      for (const team of approvers.filter((a) => a.includes('/'))) {
        const member = await input.teams.membership(team, info.by);
        if (member === 'member' || member === 'by-permission') {
          signoff.as = team;
          break;
        }
        if (member === 'unreadable')
          notes.push(
            `Cannot read the members of ${team} with this token, so @${info.by}'s sign-off does not count for it (see the signoff-permission input).`,
          );
      }
    }
    signoffs.push(signoff);
  }
  if (signoffs.length > 0) facts.signoffs = signoffs;
  if (manual.length > 0) facts.manual = manual;
  facts.checklist = checklistItems(plan, guards, phaseId, issue);
  return { facts, notes };
}
