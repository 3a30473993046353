// Production readiness (plan `readiness`): the answers to the production readiness questions,
// escaped for the runbook. null when the plan has no readiness section.

import type { RolloutPlan } from '../../plan/schema.ts';
import type { Readiness } from '../../plan/schema-readiness.ts';
import { cell, code, optionalText, text } from './format.ts';
import type { ReadinessView } from './types.ts';

export function readinessView(plan: RolloutPlan): ReadinessView | null {
  const readiness: Readiness | undefined = plan.readiness;
  if (!readiness) return null;
  const { upgrade, scalability, monitoring } = readiness;
  return {
    upgrade: upgrade
      ? { how: text(upgrade.how), downgrade: text(upgrade.downgrade), tested: optionalText(upgrade.tested) }
      : null,
    versionSkew: optionalText(readiness.versionSkew),
    scalability: scalability
      ? {
          load: optionalText(scalability.load),
          resources: optionalText(scalability.resources),
          limits: optionalText(scalability.limits),
        }
      : null,
    troubleshooting: (readiness.troubleshooting ?? []).map((mode) => ({
      failure: cell(mode.failure),
      detect: cell(mode.detect),
      mitigate: cell(mode.mitigate),
    })),
    dependencies: (readiness.dependencies ?? []).map((dependency) => ({
      name: cell(dependency.name),
      ifUnavailable: cell(dependency.ifUnavailable),
    })),
    monitoring: monitoring
      ? {
          health: text(monitoring.health),
          metrics: (monitoring.metrics ?? []).map(code),
          alerts: (monitoring.alerts ?? []).map(text),
        }
      : null,
  };
}
