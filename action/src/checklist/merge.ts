// Merging a freshly built body into the issue's current body. The plan decides which items
// exist and how they read; the current body decides which are ticked; text people wrote is
// kept wherever it is. Pure, and a fixed point: merging an unchanged plan into its own output
// returns the current string itself, so the caller can skip the write.

import { inertLogin } from '../text/github.ts';
import { breakComments, defuseMarkers, type IssueKey, itemMarker } from '../text/markers.ts';
import { trimTrailing } from '../text/normalize.ts';
import { formatTime, isoSeconds } from '../text/time.ts';
import { normalizeLine } from './fingerprint.ts';
import { MAX_AUDIT_ENTRIES } from './limits.ts';
import { type ParsedBody, parseIssueBody, type RegionLine } from './parse.ts';
import { assembleRegion, type ContentLine } from './region.ts';
import { type ChecklistState, compactLog, emptyState, type TickInfo } from './state-block.ts';

export interface MergeOptions {
  /**
   * When a run first sees a tick it has no record of (the `issues` event was missed), it is
   * recorded as seen at this time, so a bake can still be timed. Without it, its time stays unknown.
   */
  now?: Date | string;
  /** Audit entries to keep in the state block; default MAX_AUDIT_ENTRIES. */
  auditLimit?: number;
  /** Use this state instead of the one in `current`: the state the edit history proves (verify.ts). */
  state?: ChecklistState;
}

const CHECKBOX = /^(\s*(?:[-*+]|[0-9]{1,9}[.)])\s+)\[[ xX]\]/;
const HEADING = /^#{1,6}\s/;
/** The suffix removedText writes: `<text> — *removed from plan (<when>)*`. */
const REMOVED_OPENING = ' — *removed from plan (';
const REMOVED_CLOSING = ')*';
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
export const REMOVED_HEADING = '### Removed from plan';
const REMOVED_INTRO = 'These items were ticked, then removed from the plan. Untick one to drop it.';

const CHECKBOX_STATE = /^(\s*(?:[-*+]|[0-9]{1,9}[.)])\s+)\[([ xX])\]/;

/** The same body for GitHub's purposes: line breaks, `[X]`/`[x]` and trailing white space aside. */
export function normalizeBody(body: string): string {
  const normalized = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      normalizeLine(line).replace(
        CHECKBOX_STATE,
        (_m, prefix: string, mark: string) => `${prefix}[${mark === ' ' ? ' ' : 'x'}]`,
      ),
    )
    .join('\n');
  return trimTrailing(normalized, '\n');
}

/** True when writing `a` over `b` would change nothing that matters: skip the write. */
export function isSameBody(a: string, b: string): boolean {
  return a === b || normalizeBody(a) === normalizeBody(b);
}

export function setCheckbox(line: string, checked: boolean): string {
  return line.replace(CHECKBOX, (_m, prefix: string) => `${prefix}[${checked ? 'x' : ' '}]`);
}

/**
 * `text` without a "removed from plan" suffix written by an earlier run (the first one that runs
 * to the end of the text). Found with indexOf rather than a pattern ending in `.*\)\*$`, which
 * is tried at every occurrence and takes quadratic time when a person repeats the phrase.
 */
function withoutRemovedSuffix(text: string): string {
  if (!text.endsWith(REMOVED_CLOSING)) return text;
  let lastBreak = -1;
  for (const terminator of ['\n', '\r', '\u2028', '\u2029'])
    lastBreak = Math.max(lastBreak, text.lastIndexOf(terminator));
  const at = text.indexOf(REMOVED_OPENING, lastBreak + 1);
  if (at < 0 || at + REMOVED_OPENING.length > text.length - REMOVED_CLOSING.length) return text;
  return text.slice(0, at);
}

/** Visible text of an item that is to be shown as removed: no comments, no earlier suffix. */
function removedText(text: string): string {
  const cleaned = withoutRemovedSuffix(text.replace(COMMENT, '')).trim();
  return breakComments(cleaned) || 'an item';
}

function provenance(info: TickInfo | undefined): string {
  const who = info?.by ? ` by ${inertLogin(info.by)}` : '';
  if (!info?.at) return info?.by ? `was ticked${who}` : 'was ticked; who and when unknown';
  const when = formatTime(info.at);
  if (info.observed && !info.by) return `was ticked, seen ${when}`;
  return `was ticked${who} on ${when}`;
}

