// The data the report templates see. Every string in it is already escaped for its
// format, so templates are compiled with noEscape and a user's override template cannot
// let plan text through unescaped by accident.
import { formatDuration } from '../../plan/duration.ts';
import { partName } from '../../plan/reversibility.ts';
import type { BlockMd, CellMd, TextMd } from '../../text/brands.ts';
import { cellCode, codeBlock, textWithMentions } from '../../text/github.ts';
import { joinMd } from '../../text/markdown-inline.ts';
import { safeHttpUrl, safeRelativeUrl } from '../../text/markdown-link.ts';
import { reportMarker } from '../../text/markers.ts';
import { normalizeLines, singleLine } from '../../text/normalize.ts';
import { formatTime, formatUtcDay } from '../../text/time.ts';
import { alignTable, wrapText } from '../../text/wrap.ts';
import type { PhaseEvaluation } from '../model.ts';
import { freezeReason } from '../verdict.ts';
import type { GateReport, Remedy } from './build.ts';
import { gateRow, headline, historyCell, historyHeader, statusWord } from './words.ts';

/** Handles that may be mentioned: the plan's owners and the approvers of its sign-off gates. */
export function allowedMentions(evaluation: PhaseEvaluation): Set<string> {
  const handles = [...evaluation.plan.owners, ...evaluation.gates.flatMap((g) => g.signoff?.approvers ?? [])];
  return new Set(handles.map((h) => h.toLowerCase()));
}

/** Plan text in one output format: escaped Markdown (typed) or one line of terminal text. */
type Escape<T extends string> = (text: string) => T;
/** Code as a block, in a language (`sh` for commands, `text` for queries): a fence in Markdown, kept lines in text. */
type Block<T extends string> = (text: string, language?: string) => T;

/** Rollback and roll-forward commands are shell, as in runbooks and checklist issues. */
const COMMAND_LANGUAGE = 'sh';

