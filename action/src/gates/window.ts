// A metric's aggregation window. A query may say `{window}` where the window belongs
// (`rate(errors_total[{window}])`): the gate's `window:` fills it in, else the metric's,
// so one catalogue query serves gates that look over different spans. Shared queries are
// keyed on the filled-in text, so the dedupe unit is the (query, window) pair.
import type { Gate, Metric } from '../plan/schema.ts';

export const WINDOW_PLACEHOLDER = '{window}';

export function effectiveWindow(gate: Pick<Gate, 'window'>, metric: Pick<Metric, 'window'>): string | undefined {
  return gate.window ?? metric.window;
}

/** The query with `{window}` replaced; unchanged when there is no window to put in. */
export function fillWindow(query: string, window: string | undefined): string {
  return window === undefined ? query : query.split(WINDOW_PLACEHOLDER).join(window);
}
