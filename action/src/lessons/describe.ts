// One line per guard saying what it asks, in plain words. Raw text: renderers escape it.
import type { LeadIn } from './freeze-guard.ts';
import type { FreezeGuard, Guard, GuardGate } from './schema.ts';

export function describeGate(gate: GuardGate): string {
  if (gate.manual !== undefined) return gate.manual;
  if (gate.check !== undefined) return `The check "${gate.check}" succeeds`;
  if (gate.signoff !== undefined) {
    const count = gate.count ?? 1;
    return `${count} sign-off${count === 1 ? '' : 's'} from ${gate.signoff.join(', ')}`;
  }
  const metric = gate.metric ?? 'metric';
  const parts: string[] = [];
  if (gate.max !== undefined) parts.push(`at most ${gate.max}`);
  if (gate.min !== undefined) parts.push(`at least ${gate.min}`);
  if (gate.maxRegression !== undefined) {
    const against = gate.compare === 'week-over-week' ? 'last week' : 'the baseline';
    parts.push(`no more than ${gate.maxRegression} worse than ${against}`);
  }
  if (gate.rollbackAt !== undefined) parts.push(`roll back at ${gate.rollbackAt}`);
  return `${metric}: ${parts.join(', ')}`;
}

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
