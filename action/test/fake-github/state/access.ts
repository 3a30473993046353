// Who may do what: repository roles and team memberships, read by the action's approval checks,
// and who may read a private repository at all.
import type { RepositoryRole, TeamMembership } from './records.ts';

export class AccessStore {
  readonly #roles = new Map<string, RepositoryRole>();
  readonly #teams = new Map<string, Map<string, TeamMembership>>();
  #readers: Set<string> | null = null;

  /**
   * Limits reading to these logins (plus any login with a role); `null`, the default, lets every
   * token read, as an installation token for all repositories does.
   */
  setReaders(logins: string[] | null): void {
    this.#readers = logins ? new Set(logins.map((l) => l.toLowerCase())) : null;
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
