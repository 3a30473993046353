// What a sync run watches: on `schedule` and `workflow_dispatch` events, the metric gates of every
// active phase whose provider the action's inputs configure (`prometheus-url`, `metrics-file`),
// through one shared query pool so identical (query, window) requests go out once per run.
// Which providers are configured is known on every event: the phase issues say on every run which
// metric gates Rollbook ticks from the data (checklist/measured.ts), so an issue edit or a push
// does not flip them. http-json metrics are watched only with `watch-http-json: true`: their URL
// sits in the plan, and every fetch keeps the provider's guards (public addresses only unless
// `http-json-allow-private`, the token only to its listed origins; ADR 24).

import type { RolloutPhase } from '../../checklist/rollout-state.ts';
import { planSources, type SourceResolver } from '../../gates/collect.ts';
import { createProviders, SharedQueries } from '../../gates/providers/index.ts';
import type { ActionContext } from '../context.ts';
import type { ReportInputs } from '../report/inputs.ts';
import { providerSettings } from '../report/session.ts';
import type { SyncInputs } from './inputs.ts';

/** Events on which a sync also reads the gates of active phases. */
export const WATCH_EVENTS: ReadonlySet<string> = new Set(['schedule', 'workflow_dispatch']);

export interface SyncWatch {
  resolve: SourceResolver;
  configured: ReadonlySet<string>;
  pool: SharedQueries;
}

/** The providers the watch reads, each configured (or opted into) by an action input; the same on every event. */
export function watchedProviders(
  inputs: Pick<ReportInputs, 'prometheusUrl' | 'metricsFile'>,
  sync: Pick<SyncInputs, 'watchHttpJson'>,
): ReadonlySet<string> {
  const names = new Set<string>();
  if (inputs.prometheusUrl) names.add('prometheus');
  if (inputs.metricsFile) names.add('json-file');
  if (sync.watchHttpJson) names.add('http-json');
  return names;
}

/** The watch of this run, or undefined when the event does not call for one or nothing is configured. */
export function syncWatch(ctx: ActionContext): SyncWatch | undefined {
  if (!WATCH_EVENTS.has(ctx.event.name)) return undefined;
  const configured = watchedProviders(ctx.inputs.report, ctx.inputs.sync);
  if (configured.size === 0) return undefined;
  const pool = new SharedQueries();
  const providers = createProviders(providerSettings(ctx.inputs.report, ctx.cwd), pool);
  return { resolve: planSources(providers), configured, pool };
}

/** A phase is watched while it runs: activated (verified tick), neither done nor rolled back. */
export function isActivePhase(phase: RolloutPhase): boolean {
  return (
    phase.activation.ticked && (phase.state === 'in-progress' || phase.state === 'baking' || phase.state === 'ready')
  );
}
