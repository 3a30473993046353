// Every repository one fake serves, found by `owner/name` (case-insensitive, as GitHub matches
// them). The first is the one `fake.state` names and `env()` points the action at.
import type { RepoState } from './repo-state.ts';

export class RepositoryDirectory {
  readonly #byName = new Map<string, RepoState>();

  constructor(repositories: RepoState[]) {
    for (const repository of repositories) {
      const key = repository.fullName.toLowerCase();
      if (this.#byName.has(key)) throw new Error(`fake-github: repository ${repository.fullName} given twice`);
      this.#byName.set(key, repository);
    }
    if (this.#byName.size === 0) throw new Error('fake-github: at least one repository');
  }

  get first(): RepoState {
    return this.#byName.values().next().value!;
  }

  find(owner: string, name: string): RepoState | undefined {
    return this.#byName.get(`${owner}/${name}`.toLowerCase());
  }

  /** By `owner/name`; throws for a repository the fake does not serve (a test's mistake). */
  get(fullName: string): RepoState {
    const found = this.#byName.get(fullName.toLowerCase());
    if (!found) throw new Error(`fake-github serves no repository ${fullName}`);
    return found;
  }

  all(): RepoState[] {
    return [...this.#byName.values()];
  }

  /** The account's repositories `login` may read, in the order they were given. */
  readableBy(login: string, owner?: string): RepoState[] {
    return this.all().filter(
      (r) => r.canRead(login) && (owner === undefined || r.owner.toLowerCase() === owner.toLowerCase()),
    );
  }
}
