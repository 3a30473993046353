// What a gate means where it leaves a field out. The schema makes `count`, `compare`, `window`
// and `allowAuthor` optional; this is the one place that says what their absence means, so the
// gate engine, the checklist, the runbook and the checks cannot each pick their own default.
import type { Gate, Metric } from './schema.ts';

/** Sign-offs a gate needs when it does not say `count`. */
export const DEFAULT_SIGNOFF_COUNT = 1;

/** How a metric gate compares when it does not say `compare`: against its own min/max. */
export const DEFAULT_COMPARE = 'absolute' satisfies NonNullable<Gate['compare']>;

/** How many sign-offs the gate needs: its `count`, else one (never fewer than one). */
export function signoffsNeeded(gate: Pick<Gate, 'count'>): number {
  return Math.max(1, gate.count ?? DEFAULT_SIGNOFF_COUNT);
}

/** What the metric gate compares against: absolute thresholds, the baseline query or last week. */
export function compareMode(gate: Pick<Gate, 'compare'>): NonNullable<Gate['compare']> {
  return gate.compare ?? DEFAULT_COMPARE;
}

/**
 * The window the gate looks over: its own `window`, else its metric's. A query's `{window}` is
 * filled with it (gates/window.ts).
 */
export function effectiveWindow(
  gate: Pick<Gate, 'window'>,
  metric: Pick<Metric, 'window'> | undefined,
): string | undefined {
  return gate.window ?? metric?.window;
}

/**
 * May the change's author sign off this gate? The gate's `allowAuthor` when it says; else what
 * the repository allows by default (the action's `allow-author-signoff`; false without it).
 */
export function authorMaySignOff(gate: Pick<Gate, 'allowAuthor'>, authorsByDefault = false): boolean {
  return gate.allowAuthor ?? authorsByDefault;
}
