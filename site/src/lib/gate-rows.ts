// One gate table per phase: the plan's own gates (metric, check, sign-off, manual) and the gates
// lessons add, in one list of rows. Kinds and sentences come from the engine's one gate
// classification (classifyGate, describeGate), as in checklist issues. The same gate added by
// several lessons is one row naming every lesson; so is the same guard in the guards list.
import {
  type AppliedGuard,
  classifyGate,
  describeGate,
  type Gate,
  type Response,
  type RolloutPlan,
} from '../../../action/src/site-api.ts';

type GuardWhy = AppliedGuard['why'];

export type GateRowKind = 'metric' | 'check' | 'signoff' | 'manual';

export interface GateRow {
  /** A gate of no kind (validation rejects it) is shown as manual. */
  kind: GateRowKind;
  /** What the gate asks, from describeGate. Raw text. */
  text: string;
  /** The metric a metric gate reads, for the link to the catalogue. */
  metric?: string;
  /** The lessons that add this gate; empty for the plan's own. */
  lessons: GuardWhy[];
  /** Set when the plan waives the lesson gate here. */
  waivedBecause?: string;
}

export const GATE_KIND_LABEL: Record<GateRowKind, string> = {
  metric: 'Metric',
  check: 'Check',
  signoff: 'Sign-off',
  manual: 'Confirm',
};

function rowOf(gate: Omit<Gate, 'id'>, plan: RolloutPlan, response: Response): Omit<GateRow, 'lessons'> {
  const classified = classifyGate(gate);
  const kind = classified?.kind ?? 'manual';
  const text = describeGate(gate, plan, response);
  return classified?.kind === 'metric' ? { kind, text, metric: classified.gate.metric } : { kind, text };
}

/** Items that say the same thing (same kind, text and waiver), merged, keeping first-seen order. */
export function groupBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.values()];
}

/** `response`: how the phase answers a crossed rollback threshold (roll forward where it cannot be undone). */
export function phaseGateRows(
  plan: RolloutPlan,
  gates: readonly Gate[],
  guards: readonly AppliedGuard[],
  response: Response = 'roll-back',
): GateRow[] {
  const own = gates.map((gate) => ({ ...rowOf(gate, plan, response), lessons: [] }));
  const added = guards.flatMap((guard) => (guard.action.kind === 'gate' ? [{ guard, gate: guard.action.gate }] : []));
  const grouped = groupBy(
    added,
    ({ guard, gate }) => `${describeGate(gate, plan, response)}\u0000${guard.waived?.reason ?? ''}`,
  );
  const fromLessons = grouped.map((group) => {
    const first = group[0]!;
    const row: GateRow = { ...rowOf(first.gate, plan, response), lessons: group.map(({ guard }) => guard.why) };
    if (first.guard.waived) row.waivedBecause = first.guard.waived.reason;
    return row;
  });
  return [...own, ...fromLessons];
}

/** Guards other than gates (those are in the gate table), the same guard from several lessons merged. */
export function groupedGuards(guards: readonly AppliedGuard[]): { guard: AppliedGuard; whys: GuardWhy[] }[] {
  const others = guards.filter((g) => g.action.kind !== 'gate');
  return groupBy(others, (g) => `${g.action.kind}\u0000${g.summary}\u0000${g.waived?.reason ?? ''}`).map((group) => ({
    guard: group[0]!,
    whys: group.map((g) => g.why),
  }));
}
