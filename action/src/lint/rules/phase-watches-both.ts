// Policy rule phase-watches-both: a canary or production phase gates on a positive and a negative
// metric (the catalogue's `signal`). Quiet for a phase gating on a metric the catalogue lacks,
// which is its own error. Reported at the phase's `gates:` key, or its id without gates.
import { metricGates, signalOf } from '../plan-facts.ts';
import type { Rule, RuleFinding } from '../rule.ts';

export const phaseWatchesBoth: Rule = {
  id: 'phase-watches-both',
  title: 'Canary and production phases gate on a positive and a negative metric',
  defaultSeverity: 'error',
  rationale:
    'Where real users are exposed, a phase must prove both that the feature works and that it hurts nothing. A gate on errors alone promotes a feature that silently never ran.',
  fix: 'In each canary or production phase, add a metric gate on a positive signal and one on a negative signal.',
  comparesAcross: ['metrics'],
  check(plan) {
    const out: RuleFinding[] = [];
    plan.phases.forEach((phase, p) => {
      if (phase.environment !== 'canary' && phase.environment !== 'production') return;
      const watched = new Set(metricGates(phase).map((g) => signalOf(plan, g.metric)));
      // A gate on a metric missing from the catalogue is its own error (ref/unknown-metric), and
      // what it watches is not known: it may be the signal that looks missing.
      if (watched.has(undefined)) return;
      for (const signal of ['positive', 'negative'] as const) {
        if (!watched.has(signal)) {
          out.push({
            path: ['phases', p, phase.gates ? 'gates' : 'id'],
            anchor: 'key',
            message: `phase "${phase.id}" exposes ${phase.environment} but gates on no ${signal} metric`,
            expected: `a metric gate on a \`signal: ${signal}\` metric`,
            hint: 'add e.g. `{metric: <name>, min: …}` for a positive signal or `{metric: <name>, max: …}` for a negative one',
          });
        }
      }
    });
    return out;
  },
};
