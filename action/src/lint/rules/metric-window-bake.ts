// Policy rule metric-window-bake: a metric gate's window (its own, else its metric's:
// plan/gate-defaults.ts) is no longer than its phase's bake, or the gate judges data from before
// the phase began. Reported at the gate's `window`, else its `metric`.
import { parseDuration } from '../../plan/duration.ts';
import { effectiveWindow } from '../../plan/gate-defaults.ts';
import { isGateOfKind } from '../../plan/gate-kind.ts';
import { own } from '../../plan/own.ts';
import type { Rule, RuleFinding } from '../rule.ts';

export const metricWindowBake: Rule = {
  id: 'metric-window-bake',
  title: "A gated metric's window fits inside the bake time",
  defaultSeverity: 'warning',
  rationale:
    'A metric averaged over a window longer than the bake time still mostly reflects the previous phase: the gate passes on old data and the regression is diluted.',
  fix: "Shorten the metric's `window:` (or the gate's) or lengthen the phase's `bake:`.",
  comparesAcross: ['metrics'],
  check(plan) {
    const out: RuleFinding[] = [];
    plan.phases.forEach((phase, p) => {
      const bake = phase.bake ? parseDuration(phase.bake) : undefined;
      if (bake === undefined) return;
      (phase.gates ?? []).forEach((gate, g) => {
        if (!isGateOfKind(gate, 'metric')) return;
        const window = effectiveWindow(gate, own(plan.metrics, gate.metric));
        const windowMs = window ? parseDuration(window) : undefined;
        if (windowMs !== undefined && windowMs > bake) {
          out.push({
            path: ['phases', p, 'gates', g, gate.window ? 'window' : 'metric'],
            message: `metric "${gate.metric}" is aggregated over ${window}, longer than the ${phase.bake} bake of phase "${phase.id}"`,
            expected: `a window of at most ${phase.bake}`,
            hint: 'set a shorter `window:` on this gate',
          });
        }
      });
    });
    return out;
  },
};
