// Policy rule blast-radius: reads the phases' environments and audiences in order. The first
// phase may not already run in canary or production, and broad production (more than a canary's
// share) needs a limited production phase before it. Reported at the phase's `environment`.
import { isLimitedProduction } from '../plan-facts.ts';
import type { Rule, RuleFinding } from '../rule.ts';

/** A production phase at or below this audience counts as a canary. */
export const CANARY_MAX_PERCENT = 10;

export const blastRadius: Rule = {
  id: 'blast-radius',
  title: 'Blast radius grows: non-production, then canary, then broad production',
  defaultSeverity: 'error',
  rationale:
    'Each phase should risk a little more than the last, so that a bug is met first where it is cheap: a test or staging environment, then a canary slice of production, and only then the rest.',
  fix: `Put at least one dev, test or staging phase first, and a canary phase (environment canary, strategy shadow, or audience up to ${CANARY_MAX_PERCENT}%) before broad production.`,
  comparesAcross: ['phases'],
  check(plan) {
    const out: RuleFinding[] = [];
    const firstProduction = plan.phases.findIndex((p) => p.environment === 'canary' || p.environment === 'production');
    if (firstProduction === 0) {
      out.push({
        path: ['phases', 0, 'environment'],
        message: `the first phase "${plan.phases[0]!.id}" already runs in ${plan.phases[0]!.environment}`,
        expected: 'a dev, test or staging phase before production',
        hint: 'add a staging phase that runs the same steps first',
      });
    }
    const firstBroad = plan.phases.findIndex(
      (p) => p.environment === 'production' && !isLimitedProduction(p, CANARY_MAX_PERCENT),
    );
    if (firstBroad >= 0) {
      const hadCanary = plan.phases
        .slice(0, firstBroad)
        .some((p) => isLimitedProduction(p, CANARY_MAX_PERCENT) && p.environment !== 'staging');
      if (!hadCanary) {
        const phase = plan.phases[firstBroad]!;
        out.push({
          path: ['phases', firstBroad, 'environment'],
          message: `phase "${phase.id}" reaches broad production with no canary before it`,
          expected: `a canary phase first: environment canary, strategy shadow, or audience up to ${CANARY_MAX_PERCENT}%`,
          hint: 'add a phase with `environment: canary`, or give this phase `audience: 5%` and add a broader one after it',
        });
      }
    }
    return out;
  },
};
