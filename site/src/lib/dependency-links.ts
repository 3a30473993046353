// `dependsOn: [plan/phase]` links to that phase's section when the site has that plan and phase.
// The index of every plan's phase ids is built once per build, not once per plan page.
import { lastCallMemo } from './build-memo.ts';
import type { PlanEntry } from './types.ts';
import { sitePaths } from './urls.ts';

const phaseIdsByPlan = lastCallMemo(
  (plans: readonly PlanEntry[]) =>
    new Map(plans.map(({ plan }) => [plan.metadata.name, new Set(plan.phases.map((p) => p.id))])),
);

/** The page of `plan/phase` among `plans`, or undefined when the site has no such phase. */
export function dependencyHref(plans: readonly PlanEntry[], base: string, ref: string): string | undefined {
  const [name = '', id = ''] = ref.split('/');
  return phaseIdsByPlan(plans).get(name)?.has(id) ? sitePaths(base).phase(name, id) : undefined;
}
