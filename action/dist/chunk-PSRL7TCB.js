import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  DEFAULT_API_URL,
  DO_NOT_RETRY,
  GITHUB_PACING,
  MAX_RATE_LIMIT_RETRIES,
  MAX_REQUEST_RETRIES,
  apiBaseUrl,
  createGitHubClient
} from "./chunk-KAU7NGSK.js";
import "./chunk-OYVJ5Q2A.js";
import "./chunk-4AQ7M4HS.js";
export {
  DEFAULT_API_URL,
  DO_NOT_RETRY,
  GITHUB_PACING,
  MAX_RATE_LIMIT_RETRIES,
  MAX_REQUEST_RETRIES,
  apiBaseUrl,
  createGitHubClient
};
