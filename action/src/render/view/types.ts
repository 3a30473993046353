// The data each runbook template receives. Every string that comes from a plan is already
// escaped for where it goes, and its type says where: TextMd (prose or table cell), InlineMd
// (prose only), CellMd (table cell only), BlockMd (a whole block), MermaidText. Optional prose is
// `null`; table cells are never empty (`—`). Documented for template authors in docs/templates.md;
// keep the two in step.
import type { BlockMd, CellMd, HtmlText, InlineMd, TextMd } from '../../text/brands.ts';

export interface RunbookView {
  /** What the calendar was projected from. */
  generated: { start: TextMd; noFridays: boolean; noWeekends: boolean };
  plan: PlanHeaderView;
  story: StoryView;
  flags: FlagRow[];
  compatibility: CompatibilityView;
  /** Production readiness; null when the plan has no `readiness` section. */
  readiness: ReadinessView | null;
  /** The phase flow as a ```mermaid fence. */
  flow: BlockMd;
  calendar: CalendarView;
  phases: PhaseView[];
  escalation: ContactRow[];
  policy: PolicyView;
}

export interface PlanHeaderView {
  /** metadata.name as a code span. */
  name: InlineMd;
  title: TextMd;
  /** The plan file, relative to the working directory, as a code span. */
  file: InlineMd;
  /** Owners as mentions (these may ping), comma-separated. */
  owners: TextMd;
  /** The author, inert (never pings); null when not given. */
  author: TextMd | null;
  /** Services as code spans, comma-separated. */
  services: InlineMd;
  tags: InlineMd | null;
  links: LinkView[];
}

export interface LinkView {
  /** `[title](url)`, or the title alone when the URL is not http(s). */
  link: TextMd;
  kind: TextMd | null;
}

export interface StoryView {
  problem: TextMd;
  size: TextMd;
  solution: TextMd;
  deliverables: TextMd[];
  impact: ImpactRow[];
  /** The KPI review from the status file (`rollbook render --status`); null without one. */
  review: KpiReviewSection | null;
}

/** The KPI review: one line for the plan, and each KPI measured beside its baseline and expectation. */
export interface KpiReviewSection {
  summary: TextMd;
  kpis: { kpi: CellMd; baseline: CellMd; expect: CellMd; measured: CellMd; outcome: CellMd }[];
}

export interface ImpactRow {
  kpi: CellMd;
  baseline: CellMd;
  expect: CellMd;
  metric: CellMd;
  reviewAfter: CellMd;
  /** How the KPI review reads `expect`: the threshold in the metric's unit, or why it cannot measure it. */
  reviewedAs: CellMd;
}

export interface FlagRow {
  key: CellMd;
  default: CellMd;
  owner: CellMd;
  system: CellMd;
  description: CellMd;
}

export interface CompatibilityView {
  breaking: boolean;
  mixedVersions: TextMd | null;
  deprecation: DeprecationRow[];
  migrations: MigrationView[];
}

export interface DeprecationRow {
  stage: CellMd;
  description: CellMd;
  plan: CellMd;
  status: CellMd;
}

export interface ReadinessView {
  upgrade: { how: TextMd; downgrade: TextMd; tested: TextMd | null } | null;
  versionSkew: TextMd | null;
  scalability: { load: TextMd | null; resources: TextMd | null; limits: TextMd | null } | null;
  troubleshooting: { failure: CellMd; detect: CellMd; mitigate: CellMd }[];
  dependencies: { name: CellMd; ifUnavailable: CellMd }[];
  /** `metrics` are code spans. */
  monitoring: { health: TextMd; metrics: InlineMd[]; alerts: TextMd[] } | null;
}

export interface MigrationView {
  id: InlineMd;
  description: TextMd;
  throttle: TextMd | null;
  /** "What, kept for how long" as a sentence; null without a backup. */
  backup: TextMd | null;
  mixedState: TextMd | null;
  verify: TextMd | null;
}

export interface CalendarView {
  start: TextMd;
  /** The plan's `schedule.timeZone`, shown beside UTC; null without one. */
  timeZone: TextMd | null;
  noFridays: boolean;
  noWeekends: boolean;
  /** Some phase has a `minWait`. */
  waits: boolean;
  /** Some phase's ramp stages hold (ADR 28): their holds come before its bake. */
  holds: boolean;
  rows: CalendarRow[];
  /** The plan's change windows; empty without any. */
  windows: ChangeWindowRow[];
  /** The plan's `finishBefore` and whether the projection meets it; null without one. */
  deadline: DeadlineView | null;
  freezes: FreezeRow[];
  /** When the last phase can finish earliest, e.g. "Mon 2026-11-02 09:00 UTC". */
  finish: TextMd;
  /** True when some phase found no start day within the look-ahead. */
  unscheduled: boolean;
}

