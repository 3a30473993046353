// The run's job summary (the same reports as the comments) and its outputs: the most serious
// verdict, and every evaluated plan's per-gate results as JSON.
import type { Verdict } from '../../gates/model.ts';
import { gateReportJson } from '../../gates/report/render.ts';
import { VERDICT_PRECEDENCE } from '../../gates/verdict.ts';
import type { JobSummary, Runner } from '../host.ts';
import { escapeCell } from '../validate.ts';
import type { PullOutcome } from './evaluate.ts';
import type { PublishResult } from './publish.ts';

export interface ReportedPull {
  outcome: PullOutcome;
  published: PublishResult;
}

export function writeReportSummary(summary: JobSummary, pulls: readonly ReportedPull[], nothingBecause?: string): void {
  summary.addHeading('Rollbook: gate reports', 2);
  if (nothingBecause !== undefined) {
    summary.addRaw(`Nothing to report: ${escapeCell(nothingBecause)}.`, true);
    return;
  }
  const rollouts = pulls.filter((p) => p.outcome.rollouts.length > 0);
  const failed = pulls.filter((p) => p.outcome.failures.length > 0);
  if (rollouts.length === 0 && failed.length === 0) summary.addRaw('No open rollout pull requests.', true);
  for (const { outcome } of failed) {
    for (const failure of outcome.failures) {
      summary.addHeading(`PR #${outcome.pr.number}: ${escapeCell(failure.plan)}: ERROR`, 3);
      summary.addRaw(escapeCell(failure.why), true);
    }
  }
  for (const { outcome } of rollouts) {
    for (const rollout of outcome.rollouts) {
      const phase = rollout.phase ? ` → ${escapeCell(rollout.phase)}` : '';
      summary.addHeading(`PR #${outcome.pr.number}: ${escapeCell(rollout.plan)}${phase}: ${rollout.verdict}`, 3);
      summary.addRaw(rollout.markdown, true);
    }
  }
  const others = pulls
    .filter((p) => p.outcome.rollouts.length === 0 && p.outcome.failures.length === 0)
    .map((p) => `#${p.outcome.pr.number}`);
  if (others.length > 0) {
    summary.addRaw(`Not rollout pull requests (no gates apply): ${others.join(', ')}.`, true);
  }
}

/** `verdict`: the most serious verdict of the run, empty when no rollout PR was evaluated. */
export function setReportOutputs(runner: Pick<Runner, 'setOutput'>, pulls: readonly ReportedPull[]): void {
  const rollouts = pulls.flatMap(({ outcome }) => outcome.rollouts.map((r) => ({ pr: outcome.pr.number, r })));
  const verdict: Verdict | '' = VERDICT_PRECEDENCE.find((v) => rollouts.some(({ r }) => r.verdict === v)) ?? '';
  const gates = rollouts.map(({ pr, r }) =>
    r.report
      ? { pullRequest: pr, ...gateReportJson(r.report) }
      : { pullRequest: pr, plan: r.plan, from: null, phase: null, verdict: r.verdict, reasons: r.reasons, gates: [] },
  );
  runner.setOutput('verdict', verdict);
  runner.setOutput('gates', JSON.stringify(gates));
}
