// The watch record as Markdown lines for the phase issue: a gate table (value, threshold, status,
// the newest sample's time and its age at the evaluation, when evaluated) and the daily history, newest day first. Every text from the plan or a provider
// is escaped. Nothing here depends on the clock: the same record always renders the same lines.
import type { GateStatus } from '../gates/model.ts';
import { formatDuration } from '../plan/duration.ts';
import type { Response } from '../plan/reversibility.ts';
import { escapeMarkdownInline } from '../text/markdown-inline.ts';
import { breakComments } from '../text/markers.ts';
import { plural } from '../text/plural.ts';
import { formatTime } from '../text/time.ts';
import { failureProgress, hasFailed, isNoDataProblem, noDataProgress } from './analysis.ts';
import type { GateReading, WatchRecord } from './readings.ts';
import { watchVerdict } from './verdict.ts';

const STATUS_WORD: Record<GateStatus, string> = {
  pass: '✅ pass',
  pending: '⏳ pending',
  fail: '❌ fail',
  inconclusive: '❔ no data',
  error: '⚠️ error',
  rollback: '🛑 roll back',
};

const cell = (text: string) => breakComments(escapeMarkdownInline(text));

/**
 * A gate's status with its analysis counts: a failing reading within its failure limit holds
 * (`❌ failing, 1 of 3`), at the limit it fails or asks for a rollback; readings without data say
 * how many in a row once an inconclusive limit is set.
 */
function statusCell(g: GateReading): string {
  const failing = failureProgress(g);
  if (failing) {
    if (!hasFailed(g))
      return `❌ failing, ${failing.count} of ${failing.limit}${g.status === 'rollback' ? ' before a roll back' : ''}`;
    return `${STATUS_WORD[g.status]}, ${failing.limit} in a row`;
  }
  const noData = noDataProgress(g);
  if (noData) {
    if (isNoDataProblem(g)) return `${STATUS_WORD[g.status]}, ${noData.count} in a row: a problem`;
    return `${STATUS_WORD[g.status]}, ${noData.count} of ${noData.limit}`;
  }
  return STATUS_WORD[g.status];
}

export interface RenderOptions {
  /** Leave out the daily history table (a body near GitHub's size limit); the hidden record keeps it. */
  withoutHistory?: boolean;
  /** How the phase answers a crossed rollback threshold: the verdict line says ROLL FORWARD for `roll-forward`. */
  response?: Response;
}

/**
 * The age of the data: the newest sample's time and how long before the evaluation it was, both
 * fixed by the record (never by the clock), so the cell changes only when the record does.
 */
export function dataAge(reading: Pick<GateReading, 'status' | 'sampledAt'>, evaluatedAt: string): string {
  if (reading.sampledAt === undefined)
    return reading.status === 'pass' || reading.status === 'fail' || reading.status === 'rollback' ? 'not dated' : '—';
  const ms = Date.parse(evaluatedAt) - Date.parse(reading.sampledAt);
  const age = ms === 0 ? 'at evaluation' : `${formatDuration(Math.abs(ms))} ${ms > 0 ? 'before' : 'after'} evaluation`;
  return `${formatTime(reading.sampledAt)} (${age})`;
}

export function renderReadings(record: WatchRecord, options: RenderOptions = {}): string[] {
  const lines = [
    `**Gate readings** (measured by Rollbook; evaluated ${formatTime(record.evaluatedAt)})`,
    '',
    ...(record.gates.length > 0
      ? [`Verdict of the measured gates: **${watchVerdict(record, options.response ?? 'roll-back').verdict}**.`, '']
      : []),
    '| Gate | Value | Threshold | Status | Newest sample |',
    '| --- | --- | --- | --- | --- |',
    ...record.gates.map(
      (g) =>
        `| ${cell(g.title)} | ${cell(g.value)} | ${cell(g.threshold)} | ${statusCell(g)} | ${dataAge(g, record.evaluatedAt)} |`,
    ),
  ];
  if (!options.withoutHistory && record.days.length > 0 && record.gates.length > 0) {
    lines.push(
      '',
      `<details><summary>Daily history (worst reading of each day, last ${plural(record.days.length, 'day')})</summary>`,
      '',
      `| Day | ${record.gates.map((g) => cell(g.title)).join(' | ')} |`,
      `| --- |${record.gates.map(() => ' --- |').join('')}`,
    );
    for (const day of [...record.days].reverse()) {
      const cells = record.gates.map((g) => {
        const reading = Object.hasOwn(day.gates, g.gate) ? day.gates[g.gate] : undefined;
        if (!reading) return '—';
        // A number is worth showing; "no data" or a provider error is said by the status already.
        const measured = reading.status === 'pass' || reading.status === 'fail' || reading.status === 'rollback';
        return measured ? `${STATUS_WORD[reading.status]} ${cell(reading.value)}` : STATUS_WORD[reading.status];
      });
      lines.push(`| ${day.day} | ${cells.join(' | ')} |`);
    }
    lines.push('', '</details>');
  }
  return lines;
}
