// Which way is good for a metric: its `direction` when the plan says, else higher for a positive
// signal and lower for a negative one. The one reading of those two fields: gate verdicts,
// runbooks and plan checks all ask here, so a runbook never says "below" where the gate rolls
// back above.
import type { Metric } from './schema.ts';

export type Direction = 'higher-is-better' | 'lower-is-better';

export function metricDirection(metric: Pick<Metric, 'direction' | 'signal'>): Direction {
  return metric.direction ?? (metric.signal === 'positive' ? 'higher-is-better' : 'lower-is-better');
}

/** Is `value` strictly on the bad side of `limit`? */
export function isWorseThan(value: number, limit: number, direction: Direction): boolean {
  return direction === 'lower-is-better' ? value > limit : value < limit;
}

/** The side of a threshold a bad reading lies on: `above` where lower is better. */
export function worseSide(direction: Direction): 'above' | 'below' {
  return direction === 'lower-is-better' ? 'above' : 'below';
}

/** `higher` or `lower`: which readings are good, in a word (the runbook's "Good when", the site's catalogue). */
export function goodWhen(metric: Pick<Metric, 'direction' | 'signal'>): 'higher' | 'lower' {
  return metricDirection(metric) === 'higher-is-better' ? 'higher' : 'lower';
}
