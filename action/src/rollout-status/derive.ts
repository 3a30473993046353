// Plans and their checklist issues in, each plan's current phase and state out. Pure: a thin
// composition of the checklist core (the same derivation the sync reports as `phase-states`)
// and the sync's inventory (issues matched to phases by their hidden key, oldest wins). Who
// ticked and when come from the states the issues' edit history proves (verified-issue.ts, read
// by the caller), as for sync and report.

import { awaitingProvider, type ReviewOutcome, reviewDueAt } from '../checklist/completion.ts';
import { parseIssueBody } from '../checklist/parse.ts';
import { derivePhaseState, type IssueFacts, type PhaseStatus } from '../checklist/phase-state.ts';
import { deriveRolloutState, type RolloutState } from '../checklist/rollout-state.ts';
import { type ChecklistState, withoutProvenance } from '../checklist/state-block.ts';
import { writtenReadings } from '../checklist/written-readings.ts';
import type { IssueRecord } from '../github/issue.ts';
import { buildInventory, foldDuplicateTicks, type PlanIssues } from '../github-action/sync/inventory.ts';
import { MAX_RECORDED_TEXT } from '../kpi-review/record.ts';
import { describeRamp } from '../plan/ramp-text.ts';
import { formatMeasured } from '../text/number.ts';
import { compareCodePoints } from '../text/order.ts';
import { isoSeconds } from '../text/time.ts';
import type { GuardedPlan } from '../workspace/guarded-plans.ts';
import type { KpiReviewStatus, KpiStatus, PlanStatus, StatusFile } from './model.ts';
import { type ReadingsStatus, statusReadings } from './readings.ts';

function facts(issue: IssueRecord): IssueFacts {
  return {
    state: issue.state,
    stateReason: issue.stateReason,
    closedAt: issue.closedAt,
    ...(issue.closedBy ? { closedBy: issue.closedBy } : {}),
  };
}

/**
 * The plan's rollout as its checklist issues prove it: the same derivation the sync makes, with
 * who ticked and when from `proven` (phases without an issue count as not started). Also what
 * `rollbook lesson new --from` drafts a rollback's timeline from.
 */
export function planRollout(
  { plan, guards }: GuardedPlan,
  issues: PlanIssues | undefined,
  now: Date,
  proven?: ReadonlyMap<number, ChecklistState>,
): RolloutState {
  const phases: PhaseStatus[] = [];
  for (const phase of plan.phases) {
    const issue = issues?.phases.get(phase.id);
    if (!issue) continue;
    const duplicates = (issues?.duplicates ?? []).filter((d) => d.winner.number === issue.number);
    const parsed = parseIssueBody(
      foldDuplicateTicks(
        issue.body,
        duplicates.map((d) => d.issue.body),
      ),
    );
    const phaseGuards = guards[phase.id];
    const state = proven
      ? (proven.get(issue.number) ?? (parsed.state && withoutProvenance(parsed.state)))
      : parsed.state;
    phases.push(
      derivePhaseState(plan, phase.id, parsed.ticks, state, now, {
        issue: facts(issue),
        ...(phaseGuards ? { guards: phaseGuards } : {}),
      }),
    );
  }
  return deriveRolloutState(plan, phases);
}

/** One plan's current phase and state; phases without an issue count as not started. */
export function planStatus(
  guarded: GuardedPlan,
  issues: PlanIssues | undefined,
  now: Date,
  proven?: ReadonlyMap<number, ChecklistState>,
  review?: ReviewOutcome,
  own?: ReadonlyMap<number, string>,
): Omit<PlanStatus, 'updatedAt'> | undefined {
  const { plan } = guarded;
  const rollout = planRollout(guarded, issues, now, proven);
  if (rollout.current) {
    const current = rollout.phases.find((p) => p.phaseId === rollout.current)!;
    const stages = plan.phases.find((p) => p.id === current.phaseId)?.stages;
    const ramp =
      current.ramp && stages && current.state !== 'rolled-back'
        ? {
            stage: current.ramp.reached,
            of: current.ramp.total,
            waiting: current.ramp.waiting,
            ...(current.ramp.holdEndsAt ? { holdEndsAt: current.ramp.holdEndsAt } : {}),
            says: describeRamp(stages, current.ramp),
          }
        : undefined;
    const readings = readingsOf(issues, current.phaseId, own);
    return {
      phase: current.phaseId,
      state: current.state,
      ...(ramp ? { ramp } : {}),
      ...(readings ? { readings } : {}),
    };
  }
  const last = rollout.phases.at(-1);
  if (!last) return undefined;
  const readings = readingsOf(issues, last.phaseId, own);
  const kpiReview = kpiReviewStatus(plan, rollout, review);
  return { phase: last.phaseId, state: 'done', ...(readings ? { readings } : {}), ...(kpiReview ? { kpiReview } : {}) };
}

