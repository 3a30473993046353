// The audit trail: who ticked what and when, from `issues.edited` events. GitHub does not say
// which checkbox a person clicked, only the body before (`changes.body.from`) and after; the
// difference in ticks, by item id, is what the sender did.
import { isoSeconds } from '../text/time.ts';
import { MAX_AUDIT_ENTRIES } from './limits.ts';
import { parseIssueBody } from './parse.ts';
import { type AuditEntry, type ChecklistState, compactLog, encodeState } from './state.ts';

/** One item whose tick changed. */
export interface TickChange {
  itemId: string;
  checked: boolean;
}

/** An edit of an issue body: who, when, and the body before and after. */
export interface BodyEdit {
  /** GitHub login of the sender, with or without `@`. */
  sender: string;
  /** When the edit happened (the issue's `updated_at` in the event). */
  at: Date | string;
  from: string;
  to: string;
}

export interface RecordedEdit {
  state: ChecklistState;
  /** The entries this edit added (none when it was already recorded). */
  entries: AuditEntry[];
  /**
   * The edit changed the state block itself. Rollbook writes it, people do not: treat the
   * state from `from` as the truth (see reconcile.ts) and say so.
   */
  stateEdited: boolean;
}

/**
 * Items whose tick differs between two bodies, in the order of the new body. An item that only
 * one body has counts as unticked in the other, except that a line someone deleted is not an
 * untick (merge.ts restores it).
 */
export function diffTicks(oldBody: string, newBody: string): TickChange[] {
  const before = parseIssueBody(oldBody).ticks;
  const after = parseIssueBody(newBody).ticks;
  const changes: TickChange[] = [];
  for (const [itemId, checked] of after) {
    if ((before.get(itemId) ?? false) !== checked) changes.push({ itemId, checked });
  }
  return changes;
}

function login(sender: string): string {
  return sender.replace(/^@/, '');
}

const sameEntry = (a: AuditEntry, b: AuditEntry) =>
  a.itemId === b.itemId && a.checked === b.checked && a.by === b.by && a.at === b.at;

/**
 * Adds the ticks of one edit to the state: audit entries, and who ticked each ticked item.
 * Recording the same edit twice (a re-run) adds nothing. The log stays within `limit` entries.
 */
export function recordEdit(state: ChecklistState, edit: BodyEdit, limit: number = MAX_AUDIT_ENTRIES): RecordedEdit {
  const by = login(edit.sender);
  const at = isoSeconds(edit.at);
  const prefix = state.phase === undefined ? `${state.plan}/` : `${state.plan}/${state.phase}/`;
  const entries = diffTicks(edit.from, edit.to)
    .filter((change) => change.itemId.startsWith(prefix))
    .map((change): AuditEntry => ({ itemId: change.itemId, checked: change.checked, by, at }))
    .filter((entry) => !state.log.some((seen) => sameEntry(seen, entry)));
  const ticks = { ...state.ticks };
  for (const entry of entries) {
    if (entry.checked) ticks[entry.itemId] = { by, at };
    else delete ticks[entry.itemId];
  }
  const next = compactLog({ ...state, ticks, log: [...state.log, ...entries] }, limit);
  return { state: next, entries, stateEdited: stateBlockChanged(edit.from, edit.to) };
}

function stateBlockChanged(from: string, to: string): boolean {
  const before = parseIssueBody(from).state;
  const after = parseIssueBody(to).state;
  if (!before || !after) return before !== after;
  return encodeState(before) !== encodeState(after);
}

/** Entries Rollbook itself adds (a reverted sign-off): `by` is the action's own login. */
export function recordEntries(
  state: ChecklistState,
  entries: readonly AuditEntry[],
  limit = MAX_AUDIT_ENTRIES,
): ChecklistState {
  const ticks = { ...state.ticks };
  for (const entry of entries) {
    if (entry.checked) ticks[entry.itemId] = { by: entry.by, at: entry.at };
    else delete ticks[entry.itemId];
  }
  return compactLog({ ...state, ticks, log: [...state.log, ...entries] }, limit);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The body edit in an `issues` webhook payload with action `edited`, or undefined when the
 * payload is not one or the body did not change (a title-only edit).
 */
export function editFromIssuesEvent(payload: unknown): (BodyEdit & { issueNumber: number }) | undefined {
  if (!isRecord(payload) || payload.action !== 'edited') return undefined;
  const { issue, sender, changes } = payload;
  if (!isRecord(issue) || !isRecord(sender) || !isRecord(changes)) return undefined;
  const body = changes.body;
  if (!isRecord(body) || typeof body.from !== 'string') return undefined;
  if (typeof sender.login !== 'string' || typeof issue.number !== 'number') return undefined;
  const at = typeof issue.updated_at === 'string' ? issue.updated_at : undefined;
  if (!at) return undefined;
  return {
    issueNumber: issue.number,
    sender: sender.login,
    at,
    from: body.from,
    to: typeof issue.body === 'string' ? issue.body : '',
  };
}
