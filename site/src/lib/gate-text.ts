// One plain sentence per gate, for the phase sections of a plan page.
import type { Gate, RolloutPlan } from '../../../action/src/plan/schema.ts';

export type GateKind = 'metric' | 'check' | 'signoff' | 'manual';

export function gateKind(gate: Gate): GateKind {
  if (gate.metric !== undefined) return 'metric';
  if (gate.check !== undefined) return 'check';
  if (gate.signoff !== undefined) return 'signoff';
  return 'manual';
}

function metricGateText(gate: Gate, plan: RolloutPlan): string {
  const unit = gate.metric ? plan.metrics[gate.metric]?.unit : undefined;
  const value = (n: number) => (unit && unit !== 'ratio' ? `${n} ${unit}` : String(n));
  const parts: string[] = [];
  if (gate.compare === 'baseline') parts.push(`at most ${gate.maxRegression ?? '0%'} worse than the baseline`);
  else if (gate.compare === 'week-over-week') parts.push(`at most ${gate.maxRegression ?? '0%'} worse than a week ago`);
  if (gate.min !== undefined) parts.push(`at least ${value(gate.min)}`);
  if (gate.max !== undefined) parts.push(`at most ${value(gate.max)}`);
  if (gate.rollbackAt !== undefined) parts.push(`roll back at ${value(gate.rollbackAt)}`);
  if (gate.window !== undefined) parts.push(`over ${gate.window}`);
  return parts.join(', ') || 'watched';
}

export function gateText(gate: Gate, plan: RolloutPlan): string {
  switch (gateKind(gate)) {
    case 'metric':
      return metricGateText(gate, plan);
    case 'check':
      return `check "${gate.check}" succeeds`;
    case 'signoff': {
      const count = gate.count ?? 1;
      const who = (gate.signoff ?? []).join(', ');
      const author = gate.allowAuthor ? '' : ' (not the author)';
      return `${count} sign-off${count === 1 ? '' : 's'} from ${who}${author}`;
    }
    case 'manual':
      return gate.manual ?? '';
  }
}
