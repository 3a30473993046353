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
import { analysisLimits, isDue } from './analysis.ts';
import { type GateReading, toReading, type WatchRecord } from './readings.ts';

export interface WatchPhaseInput {
  plan: RolloutPlan;
  phaseId: string;
  at: Date;
  resolve: SourceResolver;
  /** Provider names that are configured (`prometheus`, `http-json`, `json-file`). */
  configured: ReadonlySet<string>;
  /** The phase's stored record: its gates' last changes decide which are due (their `interval`). */
  previous?: WatchRecord;
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

/**
 * The readings of the phase's metric gates whose provider is configured, in plan order. A gate
 * whose `interval` has not passed since its stored reading last changed is not queried: it comes
 * back `kept`, and the record keeps what it showed (watch/analysis.ts).
 */
export async function readPhaseGates(input: WatchPhaseInput): Promise<GateReading[]> {
  const { plan, at, configured } = input;
  const phase = plan.phases.find((p) => p.id === input.phaseId);
  if (!phase) return [];
  const ids = gateIds(phase);
  const stored = new Map((input.previous?.gates ?? []).map((g) => [g.gate, g]));
  const watched = (phase.gates ?? []).flatMap((gate, i) => {
    const classified = classifyGate(gate);
    if (classified?.kind !== 'metric') return [];
    const metric = own(plan.metrics, classified.gate.metric);
    if (!metric || !configured.has(metric.provider)) return [];
    const limits = analysisLimits(plan, gate);
    const old = stored.get(ids[i]!);
    return [{ gate, id: ids[i]!, limits, old, due: !old || isDue(old.countedAt, limits, at) }];
  });
  const only = new Set(watched.filter((w) => w.due).map((w) => w.id));
  const measurements =
    only.size === 0
      ? {}
      : await collectPhaseMeasurements({ plan, phase, at, resolve: input.resolve, history: false, only });
  const context = { plan, phase, at, facts: {}, pr: {}, measurements };
  const act = phaseResponse(plan, phase) === 'roll-forward' ? 'roll forward' : 'roll back';
  return watched.flatMap(({ gate, id, limits, old, due }) => {
    if (!due && old) return [{ ...old, kept: true as const }];
    const result = evaluateGate(gate, id, context);
    const reading = toReading(result, result.metric ? describeThresholds(result.metric, act) : '', limits);
    return reading ? [reading] : [];
  });
}
