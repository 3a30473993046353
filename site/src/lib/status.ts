// The optional status file the action writes with `rollbook status --json`. The home page
// shows each plan's current phase and verdict from it, and works without it.
//
//   { "plans": { "<plan name>": { "phase": "canary", "state": "in-progress",
//                                  "verdict": "HOLD", "updatedAt": "2026-11-20T09:00:00Z" } } }
//   (and, while the current phase ramps through stages, "ramp": { "stage", "of", "waiting", "says" };
//   with the watch's gate readings, "readings": { "evaluatedAt", "gates": [...] }, checked by the engine;
//   once every phase is done, "kpiReview": { "state", "due", "postedAt", "kpis": [...] }, each KPI
//   "kpi", and when known "outcome", "baseline", "expect", "measured", "window"; both checked by the engine)
import { readFile, stat } from 'node:fs/promises';
import {
  type PlanStatus,
  parseStatusKpiReview,
  parseStatusReadings,
  type RampStatus,
  type StatusFile,
} from '../../../action/src/site-api.ts';

export type {
  GateReadingStatus,
  KpiReviewStatus,
  KpiStatus,
  PlanStatus,
  RampStatus,
  ReadingsStatus,
  StatusFile,
} from '../../../action/src/site-api.ts';
// One definition of the shape, shared with the command that writes it.
export { MAX_KPI_TEXT, MAX_REVIEW_KPIS } from '../../../action/src/site-api.ts';

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Validates the parsed JSON; the message names the first bad entry. */
export function parseStatus(json: unknown, file: string): StatusFile {
  const plans = (json as { plans?: unknown } | null)?.plans;
  if (!plans || typeof plans !== 'object' || Array.isArray(plans)) {
    throw new Error(`${file}: expected {"plans": {"<plan name>": {...}}}`);
  }
  const result: StatusFile = { plans: {} };
  for (const [name, raw] of Object.entries(plans as Record<string, unknown>)) {
    const updatedAt = (raw as Partial<PlanStatus> | null)?.updatedAt;
    if (!isText(updatedAt)) throw new Error(`${file}: plans.${name} needs string phase, state and updatedAt`);
    result.plans[name] = { ...parsePlanStatus(raw, `${file}: plans.${name}`), updatedAt };
  }
  return result;
}

/**
 * One plan's status without the time it was derived: an entry of the status file, and each plan's
 * `status` in the portfolio file (action/src/portfolio/model.ts), which has no `updatedAt` (ADR 62).
 * The message names the first bad field after `where`; unknown fields are left out.
 */
export function parsePlanStatus(raw: unknown, where: string): Omit<PlanStatus, 'updatedAt'> {
  const entry = raw as Partial<PlanStatus> | null;
  if (!entry || !isText(entry.phase) || !isText(entry.state)) throw new Error(`${where} needs string phase and state`);
  if (entry.verdict !== undefined && !isText(entry.verdict)) throw new Error(`${where}.verdict must be a string`);
  return {
    phase: entry.phase,
    state: entry.state,
    ...(entry.verdict ? { verdict: entry.verdict } : {}),
    ...(entry.ramp === undefined ? {} : { ramp: parseRamp(entry.ramp, `${where}.ramp`) }),
    ...(entry.readings === undefined ? {} : { readings: parseStatusReadings(entry.readings, `${where}.readings`) }),
    ...(entry.kpiReview === undefined
      ? {}
      : { kpiReview: parseStatusKpiReview(entry.kpiReview, `${where}.kpiReview`) }),
  };
}

const WAITS: readonly RampStatus['waiting'][] = ['tick', 'hold', 'person', 'done'];
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The current phase's ramp: which stage runs and what it waits for. */
function parseRamp(raw: unknown, where: string): RampStatus {
  const ramp = raw as Partial<RampStatus> | null;
  if (
    !ramp ||
    !isCount(ramp.stage) ||
    !isCount(ramp.of) ||
    !WAITS.includes(ramp.waiting as RampStatus['waiting']) ||
    !isText(ramp.says) ||
    (ramp.holdEndsAt !== undefined && !isText(ramp.holdEndsAt))
  ) {
    throw new Error(`${where} needs integer stage and of, waiting (${WAITS.join(', ')}) and a string says`);
  }
  return {
    stage: ramp.stage,
    of: ramp.of,
    waiting: ramp.waiting!,
    ...(ramp.holdEndsAt ? { holdEndsAt: ramp.holdEndsAt } : {}),
    says: ramp.says,
  };
}

/** The last file read, by path, with the size and modification time it had then. */
const read = new Map<string, { size: number; mtimeMs: number; status: StatusFile }>();

/**
 * No file configured: undefined. A configured file that is missing or broken fails the build.
 * Every page that shows status asks for the same file: it is parsed again only when its size or
 * modification time changed (a dev server picks up a new status file; a build parses it once).
 */
export async function readStatus(file: string | undefined): Promise<StatusFile | undefined> {
  if (!file) return undefined;
  const { size, mtimeMs } = await stat(file);
  const known = read.get(file);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.status;
  const text = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
  const status = parseStatus(json, file);
  read.set(file, { size, mtimeMs, status });
  return status;
}

export type VerdictTone = 'success' | 'caution' | 'danger' | 'note' | 'default';

/** The shape drawn beside a verdict, so verdicts differ by more than colour (issue: HOLD vs FROZEN). */
export type VerdictIcon = 'check' | 'pause' | 'snowflake' | 'back' | 'forward' | 'dot';

export interface VerdictLook {
  tone: VerdictTone;
  icon: VerdictIcon;
}

/** HOLD waits for a gate (orange, pause bars); FROZEN waits for a freeze to end (blue, snowflake). */
export function verdictLook(verdict: string | undefined): VerdictLook {
  switch (verdict?.toUpperCase()) {
    case 'PROMOTE':
      return { tone: 'success', icon: 'check' };
    case 'HOLD':
      return { tone: 'caution', icon: 'pause' };
    case 'FROZEN':
      return { tone: 'note', icon: 'snowflake' };
    case 'ROLL BACK':
      return { tone: 'danger', icon: 'back' };
    case 'ROLL FORWARD':
      return { tone: 'danger', icon: 'forward' };
    default:
      return { tone: 'default', icon: 'dot' };
  }
}
