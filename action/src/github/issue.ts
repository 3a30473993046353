// An issue as the sync needs it, the same whether it came from GraphQL or REST.
export interface IssueRecord {
  /** The REST id (GraphQL databaseId): what the sub-issues API takes. */
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** Lower case, as REST spells it: completed, not_planned, duplicate, reopened. */
  stateReason: string | null;
  closedAt: string | null;
  /** Who closed it; only REST reads carry it. */
  closedBy?: string | null;
  createdAt: string;
  url: string;
  labels: string[];
  /** Number of the parent issue; null: none; undefined: not known (sub-issues unavailable). */
  parent?: number | null;
  /**
   * From GraphQL only (REST does not say; undefined there): when the body was last edited (null:
   * never), who made the creation and who made the last edit. Whether the current body is the
   * action's own revision is told from these (ADR 7, "Trust model").
   */
  lastEditedAt?: string | null;
  author?: string | null;
  editor?: string | null;
}

/** The fields of a REST issue object we read. */
export interface RestIssue {
  id: number;
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  closed_at: string | null;
  closed_by?: { login: string } | null;
  created_at: string;
  html_url: string;
  labels: (string | { name?: string })[];
  parent_issue_url?: string | null;
  pull_request?: unknown;
}

const ISSUE_URL_NUMBER = /\/issues\/(\d+)$/;

export function fromRestIssue(issue: RestIssue): IssueRecord {
  const parentUrl = issue.parent_issue_url;
  const parentNumber = parentUrl ? Number(ISSUE_URL_NUMBER.exec(parentUrl)?.[1]) : undefined;
  return {
    id: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    stateReason: issue.state_reason ?? null,
    closedAt: issue.closed_at,
    closedBy: issue.closed_by?.login ?? null,
    createdAt: issue.created_at,
    url: issue.html_url,
    labels: issue.labels.flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
    // REST says parent_issue_url only where the sub-issues API exists; absent means unknown.
    ...(parentUrl === undefined ? {} : { parent: parentNumber ?? null }),
  };
}
