// The hidden markers that structure a checklist issue body, on the shared marker contract
// (text/marker.ts). Each is recognised only as a whole line (begin, state, end) or at the very
// end of a task-list line (item), so marker-like text elsewhere (a code span, an escaped plan
// string) is never read as one. Nothing inside a marker may contain `--`: ids are encoded
// (encodeMarkerId) and the state JSON escapes it (state.ts).
import { decodeMarkerId, encodeMarkerId, marker, markerPattern } from '../text/marker.ts';

export { decodeMarkerId, encodeMarkerId, MARKER_OPENING } from '../text/marker.ts';

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
const ITEM_OPENING = '<!-- rollbook:item ';

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
