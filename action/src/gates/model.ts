// The data that flows through gate evaluation. Inputs are plain facts gathered at the
// edges (metric readings, the phase's audit trail, the PR head's checks); outputs are
// JSON-ready (times as ISO strings) so the action can post them as outputs unchanged.
// See docs/gates.md for the semantics and docs/adr/0008-gate-verdicts.md for the why.
import type { GateKind } from '../plan/gate-kind.ts';
import type { Direction } from '../plan/metric-direction.ts';
import type { Response } from '../plan/reversibility.ts';
import type { Environment } from '../plan/schema.ts';
import type { StageProgress, StageTick } from '../plan/stages.ts';
import type { MetricReading, RangePoint, RangeReading } from './providers/types.ts';

export type { MetricReading, RangePoint, RangeReading };

/**
 * The answer to "can we promote today?", in precedence order (see VERDICT_PRECEDENCE). ROLL
 * FORWARD replaces ROLL BACK when the phase being left cannot be undone or the plan's policy
 * prefers rolling forward (plan/reversibility.ts): a verdict never asks for an impossible rollback.
 */
export type Verdict = 'PROMOTE' | 'HOLD' | 'ROLL BACK' | 'ROLL FORWARD' | 'FROZEN';

/**
 * One gate's outcome. Only `pass` lets a promotion through; `rollback` asks for a
 * rollback; every other status holds.
 * - pending: waiting for time, a person or a check (bake, sign-off, running check);
 * - fail: measured and outside its threshold, or a check that did not succeed;
 * - inconclusive: no number to judge (no data, NaN, ±Inf, nothing measured);
 * - error: the metric could not be read (provider down, timeout, bad answer).
 */
export type GateStatus = 'pass' | 'pending' | 'fail' | 'inconclusive' | 'error' | 'rollback';

/** What a result judges: a plan gate's kind, or the phase's bake, ramp and checklist, which the report treats as gates. */
export type GateResultKind = 'bake' | 'ramp' | GateKind | 'checklist' | 'dependency';

export type Compare = 'absolute' | 'baseline' | 'week-over-week';

/** Commit status states and check-run statuses/conclusions, as GitHub spells them. */
export const CHECK_STATES = [
  'success',
  'neutral',
  'skipped',
  'pending',
  'queued',
  'in_progress',
  'waiting',
  'requested',
  'expected',
  'failure',
  'error',
  'cancelled',
  'timed_out',
  'action_required',
  'stale',
  'startup_failure',
] as const;
export type CheckState = (typeof CHECK_STATES)[number];

/** What was read for one metric gate, already fetched (see collect.ts). */
export interface MetricGateReadings {
  /** The metric's query at the evaluation time. */
  current: MetricReading;
  /** compare: baseline: the control query at the same time. */
  baseline?: MetricReading;
  /** compare: week-over-week: the same query seven days earlier. */
  lastWeek?: MetricReading;
  /** Series for the history table and chart, when the provider can give one. */
  history?: {
    series: RangeReading;
    /** The control series (baseline), or last week's series with its times moved forward 7 days. */
    reference?: RangeReading;
  };
}

/** Readings by gate id (see gateIds). A metric gate without an entry is inconclusive. */
export type Measurements = Readonly<Record<string, MetricGateReadings>>;

/** A sign-off recorded on the phase (from the checklist issue's audit trail). */
export interface Signoff {
  /** The id of the sign-off gate it answers (gateIds of the phase being left). */
  gate: string;
  /** Who signed: `@alice`. */
  by: string;
  at: Date;
  /**
   * The approver entry this sign-off counts for when `by` is not listed itself, e.g.
   * `@acme/sre-leads` after the caller checked that alice is in that team.
   */
  as?: string;
}

/** A manual gate confirmed by ticking it. */
export interface ManualTick {
  gate: string;
  by?: string;
  at?: Date;
}

/** Facts about the phase being left, from its checklist issue and audit trail. */
export interface PhaseFacts {
  /** When the phase was activated (its bake started). Absent: not started, the bake cannot pass. */
  activatedAt?: Date;
  /**
   * In a phase with stages: each stage's verified tick, in order. The ramp gate reads them, and the
   * bake then starts at the end of the last stage's hold instead of at `activatedAt`. Absent when not
   * tracked (the CLI): no ramp gate then.
   */
  stages?: readonly StageTick[];
  signoffs?: readonly Signoff[];
  manual?: readonly ManualTick[];
  /** The phase issue's checklist. Absent when not tracked (the CLI): no checklist gate then. */
  checklist?: { done: number; total: number; open?: readonly string[] };
  /**
   * How far the phases of other plans that the phase promoted into waits for (`dependsOn`) are,
   * by `plan/phase`: a state as the sync names it (`done`, `baking`, …). A dependency without an
   * entry is not known to be done, so it holds.
   */
  dependencies?: Readonly<Record<string, string>>;
}

