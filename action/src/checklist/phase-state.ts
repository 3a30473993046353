// A phase's state, read from its ticks and audit trail. Pure and deterministic: `now` is given.
//
//   rolled-back  any rollback item is ticked (wins over everything: harm outranks progress)
//   done         "Phase complete" is ticked, or the issue was closed as completed
//   baking       the bake has started and not run its course: from the activating step's tick, or
//                in a phase with stages, from the end of the last stage's hold (plan/stages.ts)
//   ready        bake over (or none), the ramp over, and every required item ticked; tick "Phase complete" next
//   in-progress  something is ticked, but the phase is neither baking nor ready (a ramp stage may
//                be holding or paused: `ramp` says which)
//   not-started  nothing is ticked

import { parseDuration } from '../plan/duration.ts';
import { type StageProgress, stageProgress } from '../plan/stages.ts';
import { compareCodePoints } from '../text/order.ts';
import { isoSeconds } from '../text/time.ts';
import { parseItemId } from './ids.ts';
import { type ChecklistEntry, type GuardInput, phaseEntries } from './items.ts';
import type { ChecklistState, TickInfo } from './state-block.ts';

export const PHASE_STATES = ['not-started', 'in-progress', 'baking', 'ready', 'done', 'rolled-back'] as const;
export type PhaseStateName = (typeof PHASE_STATES)[number];

/** The issue as the API reports it. */
export interface IssueFacts {
  state: 'open' | 'closed';
  /** `completed`, `not_planned`, `reopened` or null, as GitHub spells it. */
  stateReason?: string | null;
  closedAt?: string | null;
  /** Login of who closed it, when known. */
  closedBy?: string | null;
}

export interface TickRecord extends TickInfo {
  itemId: string;
}

export type ReleaseWhat = 'activated' | 'staged' | 'completed' | 'rolled-back';

/** A moment in the rollout for "what was released when". */
export interface ReleaseEvent {
  phaseId: string;
  what: ReleaseWhat;
  /** The item ticked; absent when the issue was closed as completed. */
  itemId?: string;
  /** The step activated or rolled back; absent for a whole-phase rollback. */
  stepId?: string;
  /** For `staged`: the ramp stage ticked (its key) and the share it reached. */
  stage?: { key: string; percent: number };
  by?: string;
  at?: string;
}

export interface BakeStatus {
  required: string;
  requiredMs: number;
  /** When the bake ends; unknown when nobody recorded when the activating step was ticked. */
  endsAt?: string;
  remainingMs?: number;
  done: boolean;
}

/** A phase's ramp (`stages:`): how far the verified ticks got, and each stage's tick. */
export interface RampStatus extends StageProgress {
  stages: ({ itemId: string; percent: number; ticked: boolean } & TickInfo)[];
}

export interface PhaseStatus {
  plan: string;
  phaseId: string;
  state: PhaseStateName;
  activation: { itemId: string; stepId: string; ticked: boolean } & TickInfo;
  /** Absent when the phase has no `bake`. */
  bake?: BakeStatus;
  /** Absent when the phase has no `stages`. */
  ramp?: RampStatus;
  /** Required items (steps, gates, sign-offs, checklist, exit criteria, guards): how many, how many ticked. */
  required: number;
  ticked: number;
  /** Ids of required items not ticked, in body order. */
  open: string[];
  rolledBack: TickRecord[];
  completed?: { via: 'item' | 'issue'; by?: string; at?: string };
  events: ReleaseEvent[];
}

export interface PhaseStateOptions {
  issue?: IssueFacts;
  /** The phase's lesson guards; without them, guard items found in the body count as required. */
  guards?: readonly GuardInput[];
}

export type TickSource = ReadonlyMap<string, boolean> | Iterable<{ id: string; checked: boolean }>;

