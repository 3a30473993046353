// One gate of the phase being left, given the facts. Pure: every input is data.

import { authorMaySignOff, signoffsNeeded } from '../plan/gate-defaults.ts';
import { classifyGate } from '../plan/gate-kind.ts';
import { own } from '../plan/own.ts';
import type { Gate, Phase, RolloutPlan } from '../plan/schema.ts';
import { plural } from '../text/plural.ts';
import { formatTime } from '../text/time.ts';
import { evaluateMetricGate } from './metric-gate.ts';
import type {
  CheckState,
  GateResult,
  GateStatus,
  Measurements,
  PhaseFacts,
  PullRequestFacts,
  SignoffDetail,
} from './model.ts';

export interface GateContext {
  plan: RolloutPlan;
  /** The phase whose gates these are (the phase being left). */
  phase: Phase;
  at: Date;
  facts: PhaseFacts;
  pr: PullRequestFacts;
  measurements: Measurements;
}

export function evaluateGate(gate: Gate, id: string, context: GateContext): GateResult {
  const classified = classifyGate(gate);
  switch (classified?.kind) {
    case 'metric': {
      const { metric } = classified.gate;
      return evaluateMetricGate({
        id,
        gate,
        metricName: metric,
        metric: own(context.plan.metrics, metric),
        readings: own(context.measurements, id),
        plan: context.plan,
        phase: context.phase,
      });
    }
    case 'check':
      return evaluateCheck(id, classified.gate.check, own(context.pr.checks, classified.gate.check));
    case 'signoff':
      return evaluateSignoff(classified.gate, id, context);
    case 'manual':
      return evaluateManual(id, classified.gate.manual, context);
  }
  // The validator rejects such gates; if one gets here, it must not pass.
  return {
    id,
    kind: 'manual',
    title: id,
    status: 'inconclusive',
    summary: 'a gate with nothing to check',
    reason: `${id}: a gate with nothing to check`,
  };
}

const CHECK_STATUS: Record<CheckState, GateStatus> = {
  success: 'pass',
  // Branch protection treats neutral as passing; the check ran and chose not to judge.
  neutral: 'pass',
  // A skipped check did not run: the thing it guards was not verified.
  skipped: 'fail',
  pending: 'pending',
  queued: 'pending',
  in_progress: 'pending',
  waiting: 'pending',
  requested: 'pending',
  expected: 'pending',
  failure: 'fail',
  error: 'fail',
  cancelled: 'fail',
  timed_out: 'fail',
  action_required: 'fail',
  stale: 'fail',
  startup_failure: 'fail',
};

/** What a check state means for a `check:` gate: only success and neutral pass. */
export function checkGateStatus(state: CheckState): GateStatus {
  return CHECK_STATUS[state] ?? 'fail';
}

export function evaluateCheck(id: string, name: string, state: CheckState | undefined): GateResult {
  const title = `check ${name}`;
  if (state === undefined) {
    return {
      id,
      kind: 'check',
      title,
      status: 'pending',
      summary: 'not reported on the PR head',
      reason: `${title}: not reported on the PR head yet`,
      check: { name },
    };
  }
  const status = checkGateStatus(state);
  const result: GateResult = {
    id,
    kind: 'check',
    title,
    status,
    summary: state.replace(/_/g, ' '),
    check: { name, state },
  };
  if (status !== 'pass') result.reason = `${title}: ${result.summary}`;
  return result;
}

const lower = (handle: string) => handle.toLowerCase();

