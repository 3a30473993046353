// What the fake stores. Records hold facts only; render/ turns them into GitHub's JSON shapes.

export type AccountType = 'User' | 'Bot' | 'Organization';

export interface UserRecord {
  login: string;
  id: number;
  nodeId: string;
  type: AccountType;
  name: string | null;
}

export interface LabelRecord {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export type IssueState = 'open' | 'closed';
export type StateReason = 'completed' | 'reopened' | 'not_planned' | 'duplicate';

export interface IssueRecord {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  state: IssueState;
  stateReason: StateReason | null;
  labelIds: number[];
  author: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  locked: boolean;
  /** Deleted issues answer 410 Gone, as GitHub does. */
  deleted: boolean;
  parentNumber: number | null;
  subIssueNumbers: number[];
  /** Set when this "issue" is a pull request (GitHub numbers both from one sequence). */
  pull: PullDetails | null;
  /**
   * The body's edit history, oldest first, as GitHub keeps it: empty until the first edit, which
   * records the creation too (editor the author, at the creation time) and then the edit.
   */
  edits: EditRecord[];
}

/** One revision of an issue body (GraphQL `UserContentEdit`). */
export interface EditRecord {
  id: number;
  nodeId: string;
  editor: string;
  editedAt: string;
  /** The full text of this revision; null once deleted from history. */
  body: string | null;
  deletedAt: string | null;
  deletedBy: string | null;
}

export type FileChangeStatus = 'added' | 'removed' | 'modified' | 'renamed';

export interface FileChange {
  filename: string;
  status: FileChangeStatus;
  additions: number;
  deletions: number;
  patch?: string;
  previousFilename?: string;
}

export interface PullDetails {
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  draft: boolean;
  merged: boolean;
  files: FileChange[];
}

/** An issue record that is a pull request. */
export type PullRequestRecord = IssueRecord & { pull: PullDetails };

export interface CommentRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  /** GraphQL minimizeComment's classifier, e.g. OUTDATED; null while visible. */
  minimizedReason: string | null;
}

export type CommitState = 'error' | 'failure' | 'pending' | 'success';

export interface StatusRecord {
  id: number;
  nodeId: string;
  sha: string;
  state: CommitState;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export type CheckStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';

export interface CheckRunRecord {
  id: number;
  nodeId: string;
  headSha: string;
  name: string;
  status: CheckStatus;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  checkSuiteId: number;
}

export type RepositoryRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface TeamMembership {
  role: 'member' | 'maintainer';
  state: 'active' | 'pending';
}

/** A commit is just a tree of text files here. */
export interface CommitRecord {
  sha: string;
  files: Map<string, string>;
}
