// Narrowing the errors Octokit throws. Only these statuses are expected and handled where they
// occur; anything else propagates and fails the run (which is safe: every run is idempotent).
// errorMessage is the one way an error becomes words for a log or a comment.
import { singleLine } from '../text/normalize.ts';
import { truncate } from '../text/truncate.ts';

/** The HTTP status of an Octokit RequestError; undefined for anything else. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** 404: not there, or not visible to this token (GitHub does not tell them apart). */
export const isNotFound = (error: unknown): boolean => statusOf(error) === 404;

/** 410: the issue was deleted. */
export const isGone = (error: unknown): boolean => statusOf(error) === 410;

/** 422: GitHub refused the input (already exists, already linked…). */
export const isUnprocessable = (error: unknown): boolean => statusOf(error) === 422;

/** 403 that is not a rate limit (the throttling plugin handles those before we see them). */
export const isForbidden = (error: unknown): boolean => statusOf(error) === 403;

/**
 * The answer is unknown: a 5xx, or the connection failed (Octokit reports a network error as
 * status 500). A write that failed this way may or may not have happened.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return status >= 500;
  return error instanceof Error && /fetch failed|ECONNRESET|socket hang up|other side closed/i.test(error.message);
}

/**
 * No answer at all: the connection failed (refused, reset, a name that does not resolve), which
 * Octokit reports as status 500 without a response. Another request to the same host, over REST
 * instead of GraphQL, would wait for the same silence.
 */
export function isUnreachable(error: unknown): boolean {
  return statusOf(error) === 500 && (error as { response?: unknown }).response === undefined;
}

/** The most of GitHub's own words about an error that are shown (code points). */
export const MAX_SHOWN_ERROR_MESSAGE = 500;

/** GitHub's shape for an error: a JSON body with a `message`. */
function isGitHubErrorBody(data: unknown): boolean {
  return typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string';
}

/**
 * What went wrong, in one line that is never empty. For an answer, its words are shown only when
 * they are GitHub's (a JSON body with a `message`), on one line and at most
 * MAX_SHOWN_ERROR_MESSAGE code points: Octokit makes any other body the message, so a
 * GITHUB_API_URL that points at some other server would have its page printed into the log.
 * Such an answer is named by its status alone. A connection that failed to every address is an
 * AggregateError without a message of its own: the first failure says why.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = statusOf(error);
  const response = (error as { response?: { data?: unknown } }).response;
  if (status !== undefined && response !== undefined) {
    if (!isGitHubErrorBody(response.data)) return `HTTP ${status} with an answer that is not GitHub's JSON, not shown`;
    return truncate(singleLine(error.message), MAX_SHOWN_ERROR_MESSAGE);
  }
  if (error.message.trim() !== '') return error.message;
  if (error instanceof AggregateError && error.errors.length > 0) return errorMessage(error.errors[0]);
  // Octokit's status 500 without a response is no answer at all (isUnreachable), not a 500.
  if (isUnreachable(error)) return 'no answer';
  return status === undefined ? error.name : `HTTP ${status}`;
}

/** Longest `retry-after` we wait out ourselves for a request Octokit does not retry. */
const MAX_RETRY_AFTER_SECONDS = 60;

/** GitHub's words for a secondary rate limit, as Octokit's throttling plugin tests them. */
const SECONDARY_LIMIT = /\bsecondary rate\b/i;

type HeaderBag = Record<string, string | number | undefined>;
const headersOf = (error: unknown): HeaderBag | undefined =>
  (error as { response?: { headers?: HeaderBag } }).response?.headers;

/** `retry-after` in seconds; 1 when GitHub named none. */
function retryAfterSeconds(error: unknown): number {
  const seconds = Number(headersOf(error)?.['retry-after']);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 1;
}

/**
 * A 429 or secondary rate limit: GitHub did not process the request, so sending it again cannot
 * duplicate anything. The seconds to wait, from `retry-after` (default 1); undefined otherwise.
 */
export function rejectedRetryAfter(error: unknown): number | undefined {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : '';
  if (status !== 429 && !(status === 403 && SECONDARY_LIMIT.test(message))) return undefined;
  return Math.min(retryAfterSeconds(error), MAX_RETRY_AFTER_SECONDS);
}

/**
 * A rate limit Octokit's throttling plugin waits out itself, by its own test: a secondary limit
 * (by GitHub's message) or a primary one with nothing left (`x-ratelimit-remaining: 0`).
 */
function isThrottlingLimit(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return SECONDARY_LIMIT.test(message) || String(headersOf(error)?.['x-ratelimit-remaining']) === '0';
}

/**
 * A 429 the throttling plugin does not take for a rate limit: the seconds GitHub asked us to wait
 * (`retry-after`, default 1) before sending it again. Undefined for anything else, and when GitHub
 * asked for more than a run waits: the run fails instead and the next one converges.
 */
export function bareTooManyRequestsWait(error: unknown): number | undefined {
  if (statusOf(error) !== 429 || isThrottlingLimit(error)) return undefined;
  const seconds = retryAfterSeconds(error);
  return seconds <= MAX_RETRY_AFTER_SECONDS ? seconds : undefined;
}
