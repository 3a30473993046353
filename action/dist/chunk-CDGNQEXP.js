import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  DEFAULT_API_URL,
  DO_NOT_RETRY,
  GITHUB_PACING,
  MAX_RATE_LIMIT_RETRIES,
  MAX_REQUEST_RETRIES,
  apiBaseUrl,
  createGitHubClient
} from "./chunk-F7U2YLSK.js";
import "./chunk-CO3KHFF2.js";
import "./chunk-WBADEOUP.js";
import "./chunk-OOZIPJ2T.js";
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
