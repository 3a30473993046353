// Reading an issue body back: the managed region, the text people wrote around and inside it,
// every checkbox with its item id and tick, and the state block. Never throws: a body people
// mangled still parses, with `problems` saying what was odd.
//
// Tolerated: `[x]`/`[X]`, CRLF, any list bullet and indentation, item text people edited (the id
// is what counts), duplicated item lines (ticked if any copy is), deleted item lines (merge.ts
// restores them from the state), a missing end marker (the region then ends at the state line,
// or at the end of the body), and text people added inside the region (a `note`, kept by merge.ts).
import { type IssueKey, isEndLine, parseBeginLine, parseStateLine, splitItemMarker } from '../text/markers.ts';
import { fingerprint as fingerprintOf, fingerprintSet, normalizeLine } from './fingerprint.ts';
import { type ChecklistState, decodeState } from './state-block.ts';

export type LineRole = 'item' | 'generated' | 'note' | 'blank';

export interface RegionLine {
  /** The line without its line break (and without a trailing `\r`). */
  text: string;
  role: LineRole;
  /** For `item` lines. */
  itemId?: string;
  checked?: boolean;
}

export interface ParsedItem {
  id: string;
  checked: boolean;
  /** The visible text after the checkbox, as Markdown. */
  text: string;
  /** Index of the line in `lines`. */
  line: number;
  /** Index of the line in the whole body split at `\n`. */
  bodyLine: number;
}

export interface ParsedBody {
  /** From the begin marker; undefined when the body has no region. */
  key?: IssueKey;
  hasRegion: boolean;
  hasEnd: boolean;
  /** Verbatim text before the begin marker line (with its line breaks), or the whole body without a region. */
  before: string;
  /** Verbatim text after the end marker line (starting with its line break). */
  after: string;
  /** The region's lines between the begin marker and the state or end marker. */
  lines: RegionLine[];
  /** Item lines in order; duplicates appear once per copy. */
  items: ParsedItem[];
  /** Item id → ticked (ticked when any copy is). */
  ticks: Map<string, boolean>;
  state?: ChecklistState;
  /** False when there was no readable state: lines that are not items are then all `note`. */
  fingerprinted: boolean;
  problems: string[];
}

const TASK = /^\s*(?:[-*+]|[0-9]{1,9}[.)])\s+\[([ xX])\](?:\s+(.*))?$/;

function clean(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** `- [x] text` → checked and text; undefined when the line is not a task-list item. */
export function parseTaskLine(line: string): { checked: boolean; text: string } | undefined {
  const match = TASK.exec(line);
  if (!match) return undefined;
  return { checked: match[1] !== ' ', text: (match[2] ?? '').trim() };
}

export function parseIssueBody(body: string): ParsedBody {
  const raw = body.split('\n');
  const problems: string[] = [];
  const empty = (): ParsedBody => ({
    hasRegion: false,
    hasEnd: false,
    before: body,
    after: '',
    lines: [],
    items: [],
    ticks: new Map(),
    fingerprinted: false,
    problems,
  });

  let begin = -1;
  let key: IssueKey | undefined;
  for (let i = 0; i < raw.length && begin < 0; i++) {
    key = parseBeginLine(clean(raw[i]!).trimEnd());
    if (key) begin = i;
  }
  if (begin < 0 || !key) return empty();

  let end = -1;
  for (let i = begin + 1; i < raw.length && end < 0; i++) if (isEndLine(clean(raw[i]!).trimEnd())) end = i;
  const hasEnd = end >= 0;
  // The state block is the last line before the end marker; a copy people paste higher up is
  // not read (merge.ts defuses it). Without an end marker, the first state line ends the region.
  let stateLine = -1;
  let stateJson: string | undefined;
  const stop = hasEnd ? end : raw.length;
  for (let i = begin + 1; i < stop; i++) {
    const json = parseStateLine(clean(raw[i]!).trimEnd());
    if (json === undefined) continue;
    stateLine = i;
    stateJson = json;
    if (!hasEnd) break;
  }
  if (!hasEnd) {
    problems.push('the end marker is missing');
    end = stateLine >= 0 ? stateLine : raw.length;
  }
  const lastRegionLine = hasEnd ? end : stateLine >= 0 ? stateLine : raw.length - 1;

  let state: ChecklistState | undefined;
  if (stateJson !== undefined) {
    state = decodeState(stateJson);
    if (!state) problems.push('the state block is not valid');
  } else {
    problems.push('the state block is missing');
  }
  const known = state ? fingerprintSet(state.lines) : undefined;

  const lines: RegionLine[] = [];
  const items: ParsedItem[] = [];
  const ticks = new Map<string, boolean>();
  for (let i = begin + 1; i < end; i++) {
    if (i === stateLine) continue;
    const text = clean(raw[i]!);
    if (normalizeLine(text) === '') {
      lines.push({ text, role: 'blank' });
      continue;
    }
    const marked = splitItemMarker(normalizeLine(text));
    if (marked) {
      const task = parseTaskLine(marked.before);
      const checked = task?.checked ?? false;
      if (!task) problems.push(`item ${marked.id} has lost its checkbox`);
      if (ticks.has(marked.id)) problems.push(`item ${marked.id} appears more than once`);
      ticks.set(marked.id, (ticks.get(marked.id) ?? false) || checked);
      items.push({ id: marked.id, checked, text: task?.text ?? marked.before.trim(), line: lines.length, bodyLine: i });
      lines.push({ text, role: 'item', itemId: marked.id, checked });
      continue;
    }
    const generated = known?.has(fingerprintOf(text)) ?? false;
    lines.push({ text, role: generated ? 'generated' : 'note' });
  }

  const before = raw
    .slice(0, begin)
    .map((l) => `${l}\n`)
    .join('');
  // The line break after the region is the user's: keep a CRLF a CRLF.
  const lineBreak = raw[lastRegionLine]?.endsWith('\r') ? '\r\n' : '\n';
  const after = lastRegionLine + 1 < raw.length ? `${lineBreak}${raw.slice(lastRegionLine + 1).join('\n')}` : '';
  const parsed: ParsedBody = {
    key,
    hasRegion: true,
    hasEnd,
    before,
    after,
    lines,
    items,
    ticks,
    fingerprinted: known !== undefined,
    problems,
  };
  if (state) parsed.state = state;
  return parsed;
}
