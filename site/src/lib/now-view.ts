// What the "Now" panel atop a plan page says, from the plan, its entry in the status file and the
// build's clock: the current phase, its state and verdict, how old the status is (and whether it
// is stale), the next step with its rollback, and that phase's gates, each metric gate with its
// last reading when the status carries the watch's readings (matched by gate id). Pure: no clock
// of its own.
import {
  type AppliedGuard,
  type GateReadingStatus,
  type GateStatus,
  gateIds,
  HOUR_MS,
  isMarkedIrreversible,
  MINUTE_MS,
  type Phase,
  type PlanStatus,
  phaseResponse,
  plural,
  type RolloutPlan,
  rollForwardOf,
  type Step,
} from '../../../action/src/site-api.ts';
import { type GateRow, phaseGateRows } from './gate-rows.ts';

/** A status older than this is flagged "stale since …": the site is meant to rebuild at least daily. */
export const STATUS_STALE_AFTER_HOURS = 24;

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
  gates: NowGate[];
  /** The watch's readings, when the status carries them. */
  readings: NowReadings | undefined;
}

/** A row of the phase's one gate table, with its last reading when the watch read it. */
export interface NowGate {
  row: GateRow;
  reading?: GateReadingStatus;
}

export interface NowReadings {
  /** When the readings were taken (ISO 8601): the last evaluation that changed them. */
  evaluatedAt: string;
  /** How long before the build's clock (`5 minutes old`); undefined for a time that cannot be read. */
  age: string | undefined;
  /** Readings of gates the plan (as built) does not have: shown by their own title and threshold. */
  unmatched: GateReadingStatus[];
}

/**
 * How old a time is at the build's clock, `5 minutes old`; a time more than a minute after it (a
 * status written later than the build's clock says, or a clock ahead) says so instead of passing
 * for fresh: `2 days after this build's clock`.
 */
export function ageText(ms: number): string {
  const ahead = ms < -MINUTE_MS;
  const minutes = Math.floor((ahead ? -ms : Math.max(0, ms)) / MINUTE_MS);
  const [value, unit] =
    minutes >= 2 * 24 * 60
      ? [Math.floor(minutes / (24 * 60)), 'day']
      : minutes >= 120
        ? [Math.floor(minutes / 60), 'hour']
        : [minutes, 'minute'];
  return ahead ? `${plural(value, unit)} after this build's clock` : `${plural(value, unit)} old`;
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
    gates: [],
    readings: undefined,
  };
  const rows = phase ? phaseGateRows(plan, phase.gates ?? [], guardsOf(phase.id), phaseResponse(plan, phase)) : [];
  const matched = withReadings(rows, phase ? gateIds(phase) : [], status.readings?.gates ?? []);
  view.gates = matched.gates;
  if (status.readings) {
    const evaluated = Date.parse(status.readings.evaluatedAt);
    view.readings = {
      evaluatedAt: status.readings.evaluatedAt,
      age: Number.isNaN(evaluated) ? undefined : ageText(now.getTime() - evaluated),
      unmatched: matched.unmatched,
    };
  }
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
        ? `first step of the next phase, ${target.title}`
        : status.state === 'not-started'
          ? 'first step of this phase'
          : 'first step of this phase; the status does not say which steps are done',
    };
  }
  return view;
}

/**
 * Readings onto gate rows. The phase's own gates lead the rows, in plan order, so row i < ids.length
 * is the gate with id ids[i] (the id the watch keys its readings by); lesson gates are not watched.
 */
export function withReadings(
  rows: readonly GateRow[],
  ids: readonly string[],
  readings: readonly GateReadingStatus[],
): { gates: NowGate[]; unmatched: GateReadingStatus[] } {
  const byId = new Map(readings.map((r) => [r.gate, r]));
  const gates = rows.map((row, i) => {
    const reading = i < ids.length ? byId.get(ids[i]!) : undefined;
    return reading ? { row, reading } : { row };
  });
  const known = new Set(ids);
  return { gates, unmatched: readings.filter((r) => !known.has(r.gate)) };
}

const ANCHOR = /^[a-z0-9-]+$/;

/**
 * CSS that marks the current phase's entry in Starlight's page contents (desktop and mobile),
 * whose entries take no class of their own: bold, with a sign before it. The entry's text says
 * "(now)" too. Anchors come from plan ids (ID_PATTERN); anything else gives no CSS at all.
 */
export function tocMark(anchor: string): string {
  if (!ANCHOR.test(anchor)) return '';
  const link = ['starlight-toc', 'mobile-starlight-toc'].map((toc) => `${toc} a[href="#${anchor}"]`);
  return `${link.join(',')}{font-weight:700}${link.map((l) => `${l} span::before`).join(',')}{content:"▶ " / ""}`;
}

/**
 * A reading's status as a sign and a word, never colour alone. The signs are in common text fonts:
 * the phase issue's emoji (watch/render.ts) are not on every system that opens the site.
 */
export const READING_STATUS_TEXT: Record<GateStatus, string> = {
  pass: '✓ pass',
  pending: '… pending',
  fail: '✗ fail',
  inconclusive: '? no data',
  error: '! error',
  rollback: '↩ roll back',
};

/** What the panel shows of a reading: its status, and its value unless that only repeats the status's word. */
export function readingShown(reading: Pick<GateReadingStatus, 'status' | 'value'>): { status: string; value?: string } {
  const status = READING_STATUS_TEXT[reading.status];
  const word = status.slice(status.indexOf(' ') + 1);
  return reading.value.trim().toLowerCase() === word ? { status } : { status, value: reading.value };
}
