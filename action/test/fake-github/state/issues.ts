// Issues, pull requests (issues with PR details), labels, comments and sub-issue links, with the
// side effects GitHub has: labels added to an issue are created on the fly, comments and label
// changes bump the issue's updated_at, deleted issues answer 410.
import { GitHubError, issueDeleted, notFound, validationFailed } from '../http/errors.ts';
import type { Clock } from './clock.ts';
import { type IdAllocator, nodeId } from './ids.ts';
import type { CommentRecord, EditRecord, IssueRecord, LabelRecord, PullDetails, StateReason } from './records.ts';

/** GitHub's colour for labels it creates implicitly. */
const DEFAULT_LABEL_COLOR = 'ededed';
/** GitHub caps sub-issues per parent. */
export const MAX_SUB_ISSUES = 100;

export interface NewIssue {
  title: string;
  body?: string | null;
  labels?: string[];
  author: string;
}

export interface IssuePatch {
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  stateReason?: StateReason | null;
  labels?: string[];
}

export class IssueStore {
  readonly #ids: IdAllocator;
  readonly #clock: Clock;
  readonly #issues = new Map<number, IssueRecord>();
  readonly #labels = new Map<string, LabelRecord>();
  readonly #comments = new Map<number, CommentRecord>();
  #lastNumber = 0;

  constructor(ids: IdAllocator, clock: Clock) {
    this.#ids = ids;
    this.#clock = clock;
  }

  // ── issues ──────────────────────────────────────────────────────────────

  create(input: NewIssue, pull: PullDetails | null = null): IssueRecord {
    const id = this.#ids.next();
    const now = this.#clock.iso();
    const issue: IssueRecord = {
      id,
      nodeId: nodeId(pull ? 'PR' : 'I', id),
      number: ++this.#lastNumber,
      title: input.title,
      body: input.body ?? null,
      state: 'open',
      stateReason: null,
      labelIds: this.ensureLabels(input.labels ?? []).map((l) => l.id),
      author: input.author,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null,
      locked: false,
      deleted: false,
      parentNumber: null,
      subIssueNumbers: [],
      pull,
      edits: [],
    };
    this.#issues.set(issue.number, issue);
    return issue;
  }

  /** A live issue or pull request; 404 when it never existed, 410 when deleted. */
  get(number: number): IssueRecord {
    const issue = this.#issues.get(number);
    if (!issue) throw notFound();
    if (issue.deleted) throw issueDeleted();
    return issue;
  }

