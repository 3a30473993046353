// The hidden HTML comments that structure a checklist issue body. Each is recognised only as a
// whole line (begin, state, end) or at the very end of a task-list line (item), so marker-like
// text elsewhere (a code span, an escaped plan string) is never read as one.
//
// CommonMark 0.29 (which GitHub's renderer follows for comments) does not treat `<!-- a -- b -->`
// as a comment, so nothing inside a marker may contain `--`: ids write a dash that follows a
// dash as `.` (ids never contain dots), and the state JSON escapes it (state.ts).

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

export const END_MARKER = '<!-- rollbook:end -->';

const BEGIN_LINE = /^<!-- rollbook:begin((?: [a-z]+=[a-z0-9.-]+)*) -->$/;
const END_LINE = /^<!-- rollbook:end -->$/;
const STATE_LINE = /^<!-- rollbook:state (\{.*\}) -->$/;
/** An item marker ends a task line: the id is the last thing on it. */
const ITEM_SUFFIX = /[ \t]*<!-- rollbook:item ([a-z0-9.:/-]+) -->$/;
/** Any text that opens a Rollbook marker, however spaced or cased. */
export const MARKER_OPENING = /<!--\s*rollbook:/i;

/** `a--b` → `a.-b`: no `--` inside a comment. Ids hold no dots, so this is reversible. */
export function encodeMarkerId(id: string): string {
  return id.replace(/-(?=-)/g, '.');
}

export function decodeMarkerId(text: string): string {
  return text.replace(/\./g, '-');
}

export function beginMarker(key: IssueKey): string {
  const phase = key.phase === undefined ? '' : ` phase=${encodeMarkerId(key.phase)}`;
  return `<!-- rollbook:begin kind=${key.kind} plan=${encodeMarkerId(key.plan)}${phase} v=${MARKER_VERSION} -->`;
}

export function itemMarker(id: string): string {
  return `<!-- rollbook:item ${encodeMarkerId(id)} -->`;
}

/** `json` must already be comment-safe (see encodeState). */
export function stateMarker(json: string): string {
  return `<!-- rollbook:state ${json} -->`;
}

/** The issue key of a begin marker line, or undefined when the line is not one. */
export function parseBeginLine(line: string): IssueKey | undefined {
  const match = BEGIN_LINE.exec(line);
  if (!match) return undefined;
  const attrs = new Map<string, string>();
  for (const pair of match[1]!.trim().split(' ').filter(Boolean)) {
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
  const match = ITEM_SUFFIX.exec(line);
  if (!match) return undefined;
  return { id: decodeMarkerId(match[1]!), before: line.slice(0, match.index) };
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
