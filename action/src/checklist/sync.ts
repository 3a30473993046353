// One pure call per plan: current issue bodies (with the state their edit history proves) in,
// the bodies to write out, with `changed` telling the action which writes to make. Composes the
// pieces in order: merge ticks → check sign-offs → derive states → rebuild with status lines at
// the largest level that fits → merge again. The action does the I/O around it, including the
// history read (verify.ts; docs/checklist-issues.md, "For the action").

import { idRecord, own } from '../plan/own.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { type CompletionMarkerState, parseCompletionLine } from '../text/markers.ts';
import { type GateReading, passingGates, recordReadings, type WatchRecord } from '../watch/readings.ts';
import { phaseWatchVerdict, type WatchVerdictName } from '../watch/verdict.ts';
import {
  type AcceptedSignoff,
  checkSignoffTicks,
  type RefusedSignoff,
  type SignoffDirectory,
  type SignoffPolicy,
} from './authorize.ts';
import { buildParentIssue } from './build-parent.ts';
import { buildPhaseIssue } from './build-phase.ts';
import type { ReviewOutcome } from './completion.ts';
import type { GuardInput } from './items.ts';
import { type MeasuredTicks, metricGateItems, type RevertedMeasured, setMeasuredTicks } from './measured.ts';
import { isSameBody, mergeTicks } from './merge.ts';
import { parseIssueBody } from './parse.ts';
import { derivePhaseState, type IssueFacts } from './phase-state.ts';
import { deriveRolloutState, type OtherPhaseStates, type RolloutPhase, type RolloutState } from './rollout-state.ts';
import { auditLimit, type DegradeLevel, fitBody } from './size.ts';
import { type AuditEntry, type ChecklistState, emptyState, withoutProvenance } from './state-block.ts';
import type { ChecklistTemplates } from './templates.ts';
import { writtenReadings } from './written-readings.ts';

export interface IssueSnapshot {
  /** The body as just read; undefined when the issue does not exist yet. */
  body?: string;
  /**
   * For a phase issue: the state its edit history proves (verifyIssueHistory). Without it the
   * body's own state block is believed for nothing: its ticks keep no ticker and no time.
   */
  state?: ChecklistState;
  /** Ticks the body's state block claims that the history does not bear out (verifyIssueHistory). */
  claimed?: readonly { itemId: string; by?: string }[];
  /** What the edit history shows people did since the action's last revision (verifyIssueHistory's `added`). */
  edits?: readonly AuditEntry[];
  issue?: IssueFacts;
  number?: number;
  /**
   * The body of the action's own last revision (the edit history's checkpoint; '' when it has
   * none): Rollbook's watch record is read from it, never from a newer body a person may have
   * edited. Without it, `body` is taken (an issue only the action has written).
   */
  recordBody?: string;
}

export interface RolloutSyncInput {
  plan: RolloutPlan;
  templates: ChecklistTemplates;
  now: Date;
  /** By phase id; a phase without an entry has no issue yet. */
  phases: Readonly<Record<string, IssueSnapshot>>;
  parent?: IssueSnapshot;
  /** Lesson guards by phase id. */
  guards?: Readonly<Record<string, readonly GuardInput[]>>;
  directory?: SignoffDirectory;
  policy?: SignoffPolicy;
  runbookUrl?: string;
  linkBase?: string;
  titlePrefix?: string;
  labelPrefix?: string;
  /** The action's login, recorded on reverted sign-offs. */
  actor?: string;
  /** Other plans' phase states by `plan/phase`, for this plan's `dependsOn` (rollout-state.ts). */
  others?: OtherPhaseStates;
  /** This run's readings of metric gates by phase id (watch/evaluate.ts); a phase without is shown as last read. */
  readings?: Readonly<Record<string, readonly GateReading[]>>;
  /** The KPI review, once posted on the tracking issue (kpi-review/). */
  review?: ReviewOutcome;
  /**
   * The metric providers the action's inputs configure (`prometheus`, `json-file`, …). When set,
   * metric gates on them are ticked by Rollbook from the readings (checklist/measured.ts) and the
   * others say they are not measured. Ticks are set only when `actor` is known.
   */
  measured?: ReadonlySet<string>;
}

export interface IssueSync {
  title: string;
  labels: string[];
  body: string;
  /** False when `body` equals the current body: make no write. Always true for a new issue. */
  changed: boolean;
  level: DegradeLevel;
  /** Even the barest body is over the limit (people's own text is too long); do not write it. */
  overLimit: boolean;
}

export interface PhaseSync extends IssueSync {
  phaseId: string;
  status: RolloutPhase;
  /** Post this comment on the phase issue: sign-offs were reverted. */
  comment?: string;
  accepted: AcceptedSignoff[];
  refused: RefusedSignoff[];
  /** People's changes to measured metric gates that were set back from the data (comment once per item). */
  measuredReverted: RevertedMeasured[];
  /** What was odd about the current body (parseIssueBody's problems). */
  problems: string[];
  /** The phase's watch record as this body shows it (this run's readings folded in). */
  record?: WatchRecord;
}

