// The hidden state block: what a later run must know that the visible checkboxes cannot say.
// Who ticked each ticked item and when (for the bake timer, sign-offs and "removed from plan"),
// the bounded audit trail, the text of ticked items the plan removed, and fingerprints of the
// lines Rollbook wrote (so text people add inside the managed region can be told apart).
//
// Stored as one line of JSON in `<!-- rollbook:state … -->`. `<`, `>` and a `-` after a `-` are
// written as \u escapes, so the JSON can neither close the comment nor nest one; JSON.parse
// reads them back. Ids are stored relative to the issue's plan (and phase) to save space.

import { isRecord } from '../runtime/is-record.ts';
import type { IssueKind } from '../text/markers.ts';
import { byKey } from '../text/order.ts';
import { fullItemId, localItemId } from './ids.ts';
import { MAX_AUDIT_ENTRIES } from './limits.ts';

/**
 * 2: written by a Rollbook that verifies ticks against the issue's edit history (ADR 7, "Trust
 * model"). A version-1 block is still read for display, but never trusted as a checkpoint.
 */
export const STATE_VERSION = 2;
const READABLE_VERSIONS = new Set([1, STATE_VERSION]);

/** One tick or untick: who changed which item, and when. */
export interface AuditEntry {
  itemId: string;
  checked: boolean;
  /** GitHub login, without `@`. */
  by: string;
  /** ISO 8601. */
  at: string;
  /** Why Rollbook itself changed it, e.g. `reverted: not an approver`. */
  note?: string;
}

/** Where the tick of a currently ticked item came from. Both unknown: ticked while no run saw who. */
export interface TickInfo {
  by?: string;
  at?: string;
  /** `at` is when a run first saw the tick, not when it was made. */
  observed?: boolean;
}

/** Entries folded out of the log: how many, and the span they covered. */
export interface CompactedSummary {
  count: number;
  since: string;
  until: string;
}

export interface ChecklistState {
  kind: IssueKind;
  plan: string;
  phase?: string;
  /** Every item ticked as of the last run, by full id. */
  ticks: Record<string, TickInfo>;
  /** Oldest first, at most MAX_AUDIT_ENTRIES. */
  log: AuditEntry[];
  compacted?: CompactedSummary;
  /** Ticked items the plan no longer has: full id → the Markdown text people saw. */
  removed: Record<string, string>;
  /** Fingerprints of the lines Rollbook wrote inside the region (fingerprint.ts). */
  lines: string;
  /** Read from a version-1 block: shown, never trusted as verified (not written back). */
  legacy?: true;
}

export function emptyState(kind: IssueKind, plan: string, phase?: string): ChecklistState {
  return { kind, plan, ...(phase === undefined ? {} : { phase }), ticks: {}, log: [], removed: {}, lines: '' };
}

/**
 * A state block nobody verified (people's text, a deleted issue's last body): nothing in it
 * counts, neither ticks nor who nor when nor the audit trail; only what Rollbook needs to lay the
 * body out (fingerprints, removed items' texts) is kept. Ticked boxes in the body still stand,
 * with no ticker, seen from the run that first saw them (merge.ts), so no sign-off counts by it
 * and no bake is timed from it.
 */
export function withoutProvenance(state: ChecklistState): ChecklistState {
  const { compacted: _dropped, ...rest } = state;
  return { ...rest, ticks: {}, log: [] };
}

/** Drops the oldest entries beyond `max`, adding them to the compacted summary. */
export function compactLog(state: ChecklistState, max: number = MAX_AUDIT_ENTRIES): ChecklistState {
  if (state.log.length <= max) return state;
  const dropped = state.log.slice(0, state.log.length - max);
  const previous = state.compacted;
  const compacted: CompactedSummary = {
    count: (previous?.count ?? 0) + dropped.length,
    since: previous?.since ?? dropped[0]!.at,
    until: dropped.at(-1)!.at,
  };
  return { ...state, log: state.log.slice(-max), compacted };
}

