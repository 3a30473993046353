// Team membership for sign-off gates that name a team (`@acme/sre-leads`): a sign-off by someone
// not listed by name counts for the team only when GitHub confirms an active membership, or,
// for a team the token cannot read, when the `signoff-permission` input accepts the person's
// repository permission instead (the same policy the sync command applies to the ticks).
import {
  collaboratorPermission,
  type Membership,
  PERMISSIONS,
  type Permission,
  teamMembership,
} from '../../github/access.ts';
import type { GitHubClient } from '../../github/client.ts';
import type { RepoRef } from '../../github/repo.ts';

export type TeamAnswer = Membership | 'by-permission';

export class TeamDirectory {
  readonly #client: GitHubClient;
  readonly #repo: RepoRef;
  readonly #minPermission: Permission | undefined;
  readonly #memberships = new Map<string, Promise<Membership>>();
  readonly #permissions = new Map<string, Promise<Permission>>();

  constructor(client: GitHubClient, repo: RepoRef, minPermission?: Permission) {
    this.#client = client;
    this.#repo = repo;
    this.#minPermission = minPermission;
  }

  /** `team` as plans write it, `@org/slug`; `login` without `@`. Each pair is asked once per run. */
  async membership(team: string, login: string): Promise<TeamAnswer> {
    const key = `${team.toLowerCase()} ${login.toLowerCase()}`;
    let answer = this.#memberships.get(key);
    if (!answer) {
      answer = teamMembership(this.#client, team, login);
      this.#memberships.set(key, answer);
    }
    const membership = await answer;
    if (membership !== 'unreadable' || !this.#minPermission) return membership;
    const permission = await this.#permission(login);
    return PERMISSIONS.indexOf(permission) >= PERMISSIONS.indexOf(this.#minPermission) ? 'by-permission' : 'unreadable';
  }

  #permission(login: string): Promise<Permission> {
    const key = login.toLowerCase();
    let permission = this.#permissions.get(key);
    if (!permission) {
      permission = collaboratorPermission(this.#client, this.#repo, login);
      this.#permissions.set(key, permission);
    }
    return permission;
  }
}