export interface ParentSync extends IssueSync {
  /**
   * Close the tracking issue as completed: the rollout just became closable (complete, with no
   * KPI review pending or missed). Only on the change, so a person who reopens it is not overruled.
   */
  close: boolean;
}

export interface RolloutSync {
  rollout: RolloutState;
  phases: PhaseSync[];
  parent: ParentSync;
}

interface Prepared {
  body: string | undefined;
  state: ChecklistState;
  accepted: AcceptedSignoff[];
  refused: RefusedSignoff[];
  comment?: string;
  measuredReverted: RevertedMeasured[];
  problems: string[];
}

function sameIssue(state: ChecklistState | undefined, plan: string, phase: string): state is ChecklistState {
  return state !== undefined && state.kind === 'phase' && state.plan === plan && state.phase === phase;
}

function prepare(input: RolloutSyncInput, phaseId: string): Prepared {
  const plan = input.plan.metadata.name;
  const snapshot = own(input.phases, phaseId);
  const current = snapshot?.body;
  const parsed = parseIssueBody(current ?? '');
  const state = sameIssue(snapshot?.state, plan, phaseId)
    ? snapshot.state
    : sameIssue(parsed.state, plan, phaseId)
      ? withoutProvenance(parsed.state)
      : emptyState('phase', plan, phaseId);
  if (current === undefined)
    return { body: undefined, state, accepted: [], refused: [], measuredReverted: [], problems: [] };
  const guards = own(input.guards, phaseId);
  const readings = watchRecord(input, phaseId);
  const desired = buildPhaseIssue({
    ...common(input),
    ...measuredOption(input),
    ...authorOption(input),
    phaseId,
    ...(guards ? { guards } : {}),
    ...(readings ? { readings } : {}),
  }).body;
  const merged = mergeTicks(desired, current, { now: input.now, state });
  const check = checkSignoffTicks({
    plan: input.plan,
    phaseId,
    body: merged,
    now: input.now,
    ...(snapshot?.claimed?.length ? { claimed: snapshot.claimed } : {}),
    ...(guards ? { guards } : {}),
    ...(input.directory ? { directory: input.directory } : {}),
    ...(input.policy ? { policy: input.policy } : {}),
    ...(input.actor ? { actor: input.actor } : {}),
  });
  const measured = measuredTicks(input, phaseId, check.body, check.state, readings, snapshot);
  return {
    body: measured.body,
    state: measured.state,
    accepted: check.accepted,
    refused: check.refused,
    ...(check.comment ? { comment: check.comment } : {}),
    measuredReverted: measured.reverted,
    problems: parsed.problems,
  };
}

/**
 * Measured metric gates set from the readings (checklist/measured.ts): only with a known actor
 * (its login is how Rollbook's own ticks are told from people's), and never in a finished phase.
 */
function measuredTicks(
  input: RolloutSyncInput,
  phaseId: string,
  body: string,
  state: ChecklistState,
  record: WatchRecord | undefined,
  snapshot: IssueSnapshot | undefined,
): MeasuredTicks {
  const unchanged = { body, state, reverted: [] };
  if (!input.measured || !input.actor) return unchanged;
  const guards = own(input.guards, phaseId);
  const gates = metricGateItems(input.plan, phaseId, input.measured, guards ?? []);
  if (!gates.some((g) => g.measured)) return unchanged;
  const status = derivePhaseState(input.plan, phaseId, parseIssueBody(body).ticks, state, input.now, {
    ...(snapshot?.issue ? { issue: snapshot.issue } : {}),
    ...(guards ? { guards } : {}),
  });
  if (status.state === 'done' || status.state === 'rolled-back') return unchanged;
  return setMeasuredTicks({
    body,
    state,
    gates,
    passing: passingGates(record),
    ...(snapshot?.edits ? { edits: snapshot.edits } : {}),
    actor: input.actor,
    now: input.now,
  });
}

/**
 * The phase's watch record: read back from the lines Rollbook wrote in its own last revision
 * (never from people's notes, nor from a record someone edited since),
 * with this run's readings folded in when the phase was read. Unchanged readings keep the record as it was.
 */
function watchRecord(input: RolloutSyncInput, phaseId: string): WatchRecord | undefined {
  const snapshot = own(input.phases, phaseId);
  const previous = writtenReadings(snapshot?.recordBody ?? snapshot?.body ?? '');
  const readings = own(input.readings, phaseId);
  return readings ? recordReadings(previous, readings, input.now).record : previous;
}

