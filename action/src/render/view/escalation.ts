// Who to call and what the plan's default response to a bad metric is.
import type { RolloutPlan } from '../../plan/schema.ts';
import type { TextMd } from '../../text/brands.ts';
import { mention } from '../../text/markdown-inline.ts';
import { cell, EMPTY_CELL, md, numberText, optionalText } from './format.ts';
import type { ContactRow, PolicyView } from './types.ts';

export function contactRows(plan: RolloutPlan): ContactRow[] {
  return plan.escalation.map((contact) => ({
    name: cell(contact.name),
    // Escalation handles are named by the plan to be reached: they may ping.
    handle: contact.handle === undefined ? EMPTY_CELL : mention(contact.handle),
    role: cell(contact.role),
    reach: cell(contact.reach),
  }));
}

function decision(plan: RolloutPlan): TextMd {
  const minutes = plan.policy.maxRollbackMinutes;
  const within = minutes === undefined ? ('' as TextMd) : md<TextMd>`, within ${numberText(minutes)} minutes`;
  return plan.policy.prefer === 'roll-forward'
    ? ('Roll forward: fix the fault with a new change rather than undoing the rollout.' as TextMd)
    : md<TextMd>`Roll back: undo this phase's steps, last first${within}.`;
}

export function policyView(plan: RolloutPlan): PolicyView {
  const { policy } = plan;
  return {
    preferRollback: policy.prefer !== 'roll-forward',
    decision: decision(plan),
    rollForwardWhenLabel: (policy.prefer === 'roll-forward' ? 'Roll forward when' : 'Roll forward only when') as TextMd,
    rollForwardWhen: optionalText(policy.rollForwardWhen),
    keepOldData: optionalText(policy.keepOldData),
    maxRollbackMinutes: typeof policy.maxRollbackMinutes === 'number' ? policy.maxRollbackMinutes : null,
  };
}
