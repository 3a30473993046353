// Every hidden marker Rollbook writes, in one module. Rollbook finds what it wrote (checklist
// issue regions, the gate report comment, the sign-off and refusal comments, generated runbooks)
// by HTML comments of one shape, `<!-- rollbook:<name> <content> -->`, which GitHub does not show.
// Modelled on sticky-pull-request-comment: for each marker, make it, add it to a body, find it
// in a body; withoutMarkers strips them all from text shown to people.
//
// Two rules keep markers trustworthy:
// - Text from plans, lessons and events never spells one: escaped Markdown and code pass through
//   breakComments / breakCommentsInCode, so `<!--` and `-->` never survive in them.
// - A marker says where Rollbook's text is, never who wrote it: anyone can paste one into their
//   own comment, so who wrote a comment is GitHub's record (github/sticky-comment.ts).
//
// CommonMark 0.29 (which GitHub's renderer follows for comments) does not read
// `<!-- a -- b -->` as a comment, so content must not hold `--`: see encodeMarkerId.
//
// The markers, by name:
// - begin, end, state, item: the managed region of a checklist issue body.
// - comment: the first line of the comment that explains reverted sign-offs; refusal: its key.
// - measured-revert: one line per metric gate item a comment says Rollbook reset from the data.
// - gate-report, digest: the gate report comment on a rollout pull request.
// - generated: the last line of every file `rollbook render` writes.
// - readings: a phase issue's watch record (gate readings and daily history, watch/codec.ts).
// - complete: what a tracking issue last said about the rollout's end (checklist/completion.ts).
// - breach, dispatch: the comment that reports a breach on a phase issue, and how far its
//   workflow dispatch got (watch/breach-comment.ts, github-action/sync/breach.ts).
// - kpi-review: the KPI review comment on a tracking issue, with its counts and each KPI's
//   baseline, expectation and measured value (kpi-review/comment.ts, kpi-review/record.ts).
// - lesson-draft: a draft lesson's pull request or issue (github-action/sync/lesson-drafts.ts).

const PREFIX = 'rollbook:';
/** Characters a marker name may hold. */
const NAME = /^[a-z][a-z-]*$/;

// ── The contract ────────────────────────────────────────────────────────────────────────────

/** Any text that opens a Rollbook marker, however spaced or cased. */
export const MARKER_OPENING = /<!--\s*rollbook:/i;

/** `<!-- rollbook:<name> <content> -->`; `content` must already be comment-safe. */
export function marker(name: string, content = ''): string {
  if (!NAME.test(name) || content.includes('-->')) throw new Error(`invalid Rollbook marker "${name}"`);
  return `<!-- ${PREFIX}${name}${content === '' ? '' : ` ${content}`} -->`;
}

/** `body` with `marker` on the line after it. */
export function withMarker(body: string, marker: string): string {
  return `${body}\n${marker}`;
}

/** Whether `line` is one Rollbook marker and nothing else, white space aside. */
function isMarkerLine(line: string): boolean {
  const text = line.trim();
  return text.startsWith(`<!-- ${PREFIX}`) && text.indexOf('-->') === text.length - 3;
}

/** `text` without the lines that are Rollbook markers: what a person reads of it. */
export function withoutMarkers(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isMarkerLine(line))
    .join('\n');
}

export interface MarkerPatternOptions {
  /** The marker is the whole line (`^…$`); add `m` to `flags` to look at every line of a body. */
  line?: boolean;
  flags?: string;
}

/**
 * A pattern that finds marker `name` with content matching `content` (a regular expression
 * source; its groups are the pattern's groups). An empty `content` finds a bare `<!-- rollbook:name -->`.
 * Built once per reader, at module load.
 */
export function markerPattern(name: string, content: string, options: MarkerPatternOptions = {}): RegExp {
  if (!NAME.test(name)) throw new Error(`invalid Rollbook marker "${name}"`);
  const body = `<!-- ${PREFIX}${name}${content === '' ? '' : ` ${content}`} -->`;
  return new RegExp(options.line ? `^${body}$` : body, options.flags ?? '');
}