  findById(id: number): IssueRecord | undefined {
    return [...this.#issues.values()].find((issue) => issue.id === id && !issue.deleted);
  }

  /** Live issues and pull requests in number order. */
  all(): IssueRecord[] {
    return [...this.#issues.values()].filter((issue) => !issue.deleted);
  }

  update(number: number, patch: IssuePatch, actor: string): IssueRecord {
    const issue = this.get(number);
    // One instant for the whole update, as GitHub records it: the edit's time and `updated_at`
    // (a webhook's) agree even when the clock's second turns between two reads of it.
    const at = this.#clock.iso();
    if (patch.title !== undefined) issue.title = patch.title;
    if (patch.body !== undefined && patch.body !== issue.body) this.#recordEdit(issue, patch.body, actor, at);
    if (patch.labels !== undefined) issue.labelIds = this.ensureLabels(patch.labels).map((l) => l.id);
    if (patch.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closedAt = at;
      issue.closedBy = actor;
      issue.stateReason = patch.stateReason ?? 'completed';
    } else if (patch.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closedAt = null;
      issue.closedBy = null;
      issue.stateReason = 'reopened';
    } else if (patch.stateReason !== undefined && issue.state === 'closed') {
      issue.stateReason = patch.stateReason;
    }
    this.touch(issue, at);
    return issue;
  }

  /** A body edit, kept in the history as GitHub keeps it (the creation is recorded at the first edit). */
  #recordEdit(issue: IssueRecord, body: string | null, editor: string, at: string): void {
    if (issue.edits.length === 0) issue.edits.push(this.#edit(issue.author, issue.createdAt, issue.body ?? ''));
    issue.edits.push(this.#edit(editor, at, body ?? ''));
    issue.body = body;
  }

  #edit(editor: string, editedAt: string, body: string): EditRecord {
    const id = this.#ids.next();
    return { id, nodeId: nodeId('UCE', id), editor, editedAt, body, deletedAt: null, deletedBy: null };
  }

  /**
   * Deletes a revision from the body's history, as "Delete revision from history" does: it keeps
   * who made it and when, loses its text, and records who deleted it. `newest` counts from the
   * newest revision (0), which GitHub does not let anyone delete.
   */
  deleteRevision(number: number, newest: number, by: string): EditRecord {
    const issue = this.get(number);
    const index = issue.edits.length - 1 - newest;
    const edit = issue.edits[index];
    if (!edit || newest === 0) throw new Error(`issue #${number} has no deletable revision ${newest}`);
    edit.body = null;
    edit.deletedAt = this.#clock.iso();
    edit.deletedBy = by;
    return edit;
  }

  delete(number: number): IssueRecord {
    const issue = this.get(number);
    issue.deleted = true;
    if (issue.parentNumber !== null) {
      const parent = this.#issues.get(issue.parentNumber);
      if (parent) parent.subIssueNumbers = parent.subIssueNumbers.filter((n) => n !== number);
    }
    for (const comment of this.commentsOf(number)) this.#comments.delete(comment.id);
    return issue;
  }

  touch(issue: IssueRecord, at = this.#clock.iso()): void {
    issue.updatedAt = at;
  }

  // ── labels ──────────────────────────────────────────────────────────────

  createLabel(input: { name: string; color?: string; description?: string | null }): LabelRecord {
    if (this.findLabel(input.name)) {
      throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
    }
    const id = this.#ids.next();
    const label: LabelRecord = {
      id,
      nodeId: nodeId('LA', id),
      name: input.name,
      color: (input.color ?? DEFAULT_LABEL_COLOR).replace(/^#/, ''),
      description: input.description ?? null,
      default: false,
    };
    this.#labels.set(input.name.toLowerCase(), label);
    return label;
  }

  /** Label names match case-insensitively, as on GitHub. */
  findLabel(name: string): LabelRecord | undefined {
    return this.#labels.get(name.toLowerCase());
  }

  getLabel(name: string): LabelRecord {
    const label = this.findLabel(name);
    if (!label) throw notFound();
    return label;
  }

  labels(): LabelRecord[] {
    return [...this.#labels.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  ensureLabels(names: string[]): LabelRecord[] {
    const unique = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
    return unique.map((name) => this.findLabel(name) ?? this.createLabel({ name }));
  }

  labelsOf(issue: IssueRecord): LabelRecord[] {
    const byId = new Map([...this.#labels.values()].map((l) => [l.id, l]));
    return issue.labelIds.map((id) => byId.get(id)).filter((l): l is LabelRecord => l !== undefined);
  }

  addLabels(number: number, names: string[]): LabelRecord[] {
    const issue = this.get(number);
    const added = this.ensureLabels(names).map((l) => l.id);
    issue.labelIds = [...new Set([...issue.labelIds, ...added])];
    this.touch(issue);
    return this.labelsOf(issue);
  }

  removeLabel(number: number, name: string): LabelRecord[] {
    const issue = this.get(number);
    const label = this.findLabel(name);
    if (!label || !issue.labelIds.includes(label.id)) throw new GitHubError(404, 'Label does not exist');
    issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
    this.touch(issue);
    return this.labelsOf(issue);
  }

  // ── comments ────────────────────────────────────────────────────────────

  createComment(number: number, body: string, author: string): CommentRecord {
    const issue = this.get(number);
    const id = this.#ids.next();
    const now = this.#clock.iso();
    const comment: CommentRecord = {
      id,
      nodeId: nodeId('IC', id),
      issueNumber: issue.number,
      body,
      author,
      createdAt: now,
      updatedAt: now,
      minimizedReason: null,
    };
    this.#comments.set(id, comment);
    this.touch(issue);
    return comment;
  }

  getComment(id: number): CommentRecord {
    const comment = this.#comments.get(id);
    if (!comment) throw notFound();
    return comment;
  }

  commentsOf(number: number): CommentRecord[] {
    return [...this.#comments.values()].filter((c) => c.issueNumber === number);
  }

  updateComment(id: number, body: string): CommentRecord {
    const comment = this.getComment(id);
    comment.body = body;
    comment.updatedAt = this.#clock.iso();
    return comment;
  }

  /** GraphQL minimizeComment / unminimizeComment: a classifier such as OUTDATED, or null. */
  setMinimized(id: number, classifier: string | null): CommentRecord {
    const comment = this.getComment(id);
    comment.minimizedReason = classifier;
    return comment;
  }

  allComments(): CommentRecord[] {
    return [...this.#comments.values()];
  }

  deleteComment(id: number): void {
    this.getComment(id);
    this.#comments.delete(id);
  }

  // ── sub-issues ──────────────────────────────────────────────────────────

  addSubIssue(parentNumber: number, subIssueId: number, replaceParent: boolean): IssueRecord {
    const parent = this.get(parentNumber);
    const child = this.findById(subIssueId);
    if (!child) throw notFound();
    const invalid = (message: string) =>
      validationFailed({ resource: 'Issue', code: 'custom', field: 'sub_issue_id', message });
    if (child.number === parent.number) throw invalid('An issue cannot be a sub-issue of itself');
    if (child.parentNumber === parent.number) throw invalid('Issue is already a sub-issue of this issue');
    if (child.parentNumber !== null && !replaceParent) throw invalid('Issue may not contain duplicate sub-issues');
    if (parent.subIssueNumbers.length >= MAX_SUB_ISSUES) throw invalid('Parent issue has too many sub-issues');
    if (child.parentNumber !== null) this.#detach(child);
    child.parentNumber = parent.number;
    parent.subIssueNumbers.push(child.number);
    this.touch(parent);
    return parent;
  }

  removeSubIssue(parentNumber: number, subIssueId: number): IssueRecord {
    const parent = this.get(parentNumber);
    const child = this.findById(subIssueId);
    if (!child || child.parentNumber !== parent.number) throw notFound();
    this.#detach(child);
    this.touch(parent);
    return parent;
  }

  subIssuesOf(issue: IssueRecord): IssueRecord[] {
    return issue.subIssueNumbers.map((n) => this.#issues.get(n)!).filter((child) => !child.deleted);
  }

  #detach(child: IssueRecord): void {
    const oldParent = this.#issues.get(child.parentNumber!);
    if (oldParent) oldParent.subIssueNumbers = oldParent.subIssueNumbers.filter((n) => n !== child.number);
    child.parentNumber = null;
  }
}
