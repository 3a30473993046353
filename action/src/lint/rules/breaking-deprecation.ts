// Policy rule breaking-deprecation: a plan with `compatibility.breaking: true` lists the
// deprecation stages expand, migrate and contract, in that order. Reported at `deprecation`, or at
// `breaking` when there is none.
import type { Rule } from '../rule.ts';

const STAGES = ['expand', 'migrate', 'contract'] as const;

export const breakingDeprecation: Rule = {
  id: 'breaking-deprecation',
  title: 'A breaking change uses the three-rollout deprecation',
  defaultSeverity: 'error',
  rationale:
    'During a rollout old and new versions run side by side, and a rollback brings the old one back. A breaking format change shipped in one go breaks whichever side reads the other. Splitting it into expand (accept both), migrate (move readers and data) and contract (drop the old) keeps every step reversible.',
  fix: 'Under `compatibility.deprecation`, list three stages in order: expand, migrate, contract (each may point at the plan that carries it out).',
  check(plan) {
    const { compatibility } = plan;
    if (!compatibility.breaking) return [];
    const stages = (compatibility.deprecation ?? []).map((d) => d.stage);
    if (stages.join() === STAGES.join()) return [];
    return [
      {
        path: ['compatibility', compatibility.deprecation ? 'deprecation' : 'breaking'],
        message:
          stages.length === 0
            ? 'the change is breaking but has no deprecation plan'
            : `the deprecation stages are ${stages.join(', ')}, not expand, migrate, contract`,
        expected: 'three stages in order: expand, migrate, contract',
        hint: 'expand: accept old and new; migrate: move readers, writers and data; contract: remove the old format',
      },
    ];
  },
};
