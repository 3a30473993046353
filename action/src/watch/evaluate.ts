// Reading an active phase's own metric gates for the watch: the I/O edge (through the resolver
// passed in, whose providers share identical queries) and the gates' verdicts as readings. Only
// gates whose provider is configured are read; the others stay people's to tick.
import { collectPhaseMeasurements, type SourceResolver } from '../gates/collect.ts';
import { evaluateGate } from '../gates/evaluate-gate.ts';
import { gateIds } from '../gates/gate-id.ts';
import { describeThresholds } from '../gates/metric-gate.ts';
import { classifyGate } from '../plan/gate-kind.ts';
import { own } from '../plan/own.ts';
import { phaseResponse } from '../plan/reversibility.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { type GateReading, toReading } from './readings.ts';

export interface WatchPhaseInput {
  plan: RolloutPlan;
  phaseId: string;
  at: Date;
  resolve: SourceResolver;
  /** Provider names that are configured (`prometheus`, `http-json`, `json-file`). */
  configured: ReadonlySet<string>;
}

/** Whether any metric gate of the phase has a configured provider. */
export function isWatched(plan: RolloutPlan, phaseId: string, configured: ReadonlySet<string>): boolean {
  const phase = plan.phases.find((p) => p.id === phaseId);
  return (phase?.gates ?? []).some((gate) => {
    const classified = classifyGate(gate);
    if (classified?.kind !== 'metric') return false;
    const metric = own(plan.metrics, classified.gate.metric);
    return metric !== undefined && configured.has(metric.provider);
  });
}

/** The readings of the phase's metric gates whose provider is configured, in plan order. */
export async function readPhaseGates(input: WatchPhaseInput): Promise<GateReading[]> {
  const { plan, at, configured } = input;
  const phase = plan.phases.find((p) => p.id === input.phaseId);
  if (!phase) return [];
  const measurements = await collectPhaseMeasurements({ plan, phase, at, resolve: input.resolve, history: false });
  const ids = gateIds(phase);
  const context = { plan, phase, at, facts: {}, pr: {}, measurements };
  const act = phaseResponse(plan, phase) === 'roll-forward' ? 'roll forward' : 'roll back';
  return (phase.gates ?? []).flatMap((gate, i) => {
    const classified = classifyGate(gate);
    if (classified?.kind !== 'metric') return [];
    const metric = own(plan.metrics, classified.gate.metric);
    if (!metric || !configured.has(metric.provider)) return [];
    const result = evaluateGate(gate, ids[i]!, context);
    const reading = toReading(result, result.metric ? describeThresholds(result.metric, act) : '');
    return reading ? [reading] : [];
  });
}
