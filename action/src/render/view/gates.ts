// Gates in the runbook's Markdown: the table row of a phase's gates, the previous phase's gates as
// entry criteria, and the gates that recommend a rollback. Code spans differ between tables and
// prose, so each description is built with the caller's code-span function. The kind comes from
// plan/gate-kind.ts; this richer form (units, baseline query, catalogue check) is the runbook's
// own, while plan/gate-kind.ts `describeGate` is the plain one-line form everywhere else.

import { authorMaySignOff, effectiveWindow, signoffsNeeded } from '../../plan/gate-defaults.ts';
import { classifyGate, type GateKind } from '../../plan/gate-kind.ts';
import { metricDirection, worseSide } from '../../plan/metric-direction.ts';
import type { Response } from '../../plan/reversibility.ts';
import type { Gate, Metric, RolloutPlan } from '../../plan/schema.ts';
import type { CellMd, InlineMd, TextMd } from '../../text/brands.ts';
import { cellCodeSpan, codeSpan } from '../../text/markdown-code.ts';
import { formatThreshold } from '../../text/number.ts';
import { EMPTY_CELL, md, mentions, numberText, text } from './format.ts';
import type { GateRow } from './types.ts';

type CodeStyle<T extends string> = (value: string) => T;

/** The kind column of the gate table; a gate of no kind (rejected by validation) reads as manual. */
const KIND_CELL: Record<GateKind, CellMd> = {
  metric: 'metric' as CellMd,
  check: 'check' as CellMd,
  signoff: 'sign-off' as CellMd,
  manual: 'manual' as CellMd,
};

export function metricOf(plan: RolloutPlan, name: string | undefined): Metric | undefined {
  return name !== undefined && Object.hasOwn(plan.metrics, name) ? plan.metrics[name] : undefined;
}

/** A threshold as the gate report shows it (text/number.ts): `1%` for a ratio of 0.01, `250 ms`. */
function withUnit(value: number, metric: Metric | undefined): TextMd {
  return text(formatThreshold(value, metric?.unit));
}

function label<T extends string>(gate: Gate, code: CodeStyle<T>): T {
  if (gate.id !== undefined) return code(gate.id);
  const classified = classifyGate(gate);
  switch (classified?.kind) {
    case 'metric':
      return code(classified.gate.metric);
    case 'check':
      return code(classified.gate.check);
    case 'signoff':
      return 'sign-off' as T;
    default:
      return 'manual check' as T;
  }
}

function bounds(gate: Gate, metric: Metric | undefined): TextMd | undefined {
  const { min, max } = gate;
  if (min !== undefined && max !== undefined) return md`between ${withUnit(min, metric)} and ${withUnit(max, metric)}`;
  if (max !== undefined) return md`≤ ${withUnit(max, metric)}`;
  if (min !== undefined) return md`≥ ${withUnit(min, metric)}`;
  return undefined;
}

function metricThreshold<T extends string>(gate: Gate, metric: Metric | undefined, code: CodeStyle<T>): T {
  const parts: string[] = [];
  const regression = gate.maxRegression === undefined ? undefined : text(gate.maxRegression);
  if (gate.compare === 'baseline') {
    parts.push(`at most ${regression ?? 'no'} worse than the baseline`);
    if (gate.baseline !== undefined) parts.push(md<T>`baseline query ${code(gate.baseline)}`);
  } else if (gate.compare === 'week-over-week') {
    parts.push(`at most ${regression ?? 'no'} worse than the same window 7 days earlier`);
  }
  const limit = bounds(gate, metric);
  if (limit) parts.push(limit);
  if (metric === undefined) parts.push('metric not in the catalogue');
  return (parts.length > 0 ? parts.join('; ') : 'no threshold set') as T;
}

function signoffThreshold(gate: Gate & { signoff: string[] }): TextMd {
  const count = signoffsNeeded(gate);
  const who = mentions(gate.signoff);
  const author = authorMaySignOff(gate) ? '' : ', not the author';
  return md`${numberText(count)} of ${who}${author as TextMd}`;
}

function threshold<T extends string>(gate: Gate, plan: RolloutPlan, code: CodeStyle<T>): T {
  const classified = classifyGate(gate);
  switch (classified?.kind) {
    case 'metric':
      return metricThreshold(gate, metricOf(plan, classified.gate.metric), code);
    case 'check':
      return 'succeeds' as T;
    case 'signoff':
      return signoffThreshold(classified.gate) as string as T;
    case 'manual':
      return text(classified.gate.manual) as string as T;
    case undefined:
      return text('') as string as T;
  }
}

function windowOf(gate: Gate, plan: RolloutPlan): string | undefined {
  return effectiveWindow(gate, metricOf(plan, gate.metric));
}

/** "above 0.5 s" where lower is better, "below 0.95" where higher is (plan/metric-direction.ts). */
function rollbackCrossing(gate: Gate, plan: RolloutPlan): TextMd | undefined {
  if (gate.rollbackAt === undefined) return undefined;
  const metric = metricOf(plan, gate.metric);
  // A gate on a metric missing from the catalogue (refused by validation) reads as lower-is-better.
  const side = worseSide(metric ? metricDirection(metric) : 'lower-is-better');
  return md`${side as TextMd} ${withUnit(gate.rollbackAt, metric)}`;
}

export function gateRow(gate: Gate, plan: RolloutPlan): GateRow {
  const window = windowOf(gate, plan);
  return {
    gate: label<CellMd>(gate, cellCodeSpan),
    kind: KIND_CELL[classifyGate(gate)?.kind ?? 'manual'],
    threshold: threshold<CellMd>(gate, plan, cellCodeSpan),
    window: window === undefined ? EMPTY_CELL : text(window),
    rollbackAt: rollbackCrossing(gate, plan) ?? EMPTY_CELL,
  };
}

/** One gate as a sentence for entry criteria, e.g. "`vault_errors`: ≤ 0.001 ratio over 1h." */
export function gateSentence(gate: Gate, plan: RolloutPlan): InlineMd {
  const window = windowOf(gate, plan);
  const over = window === undefined ? ('' as TextMd) : md<TextMd>` over ${text(window)}`;
  const sentence = md<InlineMd>`${label<InlineMd>(gate, codeSpan)}: ${threshold<InlineMd>(gate, plan, codeSpan)}${over}`;
  // A manual gate's own text may already end the sentence.
  return (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`) as InlineMd;
}

/** "Roll back when" or "Roll forward when": how the phase answers a crossed threshold. */
export function actWhen(response: Response): TextMd {
  return (response === 'roll-forward' ? 'Roll forward when' : 'Roll back when') as TextMd;
}

/** "Roll back when `token_latency_p99` is above 0.5 s.", or undefined without rollbackAt. */
export function rollbackTrigger(gate: Gate, plan: RolloutPlan, response: Response = 'roll-back'): InlineMd | undefined {
  const crossing = rollbackCrossing(gate, plan);
  if (!crossing) return undefined;
  return md<InlineMd>`${actWhen(response)} ${label<InlineMd>(gate, codeSpan)} is ${crossing}.`;
}