/** Link targets used as written: http(s) URLs and relative paths with nothing that could end the link. */
const SAFE_HREF = /^(https?:\/\/|\.{0,2}\/|[A-Za-z0-9_-]+\/)[^\s()<>"'`\\[\]\u0000-\u001f\u007f-\u009f]*$/;

/**
 * A lesson link: a repository path under `linkBase` (absolute, so it works from a PR page), an
 * http(s) URL as it is, or null when it is neither safe nor linkable.
 */
function lessonHref(href: string | undefined, linkBase: string | undefined): string | null {
  if (!href) return null;
  const relative = linkBase ? safeRelativeUrl(href.replace(/^(\.\/)+/, '')) : undefined;
  const resolved = relative !== undefined && !relative.startsWith('../') ? safeHttpUrl(`${linkBase}${relative}`) : href;
  return resolved && SAFE_HREF.test(resolved) ? resolved : null;
}

/**
 * What to do now, from the plan: on ROLL BACK the steps of the phase being left, last first, each
 * with how to undo it and its command; on ROLL FORWARD its roll-forward plan. Null otherwise.
 */
function undoView<Text extends string, Code extends string>(report: GateReport, esc: Escape<Text>, block: Block<Code>) {
  const { remedy, evaluation } = report;
  if (!remedy || !evaluation.from) return null;
  return remedyView(remedy, evaluation.from.title, esc, block);
}

/**
 * A remedy in one output format: the report's "what to do now" section, and the breach comment's
 * (watch/breach-comment.ts), so both list the same steps in the same words.
 */
export function remedyView<Text extends string, Code extends string>(
  remedy: Remedy,
  phaseTitle: string,
  esc: Escape<Text>,
  block: Block<Code>,
) {
  const command = (text: string | undefined) => (text === undefined ? null : block(text, COMMAND_LANGUAGE));
  const phase = esc(phaseTitle);
  if (remedy.kind === 'roll-back') {
    return {
      rollBack: true,
      phase,
      steps: remedy.steps.map((step) => ({
        title: esc(`Step ${step.number}, ${step.id}`),
        do: esc(step.rollback?.do ?? (step.irreversible ? 'cannot be undone' : 'no rollback given in the plan')),
        command: command(step.rollback?.command),
      })),
    };
  }
  return {
    rollBack: false,
    phase,
    steps: remedy.plans.map(({ part, plan }) => {
      const name = part ? partName(part) : 'the phase';
      return {
        title: esc(`${name[0]!.toUpperCase()}${name.slice(1)}`),
        do: esc(plan?.do ?? 'the plan gives no roll-forward plan'),
        command: command(plan?.command),
      };
    }),
  };
}

/** The format-independent shape; `esc` and `code` decide Markdown or terminal text. */
function buildView<Text extends string, Code extends string, Fenced extends string>(
  report: GateReport,
  esc: Escape<Text>,
  code: Escape<Code>,
  block: Block<Fenced>,
) {
  const { evaluation, history, charts, lessons, notes } = report;
  const { verdict, sentence } = headline(evaluation);
  const bake = evaluation.gates.find((g) => g.kind === 'bake')?.bake;
  const freezes = evaluation.freezes;
  const scope = evaluation.to.environment;
  return {
    verdict,
    headline: esc(sentence),
    plan: { name: esc(evaluation.plan.name), title: esc(evaluation.plan.title) },
    from: evaluation.from ? { id: esc(evaluation.from.id), title: esc(evaluation.from.title) } : null,
    to: { id: esc(evaluation.to.id), title: esc(evaluation.to.title), environment: esc(scope) },
    evaluatedAt: formatTime(evaluation.at),
    reasons: evaluation.reasons.map(esc),
    gates: evaluation.gates.map((gate) => {
      const row = gateRow(gate, evaluation.response);
      const queries = row.queries.map(code);
      return {
        id: esc(gate.id),
        kind: gate.kind,
        gate: esc(row.gate),
        measured: esc(row.measured),
        threshold: esc(row.threshold),
        status: row.status,
        source: esc(row.source),
        // The built-in templates show queries in their own section (`queries`), not in the table.
        queries,
        query: joinMd(queries, ' vs '),
      };
    }),
    /** Each gate's queries, with what each one measures (the value or the control), as code blocks. */
    queries: evaluation.gates.flatMap((gate) => {
      const row = gateRow(gate, evaluation.response);
      if (row.queries.length === 0) return [];
      const labels = row.queries.length > 1 ? ['the value', 'the control'] : [null];
      return row.queries.map((query, i) => ({
        gate: esc(row.gate),
        of: labels[i] ?? null,
        source: esc(row.source),
        code: block(query),
      }));
    }),
    undo: undoView(report, esc, block),
    bake: bake
      ? {
          required: formatDuration(bake.requiredMs),
          // `elapsed` and `remaining` change every minute; the built-in templates show `endsAt`
          // so that a report with nothing new is unchanged. Kept for override templates.
          elapsed: bake.elapsedMs === undefined ? null : formatDuration(bake.elapsedMs),
          remaining: bake.remainingMs === undefined ? null : formatDuration(bake.remainingMs),
          done: bake.remainingMs === 0,
          activatedAt: bake.activatedAt ? formatTime(bake.activatedAt) : null,
          endsAt: bake.endsAt ? formatTime(bake.endsAt) : null,
        }
      : null,
    signoffs: evaluation.gates.flatMap((gate) => {
      const s = gate.signoff;
      if (!s) return [];
      return [
        {
          required: s.required,
          approvers: esc(s.approvers.join(', ')),
          status: statusWord(gate.status, evaluation.response),
          signed: s.signed.map((x) => ({
            by: esc(x.by),
            at: formatTime(x.at),
            as: x.as ? esc(x.as) : null,
          })),
          refused: s.refused.map((x) => ({ by: esc(x.by), at: formatTime(x.at), why: esc(x.why) })),
        },
      ];
    }),
    freezes: {
      environment: esc(scope),
      active: freezes.filter((f) => f.status === 'active').map((f) => esc(freezeReason(f))),
      waived: freezes
        .filter((f) => f.status === 'waived')
        .map((f) => esc(`${f.name}: ${f.reason} (the hotfix label lets this PR through)`)),
      upcoming: freezes
        .filter((f) => f.status === 'upcoming')
        .map((f) => esc(`${f.name} from ${formatUtcDay(new Date(f.startsAt!))}: ${f.reason}`)),
    },
    lessons: lessons.map((l) => ({
      id: esc(l.id),
      title: esc(l.title),
      why: esc(l.why),
      status: l.status ? l.status.toUpperCase() : null,
      href: lessonHref(l.href, report.linkBase),
      waivedReason: l.waivedReason ? esc(l.waivedReason) : null,
    })),
    history:
      history.rows.length > 0
        ? {
            columns: history.columns.map((c) => esc(historyHeader(c, evaluation))),
            rows: history.rows.map((row) => ({
              date: row.today ? `${row.date} (today)` : row.date,
              values: row.values.map((v, i) =>
                esc(historyCell(history.columns[i]!, v, row.references[i] ?? null, evaluation)),
              ),
              verdict: row.verdict,
              why: esc(row.reason ?? ''),
            })),
          }
        : null,
    charts: charts.map((chart) => ({
      title: esc(chart.title),
      mermaid: chart.mermaid,
      lines: chart.lines.map((line) => esc(line.label)),
      // The line runs straight across a gap: say where the data is missing.
      gaps: chart.gaps.map((gap) => `${formatTime(gap.from)} to ${formatTime(gap.to)}`),
    })),
    notes: notes.map(esc),
    marker: reportMarker(evaluation.plan.name, evaluation.to.id),
  };
}

export type ReportView<
  Text extends string = string,
  Code extends string = string,
  Fenced extends string = string,
> = ReturnType<typeof buildView<Text, Code, Fenced>>;

/** The Markdown view: every plan string escaped, typed by where it may stand. */
export function markdownView(report: GateReport): ReportView<TextMd, CellMd, BlockMd> {
  const mentions = allowedMentions(report.evaluation);
  return buildView(
    report,
    (text) => textWithMentions(text, mentions),
    cellCode,
    (code, language) => codeBlock(code, language),
  );
}

/** Code in the terminal: its lines kept, each stripped of controls and runs of space. */
function keptLines(code: string): string {
  return normalizeLines(code)
    .split('\n')
    .map(singleLine)
    .filter((line) => line !== '')
    .join('\n');
}

/** Terminal report lines are at most this many characters; longer ones wrap (tables narrow their widest columns). */
export const TEXT_REPORT_WIDTH = 120;
/** The indent the text template gives table lines and list items. */
const TEXT_INDENT = '  ';

/** The terminal view: plain text, controls stripped, plus pre-aligned table lines within TEXT_REPORT_WIDTH. */
export function textView(
  report: GateReport,
): ReportView & { table: string[]; historyTable: string[]; queryLines: string[]; undoLines: string[] } {
  const view = buildView(report, singleLine, singleLine, keptLines);
  const width = TEXT_REPORT_WIDTH - TEXT_INDENT.length;
  const header = ['GATE', 'MEASURED', 'THRESHOLD', 'STATUS', 'SOURCE'];
  const rows = view.gates.map((g) => [g.gate, g.measured, g.threshold, g.status, g.source]);
  const historyRows = view.history
    ? [
        ['DAY', ...view.history.columns, 'VERDICT', 'WHY'],
        ...view.history.rows.map((r) => [r.date, ...r.values, r.verdict, r.why]),
      ]
    : [];
  // Each query under a line naming its gate, indented once more, wrapped to the width.
  const queryLines = view.queries.flatMap((q) => [
    `${q.gate}${q.of ? `, ${q.of}` : ''} (${q.source}):`,
    ...wrapText(q.code, width - TEXT_INDENT.length).map((line) => TEXT_INDENT + line),
  ]);
  // Each step of the rollback (or roll-forward plan), its command below it, indented once more.
  const undoLines = (view.undo?.steps ?? []).flatMap((step) => [
    `${step.title}: ${step.do}`,
    ...(step.command ? step.command.split('\n').map((line) => TEXT_INDENT + TEXT_INDENT + line) : []),
  ]);
  return {
    ...view,
    undoLines,
    table: alignTable([header, ...rows], width),
    historyTable: alignTable(historyRows, width),
    queryLines,
  };
}
