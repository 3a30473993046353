// Who may sign off: team membership and repository permission lookups, one request each, made
// only for people whose sign-off tick is being checked.
import type { GitHubClient } from './client.ts';
import { isForbidden, isNotFound } from './errors.ts';
import type { RepoRef } from './repo.ts';

export type Membership = 'member' | 'not-member' | 'unreadable';

/**
 * `@org/team` membership of `login`. GitHub answers 404 both for "not a member" and for a team
 * the token cannot see; 403 says the token may not read it. Only an active membership counts.
 */
export async function teamMembership(github: GitHubClient, team: string, login: string): Promise<Membership> {
  const match = /^@?([^/]+)\/(.+)$/.exec(team);
  if (!match) return 'not-member';
  try {
    const { data } = await github.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
      org: match[1]!,
      team_slug: match[2]!,
      username: login,
    });
    return data.state === 'active' ? 'member' : 'not-member';
  } catch (error) {
    if (isNotFound(error)) return 'not-member';
    if (isForbidden(error)) return 'unreadable';
    throw error;
  }
}

export const PERMISSIONS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The login's permission on the repository; `none` when they are not a collaborator. */
export async function collaboratorPermission(github: GitHubClient, repo: RepoRef, login: string): Promise<Permission> {
  try {
    const { data } = await github.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
      ...repo,
      username: login,
    });
    const role = (data.role_name ?? data.permission) as string;
    const known = (PERMISSIONS as readonly string[]).includes(role) ? (role as Permission) : undefined;
    return known ?? (data.permission as Permission);
  } catch (error) {
    if (isNotFound(error)) return 'none';
    throw error;
  }
}
