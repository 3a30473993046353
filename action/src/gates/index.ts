// Gates: the public surface for the action and the CLI. Pure functions take data and
// return data; collectMeasurements and loadReportTemplates are the only I/O, and they use
// what they are given (providers, a directory). See docs/gates.md.
export { benchmarkGateEvaluation, type GateBenchOptions, type GateBenchResult } from './bench.ts';
export { buildCharts, type MetricChart } from './chart.ts';
export {
  type CollectInput,
  collectMeasurements,
  type MetricSource,
  planSources,
  type SourceRequest,
  type SourceResolver,
} from './collect.ts';
export {
  type BasePlan,
  DEFAULT_LABEL_PREFIX,
  type DetectOptions,
  detectRollout,
  MARKER_KEY,
  type PullRequestInfo,
  parseMarkers,
  type RolloutDetection,
  type RolloutMatch,
} from './detect.ts';
export { evaluateGate, type GateContext } from './evaluate-gate.ts';
export {
  type EvaluatePhaseInput,
  evaluatePhase,
  type PhaseTransition,
  phaseTransition,
  UnknownPhaseError,
} from './evaluate-phase.ts';
export { DEFAULT_HOTFIX_LABEL, evaluateFreezes } from './freeze.ts';
export { gateIds } from './gate-id.ts';
export { buildHistory, type HistoryTable } from './history.ts';
export { historyWindow } from './history-window.ts';
export { describeThresholds, evaluateMetricGate, metricDirection, regression } from './metric-gate.ts';
export type * from './model.ts';
export { buildGateReport, type GateReport, type GateReportInput } from './report/build.ts';
export { parseReportMarker, reportMarker } from './report/marker.ts';
export { gateReportJson, type ReportFormat, renderGateReport } from './report/render.ts';
export { loadReportTemplates, type ReportTemplates } from './report/templates.ts';
export { type CommitStatus, STATUS_CONTEXT, statusForNonRollout, statusForVerdict } from './status.ts';
export { decideVerdict, VERDICT_PRECEDENCE } from './verdict.ts';
