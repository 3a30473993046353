// Policy rule production-readiness: a plan with a production phase answers every section of
// `readiness:` (READINESS_SECTIONS). Reported once, at the first production phase's environment.
import { READINESS_SECTIONS } from '../../plan/schema-readiness.ts';
import type { Rule } from '../rule.ts';

const listOf = (items: readonly string[], conjunction: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;

export const productionReadiness: Rule = {
  id: 'production-readiness',
  title: 'A plan that reaches production answers the production readiness questions',
  defaultSeverity: 'warning',
  rationale:
    'Reviews of production incidents keep finding the same unanswered questions: can it be downgraded, what happens while old and new versions mix, what it costs at full load, how it fails and how that shows, what it depends on, and how anyone can tell it works. The Kubernetes production readiness review asks them before a feature reaches users; the answers are what the on-call engineer needs at 3 a.m.',
  fix: 'Add a `readiness:` section with upgrade (how and downgrade), versionSkew, scalability, troubleshooting, dependencies and monitoring. Set the rule to `error` in rollbook.config.yaml to require it, or `off` where it does not apply.',
  check(plan) {
    const readiness = plan.readiness;
    const missing = READINESS_SECTIONS.filter((s) => readiness?.[s.key] === undefined).map((s) => s.title);
    if (missing.length === 0) return [];
    // Once per plan, at the phase that first reaches production: the section is the plan's.
    const p = plan.phases.findIndex((phase) => phase.environment === 'production');
    if (p < 0) return [];
    const phase = plan.phases[p]!;
    return [
      readiness === undefined
        ? {
            path: ['phases', p, 'environment'],
            message: `phase "${phase.id}" goes to production, and the plan has no \`readiness\` section`,
            expected: 'a `readiness:` section answering the production readiness questions',
            hint: 'add `readiness:` with upgrade, versionSkew, scalability, troubleshooting, dependencies and monitoring (docs/plan-format.md#readiness)',
          }
        : {
            path: ['phases', p, 'environment'],
            message: `phase "${phase.id}" goes to production, and the plan's readiness does not cover ${listOf(missing, 'or')}`,
            expected: `readiness answers for ${listOf(missing, 'and')}`,
            hint: 'add the missing parts under `readiness:` (docs/plan-format.md#readiness)',
          },
    ];
  },
};
