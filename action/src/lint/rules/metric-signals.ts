// Policy rule metric-signals: the metrics catalogue holds at least one `signal: positive` and one
// `signal: negative` metric. Reported at the `metrics:` key, once per missing signal.
import type { Rule, RuleFinding } from '../rule.ts';

export const metricSignals: Rule = {
  id: 'metric-signals',
  title: 'Both positive and negative signals are defined',
  defaultSeverity: 'error',
  rationale:
    'Negative signals (errors, latency) show harm; positive signals (hit rate, success) show the new code actually runs. Watching only errors cannot tell "healthy" from "never executed", and watching only success misses collateral damage.',
  fix: 'Define at least one metric with `signal: positive` and one with `signal: negative` under `metrics:`.',
  comparesAcross: ['metrics'],
  check(plan) {
    const signals = new Set(Object.values(plan.metrics).map((m) => m.signal));
    const out: RuleFinding[] = [];
    for (const signal of ['positive', 'negative'] as const) {
      if (!signals.has(signal)) {
        out.push({
          path: ['metrics'],
          anchor: 'key',
          message: `the metrics catalogue has no ${signal} signal`,
          expected: `a metric with \`signal: ${signal}\``,
          hint:
            signal === 'positive'
              ? 'add a hit-rate or success metric that proves the new path runs'
              : 'add an error-rate or latency metric that shows harm',
        });
      }
    }
    return out;
  },
};
