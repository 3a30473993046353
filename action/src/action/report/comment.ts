// The body of a gate report comment: the rendered report, its hidden marker (always there, even
// when an override template forgets it) and a digest of its content. The digest leaves out the
// evaluation time, so a run that finds nothing new writes nothing: "Evaluated at 09:05" alone is
// not a change worth a notification.
import { createHash } from 'node:crypto';
import { parseReportMarker, reportMarker } from '../../gates/report/marker.ts';
import { text as mdInline } from '../../text/github.ts';
import { marker, markerPattern, withMarker } from '../../text/marker.ts';
import { formatTime } from '../../text/time.ts';

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT_CHARS = 65_536;
/** Room kept for the marker, the digest and the truncation note. */
const TRAILER_RESERVE = 600;
const DIGEST_MARKER = 'digest';
const DIGEST_LINE = markerPattern(DIGEST_MARKER, '([0-9a-f]{64})', { line: true, flags: 'm' });
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
  const digest = createHash('sha256')
    .update(text.replaceAll(formatTime(at), TIME_PLACEHOLDER))
    .digest('hex');
  return { body: `${withMarker(text, marker(DIGEST_MARKER, digest))}\n`, digest };
}

export function digestOf(body: string): string | undefined {
  return DIGEST_LINE.exec(body)?.[1];
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
