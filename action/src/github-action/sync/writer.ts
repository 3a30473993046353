// Every write the sync makes goes through a Writer. The live one calls GitHub; the dry-run one
// prints the exact request (method, path, fields, a diff of the body) and makes none. Both
// count what they did for the job summary.

import { type DispatchedRun, dispatchWorkflow } from '../../github/actions.ts';
import type { GitHubClient } from '../../github/client.ts';
import { createCommentOnce, deleteIssueComment, updateIssueComment } from '../../github/comments.ts';
import type { IssueRecord } from '../../github/issue.ts';
import { addLabels, createIssueOnce, type IssuePatch, type NewIssue, updateIssue } from '../../github/issues.ts';
import { createLabel, type LabelSpec } from '../../github/labels.ts';
import type { RepoRef } from '../../github/repo.ts';
import { type NewCommitStatus, setCommitStatus } from '../../github/statuses.ts';
import { addSubIssue, type SubIssueResult } from '../../github/sub-issues.ts';
import { withoutMarkers } from '../../text/markers.ts';
import { bodyDiff } from './body-diff.ts';

export interface Writer {
  readonly dryRun: boolean;
  /** Writes made (or, in a dry run, that would have been made). */
  readonly count: number;
  createLabel(label: LabelSpec): Promise<void>;
  /** Undefined in a dry run: nothing was created. */
  createIssue(issue: NewIssue): Promise<IssueRecord | undefined>;
  /** `before` is the body the patch replaces, for the dry-run diff. Undefined in a dry run. */
  updateIssue(number: number, patch: IssuePatch, before: string): Promise<IssueRecord | undefined>;
  addLabels(number: number, labels: string[]): Promise<void>;
  addSubIssue(parent: number, child: { id: number; number: number }, replaceParent: boolean): Promise<SubIssueResult>;
  /** The new comment's id; undefined in a dry run. */
  createComment(number: number, body: string): Promise<number | undefined>;
  /** `before` is the body the update replaces, for the dry-run diff. */
  updateComment(id: number, body: string, before: string): Promise<void>;
  deleteComment(id: number): Promise<void>;
  /** Undefined in a dry run: nothing was sent. */
  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<DispatchedRun | undefined>;
  setCommitStatus(sha: string, status: NewCommitStatus): Promise<void>;
}

export class LiveWriter implements Writer {
  readonly dryRun = false;
  count = 0;
  readonly #github: GitHubClient;
  readonly #repo: RepoRef;

  constructor(github: GitHubClient, repo: RepoRef) {
    this.#github = github;
    this.#repo = repo;
  }

  async createLabel(label: LabelSpec) {
    this.count++;
    await createLabel(this.#github, this.#repo, label);
  }
  async createIssue(issue: NewIssue) {
    this.count++;
    return createIssueOnce(this.#github, this.#repo, issue);
  }
  async updateIssue(number: number, patch: IssuePatch) {
    this.count++;
    return updateIssue(this.#github, this.#repo, number, patch);
  }
  async addLabels(number: number, labels: string[]) {
    this.count++;
    await addLabels(this.#github, this.#repo, number, labels);
  }
  async addSubIssue(parent: number, child: { id: number }, replaceParent: boolean) {
    this.count++;
    return addSubIssue(this.#github, this.#repo, parent, child.id, replaceParent);
  }
  async createComment(number: number, body: string) {
    this.count++;
    return createCommentOnce(this.#github, this.#repo, number, body);
  }
  async updateComment(id: number, body: string) {
    this.count++;
    await updateIssueComment(this.#github, this.#repo, id, body);
  }
  async deleteComment(id: number) {
    this.count++;
    await deleteIssueComment(this.#github, this.#repo, id);
  }
  async dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>) {
    this.count++;
    return dispatchWorkflow(this.#github, this.#repo, workflow, ref, inputs);
  }
  async setCommitStatus(sha: string, status: NewCommitStatus) {
    this.count++;
    await setCommitStatus(this.#github, this.#repo, sha, status);
  }
}

const quote = (s: string) => JSON.stringify(s);

/** Prints each write as `[dry-run] METHOD /path fields`, with the body as a diff. */
export class DryRunWriter implements Writer {
  readonly dryRun = true;
  count = 0;
  readonly #base: string;
  readonly #print: (line: string) => void;

  constructor(repo: RepoRef, print: (line: string) => void) {
    this.#base = `/repos/${repo.owner}/${repo.repo}`;
    this.#print = print;
  }

  #write(method: string, path: string, fields: string, detail: string[] = []) {
    this.count++;
    this.#print(`[dry-run] ${method} ${this.#base}${path} ${fields}`.trimEnd());
    for (const line of detail) this.#print(`    ${line}`);
  }

  async createLabel(label: LabelSpec) {
    this.#write('POST', '/labels', `name=${quote(label.name)} color=${label.color}`);
  }
  async createIssue(issue: NewIssue) {
    const lines = issue.body.split('\n').length;
    this.#write(
      'POST',
      '/issues',
      `title=${quote(issue.title)} labels=${quote(issue.labels.join(','))} body=(${lines} lines, ${issue.body.length} chars)`,
    );
    return undefined;
  }
  async updateIssue(number: number, patch: IssuePatch, before: string) {
    const fields = [
      ...(patch.title !== undefined ? [`title=${quote(patch.title)}`] : []),
      ...(patch.state !== undefined ? [`state=${patch.state}`] : []),
      ...(patch.state_reason !== undefined ? [`state_reason=${patch.state_reason}`] : []),
    ];
    let detail: string[] = [];
    if (patch.body !== undefined) {
      const diff = bodyDiff(before, patch.body);
      fields.push(`body=(+${diff.added} -${diff.removed} lines)`);
      detail = diff.lines;
    }
    this.#write('PATCH', `/issues/${number}`, fields.join(' '), detail);
    return undefined;
  }
  async addLabels(number: number, labels: string[]) {
    this.#write('POST', `/issues/${number}/labels`, `labels=${quote(labels.join(','))}`);
  }
  async addSubIssue(parent: number, child: { id: number; number: number }, replaceParent: boolean) {
    this.#write(
      'POST',
      `/issues/${parent}/sub_issues`,
      `sub_issue_id=${child.id} (#${child.number})${replaceParent ? ' replace_parent=true' : ''}`,
    );
    return 'added' as const;
  }
  async createComment(number: number, body: string) {
    this.#write('POST', `/issues/${number}/comments`, `body=(${body.split('\n').length} lines)`, [
      ...withoutMarkers(body.trimEnd()).split('\n').slice(0, 6),
    ]);
    return undefined;
  }
  async updateComment(id: number, body: string, before: string) {
    const diff = bodyDiff(before, body);
    this.#write('PATCH', `/issues/comments/${id}`, `body=(+${diff.added} -${diff.removed} lines)`, diff.lines);
  }
  async deleteComment(id: number) {
    this.#write('DELETE', `/issues/comments/${id}`, '');
  }
  async dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>) {
    this.#write(
      'POST',
      `/actions/workflows/${workflow}/dispatches`,
      `ref=${quote(ref)} inputs=${quote(JSON.stringify(inputs))}`,
    );
    return undefined;
  }
  async setCommitStatus(sha: string, status: NewCommitStatus) {
    this.#write(
      'POST',
      `/statuses/${sha}`,
      `context=${quote(status.context)} state=${status.state} description=${quote(status.description)}`,
    );
  }
}