export interface CalendarRow {
  number: number;
  /** Link to the phase's section. */
  phase: CellMd;
  environment: CellMd;
  start: CellMd;
  finish: CellMd;
  bake: CellMd;
  /** e.g. "`weekend` +2d, no-Friday rule +1d", or "—". */
  delays: CellMd;
}

export interface ChangeWindowRow {
  /** "Mon, Tue, Wed" or "every day". */
  days: CellMd;
  /** "09:00 to 16:00", in the plan's time zone. */
  hours: CellMd;
  /** Code spans, or "all". */
  environments: CellMd;
}

export interface DeadlineView {
  /** The deadline as a calendar time. */
  before: TextMd;
  /** Every phase is scheduled and the last finishes by the deadline. */
  met: boolean;
  /** How far the projected finish is from the deadline, e.g. "2d 4h" (to spare when met, late when not). */
  margin: TextMd;
}

export interface FreezeRow {
  name: CellMd;
  when: CellMd;
  environments: CellMd;
  reason: CellMd;
}

export interface PhaseView {
  number: number;
  /** Anchor of the heading "Phase {number}: {title}" (GitHub's algorithm). */
  anchor: string;
  title: TextMd;
  id: InlineMd;
  environment: TextMd;
  strategy: TextMd;
  /** Plain targets joined by commas, structured ones numbered in the order they are reached. */
  targets: TextMd | null;
  audience: TextMd | null;
  /** "The phase and step 4 `app-release` cannot be undone", or null when everything can. */
  irreversible: TextMd | null;
  /** Heading of the gate table's last column: "Roll back when" or "Roll forward when". */
  actWhen: TextMd;
  window: PhaseWindowView;
  entry: EntryView;
  steps: StepView[];
  /** The ramp inside the phase (`stages:`); null without one. */
  stages: StagesView | null;
  ramps: RampRow[];
  watch: WatchView;
  gates: GateRow[];
  signoffs: TextMd[];
  freezes: FreezeTouchView[];
  checklist: TextMd[];
  /** Checklist items and gates added by lessons. Empty until lessons land. */
  guards: GuardView[];
  exit: TextMd[];
  rehearsal: TextMd | null;
  wrong: WhenItGoesWrongView;
}

export interface PhaseWindowView {
  /** Earliest start, e.g. "Mon 2026-11-02 10:00 Europe/Berlin (09:00 UTC)". */
  start: TextMd;
  /** Earliest finish, worded as `start`. */
  finish: TextMd;
  /** Earliest start and finish as UTC instants to the minute, `2026-11-02T09:00Z`. */
  startUtc: TextMd;
  finishUtc: TextMd;
  bake: TextMd | null;
  /** The phase's `minWait` after the previous phase; null without one. */
  wait: TextMd | null;
  /** One sentence per delay, e.g. "`weekend` moved the start by 2d." */
  delays: TextMd[];
  scheduled: boolean;
}

export interface EntryView {
  first: boolean;
  /** Link to the previous phase; null for the first phase. */
  previous: TextMd | null;
  /** Earliest day the previous phase's bake ends; null for the first phase. */
  previousFinish: TextMd | null;
  /** The previous phase's gates, one sentence each. */
  criteria: InlineMd[];
}

export interface StepView {
  number: number;
  id: InlineMd;
  kind: TextMd;
  do: TextMd;
  /** A mention (may ping); null when the step has no owner. */
  owner: TextMd | null;
  command: BlockMd | null;
  /** null when the plan gives no rollback (the lint reports it, unless the step is irreversible). */
  rollback: { do: TextMd; command: BlockMd | null } | null;
  /** Set when the step cannot be undone: what stays, and how to roll forward (its own plan, else its phase's). */
  irreversible: { what: TextMd | null; rollForward: { do: TextMd; command: BlockMd | null } | null } | null;
  /** Ticking this step starts the bake timer (never in a phase with stages: the last stage's hold ends it). */
  activates: boolean;
  flag: InlineMd | null;
  migration: InlineMd | null;
}

