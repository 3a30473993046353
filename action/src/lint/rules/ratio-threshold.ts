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
        const unit = own(plan.metrics, gate.metric)?.unit;
        if (unit === undefined || !isRatioUnit(unit)) return;
        for (const key of THRESHOLD_KEYS) {
          const value = gate[key];
          if (value === undefined || (value >= 0 && value <= 1)) continue;
          out.push({
            path: ['phases', p, 'gates', g, key],
            message: `\`${key}: ${value}\` on "${gate.metric}", a ${unit}, is ${formatThreshold(value, unit)}`,
            expected: `a ${unit} from 0 to 1 (1% is 0.01)`,
            hint:
              value > 1 && value <= 100
                ? `did you mean \`${key}: ${asFraction(value)}\` (${formatThreshold(asFraction(value), unit)})?`
                : `write it as a fraction of 1, or give "${gate.metric}" the unit its values are in`,
          });
        }
      });
    });
    return out;
  },
};