function common(input: RolloutSyncInput) {
  return {
    plan: input.plan,
    templates: input.templates,
    ...(input.runbookUrl === undefined ? {} : { runbookUrl: input.runbookUrl }),
    ...(input.linkBase === undefined ? {} : { linkBase: input.linkBase }),
    ...(input.titlePrefix === undefined ? {} : { titlePrefix: input.titlePrefix }),
    ...(input.labelPrefix === undefined ? {} : { labelPrefix: input.labelPrefix }),
  };
}

/** The completion marker of a body's managed region (what Rollbook last wrote), if any. */
function completionState(body: string | undefined): CompletionMarkerState | undefined {
  if (body === undefined) return undefined;
  for (const line of parseIssueBody(body).lines) {
    if (line.role !== 'generated') continue;
    const state = parseCompletionLine(line.text.trim());
    if (state) return state;
  }
  return undefined;
}

function becameClosable(current: string | undefined, next: string): boolean {
  return completionState(next) === 'closable' && completionState(current) !== 'closable';
}

/** What a phase issue's sign-off items say of the author: what the policy lets authorize.ts accept. */
function authorOption(input: RolloutSyncInput) {
  return input.policy?.allowAuthor ? { authorsMaySignOff: true } : {};
}

/** What the phase issue says about each metric gate: measured by Rollbook or not (when the sync knows). */
function measuredOption(input: RolloutSyncInput) {
  return input.measured === undefined ? {} : { measured: input.measured };
}

export function syncRollout(input: RolloutSyncInput): RolloutSync {
  const { plan, now } = input;
  const prepared = new Map(plan.phases.map((p) => [p.id, prepare(input, p.id)]));
  const statuses = plan.phases.map((p) => {
    const ready = prepared.get(p.id)!;
    const ticks = parseIssueBody(ready.body ?? '').ticks;
    const issue = own(input.phases, p.id)?.issue;
    const guards = own(input.guards, p.id);
    return derivePhaseState(plan, p.id, ticks, ready.state, now, {
      ...(issue ? { issue } : {}),
      ...(guards ? { guards } : {}),
    });
  });
  const rollout = deriveRolloutState(plan, statuses, input.others);

  const phases = rollout.phases.map((status): PhaseSync => {
    const ready = prepared.get(status.phaseId)!;
    const current = own(input.phases, status.phaseId)?.body;
    const guards = own(input.guards, status.phaseId);
    const readings = watchRecord(input, status.phaseId);
    const fitted = fitBody(
      (level) => {
        const built = buildPhaseIssue({
          ...common(input),
          ...measuredOption(input),
          ...authorOption(input),
          phaseId: status.phaseId,
          status,
          level,
          ...(guards ? { guards } : {}),
          ...(readings ? { readings } : {}),
        });
        const body =
          ready.body === undefined
            ? built.body
            : mergeTicks(built.body, ready.body, { now, state: ready.state, auditLimit: auditLimit(level) });
        return { ...built, body };
      },
      (built) => built.body,
    );
    const body = fitted.value.body;
    return {
      phaseId: status.phaseId,
      status,
      title: fitted.value.title,
      labels: fitted.value.labels,
      body,
      changed: current === undefined || !isSameBody(body, current),
      level: fitted.level,
      overLimit: fitted.overLimit,
      accepted: ready.accepted,
      refused: ready.refused,
      ...(ready.comment ? { comment: ready.comment } : {}),
      measuredReverted: ready.measuredReverted,
      problems: ready.problems,
      ...(readings ? { record: readings } : {}),
    };
  });

  const verdicts = idRecord<WatchVerdictName>();
  for (const phase of phases) {
    const verdict = phase.record && phaseWatchVerdict(plan, phase.phaseId, phase.record);
    if (verdict) verdicts[phase.phaseId] = verdict.verdict;
  }
  const issues = idRecord<number>();
  for (const [phaseId, snapshot] of Object.entries(input.phases))
    if (snapshot.number !== undefined) issues[phaseId] = snapshot.number;
  const parentCurrent = input.parent?.body;
  const fittedParent = fitBody(
    (level) => {
      const built = buildParentIssue({
        ...common(input),
        rollout,
        issues,
        level,
        verdicts,
        ...(input.review ? { review: input.review } : {}),
      });
      return {
        ...built,
        body: parentCurrent === undefined ? built.body : mergeTicks(built.body, parentCurrent, { now }),
      };
    },
    (built) => built.body,
  );
  const parent: ParentSync = {
    close: becameClosable(parentCurrent, fittedParent.value.body),
    title: fittedParent.value.title,
    labels: fittedParent.value.labels,
    body: fittedParent.value.body,
    changed: parentCurrent === undefined || !isSameBody(fittedParent.value.body, parentCurrent),
    level: fittedParent.level,
    overLimit: fittedParent.overLimit,
  };
  return { rollout, phases, parent };
}
