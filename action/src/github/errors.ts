// Narrowing the errors Octokit throws. Only these statuses are expected and handled where they
// occur; anything else propagates and fails the run (which is safe: every run is idempotent).

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

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Longest `retry-after` we wait out ourselves for a request Octokit does not retry. */
const MAX_RETRY_AFTER_SECONDS = 60;

/**
 * A 429 or secondary rate limit: GitHub did not process the request, so sending it again cannot
 * duplicate anything. The seconds to wait, from `retry-after` (default 1); undefined otherwise.
 */
export function rejectedRetryAfter(error: unknown): number | undefined {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : '';
  if (status !== 429 && !(status === 403 && /secondary rate limit/i.test(message))) return undefined;
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers;
  const seconds = Number(headers?.['retry-after']);
  return Math.min(Number.isFinite(seconds) && seconds > 0 ? seconds : 1, MAX_RETRY_AFTER_SECONDS);
}