/** Facts about the pull request, read on its head commit. */
export interface PullRequestFacts {
  /** Check runs and commit statuses by name: the latest of each. */
  checks?: Readonly<Record<string, CheckState>>;
  labels?: readonly string[];
  /** The PR author, `@login`, for sign-offs with allowAuthor: false. */
  author?: string;
}

/** A lesson guard that applies to the plan, shown with why it exists. */
export interface LessonGuard {
  id: string;
  title: string;
  why: string;
  status?: 'pass' | 'pending' | 'fail' | 'waived';
  /** Where the lesson is written up: an http(s) URL or a repository-relative path. */
  href?: string;
  waivedReason?: string;
}

export interface PhaseRef {
  id: string;
  title: string;
  environment: Environment;
  index: number;
}

export interface MetricDetail {
  name: string;
  unit?: string;
  provider: string;
  compare: Compare;
  direction: Direction;
  signal: 'positive' | 'negative';
  /** The query as sent (window placeholder filled in). */
  query: string;
  baselineQuery?: string;
  window?: string;
  value?: number;
  /** The newest sample behind `value`, when the provider dated it (freshness, json-file points). */
  sampledAt?: Date;
  /** The control value (baseline) or last week's value (week-over-week). */
  reference?: number;
  /** How much worse than the reference, as a fraction (0.15 = 15% worse); negative when better. */
  regression?: number;
  thresholds: { max?: number; min?: number; maxRegression?: number; rollbackAt?: number };
  /** Where the value came from (provider and URL or file). */
  source?: string;
  /** Why there is no value, or what else went wrong. */
  problem?: string;
}

export interface SignoffDetail {
  required: number;
  approvers: string[];
  signed: { by: string; at: string; as?: string }[];
  /** Sign-offs that do not count, and why (not an approver, the author). */
  refused: { by: string; at: string; why: string }[];
}

export interface BakeDetail {
  requiredMs: number;
  required: string;
  activatedAt?: string;
  elapsedMs?: number;
  remainingMs?: number;
  /** When the bake completes, when it has started. */
  endsAt?: string;
}

/** How far the ramp of the phase being left got (plan/stages.ts), with its size. */
export interface RampDetail extends StageProgress {
  stages: number;
  /** The holds added up, e.g. `45m`; absent when no stage holds. */
  holds?: string;
}

export interface GateResult {
  id: string;
  kind: GateResultKind;
  /** A short name for tables: `bake`, `error_rate`, `check integration-tests`, `sign-off`. */
  title: string;
  status: GateStatus;
  /** One line on what was found, for the gate table. */
  summary: string;
  /** For any status but pass: what is missing, e.g. `bake: 7h 12m left`. */
  reason?: string;
  metric?: MetricDetail;
  check?: { name: string; state?: CheckState };
  signoff?: SignoffDetail;
  manual?: { text: string; by?: string; at?: string };
  bake?: BakeDetail;
  ramp?: RampDetail;
  checklist?: { done: number; total: number; open: string[] };
  /** A `dependsOn` phase of another plan: `plan/phase`, and its state when known. */
  dependency?: { phase: string; state?: string };
}

export type FreezeStatus = 'active' | 'waived' | 'upcoming' | 'inactive' | 'out-of-scope';

export interface FreezeResult {
  name: string;
  reason: string;
  status: FreezeStatus;
  /** When an active or waived freeze ends (exclusive, UTC midnight). */
  until?: string;
  /** When an upcoming freeze starts. */
  startsAt?: string;
  environments?: string[];
  allowHotfix: boolean;
}

export interface PhaseEvaluation {
  plan: { name: string; title: string; owners: string[] };
  /** The phase being left; its gates are the ones evaluated. Absent when promoting into the first phase. */
  from?: PhaseRef;
  /** The phase the PR promotes to. */
  to: PhaseRef;
  at: string;
  verdict: Verdict;
  /**
   * How a crossed rollback threshold is answered in the phase being left: roll back, or roll
   * forward (something there cannot be undone, or the policy prefers it). Absent with no phase to leave.
   */
  response?: Response;
  /** What in the phase being left cannot be undone, with its roll-forward plan, one line each. */
  rollForward?: string[];
  /** Everything standing in the way, most serious first; empty on PROMOTE. */
  reasons: string[];
  gates: GateResult[];
  freezes: FreezeResult[];
}