export function removedLine(id: string, text: string, info: TickInfo | undefined): string {
  return `- [x] ${text} — *removed from plan (${provenance(info)})* ${itemMarker(id)}`;
}

interface NoteRun {
  anchor: string | undefined;
  lines: string[];
  blankBefore: boolean;
  blankAfter: boolean;
}

function anchorOf(line: { text: string; role?: RegionLine['role'] }, itemId: string | undefined): string | undefined {
  if (itemId !== undefined) return `i:${itemId}`;
  if (line.role !== 'note' && HEADING.test(line.text)) return `h:${normalizeLine(line.text)}`;
  return undefined;
}

/** People's lines inside the region, in runs, each with the nearest item or heading above it. */
function noteRuns(lines: readonly RegionLine[], isNote: (line: RegionLine) => boolean): NoteRun[] {
  const runs: NoteRun[] = [];
  let anchor: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isNote(line)) {
      if (line.role !== 'blank') anchor = anchorOf(line, line.itemId) ?? anchor;
      continue;
    }
    const run: string[] = [];
    let j = i;
    while (j < lines.length) {
      if (isNote(lines[j]!)) {
        run.push(lines[j]!.text);
        j++;
        continue;
      }
      // Blank lines between two notes belong to the notes.
      let k = j;
      while (k < lines.length && lines[k]!.role === 'blank') k++;
      if (k > j && k < lines.length && isNote(lines[k]!)) {
        for (; j < k; j++) run.push(lines[j]!.text);
        continue;
      }
      break;
    }
    runs.push({
      anchor,
      lines: run,
      blankBefore: i > 0 && lines[i - 1]!.role === 'blank',
      blankAfter: j < lines.length && lines[j]!.role === 'blank',
    });
    i = j - 1;
  }
  return runs;
}

/**
 * Puts each run of notes back after its anchor's block (the anchor line and the lines Rollbook
 * wrote under it), before the block's trailing blank lines. A run whose anchor is gone goes to
 * the end. The rule is a fixed point: a second merge puts every note where the first left it.
 */
function placeNotes(content: ContentLine[], runs: readonly NoteRun[]): ContentLine[] {
  const anchors: number[] = [];
  const anchorIndex = new Map<string, number>();
  content.forEach((line, index) => {
    const key = anchorOf({ text: line.text, role: 'generated' }, lineItemId(line));
    if (key === undefined) return;
    anchors.push(index);
    if (!anchorIndex.has(key)) anchorIndex.set(key, index);
  });
  const inserts = new Map<number, ContentLine[]>();
  for (const run of runs) {
    const start = run.anchor === undefined ? -1 : anchorIndex.get(run.anchor);
    let at = content.length;
    if (start !== undefined) {
      at = anchors.find((a) => a > start) ?? content.length;
      while (at > start + 1 && normalizeLine(content[at - 1]!.text) === '') at--;
    }
    const block: ContentLine[] = [];
    if (run.blankBefore) block.push({ text: '', note: true });
    for (const text of run.lines) block.push({ text, note: true });
    if (run.blankAfter) block.push({ text: '', note: true });
    inserts.set(at, [...(inserts.get(at) ?? []), ...block]);
  }
  const out: ContentLine[] = [];
  for (let i = 0; i <= content.length; i++) {
    out.push(...(inserts.get(i) ?? []));
    if (i < content.length) out.push(content[i]!);
  }
  return out;
}

const itemIds = new WeakMap<ContentLine, string>();
function lineItemId(line: ContentLine): string | undefined {
  return itemIds.get(line);
}
function itemLine(text: string, id: string): ContentLine {
  const line = { text };
  itemIds.set(line, id);
  return line;
}

function belongsTo(id: string, key: IssueKey): boolean {
  return id.startsWith(key.phase === undefined ? `${key.plan}/` : `${key.plan}/${key.phase}/`);
}

