// Rendering a gate report: Markdown for the PR comment and job summary, plain text for
// the terminal, JSON for the action's outputs. Pure given the templates (load them with
// loadReportTemplates, which compiles them in strict mode, so a typo in an override template
// fails loudly instead of printing nothing); escaping happened in the view already.
import { trimLineEnds } from '../../text/normalize.ts';
import { wrapLine } from '../../text/wrap.ts';
import { statusForVerdict } from '../commit-status.ts';
import type { GateReport } from './build.ts';
import type { ReportTemplates } from './templates.ts';
import { markdownView, TEXT_REPORT_WIDTH, textView } from './view.ts';

export type ReportFormat = 'md' | 'text';

/** Blank-line runs collapsed and one final newline, so optional sections leave no gaps. */
function tidy(text: string): string {
  return `${trimLineEnds(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

export function renderGateReport(report: GateReport, format: ReportFormat, templates: ReportTemplates): string {
  if (format === 'md') return tidy(templates.markdown(markdownView(report)));
  // Lines the template wrote past the width (plan text in reasons, notes, lessons) wrap there.
  const text = tidy(templates.text(textView(report)));
  return `${text
    .trimEnd()
    .split('\n')
    .flatMap((line) => wrapLine(line, TEXT_REPORT_WIDTH))
    .join('\n')}\n`;
}

/** The per-gate results and verdict as JSON-ready data, for action outputs and `--format json`. */
export function gateReportJson(report: GateReport) {
  const { evaluation, history, charts } = report;
  return {
    plan: evaluation.plan.name,
    from: evaluation.from?.id ?? null,
    phase: evaluation.to.id,
    at: evaluation.at,
    verdict: evaluation.verdict,
    reasons: evaluation.reasons,
    status: statusForVerdict(evaluation.verdict, evaluation.reasons),
    gates: evaluation.gates,
    freezes: evaluation.freezes,
    history,
    charts: charts.map(({ gateId, metric, labels, lines }) => ({ gateId, metric, labels, lines })),
  };
}
