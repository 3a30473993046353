// Words shared by the Markdown and text reports, so both say the same thing.
import { formatDuration } from '../../plan/duration.ts';
import type { Response } from '../../plan/reversibility.ts';
import { formatPercent } from '../../text/number.ts';
import { formatTime } from '../../text/time.ts';
import type { HistoryColumn } from '../history.ts';
import { describeThresholds, measuredText } from '../metric-gate.ts';
import type { GateResult, GateStatus, PhaseEvaluation, Verdict } from '../model.ts';

/** Status words, never symbols or emoji: they read the same on a screen reader. */
export const STATUS_WORD: Readonly<Record<GateStatus, string>> = {
  pass: 'PASS',
  pending: 'PENDING',
  fail: 'FAIL',
  inconclusive: 'NO DATA',
  error: 'ERROR',
  rollback: 'ROLL BACK',
};

/**
 * A gate's status word in this evaluation: a crossed rollback threshold reads ROLL FORWARD where
 * the phase being left cannot roll back (or its policy rolls forward).
 */
export function statusWord(status: GateStatus, response: Response | undefined): string {
  return status === 'rollback' && response === 'roll-forward' ? 'ROLL FORWARD' : STATUS_WORD[status];
}

/** The sentence after the verdict word on the first line. Plan text is returned raw: callers escape it. */
export function headline(evaluation: PhaseEvaluation): { verdict: Verdict; sentence: string } {
  const { plan, from, to, verdict } = evaluation;
  const move = from ? `from ${from.title} to ${to.title}` : `into ${to.title}`;
  const sentences: Record<Verdict, string> = {
    PROMOTE: `Ready to promote ${plan.title} ${move}.`,
    HOLD: `Not yet ready to promote ${plan.title} ${move}.`,
    FROZEN: `Promotion of ${plan.title} ${move} is frozen.`,
    'ROLL BACK': `Roll back ${plan.title}${from ? ` in ${from.title}` : ''}: a metric crossed its rollback threshold.`,
    'ROLL FORWARD': `Roll forward ${plan.title}${from ? ` in ${from.title}` : ''}: a metric crossed its rollback threshold, and ${
      evaluation.rollForward?.length
        ? 'this phase cannot be rolled back; follow its roll-forward plan'
        : "the plan's policy is to fix forward rather than undo"
    }.`,
  };
  return { verdict, sentence: sentences[verdict] };
}

/** The cells of one gate-table row, as raw text (callers escape); `queries` are shown as code. */
export interface GateRow {
  gate: string;
  measured: string;
  threshold: string;
  status: string;
  source: string;
  /** Queries to show as code: the metric's, then the control's. */
  queries: string[];
}

const RAMP_WAIT_WORD = {
  tick: 'next stage waits for a tick',
  hold: 'holding',
  person: 'paused for a person',
  done: 'done',
} as const;