export interface StageView {
  number: number;
  /** The stage's key in the checklist issue, as code. */
  key: InlineMd;
  /** The share, without the % sign. */
  percent: TextMd;
  cohort: TextMd | null;
  do: TextMd;
  command: BlockMd | null;
  /** The hold ticking this stage starts, e.g. `10m`. */
  hold: TextMd | null;
  /** What a person checks before the next stage (after the hold, if any). */
  pause: TextMd | null;
  /** What follows the stage, as a sentence: its hold, its pause, the next stage or the bake. */
  after: TextMd;
  last: boolean;
}

export interface StagesView {
  count: number;
  /** The holds added up, e.g. `30m`; null when no stage holds. */
  totalHold: TextMd | null;
  items: StageView[];
}

export interface RampRow {
  step: CellMd;
  flag: CellMd;
  stage: number;
  percent: CellMd;
  cohort: CellMd;
}

export interface WatchView {
  positive: MetricRow[];
  negative: MetricRow[];
  /** True when the phase gates no metric and names none as impact, so the whole catalogue is listed. */
  wholeCatalogue: boolean;
}

export interface MetricRow {
  name: CellMd;
  /** "higher" or "lower". */
  goodWhen: CellMd;
  unit: CellMd;
  window: CellMd;
  provider: CellMd;
  query: CellMd;
  description: CellMd;
  /** Link to the dashboard, or "—". */
  dashboard: CellMd;
  /** A gate of this phase reads this metric. */
  gated: boolean;
}

export interface GateRow {
  gate: CellMd;
  /** The threshold that calls for the phase's response (roll back or roll forward). */
  kind: CellMd;
  /** What must hold for the gate to pass. */
  threshold: CellMd;
  window: CellMd;
  rollbackAt: CellMd;
}

export interface FreezeTouchView {
  name: InlineMd;
  reason: TextMd;
  when: TextMd;
  /** How it affects the phase, e.g. "Moved the start by 2 days." */
  effect: TextMd;
}

export interface GuardView {
  kind: 'checklist' | 'gate';
  /** True for a gate (kind === 'gate'), for templates. */
  gate: boolean;
  text: InlineMd;
  why: { lessonId: TextMd; title: TextMd /** `[L-007 — title](href)` or plain text. */; link: TextMd };
}

export interface WhenItGoesWrongView {
  preferRollback: boolean;
  /** This phase's answer to a crossed threshold (plan/reversibility.ts): roll forward when it cannot be undone or the policy says so. */
  rollForward: boolean;
  /** The default decision as a sentence. */
  decision: TextMd;
  /** Label of the `rollForwardWhen` line: "Roll forward only when" under a roll-back response, else "Roll forward when". */
  rollForwardWhenLabel: TextMd;
  rollForwardWhen: TextMd | null;
  /** What cannot be undone in this phase and how to roll each forward, in order. */
  forward: ForwardItem[];
  /** The sentence before the undo list. */
  undoIntro: TextMd;
  maxRollbackMinutes: number | null;
  /** Gates with a rollback threshold, one sentence each. */
  triggers: InlineMd[];
  /** This phase's steps undone last-first. */
  undo: UndoItem[];
  contacts: ContactRow[];
  keepOldData: TextMd | null;
  /** Backups of migrations this phase runs, one sentence each. */
  backups: TextMd[];
}

export interface ForwardItem {
  /** `Step 3 \`app-release\`` or `The phase`. */
  part: TextMd;
  what: TextMd | null;
  /** null when the plan gives no roll-forward plan (lint reports it). */
  do: TextMd | null;
  command: InlineMd | null;
}

export interface UndoItem {
  number: number;
  id: InlineMd;
  do: TextMd;
  command: InlineMd | null;
}

export interface ContactRow {
  name: CellMd;
  handle: CellMd;
  role: CellMd;
  reach: CellMd;
}

export interface PolicyView {
  preferRollback: boolean;
  decision: TextMd;
  /** "Roll forward only when" under a roll-back policy, "Roll forward when" under a roll-forward one. */
  rollForwardWhenLabel: TextMd;
  rollForwardWhen: TextMd | null;
  keepOldData: TextMd | null;
  maxRollbackMinutes: number | null;
}

/** The index of all runbooks in one output directory. */
export interface IndexView {
  generated: { start: TextMd };
  runbooks: IndexRow[];
}

export interface IndexRow {
  /** `[title](file)` relative to the index. */
  link: CellMd;
  name: CellMd;
  owners: CellMd;
  phases: number;
  finish: CellMd;
  source: CellMd;
}

/** The HTML page shell around a rendered Markdown body. */
export interface PageView {
  title: HtmlText;
  /** Sanitized HTML. */
  body: HtmlText;
}
