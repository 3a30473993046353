// The `sync` command's inputs, read once with the others (see ../inputs.ts): who may sign off
// beyond the approvers a plan names, lesson drafts, and whether the watch reads http-json gates.

/** Permissions that may stand in for membership of a team the token cannot read. */
export const SIGNOFF_PERMISSIONS = ['triage', 'write', 'maintain', 'admin'] as const;
export type SignoffPermission = (typeof SIGNOFF_PERMISSIONS)[number];

/** Where a rolled-back phase's draft lesson goes (lesson-drafts.ts); off unless asked for. */
export const LESSON_DRAFT_MODES = ['off', 'pull-request', 'issue'] as const;
export type LessonDraftMode = (typeof LESSON_DRAFT_MODES)[number];

export interface SyncInputs {
  /** Open a draft lesson for each rollback: as a pull request (falling back to an issue), as an issue, or not. */
  lessonDrafts: LessonDraftMode;
  /**
   * For approver teams whose membership the token cannot read: accept people with at least this
   * repository permission. Unset: refuse them (and say who may sign off).
   */
  signoffPermission?: SignoffPermission;
  /** May authors sign off their own change where the gate does not say (`allowAuthor`)? */
  allowAuthorSignoff: boolean;
  /**
   * Let the watch read (and tick) `provider: http-json` gates. Off by default: their URLs come
   * from plans, so watching them starts outbound requests on every schedule (sync/watch.ts).
   */
  watchHttpJson: boolean;
}

/** Thrown by the caller's InputError; passed in so this module does not import inputs.ts (a cycle). */
type Fail = (message: string) => never;

export function readSyncInputs(getInput: (name: string) => string, fail: Fail): SyncInputs {
  const permission = getInput('signoff-permission').trim();
  if (permission && !(SIGNOFF_PERMISSIONS as readonly string[]).includes(permission))
    fail(`input "signoff-permission" must be empty or one of ${SIGNOFF_PERMISSIONS.join(', ')} (got "${permission}")`);
  const author = (getInput('allow-author-signoff') || 'false').toLowerCase();
  if (author !== 'true' && author !== 'false')
    fail(`input "allow-author-signoff" must be true or false (got "${author}")`);
  const watchHttpJson = (getInput('watch-http-json') || 'false').toLowerCase();
  if (watchHttpJson !== 'true' && watchHttpJson !== 'false')
    fail(`input "watch-http-json" must be true or false (got "${watchHttpJson}")`);
  const drafts = (getInput('lesson-drafts') || 'off').trim();
  if (!(LESSON_DRAFT_MODES as readonly string[]).includes(drafts))
    fail(`input "lesson-drafts" must be one of ${LESSON_DRAFT_MODES.join(', ')} (got "${drafts}")`);
  return {
    lessonDrafts: drafts as LessonDraftMode,
    ...(permission ? { signoffPermission: permission as SignoffPermission } : {}),
    allowAuthorSignoff: author === 'true',
    watchHttpJson: watchHttpJson === 'true',
  };
}
