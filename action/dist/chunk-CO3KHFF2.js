import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  singleLine
} from "./chunk-WBADEOUP.js";
import {
  truncate
} from "./chunk-OOZIPJ2T.js";

// action/src/github/errors.ts
function statusOf(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const status = error.status;
  return typeof status === "number" ? status : void 0;
}
var isNotFound = (error) => statusOf(error) === 404;
var isGone = (error) => statusOf(error) === 410;
var isUnprocessable = (error) => statusOf(error) === 422;
var isForbidden = (error) => statusOf(error) === 403;
function isOutcomeUnknown(error) {
  const status = statusOf(error);
  if (status !== void 0) return status >= 500;
  return error instanceof Error && /fetch failed|ECONNRESET|socket hang up|other side closed/i.test(error.message);
}
function isUnreachable(error) {
  return statusOf(error) === 500 && error.response === void 0;
}
var MAX_SHOWN_ERROR_MESSAGE = 500;
function isGitHubErrorBody(data) {
  return typeof data === "object" && data !== null && typeof data.message === "string";
}
function errorMessage(error) {
  if (!(error instanceof Error)) return String(error);
  const status = statusOf(error);
  const response = error.response;
  if (status !== void 0 && response !== void 0) {
    if (!isGitHubErrorBody(response.data)) return `HTTP ${status} with an answer that is not GitHub's JSON, not shown`;
    return truncate(singleLine(error.message), MAX_SHOWN_ERROR_MESSAGE);
  }
  if (error.message.trim() !== "") return error.message;
  if (error instanceof AggregateError && error.errors.length > 0) return errorMessage(error.errors[0]);
  if (isUnreachable(error)) return "no answer";
  return status === void 0 ? error.name : `HTTP ${status}`;
}
var MAX_RETRY_AFTER_SECONDS = 60;
var SECONDARY_LIMIT = /\bsecondary rate\b/i;
var headersOf = (error) => error.response?.headers;
function retryAfterSeconds(error) {
  const seconds = Number(headersOf(error)?.["retry-after"]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 1;
}
function rejectedRetryAfter(error) {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : "";
  if (status !== 429 && !(status === 403 && SECONDARY_LIMIT.test(message))) return void 0;
  return Math.min(retryAfterSeconds(error), MAX_RETRY_AFTER_SECONDS);
}
function isThrottlingLimit(error) {
  const message = error instanceof Error ? error.message : "";
  return SECONDARY_LIMIT.test(message) || String(headersOf(error)?.["x-ratelimit-remaining"]) === "0";
}
function bareTooManyRequestsWait(error) {
  if (statusOf(error) !== 429 || isThrottlingLimit(error)) return void 0;
  const seconds = retryAfterSeconds(error);
  return seconds <= MAX_RETRY_AFTER_SECONDS ? seconds : void 0;
}

export {
  statusOf,
  isNotFound,
  isGone,
  isUnprocessable,
  isForbidden,
  isOutcomeUnknown,
  isUnreachable,
  errorMessage,
  rejectedRetryAfter,
  bareTooManyRequestsWait
};
