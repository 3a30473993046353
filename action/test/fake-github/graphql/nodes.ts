// GraphQL objects backed by the fake's state. graphql-js's default resolver reads properties and
// calls functions with the field's arguments, so plain objects with methods are the resolvers.
import { FakeLimitation } from '../http/errors.ts';
import { type RenderContext, repoHtmlUrl } from '../render/context.ts';
import { issueHtmlUrl } from '../render/issues.ts';
import type { RepositoryPart } from '../state/access.ts';
import type { CommentRecord, EditRecord, IssueRecord, LabelRecord, PullRequestRecord } from '../state/records.ts';
import { type ConnectionArgs, connection } from './connection.ts';
import { GraphqlResolutionError } from './errors.ts';
import { branchTarget, gitObject } from './git-nodes.ts';

export interface NodeContext extends RenderContext {
  viewer: string;
}

type Node = Record<string, unknown>;

export function actorNode(ctx: NodeContext, login: string): Node {
  const user = ctx.state.users.get(login);
  const appSlug = user.type === 'Bot' ? user.login.replace(/\[bot\]$/, '') : undefined;
  return {
    __typename: user.type,
    id: user.nodeId,
    databaseId: user.id,
    login: appSlug ?? user.login, // GraphQL names bots by their app slug
    name: user.name,
    url: appSlug ? `${ctx.htmlUrl}/apps/${appSlug}` : `${ctx.htmlUrl}/${user.login}`,
    resourcePath: appSlug ? `/apps/${appSlug}` : `/${user.login}`,
    avatarUrl: () => `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
  };
}

/**
 * The token's own account. `viewer` is a `User` field: unlike an author or editor, GitHub spells a
 * bot viewer as REST does, `github-actions[bot]`.
 */
export function viewerNode(ctx: NodeContext): Node {
  const user = ctx.state.users.get(ctx.viewer);
  return { ...actorNode(ctx, ctx.viewer), __typename: 'User', login: user.login };
}

export function labelNode(ctx: NodeContext, label: LabelRecord): Node {
  return {
    __typename: 'Label',
    id: label.nodeId,
    name: label.name,
    color: label.color,
    description: label.description,
    isDefault: label.default,
    url: repoHtmlUrl(ctx, `/labels/${encodeURIComponent(label.name)}`),
    resourcePath: `/${ctx.state.fullName}/labels/${encodeURIComponent(label.name)}`,
  };
}

/** GraphQL reports the classifier in lower case with dashes: OFF_TOPIC → off-topic. */
function minimizedReason(classifier: string | null): string | null {
  return classifier ? classifier.toLowerCase().replaceAll('_', '-') : null;
}

export function commentNode(ctx: NodeContext, comment: CommentRecord): Node {
  const issue = ctx.state.issues.get(comment.issueNumber);
  return {
    __typename: 'IssueComment',
    id: comment.nodeId,
    databaseId: comment.id,
    body: comment.body,
    bodyText: comment.body,
    author: actorNode(ctx, comment.author),
    authorAssociation: ctx.state.authorAssociation(comment.author),
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    url: `${issueHtmlUrl(ctx, issue)}#issuecomment-${comment.id}`,
    isMinimized: comment.minimizedReason !== null,
    minimizedReason: minimizedReason(comment.minimizedReason),
    viewerCanMinimize: true,
    viewerCanUpdate: true,
    viewerCanDelete: true,
    viewerDidAuthor: comment.author === ctx.viewer,
    issue: () => issueNode(ctx, issue),
  };
}

/** A revision of a body: its full text in `diff` (null once deleted from history). */
export function editNode(ctx: NodeContext, edit: EditRecord): Node {
  return {
    __typename: 'UserContentEdit',
    id: edit.nodeId,
    createdAt: edit.editedAt,
    updatedAt: edit.deletedAt ?? edit.editedAt,
    editedAt: edit.editedAt,
    editor: actorNode(ctx, edit.editor),
    diff: edit.body,
    deletedAt: edit.deletedAt,
    deletedBy: edit.deletedBy ? actorNode(ctx, edit.deletedBy) : null,
  };
}

