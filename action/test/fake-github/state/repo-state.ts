// One repository the fake serves, and everything in it. Tests seed and inspect it directly;
// REST and GraphQL handlers read and change it; render/ shapes it into GitHub's JSON. Several
// repositories share one id sequence, clock and user directory (`SharedState`), as on GitHub.
import { notFound } from '../http/errors.ts';
import { AccessStore } from './access.ts';
import { ActionsStore } from './actions.ts';
import { ChecksStore } from './checks.ts';
import { Clock } from './clock.ts';
import { GitStore } from './git.ts';
import { IdAllocator, nodeId } from './ids.ts';
import { IssueStore } from './issues.ts';
import type { AccountType, FileChange, PullRequestRecord, UserRecord } from './records.ts';
import { UserDirectory } from './users.ts';

export interface RepoStateOptions {
  owner: string;
  repo: string;
  ownerType: Extract<AccountType, 'User' | 'Organization'>;
  defaultBranch: string;
  subIssues: boolean;
  /** Default true. A public repository can be read by every token. */
  private?: boolean;
  /** Repository topics (lower case, as GitHub stores them). */
  topics?: string[];
  /** Logins that may read a private repository besides those with a role; default everyone. */
  readers?: string[] | null;
  /** What the fake's repositories share; a new set when omitted. */
  shared?: SharedState;
}

/** What every repository of one fake shares: database ids, the clock and the accounts. */
export interface SharedState {
  ids: IdAllocator;
  clock: Clock;
  users: UserDirectory;
}

export function newSharedState(): SharedState {
  const ids = new IdAllocator();
  return { ids, clock: new Clock(), users: new UserDirectory(ids) };
}

export interface NewPullRequest {
  title: string;
  body?: string | null;
  author: string;
  /** Head branch; created from the base branch when missing. */
  head: string;
  /** Base branch; the default branch when omitted. */
  base?: string;
  labels?: string[];
  draft?: boolean;
  /** Changed files; computed from the two branches' trees when omitted. */
  files?: FileChange[];
}

export class RepoState {
  readonly owner: string;
  readonly repo: string;
  readonly ownerAccount: UserRecord;
  readonly repositoryId: number;
  readonly repositoryNodeId: string;
  readonly createdAt: string;
  readonly clock: Clock;
  readonly ids: IdAllocator;
  readonly users: UserDirectory;
  readonly issues: IssueStore;
  readonly checks: ChecksStore;
  readonly access = new AccessStore();
  readonly actions = new ActionsStore();
  readonly git: GitStore;
  /** Off simulates a GitHub instance without the sub-issues API: its endpoints answer 404. */
  subIssuesEnabled: boolean;
  /**
   * Off simulates the repository setting "Allow GitHub Actions to create and approve pull
   * requests" being off: POST /pulls answers 403 as GitHub does.
   */
  actionsMayCreatePulls = true;
  /** False: every token may read it (REST `private`/`visibility`, GraphQL `isPrivate`). */
  isPrivate: boolean;
  topics: string[];

  constructor(options: RepoStateOptions) {
    const shared = options.shared ?? newSharedState();
    this.ids = shared.ids;
    this.clock = shared.clock;
    this.users = shared.users;
    this.issues = new IssueStore(this.ids, this.clock);
    this.checks = new ChecksStore(this.ids, this.clock);
    this.owner = options.owner;
    this.repo = options.repo;
    this.isPrivate = options.private ?? true;
    this.topics = options.topics ?? [];
    this.ownerAccount = this.users.find(options.owner) ?? this.users.add(options.owner, { type: options.ownerType });
    this.repositoryId = this.ids.next();
    this.repositoryNodeId = nodeId('R', this.repositoryId);
    this.createdAt = this.clock.iso();
    this.git = new GitStore(options.defaultBranch);
    this.subIssuesEnabled = options.subIssues;
    if (options.ownerType === 'User') this.access.setRole(options.owner, 'admin');
    if (options.readers) this.access.setReaders(options.readers);
  }

  /**
   * Whether `login` may read this repository: a public one, or a private one the login has a role
   * in or is among the readers (everyone when no readers were set). Others get 404 (REST) or
   * NOT_FOUND (GraphQL), as GitHub hides what a token cannot see.
   */
  canRead(login: string): boolean {
    return !this.isPrivate || this.access.mayRead(login);
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  /** Commits files to a branch (created if new) and returns the new commit sha. */
  setFiles(branch: string, files: Record<string, string | null>): string {
    return this.git.commit(branch, files);
  }

  addPullRequest(input: NewPullRequest): PullRequestRecord {
    const baseRef = input.base ?? this.git.defaultBranch;
    if (!this.git.branchSha(input.head)) this.git.commit(input.head, {});
    const baseSha = this.git.branchSha(baseRef)!;
    const headSha = this.git.branchSha(input.head)!;
    const pull = {
      headRef: input.head,
      headSha,
      baseRef,
      baseSha,
      draft: input.draft ?? false,
      merged: false,
      files: input.files ?? this.#diff(baseSha, headSha),
    };
    const issue = { title: input.title, body: input.body ?? null, labels: input.labels ?? [], author: input.author };
    return this.issues.create(issue, pull) as PullRequestRecord;
  }

  /** A pull request by number; 404 for plain issues, as GitHub answers. */
  getPull(number: number): PullRequestRecord {
    const issue = this.issues.get(number);
    if (!issue.pull) throw notFound();
    return issue as PullRequestRecord;
  }

  /** How GitHub labels the author's relation to the repository on issues and comments. */
  authorAssociation(login: string): 'OWNER' | 'COLLABORATOR' | 'NONE' {
    if (login.toLowerCase() === this.owner.toLowerCase()) return 'OWNER';
    return this.access.role(login) ? 'COLLABORATOR' : 'NONE';
  }

  #diff(baseSha: string, headSha: string): FileChange[] {
    const base = this.git.resolve(baseSha)!.files;
    const head = this.git.resolve(headSha)!.files;
    const lines = (text: string) => (text === '' ? 0 : text.split('\n').length);
    const changes: FileChange[] = [];
    for (const [filename, content] of head) {
      const before = base.get(filename);
      if (before === undefined) changes.push({ filename, status: 'added', additions: lines(content), deletions: 0 });
      else if (before !== content) {
        const old = new Set(before.split('\n'));
        const now = new Set(content.split('\n'));
        const additions = [...now].filter((l) => !old.has(l)).length;
        const deletions = [...old].filter((l) => !now.has(l)).length;
        changes.push({ filename, status: 'modified', additions, deletions });
      }
    }
    for (const [filename, content] of base) {
      if (!head.has(filename)) changes.push({ filename, status: 'removed', additions: 0, deletions: lines(content) });
    }
    return changes.sort((a, b) => a.filename.localeCompare(b.filename));
  }
}
