// Which of the issues that carry a Rollbook begin marker the action takes for its own: those its
// token opened, those a GitHub App opened (installing one takes an admin), and those opened by
// someone who can write to the repository. A marker is text anyone can type: someone without
// write access who opens an issue with the label and a phase's marker (an issue form can apply
// the label) would otherwise have the sync write that phase's checklist into an issue they may
// edit, and so tick its steps without the right to. Such an issue is left alone and logged; the
// sync opens the phase's issue as if it were not there, and the report does not read it.
// An issue whose author is not known (the REST fallback does not say) is taken, as before.

import { collaboratorPermission, type Permission } from '../github/access.ts';
import type { GitHubClient } from '../github/client.ts';
import type { IssueRecord } from '../github/issue.ts';
import { sameLogin } from '../github/login.ts';
import type { RepoRef } from '../github/repo.ts';
import type { Logger } from '../runtime/logger.ts';
import { readIssueKey } from '../text/markers.ts';

/** Repository permissions that may edit any issue anyway: an issue such a person opened adds no right. */
const ADOPTED_PERMISSIONS: ReadonlySet<Permission> = new Set(['write', 'maintain', 'admin']);

const isAppLogin = (login: string) => /\[bot\]$/i.test(login);

/**
 * `issues` without the marked ones that were opened by someone who cannot write to the
 * repository. One permission lookup per such author, and none at all when every marked issue is
 * the token's own (the usual case).
 */
export async function adoptedIssues(
  github: GitHubClient,
  repo: RepoRef,
  issues: readonly IssueRecord[],
  viewer: string | undefined,
  log: Logger,
): Promise<IssueRecord[]> {
  const permissions = new Map<string, Promise<Permission | 'unreadable'>>();
  const permissionOf = (login: string) => {
    const key = login.toLowerCase();
    let found = permissions.get(key);
    if (!found) {
      found = collaboratorPermission(github, repo, login).catch(() => 'unreadable' as const);
      permissions.set(key, found);
    }
    return found;
  };
  const kept: IssueRecord[] = [];
  for (const issue of issues) {
    const author = issue.author;
    const key = author ? readIssueKey(issue.body) : undefined;
    if (!author || !key || sameLogin(author, viewer) || isAppLogin(author)) {
      kept.push(issue);
      continue;
    }
    const permission = await permissionOf(author);
    if (permission !== 'unreadable' && ADOPTED_PERMISSIONS.has(permission)) {
      kept.push(issue);
      continue;
    }
    const why =
      permission === 'unreadable'
        ? `whose permission on the repository this token cannot read`
        : `who cannot write to the repository (${permission})`;
    log.warning(
      `#${issue.number} carries the Rollbook marker of ${key.plan}${key.phase ? ` · ${key.phase}` : ''} but was opened by @${author}, ${why}: it is not taken for a checklist issue`,
    );
  }
  return kept;
}
