// The KPI review as posted, read back from a tracking issue's comments: ours by GitHub's record
// (the comment's author is the token's login), never by the marker alone. Pure.
import type { ReviewOutcome } from '../checklist/completion.ts';
import type { CommentSummary } from '../github/comments.ts';
import { sameLogin } from '../github/login.ts';
import { REST_FALLBACK_AUTHOR } from '../github/sticky-comment.ts';
import { parseKpiReviewMarker } from '../text/markers.ts';

/**
 * The first review comment the token posted; undefined when there is none. Without the token's
 * login (issues read over REST) ours are the default token's account's, as for the breach comment.
 */
export function postedReview(
  comments: readonly CommentSummary[],
  viewer: string | undefined,
): ReviewOutcome | undefined {
  const author = viewer ?? REST_FALLBACK_AUTHOR;
  for (const comment of comments) {
    if (!sameLogin(comment.author, author)) continue;
    const counts = parseKpiReviewMarker(comment.body);
    if (counts && comment.createdAt) return { at: comment.createdAt, ...counts };
  }
  return undefined;
}
