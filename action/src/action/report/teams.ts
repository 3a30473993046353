// Team membership for sign-off gates that name a team (`@acme/sre-leads`): a sign-off by someone
// not listed by name counts for the team only when GitHub confirms an active membership. Each
// (team, login) pair is asked once per run.
import { type Membership, teamMembership } from '../../github/access.ts';
import type { GitHubClient } from '../../github/client.ts';

export class TeamDirectory {
  readonly #client: GitHubClient;
  readonly #answers = new Map<string, Promise<Membership>>();

  constructor(client: GitHubClient) {
    this.#client = client;
  }

  /** `team` as plans write it, `@org/slug`; `login` without `@`. */
  membership(team: string, login: string): Promise<Membership> {
    const key = `${team.toLowerCase()} ${login.toLowerCase()}`;
    let answer = this.#answers.get(key);
    if (!answer) {
      answer = teamMembership(this.#client, team, login);
      this.#answers.set(key, answer);
    }
    return answer;
  }
}