/** `a--b` → `a.-b`: no `--` inside a comment. Ids hold no dots, so this is reversible. */
export function encodeMarkerId(id: string): string {
  return id.replace(/-(?=-)/g, '.');
}

export function decodeMarkerId(text: string): string {
  return text.replace(/\./g, '-');
}

/** An id folded to the characters plan and phase ids may have (lower case, digits, `-`); not reversible. */
export function markerId(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/**
 * Escaped Markdown that could still read `<!--` or `-->` (an escaped `\<!--` does): both are
 * broken with backslashes, which GitHub shows as the same text, so no text forges a marker.
 */
export function breakComments<T extends string>(md: T): T {
  return md.replace(/<!--/g, '<!\\-\\-').replace(/-->/g, '\\-\\->') as T;
}

/**
 * Code shows its text exactly, so backslashes would show; a zero-width space breaks a comment
 * opener or closer instead (only a command that literally holds `<!--` or `-->` is affected).
 */
export function breakCommentsInCode(code: string): string {
  return code.replace(/<!--/g, '<!-\u200B-').replace(/-->/g, '-\u200B->');
}

/** A marker someone pasted into their own text is kept, visibly, as text, never read as one. */
export function defuseMarkers(line: string): string {
  return MARKER_OPENING.test(line) ? line.replace(/<!--(?=\s*rollbook:)/gi, '<!\\-\\-') : line;
}

// ── Checklist issues: begin, item, state, end ───────────────────────────────────────────────
// Each is recognised only as a whole line (begin, state, end) or at the very end of a task-list
// line (item), so marker-like text elsewhere (a code span, an escaped plan string) is never read
// as one. Nothing inside may contain `--`: ids are encoded (encodeMarkerId) and the state JSON
// escapes it (checklist/state-block.ts).

export type IssueKind = 'phase' | 'parent';

/** Which issue a body belongs to: read from the begin marker, used to find issues again. */
export interface IssueKey {
  kind: IssueKind;
  plan: string;
  /** Set for phase issues. */
  phase?: string;
}

/** Bumped when the layout changes incompatibly; parsers accept older versions they know. */
export const MARKER_VERSION = 1;

export const END_MARKER = marker('end');

const BEGIN_LINE = markerPattern('begin', '([a-z]+=[a-z0-9.-]+(?: [a-z]+=[a-z0-9.-]+)*)', { line: true });
const END_LINE = markerPattern('end', '', { line: true });
const STATE_LINE = markerPattern('state', '(\\{.*\\})', { line: true });
/** An item marker ends a task line: the id is the last thing on it. */
const ITEM_AT_END = markerPattern('item', '([a-z0-9.:/-]+)', { flags: 'y' });
const ITEM_OPENING = `<!-- ${PREFIX}item `;

export function beginMarker(key: IssueKey): string {
  const phase = key.phase === undefined ? '' : ` phase=${encodeMarkerId(key.phase)}`;
  return marker('begin', `kind=${key.kind} plan=${encodeMarkerId(key.plan)}${phase} v=${MARKER_VERSION}`);
}

export function itemMarker(id: string): string {
  return marker('item', encodeMarkerId(id));
}

/** `json` must already be comment-safe (see encodeState). */
export function stateMarker(json: string): string {
  return marker('state', json);
}

/** The issue key of a begin marker line, or undefined when the line is not one. */
export function parseBeginLine(line: string): IssueKey | undefined {
  const match = BEGIN_LINE.exec(line);
  if (!match) return undefined;
  const attrs = new Map<string, string>();
  for (const pair of match[1]!.split(' ')) {
    const eq = pair.indexOf('=');
    attrs.set(pair.slice(0, eq), decodeMarkerId(pair.slice(eq + 1)));
  }
  const kind = attrs.get('kind');
  const plan = attrs.get('plan');
  if ((kind !== 'phase' && kind !== 'parent') || !plan) return undefined;
  if (kind === 'phase') {
    const phase = attrs.get('phase');
    return phase ? { kind, plan, phase } : undefined;
  }
  return { kind, plan };
}

export function isEndLine(line: string): boolean {
  return END_LINE.test(line);
}

/** The JSON text of a state marker line, or undefined. */
export function parseStateLine(line: string): string | undefined {
  return STATE_LINE.exec(line)?.[1];
}

/** The item id at the end of a line and the text before it, or undefined. */
export function splitItemMarker(line: string): { id: string; before: string } | undefined {
  // Found from the end, not by a pattern with leading `[ \t]*`: that is tried at every start
  // and costs quadratic time on a long line of spaces.
  const at = line.lastIndexOf(ITEM_OPENING);
  if (at < 0) return undefined;
  ITEM_AT_END.lastIndex = at;
  const match = ITEM_AT_END.exec(line);
  if (!match || at + match[0].length !== line.length) return undefined;
  let start = at;
  while (start > 0 && (line[start - 1] === ' ' || line[start - 1] === '\t')) start--;
  return { id: decodeMarkerId(match[1]!), before: line.slice(0, start) };
}

/**
 * The key of the issue a body belongs to, from its first begin marker line; for finding
 * Rollbook's issues among search results ("oldest wins" when there are several).
 */
export function readIssueKey(body: string): IssueKey | undefined {
  for (const raw of body.split('\n')) {
    const key = parseBeginLine(raw.replace(/\r$/, '').trimEnd());
    if (key) return key;
  }
  return undefined;
}

// ── Comments on checklist issues: comment, refusal ──────────────────────────────────────────

/** The first line of the comment that explains sign-offs Rollbook unticked on a phase. */
export function signoffRevertedMarker(plan: string, phase: string): string {
  return marker('comment', `kind=signoff-reverted plan=${encodeMarkerId(plan)} phase=${encodeMarkerId(phase)}`);
}

/** The key of one set of refused sign-offs (a hash: hex digits), ending the comment about them. */
export function refusalMarker(key: string): string {
  return marker('refusal', key);
}

/** Whether `body` carries the refusal marker of `key` (a rerun then posts nothing). */
export function hasRefusalMarker(body: string, key: string): boolean {
  return body.includes(refusalMarker(key));
}

// ── Comments on checklist issues: measured-revert ──────────────────────────────────────────
// One line per metric gate item whose tick a person changed and Rollbook set back from the data
// (checklist/measured.ts): a gate is explained once, whatever happens to it later.

const MEASURED_REVERT = markerPattern('measured-revert', 'item=([a-z0-9.:/-]+)', { flags: 'g' });

export function measuredRevertMarker(itemId: string): string {
  return marker('measured-revert', `item=${encodeMarkerId(itemId)}`);
}

/** The item ids a comment's measured-revert markers name. */
export function measuredRevertItems(body: string): string[] {
  return [...body.matchAll(MEASURED_REVERT)].map((m) => decodeMarkerId(m[1]!));
}

// ── The gate report comment: gate-report, digest ────────────────────────────────────────────
// Finding it is not trusting it: only comments GitHub says the token wrote, whose digest holds,
// are taken for Rollbook's own (github-action/report/comment.ts, publish.ts).

const REPORT_MARKER = markerPattern('gate-report', 'plan=([a-z0-9-]+) phase=([a-z0-9-]+)');
const DIGEST_LINE = markerPattern('digest', '([0-9a-f]{64}) ([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z)', {
  line: true,
  flags: 'm',
});

/** Which plan and phase a report comment is about; ids are folded by markerId. */
export function reportMarker(plan: string, phase: string): string {
  return marker('gate-report', `plan=${markerId(plan)} phase=${markerId(phase)}`);
}

/** The plan and phase of a comment written by renderGateReport, for finding the sticky comment. */
export function parseReportMarker(body: string): { plan: string; phase: string } | undefined {
  const match = REPORT_MARKER.exec(body);
  return match ? { plan: match[1]!, phase: match[2]! } : undefined;
}

/** The last line of a report comment: the digest of the text above it, and the evaluation time. */
export function digestMarker(digest: string, at: string): string {
  return marker('digest', `${digest} ${at}`);
}

/** The digest line of a comment: its digest, time, and where it starts (the text above is digested). */
export function findDigestMarker(body: string): { digest: string; at: string; index: number } | undefined {
  const match = DIGEST_LINE.exec(body);
  return match ? { digest: match[1]!, at: match[2]!, index: match.index } : undefined;
}

// ── Generated files: generated ──────────────────────────────────────────────────────────────
// Every file `rollbook render` writes ends with it. It says the file is generated, and records
// the calendar start so `render --check` can re-render with the same start (the projection
// depends on it). Files without it are never treated as Rollbook's.

/** A date, or a time to the minute or second with Z or an offset (`--start` after normalizing). */
const GENERATED_START = '[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2}))?';
const GENERATED_START_ONLY = new RegExp(`^${GENERATED_START}$`);
const GENERATED = markerPattern('generated', `start=(${GENERATED_START}) [^\\n]*`);
/** How far from the end of a file the generated marker is looked for. */
const GENERATED_TAIL_CHARS = 512;

/**
 * The generated marker and a line break, for the end of a rendered file. `start` must be one the
 * calendar accepts (render checks that it exists: plan/calendar.ts calendarStartMs); a start of
 * any other shape is a RangeError here.
 */
export function generatedMarker(start: string): string {
  if (!GENERATED_START_ONLY.test(start)) throw new RangeError(`invalid start "${start}"`);
  return `${marker('generated', `start=${start} — edit the plan and run rollbook render, not this file`)}\n`;
}

/** Whether `text` was written by rollbook render, and from which calendar start. */
export function readGeneratedMarker(text: string): { start: string } | undefined {
  const match = GENERATED.exec(text.slice(-GENERATED_TAIL_CHARS));
  return match ? { start: match[1]! } : undefined;
}

// ── Watch readings: one whole line in a phase issue's managed region ────────────────────────

const READINGS_LINE = markerPattern('readings', '(\\{.*\\})', { line: true });

/** `json` must already be comment-safe (see watch/codec.ts). */
export function readingsMarker(json: string): string {
  return marker('readings', json);
}

/** The JSON text of a readings marker line, or undefined. */
export function parseReadingsLine(line: string): string | undefined {
  return READINGS_LINE.exec(line)?.[1];
}

// ── Completion: one whole line in a tracking issue's managed region ────────────────────────

/** What the tracking issue last said about the end of the rollout (checklist/completion.ts). */
export const COMPLETION_STATES = ['closable', 'review-pending', 'review-missed'] as const;
export type CompletionMarkerState = (typeof COMPLETION_STATES)[number];
const COMPLETION_LINE = markerPattern('complete', `(${COMPLETION_STATES.join('|')})`, { line: true });

export function completionMarker(state: CompletionMarkerState): string {
  return marker('complete', state);
}

/** The state of a completion marker line, or undefined. */
export function parseCompletionLine(line: string): CompletionMarkerState | undefined {
  return COMPLETION_LINE.exec(line)?.[1] as CompletionMarkerState | undefined;
}

// ── Breach comments: breach (the key, first line) and dispatch (its state, before its section) ──
// Finding one is not trusting it: only comments GitHub says the token's account wrote count
// (github-action/sync/breach.ts); anyone can paste these lines into their own comment.

/** One breach of one phase: `after` is the time of the watch's last evaluation before it (isoSeconds). */
export interface BreachKey {
  plan: string;
  phase: string;
  after: string;
}

const ISO_SECONDS = '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z';
const BREACH_LINE = markerPattern('breach', `plan=([a-z0-9.-]+) phase=([a-z0-9.-]+) after=(${ISO_SECONDS})`, {
  line: true,
  flags: 'm',
});

export function breachMarker(key: BreachKey): string {
  return marker('breach', `plan=${encodeMarkerId(key.plan)} phase=${encodeMarkerId(key.phase)} after=${key.after}`);
}

/** The breach key of a comment body (its first breach marker line), or undefined. */
export function readBreachMarker(body: string): BreachKey | undefined {
  const match = BREACH_LINE.exec(body);
  if (!match) return undefined;
  return { plan: decodeMarkerId(match[1]!), phase: decodeMarkerId(match[2]!), after: match[3]! };
}

export function sameBreach(a: BreachKey | undefined, b: BreachKey): boolean {
  return a !== undefined && a.plan === b.plan && a.phase === b.phase && a.after === b.after;
}

/**
 * How far a breach comment's workflow dispatch got: `none` (the plan names no workflow),
 * `pending` (not sent yet), `sending` (about to be sent: a run that finds this cannot tell whether
 * it was), `sent`, `failed` (GitHub refused it), `unknown` (a run died while sending).
 */
export const DISPATCH_STATES = ['none', 'pending', 'sending', 'sent', 'failed', 'unknown'] as const;
export type DispatchState = (typeof DISPATCH_STATES)[number];

const DISPATCH_LINE = markerPattern('dispatch', `state=(${DISPATCH_STATES.join('|')})`, { line: true, flags: 'm' });

export function dispatchMarker(state: DispatchState): string {
  return marker('dispatch', `state=${state}`);
}

/** The dispatch state of a breach comment, and where its line starts (the dispatch section follows it). */
export function readDispatchMarker(body: string): { state: DispatchState; index: number } | undefined {
  const match = DISPATCH_LINE.exec(body);
  return match ? { state: match[1] as DispatchState, index: match.index } : undefined;
}

// ── The KPI review comment on a tracking issue (kpi-review/comment.ts) ──────────────────────

const KPI_REVIEW = markerPattern(
  'kpi-review',
  'met=([0-9]+) missed=([0-9]+) nodata=([0-9]+)(?: outcomes=([mxn]+))?(?: kpis=(\\[[^\\n]*?\\]))?',
);
const OUTCOME_LETTERS = { met: 'm', missed: 'x', 'no-data': 'n' } as const;
export type KpiOutcomeName = keyof typeof OUTCOME_LETTERS;
const OUTCOME_OF: Readonly<Record<string, KpiOutcomeName>> = { m: 'met', x: 'missed', n: 'no-data' };

export interface KpiReviewCounts {
  met: number;
  missed: number;
  noData: number;
  /** Each reviewed KPI's outcome, in plan order. */
  outcomes?: KpiOutcomeName[];
}

/**
 * The marker of a review comment: its counts, and `kpis`, the comment-safe JSON of what each KPI
 * was measured at (kpi-review/record.ts), when given.
 */
export function kpiReviewMarker(counts: KpiReviewCounts, kpis?: string): string {
  const outcomes = counts.outcomes?.length
    ? ` outcomes=${counts.outcomes.map((o) => OUTCOME_LETTERS[o]).join('')}`
    : '';
  const values = kpis === undefined ? '' : ` kpis=${kpis}`;
  return marker('kpi-review', `met=${counts.met} missed=${counts.missed} nodata=${counts.noData}${outcomes}${values}`);
}

/**
 * The counts a KPI review comment carries, and the JSON text of its KPIs' values when it has them
 * (reviews posted before Rollbook wrote them have counts only); undefined when `body` has no marker.
 */
export function parseKpiReviewMarker(body: string): (KpiReviewCounts & { kpis?: string }) | undefined {
  const match = KPI_REVIEW.exec(body);
  if (!match) return undefined;
  const counts: KpiReviewCounts & { kpis?: string } = {
    met: Number(match[1]),
    missed: Number(match[2]),
    noData: Number(match[3]),
  };
  if (match[4]) counts.outcomes = [...match[4]].map((letter) => OUTCOME_OF[letter]!);
  if (match[5]) counts.kpis = match[5];
  return counts;
}
