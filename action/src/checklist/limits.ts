// Every limit the checklist issues respect, in one place. GitHub's own limits come first; the
// rest are Rollbook's choices, sized so that a realistic plan plus its audit trail stays far
// below the body limit and degrading (size.ts) is the exception.

/** GitHub rejects an issue body longer than this (characters; a UTF-16 length is never shorter). */
export const MAX_BODY_CHARS = 65_536;
/** GitHub truncates issue titles at 256 characters. */
export const MAX_TITLE_CHARS = 256;
/** GitHub label names are at most 50 characters. */
export const MAX_LABEL_CHARS = 50;

/** Audit entries kept verbatim in the state block; older ones are folded into a summary. */
export const MAX_AUDIT_ENTRIES = 100;
/** Audit entries kept when a body has to shrink to fit MAX_BODY_CHARS. */
export const MIN_AUDIT_ENTRIES = 10;

/** Longest slug taken from a checklist item's or exit criterion's text when it has no id. */
export const MAX_ITEM_SLUG_CHARS = 48;
/** Item texts are cut to this many characters at the `truncate` degrade level. */
export const TRUNCATED_TEXT_CHARS = 160;
/** …and to this many at the `minimal` level. */
export const MINIMAL_TEXT_CHARS = 48;