function tickMap(items: TickSource): Map<string, boolean> {
  if (items instanceof Map) return new Map(items);
  const map = new Map<string, boolean>();
  for (const item of items as Iterable<{ id: string; checked: boolean }>)
    map.set(item.id, (map.get(item.id) ?? false) || item.checked);
  return map;
}

function eventOf(
  phaseId: string,
  entry: ChecklistEntry | undefined,
  itemId: string,
  info: TickInfo,
): ReleaseEvent | undefined {
  const ref = parseItemId(itemId);
  if (!ref) return undefined;
  const what: ReleaseWhat | undefined =
    ref.kind === 'rollback'
      ? 'rolled-back'
      : ref.kind === 'complete'
        ? 'completed'
        : entry?.activates
          ? 'activated'
          : ref.kind === 'stage' && entry?.stage
            ? 'staged'
            : undefined;
  if (!what) return undefined;
  const stepId = ref.kind === 'step' || ref.kind === 'rollback' ? ref.key : undefined;
  const stage = what === 'staged' ? { key: ref.key!, percent: entry!.stage!.percent } : undefined;
  return {
    phaseId,
    what,
    itemId,
    ...(stepId ? { stepId } : {}),
    ...(stage ? { stage } : {}),
    ...(info.by ? { by: info.by } : {}),
    ...(info.at ? { at: info.at } : {}),
  };
}

/** Activations, completions and rollbacks of the phase from the audit trail, oldest first. */
function releaseEvents(
  phaseId: string,
  entries: readonly ChecklistEntry[],
  ticked: ReadonlySet<string>,
  audit: ChecklistState | undefined,
  issue: IssueFacts | undefined,
): ReleaseEvent[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const events: ReleaseEvent[] = [];
  const seen = new Set<string>();
  for (const entry of audit?.log ?? []) {
    if (!entry.checked || !entry.itemId.startsWith(`${audit!.plan}/${phaseId}/`)) continue;
    const event = eventOf(phaseId, byId.get(entry.itemId), entry.itemId, entry);
    if (!event) continue;
    events.push(event);
    seen.add(`${entry.itemId} ${entry.at}`);
  }
  // Ticks whose log entries were compacted away (or never logged) still show, once.
  for (const id of ticked) {
    const info = audit?.ticks[id] ?? {};
    if (seen.has(`${id} ${info.at}`)) continue;
    const event = eventOf(phaseId, byId.get(id), id, info);
    if (event) events.push(event);
  }
  // Closing the issue completes the phase only when no "Phase complete" tick already did: the
  // sync closes the issue of a phase ticked complete, and that is one completion, not two.
  const tickedComplete = events.some((e) => e.what === 'completed');
  if (issue?.state === 'closed' && issue.stateReason === 'completed' && issue.closedAt && !tickedComplete) {
    events.push({ phaseId, what: 'completed', at: issue.closedAt, ...(issue.closedBy ? { by: issue.closedBy } : {}) });
  }
  return events.sort((a, b) => compareCodePoints(a.at ?? '\uffff', b.at ?? '\uffff'));
}

