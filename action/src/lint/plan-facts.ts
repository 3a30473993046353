// Small derived facts several rules need.
import { phaseExposure } from '../plan/audience.ts';
import { isGateOfKind } from '../plan/gate-kind.ts';
import { own } from '../plan/own.ts';
import type { Gate, Phase, RolloutPlan } from '../plan/schema.ts';

export const BROAD_PRODUCTION_ENVIRONMENTS = new Set(['production']);

export function metricGates(phase: Phase): (Gate & { metric: string })[] {
  return (phase.gates ?? []).filter((g) => isGateOfKind(g, 'metric'));
}

/** Handles that count as "the author" for the self-approval rule. */
export function selfHandles(plan: RolloutPlan): Set<string> {
  const self = plan.metadata.author ? [plan.metadata.author] : plan.metadata.owners;
  return new Set(self.map((h) => h.toLowerCase()));
}

/**
 * A production phase that reaches only part of production (canary-like): its audience, or the
 * shares of its structured targets, add up to at most `limitPercent` of the whole population.
 */
export function isLimitedProduction(phase: Phase, limitPercent: number): boolean {
  if (phase.environment === 'canary' || phase.strategy === 'shadow') return true;
  const exposure = phaseExposure(phase);
  return exposure !== undefined && exposure <= limitPercent;
}

export function signalOf(plan: RolloutPlan, metric: string | undefined): 'positive' | 'negative' | undefined {
  return own(plan.metrics, metric)?.signal;
}

/** How to add the sign-off gate a rule asks for: the plan's own first owner approves, else the example team. */
export function signoffGateHint(plan: RolloutPlan): string {
  const approver = plan.metadata.owners?.[0] ?? '@acme/sre-leads';
  return `add \`{signoff: ["${approver}"], count: 1}\` to its gates`;
}
