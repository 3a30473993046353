// The syntax of a GitHub handle as plans and lessons write it: a user (`@alice`) or a team
// (`@org/team`). The plan schema validates handles with it; the text layer finds them in prose.
const HANDLE = '@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?';

/** A whole string that is one handle (the plan schema's `pattern`). */
export const HANDLE_PATTERN = `^${HANDLE}$`;

/** Every handle inside free text. Global: use with matchAll or replace. */
export const HANDLE_IN_TEXT = new RegExp(HANDLE, 'g');

/** A login or handle in one spelling for comparing, as GitHub compares them: lower case, no leading `@`. */
export function loginKey(handle: string): string {
  return handle.toLowerCase().replace(/^@/, '');
}
