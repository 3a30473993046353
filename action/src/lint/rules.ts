// The registry of policy rules. Ids are stable: plans and configs refer to them.
import type { Rule } from './rule.ts';
import { blastRadius } from './rules/blast-radius.ts';
import { breakingDeprecation } from './rules/breaking-deprecation.ts';
import { deadline } from './rules/deadline.ts';
import { flagDarkLaunch } from './rules/flag-dark-launch.ts';
import { flagFirstRamp } from './rules/flag-first-ramp.ts';
import { freezeLanding } from './rules/freeze-landing.ts';
import { irreversibleRollForward } from './rules/irreversible-roll-forward.ts';
import { kpiMeasurable } from './rules/kpi-measurable.ts';
import { metricSignals } from './rules/metric-signals.ts';
import { metricWindowBake } from './rules/metric-window-bake.ts';
import { metricsPerPhase } from './rules/metrics-per-phase.ts';
import { migrationSafety } from './rules/migration-safety.ts';
import { phaseBake } from './rules/phase-bake.ts';
import { phaseGate } from './rules/phase-gate.ts';
import { phaseWatchesBoth } from './rules/phase-watches-both.ts';
import { productionReadiness } from './rules/production-readiness.ts';
import { productionSignoff } from './rules/production-signoff.ts';
import { rampStages } from './rules/ramp-stages.ts';
import { ratioThreshold } from './rules/ratio-threshold.ts';
import { rollbackRehearsal } from './rules/rollback-rehearsal.ts';
import { signoffNotAuthor } from './rules/signoff-not-author.ts';
import { stepRollback } from './rules/step-rollback.ts';
import { storyNumbers } from './rules/story-numbers.ts';
import { waiverReason } from './rules/waiver-reason.ts';

export const RULES: readonly Rule[] = [
  stepRollback,
  irreversibleRollForward,
  phaseGate,
  phaseBake,
  rollbackRehearsal,
  metricSignals,
  phaseWatchesBoth,
  flagDarkLaunch,
  flagFirstRamp,
  rampStages,
  blastRadius,
  productionSignoff,
  productionReadiness,
  signoffNotAuthor,
  breakingDeprecation,
  migrationSafety,
  metricWindowBake,
  ratioThreshold,
  metricsPerPhase,
  freezeLanding,
  deadline,
  storyNumbers,
  kpiMeasurable,
  waiverReason,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