// Serialised form: short keys, ids local to the issue, log entries as tuples.
type EntryTuple = [string, 0 | 1, string, string] | [string, 0 | 1, string, string, string];
interface StoredState {
  v: number;
  kind: IssueKind;
  plan: string;
  phase?: string;
  ticks: Record<string, [string?, string?, 1?] | []>;
  log: EntryTuple[];
  compacted?: [number, string, string];
  removed?: Record<string, string>;
  lines: string;
}

/** The state as comment-safe JSON (no `<`, `>` or `--`). */
export function encodeState(state: ChecklistState): string {
  const local = (id: string) => localItemId(id, state.plan, state.phase);
  const ticks: StoredState['ticks'] = {};
  // Sorted, so the same state always encodes to the same text (and an unchanged body stays unchanged).
  for (const [id, info] of Object.entries(state.ticks).sort(byKey)) {
    const tuple: [string?, string?, 1?] = [info.by ?? '', info.at ?? ''];
    if (info.observed) tuple.push(1);
    ticks[local(id)] = info.by || info.at ? tuple : [];
  }
  const stored: StoredState = {
    v: STATE_VERSION,
    kind: state.kind,
    plan: state.plan,
    ...(state.phase === undefined ? {} : { phase: state.phase }),
    ticks,
    log: state.log.map((e) => {
      const tuple: EntryTuple = [local(e.itemId), e.checked ? 1 : 0, e.by, e.at];
      if (e.note) tuple.push(e.note);
      return tuple;
    }),
    ...(state.compacted
      ? { compacted: [state.compacted.count, state.compacted.since, state.compacted.until] as [number, string, string] }
      : {}),
    ...(Object.keys(state.removed).length > 0
      ? {
          removed: Object.fromEntries(
            Object.entries(state.removed)
              .sort(byKey)
              .map(([id, t]) => [local(id), t]),
          ),
        }
      : {}),
    lines: state.lines,
  };
  return JSON.stringify(stored)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/-(?=-)/g, '\\u002d');
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The state from a state marker's JSON, or undefined when it is not valid state. */
export function decodeState(json: string): ChecklistState | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isRecord(raw) || !READABLE_VERSIONS.has(raw.v as number)) return undefined;
  const { kind, plan, phase, ticks, log, compacted, removed, lines } = raw;
  if ((kind !== 'phase' && kind !== 'parent') || !isString(plan) || !isString(lines)) return undefined;
  if (phase !== undefined && !isString(phase)) return undefined;
  if (!isRecord(ticks) || !Array.isArray(log)) return undefined;
  const full = (id: string) => fullItemId(id, plan, phase);
  const state = emptyState(kind, plan, phase);
  state.lines = lines;
  if (raw.v !== STATE_VERSION) state.legacy = true;
  for (const [id, value] of Object.entries(ticks)) {
    if (!Array.isArray(value)) return undefined;
    const [by, at, observed] = value as unknown[];
    const info: TickInfo = {};
    if (isString(by) && by) info.by = by;
    if (isString(at) && at) info.at = at;
    if (observed === 1) info.observed = true;
    state.ticks[full(id)] = info;
  }
  for (const entry of log) {
    if (!Array.isArray(entry)) return undefined;
    const [id, checked, by, at, note] = entry as unknown[];
    if (!isString(id) || (checked !== 0 && checked !== 1) || !isString(by) || !isString(at)) return undefined;
    state.log.push({ itemId: full(id), checked: checked === 1, by, at, ...(isString(note) ? { note } : {}) });
  }
  if (Array.isArray(compacted)) {
    const [count, since, until] = compacted as unknown[];
    if (typeof count === 'number' && isString(since) && isString(until)) state.compacted = { count, since, until };
  }
  if (isRecord(removed)) {
    for (const [id, t] of Object.entries(removed)) if (isString(t)) state.removed[full(id)] = t;
  }
  return state;
}
