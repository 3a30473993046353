// What an unknown rule id is told, wherever one is named: a configuration's `rules`, a plan's
// waiver, a lesson's `raise`, `rollbook explain <rule>`. One home, so every place suggests alike.
import { didYouMean } from '../plan/suggest.ts';
import { RULES, RULES_BY_ID } from './rules.ts';

/** Rules offered for a word of their ids: `bake` names two, and more would be a list to read. */
const MAX_RULES_FOR_A_WORD = 4;

/** What an unknown rule id is expected to be. */
export const RULE_ID_EXPECTED = 'a rule id; `rollbook explain` lists them';

/**
 * The rule `id` most likely meant: the few whose ids have it as a word (`freeze` →
 * freeze-landing; `signoff` → production-signoff, signoff-not-author), else one it is a typo or
 * abbreviation of.
 */
export function ruleSuggestion(id: string): string | undefined {
  const word = id.toLowerCase();
  const ids = RULES.map((r) => r.id).filter((ruleId) => ruleId.split('-').includes(word));
  if (ids.length === 1) return `did you mean "${ids[0]}"?`;
  if (ids.length > 1 && ids.length <= MAX_RULES_FOR_A_WORD) return `rules about ${word}: ${ids.join(', ')}`;
  return didYouMean(id, RULES_BY_ID.keys());
}

/** The hint for an unknown rule id in a file. */
export const unknownRuleHint = (id: string): string => ruleSuggestion(id) ?? 'run `rollbook explain` for the list';
