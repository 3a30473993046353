// The prefix of the labels Rollbook writes and reads (`rollbook:plan/…`, `rollbook:phase/…` on
// checklist issues; the plan and phase labels of rollout pull requests). The action's
// `label-prefix` input and the CLI's `--label-prefix` accept the same prefixes, so the CLI finds
// what the action labelled.

export const DEFAULT_LABEL_PREFIX = 'rollbook';

/** What a prefix may be, in words for errors. */
export const LABEL_PREFIX_EXPECTED = '1-31 letters, digits, dots, dashes or underscores';

const LABEL_PREFIX_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,30}$/;

/** Short enough that a label with it stays within GitHub's 50 characters; no `:` or `/`, which labels use. */
export function isLabelPrefix(text: string): boolean {
  return LABEL_PREFIX_PATTERN.test(text);
}
