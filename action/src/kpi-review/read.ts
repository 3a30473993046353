// The KPI review as posted, read back from a tracking issue's comments: ours by GitHub's record
// (the comment's author is the token's login), never by the marker alone. The counts, and each
// KPI's baseline, expectation and measured value when the comment recorded them
// (kpi-review/record.ts). Pure.
import type { ReviewOutcome } from '../checklist/completion.ts';
import type { CommentSummary } from '../github/comments.ts';
import { sameLogin } from '../github/login.ts';
import { REST_FALLBACK_AUTHOR } from '../github/sticky-comment.ts';
import { parseKpiReviewMarker } from '../text/markers.ts';
import { decodeReviewRecord } from './record.ts';

export interface PostedReview {
  /** The review comment (its id, to edit it in place). */
  comment: CommentSummary;
  review: ReviewOutcome;
}

/**
 * The first review comment the token posted, with what it says; undefined when there is none.
 * Without the token's login (issues read over REST) ours are the default token's account's, as
 * for the breach comment.
 */
export function findPostedReview(
  comments: readonly CommentSummary[],
  viewer: string | undefined,
): PostedReview | undefined {
  const author = viewer ?? REST_FALLBACK_AUTHOR;
  for (const comment of comments) {
    if (!sameLogin(comment.author, author)) continue;
    const parsed = parseKpiReviewMarker(comment.body);
    if (!parsed || !comment.createdAt) continue;
    const { kpis: json, ...counts } = parsed;
    const kpis = json !== undefined && counts.outcomes ? decodeReviewRecord(json, counts.outcomes.length) : undefined;
    return { comment, review: { at: comment.createdAt, ...counts, ...(kpis ? { kpis } : {}) } };
  }
  return undefined;
}

/** The review's outcome only (findPostedReview). */
export function postedReview(
  comments: readonly CommentSummary[],
  viewer: string | undefined,
): ReviewOutcome | undefined {
  return findPostedReview(comments, viewer)?.review;
}
