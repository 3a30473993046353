// A metric gate's threshold outside 0 to 1 on a metric whose unit is a ratio. A ratio is a
// fraction of 1 and reads as a percentage in runbooks and reports (text/number.ts), so a
// threshold written as a percentage (`min: 99`) is 9,900%: the gate never passes, or never fails.
// A warning, not an error: a ratio of two rates (canary latency over the control's) may pass 1.
import { isGateOfKind } from '../../plan/gate-kind.ts';
import { own } from '../../plan/own.ts';
import { formatThreshold, isRatioUnit } from '../../text/number.ts';
import type { Rule, RuleFinding } from '../rule.ts';

const THRESHOLD_KEYS = ['max', 'min', 'rollbackAt'] as const;

/** `99` → `0.99`: the percentage a threshold above 1 most likely meant, as a fraction. */
function asFraction(value: number): number {
  return Number((value / 100).toPrecision(12));
}

export interface RatioThresholdProblem {
  key: (typeof THRESHOLD_KEYS)[number];
  /** As the plan writes it: `min: 99`. */
  written: string;
  /** What that value is in the metric's unit: `9,900%`. */
  means: string;
  message: string;
  expected: string;
  hint: string;
}

/**
 * The thresholds of a metric gate that a metric of `unit` cannot mean: outside 0 to 1 on a
 * ratio. Plans' gates (this rule) and lessons' guard gates (lessons/lint-guards.ts, against
 * each plan's catalogue) are judged by this one function.
 */
export function ratioThresholdProblems(
  gate: Partial<Record<RatioThresholdProblem['key'], number>>,
  metric: string,
  unit: string | undefined,
): RatioThresholdProblem[] {
  if (unit === undefined || !isRatioUnit(unit)) return [];
  return THRESHOLD_KEYS.flatMap((key) => {
    const value = gate[key];
    if (value === undefined || (value >= 0 && value <= 1)) return [];
    return [
      {
        key,
        written: `${key}: ${value}`,
        means: formatThreshold(value, unit),
        message: `\`${key}: ${value}\` on "${metric}", a ${unit}, is ${formatThreshold(value, unit)}`,
        expected: `a ${unit} from 0 to 1 (1% is 0.01)`,
        hint:
          value > 1 && value <= 100
            ? `did you mean \`${key}: ${asFraction(value)}\` (${formatThreshold(asFraction(value), unit)})?`
            : `write it as a fraction of 1, or give "${metric}" the unit its values are in`,
      },
    ];
  });
}

export const ratioThreshold: Rule = {
  id: 'ratio-threshold',
  title: 'Thresholds on a ratio are fractions of 1',
  defaultSeverity: 'warning',
  rationale:
    'A metric whose unit is `ratio` (or `fraction`) is a fraction of 1, shown as a percentage. A threshold written as a percentage, `min: 99` for 99%, means 9,900%: a success rate can never reach it, so the gate holds forever, and `max: 5` for an error rate of 5% never fails, so the gate watches nothing.',
  fix: 'Write the threshold as a fraction (`0.99` for 99%), or give the metric the unit its values are in (`%` for percentages, `x` for a multiple).',
  comparesAcross: ['metrics'],
  check(plan) {
    const out: RuleFinding[] = [];
    plan.phases.forEach((phase, p) => {
      (phase.gates ?? []).forEach((gate, g) => {
        if (!isGateOfKind(gate, 'metric')) return;
        for (const { key, ...problem } of ratioThresholdProblems(
          gate,
          gate.metric,
          own(plan.metrics, gate.metric)?.unit,
        ))
          out.push({ path: ['phases', p, 'gates', g, key], ...problem });
      });
    });
    return out;
  },
};
