// One line per guard saying what it asks, in plain words. Raw text: renderers escape it.
import { describeGate } from '../plan/gate-kind.ts';
import type { LeadIn } from './freeze-guard.ts';
import type { FreezeGuard, Guard } from './schema.ts';

/** With `leadIns` (one plan's), names the dates; without, says what the guard asks of any plan. */
export function describeFreeze(freeze: FreezeGuard, leadIns?: readonly LeadIn[]): string {
  if (leadIns === undefined) return `No changes in the ${freeze.lead} before "${freeze.before}"`;
  if (leadIns.length === 0)
    return `No changes in the ${freeze.lead} before "${freeze.before}" (no such event in this plan)`;
  const windows = leadIns.map((l) => `${l.event}: ${l.freeze.from} to ${l.freeze.to}`).join('; ');
  return `No changes in the ${freeze.lead} before ${windows}`;
}

/** What the guard asks. Freeze guards need a plan's lead-ins to name their dates. */
export function describeGuard(guard: Guard, leadIns?: readonly LeadIn[]): string {
  if (guard.checklist !== undefined) return guard.checklist;
  if (guard.gate !== undefined) return describeGate(guard.gate);
  if (guard.freeze !== undefined) return describeFreeze(guard.freeze, leadIns);
  if (guard.raise !== undefined)
    return `Lint rule ${guard.raise.rule} is at least ${guard.raise.to === 'error' ? 'an error' : 'a warning'}`;
  return guard.id;
}
