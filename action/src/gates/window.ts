// A metric's aggregation window. A query may say `{window}` where the window belongs
// (`rate(errors_total[{window}])`): the gate's `window:` fills it in, else the metric's
// (plan/gate-defaults.ts `effectiveWindow`), so one catalogue query serves gates that look over
// different spans. Shared queries are keyed on the filled-in text, so the dedupe unit is the
// (query, window) pair.
export const WINDOW_PLACEHOLDER = '{window}';

/** The query with `{window}` replaced; unchanged when there is no window to put in. */
export function fillWindow(query: string, window: string | undefined): string {
  return window === undefined ? query : query.split(WINDOW_PLACEHOLDER).join(window);
}
