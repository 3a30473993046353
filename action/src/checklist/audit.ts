// The audit trail's entries that Rollbook itself adds (a reverted sign-off), beside the ticks it
// changes. Entries for what people did come from the edit history (verify.ts), never
// from an event or the body.
import { MAX_AUDIT_ENTRIES } from './limits.ts';
import { type AuditEntry, type ChecklistState, compactLog } from './state-block.ts';

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
