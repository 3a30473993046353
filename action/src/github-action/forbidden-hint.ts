// What the action adds after GitHub refused the workflow's token (403): the permissions its
// commands need, as the README's workflows grant them. One place for the words, used where a
// failure is reported (run() and each plan's sync).
import { isForbidden } from '../github/errors.ts';

export const FORBIDDEN_HINT =
  'GitHub refused the workflow token (403): give the job the permissions the README lists for its command (sync: `issues: write`; report: `pull-requests: write`, `statuses: write`, `issues: read`)';

/** `; hint: …` after a 403, else nothing: appended to a failure's line. */
export function forbiddenHint(error: unknown): string {
  return isForbidden(error) ? `; hint: ${FORBIDDEN_HINT}` : '';
}
