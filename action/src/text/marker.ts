// The hidden-marker contract. Rollbook finds what it wrote (checklist issue regions, the gate
// report comment, the sign-off and refusal comments, generated runbooks) by HTML comments of one
// shape, `<!-- rollbook:<name> <content> -->`, which GitHub does not show. Modelled on
// sticky-pull-request-comment's three functions: make the marker, add it to a body, find it in
// a body.
//
// Two rules keep markers trustworthy:
// - Text from plans, lessons and events never spells one: escaped Markdown and code pass through
//   breakComments / breakCommentsInCode, so `<!--` and `-->` never survive in them.
// - A marker says where Rollbook's text is, never who wrote it: anyone can paste one into their
//   own comment, so who wrote a comment is GitHub's record (github/sticky-comment.ts).
//
// CommonMark 0.29 (which GitHub's renderer follows for comments) does not read
// `<!-- a -- b -->` as a comment, so content must not hold `--`: see encodeMarkerId.

const PREFIX = 'rollbook:';
/** Characters a marker name may hold. */
const NAME = /^[a-z][a-z-]*$/;

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
