// What the triggering event asks of the sync: whether to run at all, and what a deleted issue
// looked like. The event is only a trigger: who ticked what comes from the issues' edit history
// (verified-issue.ts), and the state written is always rebuilt from what GitHub says now.
import { readIssueKey } from '../../text/markers.ts';
import type { ActionCommand } from '../inputs.ts';

/** Events that call for a sync under `command: all`; `command: sync` syncs on any event. */
export const SYNC_EVENTS = new Set(['push', 'schedule', 'issues', 'workflow_dispatch']);

export interface SyncTrigger {
  run: boolean;
  /** Why the sync is skipped, or what it handles. */
  reason: string;
  /** An `issues.deleted` event for a Rollbook issue: its last body, to carry its ticks over. */
  deleted?: { issueNumber: number; body: string };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function issueOf(payload: Record<string, unknown>) {
  const issue = payload.issue;
  if (!isRecord(issue)) return undefined;
  const labels = Array.isArray(issue.labels)
    ? issue.labels.flatMap((l) => (isRecord(l) && typeof l.name === 'string' ? [l.name] : []))
    : [];
  return {
    number: typeof issue.number === 'number' ? issue.number : undefined,
    body: typeof issue.body === 'string' ? issue.body : '',
    labels,
  };
}

export function readTrigger(
  command: ActionCommand,
  event: { name: string; payload: Record<string, unknown> },
  labelPrefix: string,
): SyncTrigger {
  if (command === 'all' && !SYNC_EVENTS.has(event.name))
    return { run: false, reason: `the ${event.name} event does not call for a sync` };
  if (event.name !== 'issues') return { run: true, reason: `${event.name} event: full sync` };

  const issue = issueOf(event.payload);
  const action = String(event.payload.action ?? '');
  const ours =
    issue !== undefined &&
    (readIssueKey(issue.body) !== undefined || issue.labels.some((l) => l.toLowerCase() === labelPrefix.toLowerCase()));
  // Every issue edit in the repository starts the workflow; only ours are worth a request.
  if (!ours) return { run: false, reason: `issue #${issue?.number ?? '?'} is not a Rollbook checklist issue` };

  const trigger: SyncTrigger = { run: true, reason: `issues.${action} on #${issue.number}` };
  if (action === 'deleted' && issue.number !== undefined && readIssueKey(issue.body))
    trigger.deleted = { issueNumber: issue.number, body: issue.body };
  return trigger;
}
