// What the "Now" panel atop a plan page says, from the plan, its entry in the status file and the
// build's clock: the current phase, its state and verdict, how old the status is (and whether it
// is stale), the next step with its rollback, and that phase's gates. Pure: no clock of its own.
import {
  type AppliedGuard,
  isMarkedIrreversible,
  type Phase,
  type PlanStatus,
  phaseResponse,
  type RolloutPlan,
  rollForwardOf,
  type Step,
} from '../../../action/src/site-api.ts';
import { type GateRow, phaseGateRows } from './gate-rows.ts';

/** A status older than this is flagged "stale since …": the site is meant to rebuild at least daily. */
export const STATUS_STALE_AFTER_HOURS = 24;

const HOUR_MS = 3_600_000;

/** States after which the phase's own steps are finished and the next phase's first step is next. */
const FINISHED_STATES = new Set(['ready', 'done']);

export interface NextStep {
  phase: Phase;
  step: Step;
  /** The step's rollback, as plain text. */
  rollback: string | undefined;
  /** Set when the step cannot be undone: its roll-forward plan (or its phase's) as plain text, or '' when none is given. */
  rollForward?: string;
  /** Why this is the step shown. */
  label: string;
}

export interface NowView {
  /** Undefined when the status names a phase the plan does not have. */
  phase: Phase | undefined;
  index: number;
  status: PlanStatus;
  /** `3 days`, `5 hours`, `12 minutes`; undefined for a time that cannot be read. */
  age: string | undefined;
  /** When the status became stale (updatedAt + the threshold), ISO 8601; undefined while fresh. */
  staleSince: string | undefined;
  next: NextStep | undefined;
  gates: GateRow[];
}

export function ageText(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const [value, unit] =
    minutes >= 2 * 24 * 60
      ? [Math.floor(minutes / (24 * 60)), 'day']
      : minutes >= 120
        ? [Math.floor(minutes / 60), 'hour']
        : [minutes, 'minute'];
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}

const rollbackOf = (step: Step) => (typeof step.rollback === 'string' ? step.rollback : step.rollback?.do);

export function nowView(
  plan: RolloutPlan,
  status: PlanStatus,
  now: Date,
  guardsOf: (phaseId: string) => AppliedGuard[],
): NowView {
  const index = plan.phases.findIndex((p) => p.id === status.phase);
  const phase = plan.phases[index];
  const updated = Date.parse(status.updatedAt);
  const known = !Number.isNaN(updated);
  const staleAt = updated + STATUS_STALE_AFTER_HOURS * HOUR_MS;
  const view: NowView = {
    phase,
    index,
    status,
    age: known ? ageText(now.getTime() - updated) : undefined,
    staleSince: known && now.getTime() > staleAt ? new Date(staleAt).toISOString() : undefined,
    next: undefined,
    gates: phase ? phaseGateRows(plan, phase.gates ?? [], guardsOf(phase.id), phaseResponse(plan, phase)) : [],
  };
  if (!phase) return view;
  const finished = FINISHED_STATES.has(status.state);
  const following = plan.phases[index + 1];
  const target = finished ? following : phase;
  const step = target?.steps[0];
  if (target && step) {
    view.next = {
      phase: target,
      step,
      rollback: rollbackOf(step),
      ...(isMarkedIrreversible(step) ? { rollForward: (rollForwardOf(step) ?? rollForwardOf(target))?.do ?? '' } : {}),
      label: finished
        ? `First step of the next phase, ${target.title}`
        : status.state === 'not-started'
          ? 'First step of this phase'
          : 'First step of this phase (the status does not say which steps are done)',
    };
  }
  return view;
}
