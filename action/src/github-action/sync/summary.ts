// What the sync reports: the `phase-states` output and a job summary table of plans, phases,
// states and issue links. Plan text is escaped: summaries are HTML.
import type { PhaseStateName } from '../../checklist/phase-state.ts';
import { plural } from '../../text/plural.ts';
import type { JobSummary } from '../host.ts';
import { escapeCell } from '../validate.ts';
import type { PlanSyncResult } from './plan-sync.ts';

export type PhaseStates = Record<string, Record<string, PhaseStateName | string>>;

export function phaseStates(results: readonly PlanSyncResult[]): PhaseStates {
  const out: PhaseStates = {};
  for (const r of results) out[r.plan] = Object.fromEntries(r.phases.map((p) => [p.phaseId, p.state]));
  return out;
}

function link(issue: { number: number; url: string } | undefined): string {
  if (!issue) return '—';
  // Only http(s) URLs become links; anything else is shown as text.
  return /^https?:\/\//.test(issue.url)
    ? `<a href="${escapeCell(issue.url)}">#${issue.number}</a>`
    : `#${issue.number}`;
}

export function addSyncSummary(
  summary: JobSummary,
  results: readonly PlanSyncResult[],
  totals: { writes: number; dryRun: boolean; failed: readonly string[] },
): void {
  summary.addHeading(totals.dryRun ? 'Rollbook: checklist issues (dry run)' : 'Rollbook: checklist issues', 2);
  const header = ['Plan', 'Phase', 'State', 'Issue'].map((data) => ({ data, header: true }));
  const rows = results.flatMap((r) => [
    [
      `<strong>${escapeCell(r.plan)}</strong>`,
      escapeCell(r.title),
      r.rollout.complete ? 'complete' : '',
      link(r.parent),
    ],
    ...r.phases.map((p) => ['', escapeCell(`${p.phaseId}: ${p.title}`), escapeCell(p.state), link(p.issue)]),
  ]);
  summary.addTable([header, ...rows]);
  const writes = totals.dryRun
    ? `${plural(totals.writes, 'write')} would be made (dry run: none were).`
    : `${plural(totals.writes, 'write')} made.`;
  summary.addRaw(`<p>${writes}</p>`, true);
  if (totals.failed.length > 0)
    summary.addRaw(`<p>Failed: ${totals.failed.map((f) => escapeCell(f)).join(', ')}</p>`, true);
}

/** A sync that wrote nothing by design (a run on another branch than the default), and why. */
export function addSkippedSyncSummary(summary: JobSummary, why: string): void {
  summary.addHeading('Rollbook: checklist issues', 2);
  summary.addRaw(`<p>Not synced: ${escapeCell(why)}. Nothing was written.</p>`, true);
}
