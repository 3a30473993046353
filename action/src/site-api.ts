// What the documentation site (site/) uses of the engine: the one module it imports from
// action/src, so the coupling between the two programs is this list and nothing else. The site
// runs at build time in Node (Astro), so loaders that read files are fine here. Inside the
// engine, modules import the file that defines what they need (docs/adr/0013-entry-modules.md);
// action/test/architecture/imports.test.ts keeps the site to this entry.

export { ATOM_CONTENT_TYPE } from './atom/feed.ts';
export { readSharedLessons } from './cli/shared-lessons.ts';
export { type CalendarRules, calendarRulesOf } from './config/calendar-rules.ts';
export { loadConfig } from './config/load.ts';
export { CONFIG_FILE, type RollbookConfig } from './config/schema.ts';
export { countBySeverity, type Diagnostic } from './diagnostics/diagnostic.ts';
export { formatDiagnosticText, formatSummaryText, PLAIN } from './diagnostics/format-text.ts';
export { gateIds } from './gates/gate-id.ts';
export type { GateStatus } from './gates/model.ts';
export { calendarFile, type PlanProjection } from './ics/calendar-file.ts';
export { MAX_KPI_TEXT, MAX_REVIEW_KPIS, parseStatusKpiReview } from './kpi-review/status.ts';
export {
  type KpiOutcomeLabel,
  type KpiReviewRow,
  type KpiReviewView,
  kpiReviewView,
} from './kpi-review/status-view.ts';
export { describeGuard } from './lessons/describe.ts';
export { lessonsFeed } from './lessons/feed.ts';
export { lessonName, parseLessonRef } from './lessons/ids.ts';
export { lessonsDirOf } from './lessons/load.ts';
export { type AppliedGuard, type GuardFreeze, matchGuards, type PlanGuards } from './lessons/match.ts';
export { type LessonRef, validLessons } from './lessons/parse.ts';
export { LESSON_SEVERITIES, type Lesson, TRIGGERS } from './lessons/schema.ts';
export type { LessonOrigin } from './lessons/shared/source.ts';
export { withGuardFreezes } from './lessons/views.ts';
export { RULES } from './lint/rules.ts';
export { isStructuredTarget, rampText, targetLabel } from './plan/audience.ts';
export {
  type CalendarDelay,
  freezeRule,
  frozenDaysWithin,
  type PhaseWindow,
  projectCalendar,
} from './plan/calendar.ts';
export { calendarTimeText, delayLabel, minutesText, shownTimeZone } from './plan/calendar-text.ts';
export { formatDuration } from './plan/duration.ts';
export { classifyGate, describeGate, isGateOfKind } from './plan/gate-kind.ts';
export { goodWhen } from './plan/metric-direction.ts';
export { projectPlans } from './plan/plan-calendars.ts';
export {
  irreversibleParts,
  isMarkedIrreversible,
  phaseResponse,
  type Response,
  rollForwardOf,
} from './plan/reversibility.ts';
export { planDeadline, windowHours } from './plan/schedule.ts';
export type { Flag, Freeze, Gate, Metric, Phase, RolloutPlan, Stage, Step } from './plan/schema.ts';
export { stageAction, totalHoldMs } from './plan/stages.ts';
export {
  PORTFOLIO_SCHEMA,
  type PortfolioFile,
  type PortfolioGuardFreeze,
  type PortfolioLesson,
  type PortfolioOverlap,
  type PortfolioPhase,
  type PortfolioPlan,
  type PortfolioRepository,
  type PortfolioScope,
} from './portfolio/model.ts';
export { findOverlaps, freezesOf, MAX_OVERLAPS, phasesToRun } from './portfolio/overlaps.ts';
export { renderPhaseFlow } from './render/html/flow-svg.ts';
export { markdownToHtml } from './render/html/markdown-to-html.ts';
export type {
  GateReadingStatus,
  KpiReviewStatus,
  KpiStatus,
  PlanStatus,
  RampStatus,
  ReadingsStatus,
  StatusFile,
} from './rollout-status/model.ts';
export { isTime as isStatusTime, parseStatusReadings } from './rollout-status/readings.ts';
export { compareCodePoints } from './text/order.ts';
export { plural, pluralNoun } from './text/plural.ts';
export { endsSentence, joinPhrases } from './text/sentences.ts';
export { formatTime } from './text/time.ts';
export { describeOrigin, whyLabel } from './text/why-label.ts';
export { escapeXml } from './text/xml.ts';
export { DAY_MS, HOUR_MS, MINUTE_MS } from './time/units.ts';
export { dataAge } from './watch/render.ts';
export { checkPlans } from './workspace/check-plans.ts';
