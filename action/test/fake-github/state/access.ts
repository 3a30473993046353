// Who may do what: repository roles and team memberships, read by the action's approval checks,
// and who may read a private repository at all.
import type { RepositoryRole, TeamMembership } from './records.ts';

/** Parts of a repository a token's permissions cover separately. */
export type RepositoryPart = 'issues' | 'contents';

export class AccessStore {
  readonly #roles = new Map<string, RepositoryRole>();
  readonly #teams = new Map<string, Map<string, TeamMembership>>();
  #readers: Set<string> | null = null;
  readonly #withheld = new Map<string, Set<RepositoryPart>>();

  /**
   * Limits reading to these logins (plus any login with a role); `null`, the default, lets every
   * token read, as an installation token for all repositories does.
   */
  setReaders(logins: string[] | null): void {
    this.#readers = logins ? new Set(logins.map((l) => l.toLowerCase())) : null;
  }

  /**
   * Takes one permission from a login that may otherwise read: `issues` (issues, labels, comments)
   * or `contents` (files, commits, git objects), as an app installation or fine-grained token
   * granted without it. GitHub then answers 403 on REST and FORBIDDEN on GraphQL.
   */
  withhold(login: string, part: RepositoryPart): void {
    const key = login.toLowerCase();
    this.#withheld.set(key, new Set([...(this.#withheld.get(key) ?? []), part]));
  }

  isWithheld(login: string, part: RepositoryPart): boolean {
    return this.#withheld.get(login.toLowerCase())?.has(part) ?? false;
  }

  mayRead(login: string): boolean {
    const key = login.toLowerCase();
    return this.#readers === null || this.#readers.has(key) || this.#roles.has(key);
  }

  setRole(login: string, role: RepositoryRole | null): void {
    if (role) this.#roles.set(login.toLowerCase(), role);
    else this.#roles.delete(login.toLowerCase());
  }

  role(login: string): RepositoryRole | undefined {
    return this.#roles.get(login.toLowerCase());
  }

  setTeamMember(teamSlug: string, login: string, membership: Partial<TeamMembership> | null = {}): void {
    const team = this.#teams.get(teamSlug) ?? new Map<string, TeamMembership>();
    this.#teams.set(teamSlug, team);
    if (membership) team.set(login.toLowerCase(), { role: 'member', state: 'active', ...membership });
    else team.delete(login.toLowerCase());
  }

  teamMembership(teamSlug: string, login: string): TeamMembership | undefined {
    return this.#teams.get(teamSlug)?.get(login.toLowerCase());
  }

  hasTeam(teamSlug: string): boolean {
    return this.#teams.has(teamSlug);
  }
}