export function issueNode(ctx: NodeContext, issue: IssueRecord): Node {
  const { issues } = ctx.state;
  const html = issueHtmlUrl(ctx, issue);
  const subIssues = () => issues.subIssuesOf(issue);
  return {
    __typename: 'Issue',
    id: issue.nodeId,
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    bodyText: issue.body ?? '',
    state: issue.state.toUpperCase(),
    stateReason: issue.stateReason?.toUpperCase() ?? null,
    closed: issue.state === 'closed',
    closedAt: issue.closedAt,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    locked: issue.locked,
    url: html,
    resourcePath: new URL(html).pathname,
    author: actorNode(ctx, issue.author),
    authorAssociation: ctx.state.authorAssociation(issue.author),
    viewerCanUpdate: true,
    viewerDidAuthor: issue.author === ctx.viewer,
    lastEditedAt: issue.edits.at(-1)?.editedAt ?? null,
    editor: () => {
      const last = issue.edits.at(-1);
      return last ? actorNode(ctx, last.editor) : null;
    },
    includesCreatedEdit: issue.edits.length > 0,
    // Newest first, as GitHub lists them.
    userContentEdits: (args: ConnectionArgs) =>
      connection([...issue.edits].reverse(), args, 'userContentEdits', (edit) => editNode(ctx, edit)),
    labels: (args: ConnectionArgs) =>
      connection(issues.labelsOf(issue), args, 'labels', (label) => labelNode(ctx, label)),
    comments: (args: ConnectionArgs) =>
      connection(issues.commentsOf(issue.number), args, 'comments', (comment) => commentNode(ctx, comment)),
    subIssues: (args: ConnectionArgs) =>
      connection(ctx.state.subIssuesEnabled ? subIssues() : [], args, 'subIssues', (child) => issueNode(ctx, child)),
    subIssuesSummary: () => {
      const children = ctx.state.subIssuesEnabled ? subIssues() : [];
      const completed = children.filter((c) => c.state === 'closed').length;
      const percentCompleted = children.length ? Math.floor((completed / children.length) * 100) : 0;
      return { total: children.length, completed, percentCompleted };
    },
    parent: () =>
      issue.parentNumber !== null && ctx.state.subIssuesEnabled ? issueNode(ctx, issues.get(issue.parentNumber)) : null,
    repository: () => repositoryNode(ctx),
  };
}

export function pullRequestNode(ctx: NodeContext, issue: PullRequestRecord) {
  return {
    ...issueNode(ctx, issue),
    __typename: 'PullRequest',
    state: issue.pull.merged ? 'MERGED' : issue.state.toUpperCase(),
    merged: issue.pull.merged,
    isDraft: issue.pull.draft,
    headRefName: issue.pull.headRef,
    headRefOid: issue.pull.headSha,
    baseRefName: issue.pull.baseRef,
    baseRefOid: issue.pull.baseSha,
    changedFiles: issue.pull.files.length,
    additions: issue.pull.files.reduce((sum, f) => sum + f.additions, 0),
    deletions: issue.pull.files.reduce((sum, f) => sum + f.deletions, 0),
  };
}

interface IssuesArgs extends ConnectionArgs {
  labels?: string[] | null;
  states?: string[] | null;
  filterBy?: Record<string, unknown> | null;
  orderBy?: { field: string; direction: string } | null;
}

const SUPPORTED_ISSUE_FILTERS = new Set(['labels', 'states', 'createdBy', 'since']);