export function evaluateSignoff(
  gate: Gate & { signoff: string[] },
  id: string,
  { plan, at, facts, pr }: GateContext,
): GateResult {
  const approvers = gate.signoff;
  const listed = new Set(approvers.map(lower));
  const required = signoffsNeeded(gate);
  // The author is the PR's author and the plan's declared author: neither approves their own change by default.
  const authors = new Set([pr.author, plan.metadata.author].filter((h): h is string => !!h).map(lower));
  const detail: SignoffDetail = { required, approvers: [...approvers], signed: [], refused: [] };
  const counted = new Set<string>();
  const entries = (facts.signoffs ?? [])
    .filter((s) => s.gate === id && s.at.getTime() <= at.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const signoff of entries) {
    const who = lower(signoff.by);
    const when = signoff.at.toISOString();
    if (counted.has(who)) continue;
    const countsAs = listed.has(who) ? undefined : signoff.as && listed.has(lower(signoff.as)) ? signoff.as : null;
    if (countsAs === null) {
      detail.refused.push({ by: signoff.by, at: when, why: 'not an approver for this gate' });
    } else if (authors.has(who) && !authorMaySignOff(gate)) {
      detail.refused.push({ by: signoff.by, at: when, why: 'the author cannot sign off their own change' });
    } else {
      counted.add(who);
      detail.signed.push(countsAs ? { by: signoff.by, at: when, as: countsAs } : { by: signoff.by, at: when });
    }
  }
  const have = detail.signed.length;
  const base = { id, kind: 'signoff' as const, title: 'sign-off', signoff: detail };
  const signedText = detail.signed.map((s) => `${s.by} at ${formatTime(s.at)}`).join(', ');
  if (have >= required) {
    return { ...base, status: 'pass', summary: `${have} of ${required}: ${signedText}` };
  }
  const missing = required - have;
  const from = approvers.join(', ');
  const more = have > 0 ? ' more' : '';
  return {
    ...base,
    status: 'pending',
    summary: have > 0 ? `${have} of ${required}: ${signedText}` : `0 of ${required}`,
    reason: `needs ${missing}${more} ${missing === 1 ? 'sign-off' : 'sign-offs'} from ${from}`,
  };
}

export function evaluateManual(id: string, text: string, { at, facts }: GateContext): GateResult {
  const tick = (facts.manual ?? []).find(
    (t) => t.gate === id && (t.at === undefined || t.at.getTime() <= at.getTime()),
  );
  const base = { id, kind: 'manual' as const, title: 'confirm' };
  if (!tick) {
    return { ...base, status: 'pending', summary: 'not confirmed', reason: `not confirmed: ${text}`, manual: { text } };
  }
  const manual: GateResult['manual'] = { text };
  if (tick.by) manual.by = tick.by;
  if (tick.at) manual.at = tick.at.toISOString();
  const who = tick.by ? ` by ${tick.by}` : '';
  const when = tick.at ? ` at ${formatTime(tick.at)}` : '';
  return { ...base, status: 'pass', summary: `confirmed${who}${when}`, manual };
}

/** The state a `dependsOn` phase must reach before the phase that waits for it is promoted into. */
export const DEPENDENCY_DONE = 'done';

/** One `dependsOn` phase of another plan: passes once that phase is done. */
export function evaluateDependency(phase: string, state: string | undefined): GateResult {
  const base = {
    id: `after:${phase}`,
    kind: 'dependency' as const,
    title: `after ${phase}`,
    dependency: { phase, ...(state === undefined ? {} : { state }) },
  };
  if (state === DEPENDENCY_DONE) return { ...base, status: 'pass', summary: 'done' };
  const known = state === undefined ? 'its state is not known' : state.replace(/-/g, ' ');
  return { ...base, status: 'pending', summary: known, reason: `waits for ${phase} (${known})` };
}

export function evaluateChecklist(checklist: NonNullable<PhaseFacts['checklist']>): GateResult {
  const open = [...(checklist.open ?? [])];
  const left = Math.max(0, checklist.total - checklist.done);
  const base = {
    id: 'checklist',
    kind: 'checklist' as const,
    title: 'checklist',
    checklist: { done: checklist.done, total: checklist.total, open },
  };
  if (left === 0) return { ...base, status: 'pass', summary: `${checklist.done} of ${checklist.total} done` };
  return {
    ...base,
    status: 'pending',
    summary: `${checklist.done} of ${checklist.total} done`,
    reason: `checklist: ${plural(left, 'item')} open`,
  };
}