/** Ticked ids: ticked lines in the body, plus ticked items whose line someone deleted. */
function tickedIds(current: ParsedBody, state: ChecklistState, key: IssueKey): Set<string> {
  const ticked = new Set<string>();
  for (const [id, checked] of current.ticks) if (checked && belongsTo(id, key)) ticked.add(id);
  for (const id of Object.keys(state.ticks)) if (!current.ticks.has(id) && belongsTo(id, key)) ticked.add(id);
  return ticked;
}

/**
 * The body to write: `desired` (a body from buildPhaseIssue or buildParentIssue) with the ticks,
 * notes, user text and audit trail of `current`. Returns `current` itself when nothing changes.
 *
 * - every tick whose item id is still in `desired` is kept;
 * - a ticked item the plan removed stays, ticked, under "Removed from plan" with who ticked it and
 *   when; unticking it lets the next merge drop it;
 * - a ticked item whose line someone deleted comes back ticked (the state block remembers it);
 * - text before and after the region is kept verbatim, and lines people added inside the region
 *   are kept next to the item or heading they followed.
 */
export function mergeTicks(desired: string, current: string | undefined, options: MergeOptions = {}): string {
  const want = parseIssueBody(desired);
  if (!want.hasRegion || !want.key || !want.state) throw new Error('mergeTicks: desired is not a body Rollbook built');
  if (current === undefined || current.trim() === '') return desired;
  const key = want.key;
  const have = parseIssueBody(current);
  const base =
    options.state ??
    (have.state && have.key?.plan === key.plan && have.key.phase === key.phase ? have.state : undefined);
  const previous = base ?? emptyState(key.kind, key.plan, key.phase);
  const ticked = tickedIds(have, previous, key);
  const wanted = new Set(want.items.map((item) => item.id));
  const observedAt = options.now === undefined ? undefined : isoSeconds(options.now);

  const ticks: Record<string, TickInfo> = {};
  for (const id of ticked) {
    ticks[id] = previous.ticks[id] ?? (observedAt ? { at: observedAt, observed: true } : {});
  }

  const content: ContentLine[] = want.lines.map((line) =>
    line.role === 'item'
      ? itemLine(setCheckbox(line.text, ticked.has(line.itemId!)), line.itemId!)
      : { text: line.text },
  );

  const removed: Record<string, string> = {};
  const removedIds = [...ticked].filter((id) => !wanted.has(id)).sort();
  if (removedIds.length > 0) {
    content.push({ text: '' }, { text: REMOVED_HEADING }, { text: '' }, { text: REMOVED_INTRO }, { text: '' });
    for (const id of removedIds) {
      const seen = have.items.find((item) => item.id === id)?.text;
      const text = previous.removed[id] ?? removedText(seen ?? id);
      removed[id] = text;
      content.push(itemLine(removedLine(id, text, ticks[id]), id));
    }
  }

  // Without fingerprints (state lost), a line the new body also has is Rollbook's, not a note.
  const desiredLines = new Set(content.map((l) => normalizeLine(l.text)));
  const isNote = (line: RegionLine) =>
    line.role === 'note' && (have.fingerprinted || !desiredLines.has(normalizeLine(line.text)));
  const runs = noteRuns(have.lines, isNote).map((run) => ({ ...run, lines: run.lines.map(defuseMarkers) }));
  const withNotes = placeNotes(content, runs);

  const state = compactLog(
    {
      ...previous,
      kind: key.kind,
      plan: key.plan,
      ...(key.phase === undefined ? {} : { phase: key.phase }),
      ticks,
      removed,
    },
    options.auditLimit ?? MAX_AUDIT_ENTRIES,
  );
  const region = assembleRegion(key, withNotes, state);
  const merged = have.hasRegion ? have.before + region + have.after : `${region}\n\n${current}`;
  return isSameBody(merged, current) ? current : merged;
}

/** The body with its state block replaced (the rest untouched); for callers that change only state. */
export function withState(body: string, state: ChecklistState): string {
  const parsed = parseIssueBody(body);
  if (!parsed.hasRegion || !parsed.key) return body;
  const content = parsed.lines.map((line) =>
    line.role === 'note'
      ? { text: line.text, note: true }
      : line.role === 'item'
        ? itemLine(line.text, line.itemId!)
        : { text: line.text },
  );
  return parsed.before + assembleRegion(parsed.key, content, state) + parsed.after;
}