/** `repository.issues`: pull requests excluded; label filters match any of the names. */
function filteredIssues(ctx: NodeContext, args: IssuesArgs): IssueRecord[] {
  const filterBy = args.filterBy ?? {};
  for (const [name, value] of Object.entries(filterBy)) {
    // `false` is viewerSubscribed's schema default: no filtering asked for
    if (value != null && value !== false && !SUPPORTED_ISSUE_FILTERS.has(name)) {
      throw new FakeLimitation(`fake-github does not implement IssueFilters.${name}`);
    }
  }
  const labelSets = [args.labels, filterBy['labels'] as string[] | undefined].filter((names): names is string[] =>
    Array.isArray(names),
  );
  const states = [args.states, filterBy['states'] as string[] | undefined].filter((list): list is string[] =>
    Array.isArray(list),
  );
  const createdBy = filterBy['createdBy'] as string | undefined;
  const since = filterBy['since'] as string | undefined;
  const { issues } = ctx.state;
  const list = issues.all().filter((issue) => {
    if (issue.pull) return false;
    if (!states.every((allowed) => allowed.includes(issue.state.toUpperCase()))) return false;
    if (createdBy && actorNode(ctx, issue.author)['login'] !== createdBy && issue.author !== createdBy) return false;
    if (since && Date.parse(issue.updatedAt) < Date.parse(since)) return false;
    const names = new Set(issues.labelsOf(issue).map((l) => l.name.toLowerCase()));
    return labelSets.every((wanted) => wanted.some((name) => names.has(name.toLowerCase())));
  });
  const field = args.orderBy?.field ?? 'CREATED_AT';
  const sign = (args.orderBy?.direction ?? 'ASC') === 'ASC' ? 1 : -1;
  const key = (issue: IssueRecord) =>
    field === 'UPDATED_AT'
      ? Date.parse(issue.updatedAt)
      : field === 'COMMENTS'
        ? issues.commentsOf(issue.number).length
        : issue.number;
  return list.sort((a, b) => sign * (key(a) - key(b) || a.number - b.number));
}

export function repositoryNode(ctx: NodeContext): Node {
  const { state } = ctx;
  /** A permission the token was given without: GitHub's FORBIDDEN on that field. */
  const requires = (part: RepositoryPart) => {
    if (state.access.isWithheld(ctx.viewer, part))
      throw new GraphqlResolutionError('FORBIDDEN', 'Resource not accessible by integration');
  };
  const owner = actorNode(ctx, state.owner);
  const notFound = (what: string, detail: string) =>
    new GraphqlResolutionError('NOT_FOUND', `Could not resolve to ${what} with the ${detail}.`);
  return {
    __typename: 'Repository',
    id: state.repositoryNodeId,
    databaseId: state.repositoryId,
    name: state.repo,
    nameWithOwner: state.fullName,
    url: repoHtmlUrl(ctx),
    resourcePath: `/${state.fullName}`,
    isPrivate: state.isPrivate,
    visibility: state.isPrivate ? 'PRIVATE' : 'PUBLIC',
    isArchived: false,
    isFork: false,
    owner,
    defaultBranchRef: {
      __typename: 'Ref',
      id: `REF_${state.git.defaultBranch}`,
      name: state.git.defaultBranch,
      prefix: 'refs/heads/',
      target: () => branchTarget(ctx, state.git.defaultBranch),
    },
    object: (args: { expression?: string | null; oid?: string | null }) => {
      requires('contents');
      return gitObject(ctx, args);
    },
    repositoryTopics: (args: ConnectionArgs) =>
      connection(state.topics, args, 'repositoryTopics', (name) => ({
        __typename: 'RepositoryTopic',
        id: `RT_${name}`,
        url: `${ctx.htmlUrl}/topics/${name}`,
        resourcePath: `/topics/${name}`,
        topic: { __typename: 'Topic', id: `T_${name}`, name },
      })),
    issues: (args: IssuesArgs) => {
      requires('issues');
      return connection(filteredIssues(ctx, args), args, 'issues', (issue) => issueNode(ctx, issue));
    },
    issue: ({ number }: { number: number }) => {
      requires('issues');
      const issue = state.issues.all().find((i) => i.number === number && !i.pull);
      if (!issue) throw notFound('an Issue', `number of ${number}`);
      return issueNode(ctx, issue);
    },
    pullRequest: ({ number }: { number: number }) => {
      const issue = state.issues.all().find((i) => i.number === number && i.pull);
      if (!issue?.pull) throw notFound('a PullRequest', `number of ${number}`);
      return pullRequestNode(ctx, issue as PullRequestRecord);
    },
    labels: (args: ConnectionArgs) =>
      connection(state.issues.labels(), args, 'labels', (label) => labelNode(ctx, label)),
    label: ({ name }: { name: string }) => {
      const label = state.issues.findLabel(name);
      return label ? labelNode(ctx, label) : null;
    },
  };
}
