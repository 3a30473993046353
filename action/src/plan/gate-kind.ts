// What a gate checks. A plan gate (and a lesson's gate guard) checks exactly one of a metric, a
// GitHub check, sign-offs or a condition a person confirms. This is the one place that tells
// which: every module switches on `classifyGate(gate)?.kind` instead of testing fields. It also
// holds `describeGate`, the one plain-text line for a gate (checklist items, the site, lesson
// summaries). The runbook's Markdown gate table is a richer rendering of the same kinds
// (render/view/gates.ts). plan/crossref.ts and lessons/check-lesson.ts report gates of no kind or
// of several, using `gateKindsOf`; for such a gate `classifyGate` takes metric, check, signoff,
// manual in that order, or undefined when it has none.

import { formatThreshold } from '../text/number.ts';
import { plural } from '../text/plural.ts';
import { authorMaySignOff, signoffsNeeded } from './gate-defaults.ts';
import type { Response } from './reversibility.ts';
import { type Gate, MetricGate, type RolloutPlan } from './schema.ts';

export const GATE_KINDS = ['metric', 'check', 'signoff', 'manual'] as const;
export type GateKind = (typeof GATE_KINDS)[number];

/** The fields that say what a gate checks; plan gates and lesson gate guards both have them. */
export type GateKindFields = Pick<Gate, GateKind>;

/** A gate with the field of its kind known to be set. `G` keeps the caller's gate type. */
export type ClassifiedGate<G extends GateKindFields = Gate> =
  | { kind: 'metric'; gate: G & { metric: string } }
  | { kind: 'check'; gate: G & { check: string } }
  | { kind: 'signoff'; gate: G & { signoff: string[] } }
  | { kind: 'manual'; gate: G & { manual: string } };

/** The fields only a metric gate may set, in schema order. */
export const METRIC_ONLY_FIELDS = Object.keys(MetricGate).filter((field) => field !== 'metric') as Exclude<
  keyof typeof MetricGate,
  'metric'
>[];

/** Every kind the gate sets; a valid gate sets exactly one. */
export function gateKindsOf(gate: GateKindFields): GateKind[] {
  return GATE_KINDS.filter((kind) => gate[kind] !== undefined);
}

/** The gate's kind, with its field narrowed; undefined for a gate that checks nothing (invalid). */
export function classifyGate<G extends GateKindFields>(gate: G): ClassifiedGate<G> | undefined {
  if (gate.metric !== undefined) return { kind: 'metric', gate: gate as G & { metric: string } };
  if (gate.check !== undefined) return { kind: 'check', gate: gate as G & { check: string } };
  if (gate.signoff !== undefined) return { kind: 'signoff', gate: gate as G & { signoff: string[] } };
  if (gate.manual !== undefined) return { kind: 'manual', gate: gate as G & { manual: string } };
  return undefined;
}

/** True when the gate is of `kind`, narrowing its field. */
export function isGateOfKind<G extends GateKindFields, K extends GateKind>(
  gate: G,
  kind: K,
): gate is Extract<ClassifiedGate<G>, { kind: K }>['gate'] {
  return classifyGate(gate)?.kind === kind;
}

function ops(comparator: string, value: number | undefined, unit: string | undefined): string[] {
  return value === undefined ? [] : [`${comparator} ${formatThreshold(value, unit)}`];
}

/**
 * One plain line on what a gate asks for, e.g. `error_rate ≤ 1%, roll back at 5% over 1h`,
 * `Check ci succeeded`, `2 sign-offs from @a, @b (not the author)`. Raw text: callers escape it.
 * With `plan`, metric values read in the catalogue's unit as reports show them (a ratio as a
 * percentage). `response` words the rollback threshold: `roll forward at` in a phase that cannot
 * be undone (plan/reversibility.ts).
 */
export function describeGate(gate: Omit<Gate, 'id'>, plan?: RolloutPlan, response: Response = 'roll-back'): string {
  const classified = classifyGate(gate);
  switch (classified?.kind) {
    case 'manual':
      return classified.gate.manual;
    case 'check':
      return `Check ${classified.gate.check} succeeded`;
    case 'signoff': {
      const count = signoffsNeeded(gate);
      const author = authorMaySignOff(gate) ? '' : ' (not the author)';
      return `${plural(count, 'sign-off')} from ${classified.gate.signoff.join(', ')}${author}`;
    }
    case 'metric': {
      const { metric } = classified.gate;
      const unit = plan && Object.hasOwn(plan.metrics, metric) ? plan.metrics[metric]?.unit : undefined;
      const parts = [...ops('≤', gate.max, unit), ...ops('≥', gate.min, unit)];
      if (gate.compare === 'baseline' || gate.compare === 'week-over-week') {
        const against = gate.compare === 'baseline' ? 'the baseline' : 'last week';
        parts.push(`at most ${gate.maxRegression ?? '0%'} worse than ${against}`);
      }
      parts.push(...ops(response === 'roll-forward' ? 'roll forward at' : 'roll back at', gate.rollbackAt, unit));
      const window = gate.window ? ` over ${gate.window}` : '';
      return `${metric}${parts.length ? ` ${parts.join(', ')}` : ''}${window}`;
    }
    case undefined:
      return 'Gate';
  }
}