export function gateRow(gate: GateResult, response?: Response): GateRow {
  const status = statusWord(gate.status, response);
  const row: GateRow = { gate: gate.title, measured: gate.summary, threshold: '', status, source: '', queries: [] };
  switch (gate.kind) {
    case 'bake': {
      const bake = gate.bake!;
      // The end time, not the time elapsed or left: those would change the report every minute.
      if (!bake.endsAt) row.measured = 'not started';
      else row.measured = `${bake.remainingMs === 0 ? 'ended' : 'ends'} ${formatTime(bake.endsAt)}`;
      row.threshold = formatDuration(bake.requiredMs);
      row.source = bake.activatedAt ? `activated ${formatTime(bake.activatedAt)}` : 'phase not activated';
      break;
    }
    case 'metric': {
      const metric = gate.metric;
      if (!metric) {
        row.source = 'plan';
        break;
      }
      row.measured = metricMeasured(gate);
      row.threshold = describeThresholds(metric, response === 'roll-forward' ? 'roll forward' : 'roll back');
      row.source = metric.source ?? metric.provider;
      row.queries = metric.baselineQuery ? [metric.query, metric.baselineQuery] : [metric.query];
      break;
    }
    case 'check':
      row.measured = gate.check?.state?.replace(/_/g, ' ') ?? 'not reported';
      row.threshold = 'success';
      row.source = 'PR head';
      break;
    case 'signoff': {
      const s = gate.signoff!;
      row.measured = `${s.signed.length} of ${s.required}`;
      row.threshold = `${s.required} from ${s.approvers.join(', ')}`;
      row.source = 'phase issue';
      break;
    }
    case 'manual':
      row.measured = gate.summary;
      row.threshold = gate.manual?.text ?? '';
      row.source = 'phase issue';
      break;
    case 'ramp': {
      const ramp = gate.ramp!;
      row.measured =
        ramp.waiting === 'done'
          ? `all ${ramp.stages} stages done`
          : ramp.reached === 0
            ? 'not started'
            : `stage ${ramp.reached} of ${ramp.stages}, ${RAMP_WAIT_WORD[ramp.waiting]}${
                ramp.waiting === 'hold' && ramp.holdEndsAt ? ` until ${formatTime(ramp.holdEndsAt)}` : ''
              }`;
      row.threshold = `${ramp.stages} stages in order${ramp.holds ? `, holds ${ramp.holds}` : ''}`;
      row.source = 'phase issue';
      break;
    }
    case 'checklist':
      row.threshold = 'every item ticked';
      row.source = 'phase issue';
      break;
    case 'dependency':
      row.threshold = 'done';
      row.source = `${gate.dependency!.phase.split('/')[0]}'s phase issue`;
      break;
  }
  return row;
}

function metricMeasured(gate: GateResult): string {
  const metric = gate.metric!;
  if (metric.value === undefined)
    return gate.status === 'error' ? `error: ${metric.problem}` : (metric.problem ?? gate.summary);
  const also = metric.reference === undefined ? [] : [metric.reference];
  let text = measuredText(metric, metric.value, also);
  if (metric.reference !== undefined && metric.regression !== undefined) {
    const against = metric.compare === 'baseline' ? 'control' : 'last week';
    const sign = metric.regression > 0 ? 'worse' : metric.regression < 0 ? 'better' : 'same';
    const amount = metric.regression === 0 ? '' : `${formatPercent(Math.abs(metric.regression))} `;
    text += ` (${against} ${measuredText(metric, metric.reference, [metric.value])}, ${amount}${sign})`;
  } else if (metric.problem) {
    text += ` (${metric.problem})`;
  }
  return text;
}

/** The control or last week, as a relative gate's values name what they are compared with. */
const AGAINST_WORD = { baseline: 'control', 'week-over-week': 'last week' } as const;

/** A history column's heading: the gate and what it is compared with, `error_rate (≤ 1%, roll back above 5%)`. */
export function historyHeader(column: HistoryColumn, evaluation: PhaseEvaluation): string {
  const metric = evaluation.gates.find((g) => g.id === column.gateId)?.metric;
  if (!metric) return column.metric;
  const act = evaluation.response === 'roll-forward' ? 'roll forward' : 'roll back';
  return `${column.metric} (${describeThresholds(metric, act)})`;
}

/** A history cell: the day's value in the metric's unit, with the control's or last week's beside a relative gate's. */
export function historyCell(
  column: HistoryColumn,
  value: number | null,
  reference: number | null,
  evaluation: PhaseEvaluation,
): string {
  if (value === null) return 'no data';
  const metric = evaluation.gates.find((g) => g.id === column.gateId)?.metric;
  const detail = metric ?? { thresholds: {}, ...(column.unit === undefined ? {} : { unit: column.unit }) };
  const shown = measuredText(detail, value, reference === null ? [] : [reference]);
  if (!metric || metric.compare === 'absolute' || reference === null) return shown;
  return `${shown} (${AGAINST_WORD[metric.compare]} ${measuredText(detail, reference, [value])})`;
}