export function derivePhaseState(
  plan: Parameters<typeof phaseEntries>[0],
  phaseId: string,
  items: TickSource,
  audit: ChecklistState | undefined,
  now: Date,
  options: PhaseStateOptions = {},
): PhaseStatus {
  const phase = plan.phases.find((p) => p.id === phaseId);
  const entries = phaseEntries(plan, phaseId, options.guards ?? []);
  if (!phase) throw new Error(`plan ${plan.metadata.name} has no phase "${phaseId}"`);
  const ticks = tickMap(items);
  // As merge.ts: a ticked item whose line was deleted is still ticked.
  for (const id of Object.keys(audit?.ticks ?? {})) if (!ticks.has(id)) ticks.set(id, true);
  const isTicked = (id: string) => ticks.get(id) === true;
  const prefix = `${plan.metadata.name}/${phaseId}/`;

  const required = entries.filter((e) => e.required).map((e) => e.id);
  if (!options.guards) {
    const known = new Set(entries.map((e) => e.id));
    for (const id of ticks.keys()) {
      const ref = parseItemId(id);
      if (
        ref?.kind === 'guard' &&
        id.startsWith(prefix) &&
        !known.has(id) &&
        !(audit && Object.hasOwn(audit.removed, id))
      )
        required.push(id);
    }
  }
  const open = required.filter((id) => !isTicked(id));

  const activating = entries.find((e) => e.activates)!;
  const activationInfo = audit?.ticks[activating.id] ?? {};
  const activation = {
    itemId: activating.id,
    stepId: activating.step!.id,
    ticked: isTicked(activating.id),
    ...activationInfo,
  };

  const stageEntries = entries.filter((e) => e.kind === 'stage');
  let ramp: RampStatus | undefined;
  if (stageEntries.length > 0) {
    const stages = stageEntries.map((e) => ({
      itemId: e.id,
      percent: e.stage!.percent,
      ticked: isTicked(e.id),
      ...(isTicked(e.id) ? (audit?.ticks[e.id] ?? {}) : {}),
    }));
    ramp = { ...stageProgress(phase.stages ?? [], stages, now), stages };
  }
  // The bake runs from the activation, or in a phase with stages from the end of the ramp.
  const bakeStarted = ramp ? ramp.waiting === 'done' : activation.ticked;
  const bakeFrom = ramp ? ramp.endsAt : activation.at;

  let bake: BakeStatus | undefined;
  if (phase.bake !== undefined) {
    const requiredMs = parseDuration(phase.bake) ?? 0;
    bake = { required: phase.bake, requiredMs, done: false };
    if (bakeStarted && bakeFrom) {
      const ends = Date.parse(bakeFrom) + requiredMs;
      bake.endsAt = isoSeconds(new Date(ends));
      bake.remainingMs = Math.max(0, ends - now.getTime());
      bake.done = bake.remainingMs === 0;
    } else if (bakeStarted && requiredMs === 0) {
      bake.done = true;
    }
  }

  const rolledBack: TickRecord[] = [...ticks.keys()]
    .filter((id) => isTicked(id) && id.startsWith(prefix) && parseItemId(id)?.kind === 'rollback')
    .map((id) => ({ itemId: id, ...(audit?.ticks[id] ?? {}) }));

  const completeId = `${prefix}complete`;
  let completed: PhaseStatus['completed'];
  if (isTicked(completeId)) {
    const info = audit?.ticks[completeId] ?? {};
    completed = { via: 'item', ...(info.by ? { by: info.by } : {}), ...(info.at ? { at: info.at } : {}) };
  } else if (options.issue?.state === 'closed' && options.issue.stateReason === 'completed') {
    completed = {
      via: 'issue',
      ...(options.issue.closedBy ? { by: options.issue.closedBy } : {}),
      ...(options.issue.closedAt ? { at: options.issue.closedAt } : {}),
    };
  }

  const anyTicked = [...ticks.entries()].some(([id, on]) => on && id.startsWith(prefix));
  let state: PhaseStateName;
  if (rolledBack.length > 0) state = 'rolled-back';
  else if (completed) state = 'done';
  else if (bakeStarted && bake && !bake.done) state = 'baking';
  else if (open.length === 0 && (!ramp || ramp.waiting === 'done')) state = 'ready';
  else state = anyTicked ? 'in-progress' : 'not-started';

  const tickedSet = new Set([...ticks.entries()].filter(([id, on]) => on && id.startsWith(prefix)).map(([id]) => id));
  return {
    plan: plan.metadata.name,
    phaseId,
    state,
    activation,
    ...(bake ? { bake } : {}),
    ...(ramp ? { ramp } : {}),
    required: required.length,
    ticked: required.length - open.length,
    open,
    rolledBack,
    ...(completed ? { completed } : {}),
    events: releaseEvents(phaseId, entries, tickedSet, audit, options.issue),
  };
}
