// The KPI review as posted, read back from a tracking issue's comments: ours by GitHub's record
// (the comment's author is the token's login), never by the marker alone. Pure.
import type { ReviewOutcome } from '../checklist/completion.ts';
import type { CommentSummary } from '../github/comments.ts';
import { sameLogin } from '../github/login.ts';
import { parseKpiReviewMarker } from '../text/markers.ts';

/** The first review comment the token posted; undefined when there is none. */
export function postedReview(
  comments: readonly CommentSummary[],
  viewer: string | undefined,
): ReviewOutcome | undefined {
  for (const comment of comments) {
    if (viewer !== undefined && !sameLogin(comment.author, viewer)) continue;
    const counts = parseKpiReviewMarker(comment.body);
    if (counts && comment.createdAt) return { at: comment.createdAt, ...counts };
  }
  return undefined;
}
