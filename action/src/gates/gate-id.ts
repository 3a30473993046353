// Stable ids for a phase's gates: the gate's own `id`, else one derived from what it
// checks (`metric-error-rate`, `check-integration-tests`, `signoff`, `manual`). Ids key
// measurements, sign-offs and ticks, so they survive gates being reordered.
import { classifyGate } from '../plan/gate-kind.ts';
import type { Gate, Phase } from '../plan/schema.ts';
import { idSlugWithin } from '../text/slug.ts';

const MAX_SLUG_CHARS = 48;

function slug(text: string): string {
  return idSlugWithin(text, MAX_SLUG_CHARS) || 'gate';
}

function derivedId(gate: Gate): string {
  const classified = classifyGate(gate);
  switch (classified?.kind) {
    case 'metric':
      return `metric-${slug(classified.gate.metric)}`;
    case 'check':
      return `check-${slug(classified.gate.check)}`;
    case 'signoff':
    case 'manual':
      return classified.kind;
    case undefined:
      return 'gate';
  }
}

/** The id of every gate of the phase, in order. Explicit ids win; derived ones get `-2`, `-3` when repeated. */
export function gateIds(phase: Pick<Phase, 'gates'>): string[] {
  const gates = phase.gates ?? [];
  const taken = new Set(gates.flatMap((g) => (g.id ? [g.id] : [])));
  return gates.map((gate) => {
    if (gate.id) return gate.id;
    const base = derivedId(gate);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
