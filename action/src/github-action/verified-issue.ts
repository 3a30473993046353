// The one trust path for ticks, shared by `sync` and `report`: a phase issue's ticks as GitHub's
// edit history proves them (ADR 7, "Trust model"). When the current body is the action's own
// revision (the batched read says who edited last), its state block is the verified record and
// nothing more is read. Otherwise the history is read back to the last such revision and
// replayed. If the history cannot be read, nothing in the issue counts yet.
import type { AuditEntry, ChecklistState } from '../checklist/state-block.ts';
import { checkpointState, verifyIssueHistory } from '../checklist/verify.ts';
import type { GitHubClient } from '../github/client.ts';
import { readIssueHistory } from '../github/edit-history.ts';
import { errorMessage } from '../github/errors.ts';
import type { IssueRecord } from '../github/issue.ts';
import { sameLogin } from '../github/login.ts';
import type { RepoRef } from '../github/repo.ts';

export type VerifiedIssue =
  | {
      verified: true;
      /** The body verified (the newest revision; newer than the batched read's when someone just edited). */
      body: string;
      /** Ticks with the ticker and time GitHub records, and the audit trail. */
      state: ChecklistState;
      /** What people did since the action's last revision, oldest first. */
      added: AuditEntry[];
      /** Ticked items nobody can be named for. */
      unattributed: string[];
      /** Ticks the current body's state block claims that the record does not bear out. */
      claimed: { itemId: string; by?: string }[];
      /** GraphQL requests the history took (0: the current body is the action's own). */
      reads: number;
      /** The token's login, when a history read learned it. */
      viewer?: string;
      /**
       * The body of the action's own last revision ('' when the history has none): where
       * Rollbook's own records (the watch readings) are read from, never a person's newer edit.
       */
      ownBody: string;
    }
  | { verified: false; body: string; reason: string };

export interface PhaseKey {
  plan: string;
  phase: string;
}

/** Is the issue's current body a revision the action wrote itself? (From the batched GraphQL read.) */
export function isOwnRevision(issue: IssueRecord, viewer: string | undefined): boolean {
  if (!viewer || issue.lastEditedAt === undefined) return false;
  return sameLogin(issue.lastEditedAt === null ? issue.author : issue.editor, viewer);
}

/**
 * The issue's ticks as its edit history proves them. `viewer` is the login whose revisions are
 * Rollbook's own: the token's login in the action (it wrote them with that token); for a reader
 * with someone else's token (`rollbook status`), the action's login, never the reader's, so a
 * person's own edits are never taken for the action's checkpoints. When undefined, the history
 * read's `viewer` is taken.
 */
export async function verifyPhaseIssue(
  github: GitHubClient,
  repo: RepoRef,
  issue: IssueRecord,
  key: PhaseKey,
  viewer: string | undefined,
  /** How the history is read; the portfolio passes one that first uses its batched page. */
  readHistory: typeof readIssueHistory = readIssueHistory,
): Promise<VerifiedIssue> {
  if (isOwnRevision(issue, viewer)) {
    const state = checkpointState(
      { at: issue.lastEditedAt ?? issue.createdAt, editor: viewer!, body: issue.body },
      (login) => sameLogin(login, viewer),
      key.plan,
      key.phase,
    );
    if (state) {
      const unattributed = Object.keys(state.ticks).filter((id) => !state.ticks[id]!.by);
      return {
        verified: true,
        body: issue.body,
        state,
        added: [],
        unattributed,
        claimed: [],
        reads: 0,
        ownBody: issue.body,
      };
    }
  }
  try {
    const history = await readHistory(
      github,
      repo,
      issue.number,
      (revision, me) =>
        checkpointState(revision, (login) => sameLogin(login, viewer ?? me), key.plan, key.phase) !== undefined,
    );
    const actor = viewer ?? history.viewer;
    const result = verifyIssueHistory({
      ...key,
      history,
      isActor: (login) => sameLogin(login, actor),
    });
    return {
      verified: true,
      body: history.body,
      state: result.state,
      added: result.added,
      unattributed: result.unattributed,
      claimed: result.claimed,
      reads: history.pages,
      viewer: history.viewer,
      ownBody: result.checkpoint === undefined ? '' : (history.revisions[result.checkpoint]?.body ?? ''),
    };
  } catch (error) {
    return { verified: false, body: issue.body, reason: errorMessage(error) };
  }
}