/**
 * The gate readings the watch wrote into the phase's issue (its managed region only), if any:
 * from the action's own last revision when `own` is given (a person may have edited the record
 * since), else from the body.
 */
function readingsOf(
  issues: PlanIssues | undefined,
  phaseId: string,
  own: ReadonlyMap<number, string> | undefined,
): ReadingsStatus | undefined {
  const issue = issues?.phases.get(phaseId);
  const body = issue && (own ? own.get(issue.number) : issue.body);
  const record = body !== undefined ? writtenReadings(body) : undefined;
  return record && record.gates.length > 0 ? statusReadings(record) : undefined;
}

/** The review of a completed rollout whose KPIs ask for one; undefined otherwise. */
export function kpiReviewStatus(
  plan: GuardedPlan['plan'],
  rollout: RolloutState,
  review: ReviewOutcome | undefined,
): KpiReviewStatus | undefined {
  const reviewed = plan.story.impact.filter((i) => i.reviewAfter !== undefined);
  if (!rollout.complete || reviewed.length === 0) return undefined;
  const due = reviewDueAt(plan, rollout);
  return {
    // Posted with a KPI awaiting its provider and none missed: not finished (ADR 53), as the tracking issue says.
    state: !review ? 'pending' : review.missed > 0 ? 'missed' : awaitingProvider(review) > 0 ? 'pending' : 'met',
    ...(due ? { due } : {}),
    ...(review ? { postedAt: review.at } : {}),
    kpis: review ? postedKpis(reviewed, review) : reviewed.map(plannedKpi),
  };
}

/** Control characters (a terminal escape among them) as spaces: `rollbook status` prints these texts. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const shown = (text: string) => clipText(text.replace(CONTROL, ' '));
const clipText = (text: string) =>
  text.length > MAX_RECORDED_TEXT ? `${text.slice(0, MAX_RECORDED_TEXT - 1)}…` : text;

type Impact = GuardedPlan['plan']['story']['impact'][number];

/** A KPI not reviewed yet: its name, baseline and expectation from the plan. */
function plannedKpi(impact: Impact): KpiStatus {
  return {
    kpi: shown(impact.kpi),
    ...(impact.baseline !== undefined ? { baseline: shown(impact.baseline) } : {}),
    expect: shown(impact.expect),
  };
}

/**
 * The reviewed KPIs as the review comment recorded them (names, baseline, expectation, value);
 * a review posted before Rollbook recorded values shows the plan's names and outcomes only.
 */
function postedKpis(reviewed: readonly Impact[], review: ReviewOutcome): KpiStatus[] {
  if (review.kpis && review.kpis.length === (review.outcomes?.length ?? -1)) {
    return review.kpis.map((k, i): KpiStatus => {
      const outcome = review.outcomes![i]!;
      return {
        kpi: shown(k.kpi),
        outcome,
        ...(k.baseline !== undefined ? { baseline: shown(k.baseline) } : {}),
        expect: shown(k.expect),
        ...(k.measured !== undefined ? { measured: shown(formatMeasured(k.measured, k.unit)) } : {}),
        ...(k.window !== undefined ? { window: shown(k.window) } : {}),
        ...(k.awaitsProvider && outcome === 'no-data' ? { awaitsProvider: true as const } : {}),
      };
    });
  }
  return reviewed.map((impact, i) => {
    const outcome = review.outcomes?.[i];
    return { kpi: shown(impact.kpi), ...(outcome ? { outcome } : {}) };
  });
}

/**
 * Every plan's status, keyed by plan name in sorted order. `proven`: the state each phase issue's
 * edit history proves, by issue number; an issue missing from it shows its ticks with no ticker
 * or time. Without it (tests of the derivation alone), the bodies' own state blocks are used.
 */
export function deriveStatus(
  plans: readonly GuardedPlan[],
  issues: readonly IssueRecord[],
  now: Date,
  proven?: ReadonlyMap<number, ChecklistState>,
  /** The KPI review posted on each plan's tracking issue, by plan name (kpi-review/read.ts). */
  reviews?: ReadonlyMap<string, ReviewOutcome>,
  /** Each phase issue's body as the action last wrote it (VerifiedIssue.ownBody), by issue number: the readings are read from it. */
  own?: ReadonlyMap<number, string>,
): StatusFile {
  const inventory = buildInventory(issues);
  const updatedAt = isoSeconds(now);
  const sorted = [...plans].sort((a, b) => compareCodePoints(a.plan.metadata.name, b.plan.metadata.name));
  const out: StatusFile = { plans: {} };
  for (const guarded of sorted) {
    const name = guarded.plan.metadata.name;
    const status = planStatus(guarded, inventory.plans.get(name), now, proven, reviews?.get(name), own);
    if (status) out.plans[name] = { ...status, updatedAt };
  }
  return out;
}
