// The body of a gate report comment: the rendered report, its hidden marker (always there, even
// when an override template forgets it) and a digest of its content. The digest leaves out the
// evaluation time, so a run that finds nothing new writes nothing: "Evaluated at 09:05" alone is
// not a change worth a notification.
//
// The digest line also records the evaluation time, so anyone can check that a comment's text is
// exactly what its digest says (intactDigest). Only such comments are taken for Rollbook's own:
// a marker, or the same bot author (every workflow with the default token posts as
// github-actions[bot]), is not enough, and a comment whose text was changed after the digest was
// written is never left standing as "unchanged" nor edited. Residual risk (ADR 7): a digest is
// no signature; whoever can post as the same account can post a self-consistent comment, but
// only one whose text is a report Rollbook would accept as current, which it then keeps true.
import { createHash } from 'node:crypto';
import { text as mdInline } from '../../text/github.ts';
import { digestMarker, findDigestMarker, parseReportMarker, reportMarker, withMarker } from '../../text/markers.ts';
import { formatTime, isoSeconds } from '../../text/time.ts';

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT_CHARS = 65_536;
/** Room kept for the marker, the digest and the truncation note. */
const TRAILER_RESERVE = 600;
const TIME_PLACEHOLDER = '<evaluation time>';

export interface CommentBody {
  body: string;
  digest: string;
}

/**
 * The comment for one plan: `markdown` as rendered, cut to fit if it must, with the marker and
 * the digest appended. `at` is the evaluation time, masked out of the digest.
 */
export function commentBody(markdown: string, plan: string, phase: string, at: Date): CommentBody {
  let text = markdown.trimEnd();
  if (!parseReportMarker(text)) text = withMarker(`${text}\n`, reportMarker(plan, phase));
  if (text.length > MAX_COMMENT_CHARS - TRAILER_RESERVE) {
    const cut = text.slice(0, MAX_COMMENT_CHARS - TRAILER_RESERVE);
    // Cut at a line end, and close a Mermaid or code block left open.
    const lines = cut.slice(0, cut.lastIndexOf('\n')).split('\n');
    const fences = lines.filter((l) => /^\s*(```|~~~)/.test(l)).length;
    text = [
      ...lines,
      ...(fences % 2 === 1 ? ['```'] : []),
      '',
      '_The report is too long for a comment and was cut here; the job summary has all of it._',
      '',
      reportMarker(plan, phase),
    ].join('\n');
  }
  text = normalized(text);
  const digest = digestOfText(text, isoSeconds(at));
  return { body: `${withMarker(text, digestMarker(digest, isoSeconds(at)))}\n`, digest };
}

/** Line ends and trailing white space as GitHub may store them: not part of what is digested. */
function normalized(text: string): string {
  return text.replace(/\r\n?/g, '\n').trimEnd();
}

function digestOfText(text: string, at: string): string {
  return createHash('sha256')
    .update(text.replaceAll(formatTime(at), TIME_PLACEHOLDER))
    .digest('hex');
}

/**
 * The digest of a comment whose text is exactly what its digest line says; undefined for a
 * comment without one, or whose text was changed after it was written.
 */
export function intactDigest(body: string): string | undefined {
  const found = findDigestMarker(body);
  if (!found) return undefined;
  const text = normalized(body.slice(0, found.index));
  return digestOfText(text, found.at) === found.digest ? found.digest : undefined;
}

/**
 * The comment for a rollout PR whose phase cannot be told (no marker, no paths, no checklist
 * state): HOLD, with what to add. The marker's phase is `unknown`; comments are matched by plan.
 */
export function unresolvedMarkdown(planTitle: string, problems: readonly string[], planName: string): string {
  const lines = [
    `**Verdict: HOLD.** Rollbook cannot tell which phase of ${mdInline(planTitle)} this pull request promotes to.`,
    '',
    ...problems.map((p) => `- ${mdInline(p)}`),
    '',
    '<sub>The rollbook/gate status stays pending until the phase is known. Plans are read from the base branch.</sub>',
    '',
    reportMarker(planName, UNKNOWN_PHASE),
  ];
  return lines.join('\n');
}

export const UNKNOWN_PHASE = 'unknown';
