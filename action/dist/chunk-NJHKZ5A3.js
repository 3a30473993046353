import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  UsageError
} from "./chunk-37T2OTA3.js";

// action/src/cli/github-api-url.ts
var API_URL_EXAMPLE = "https://github.example.com/api/v3";
function checkGitHubApiUrl(env) {
  const value = env.GITHUB_API_URL;
  if (!value) return;
  const url = URL.canParse(value) ? new URL(value) : void 0;
  if (url?.protocol === "https:" || url?.protocol === "http:") return;
  throw new UsageError(
    `GITHUB_API_URL must be an http(s) URL such as ${API_URL_EXAMPLE} (got "${value}"); correct it, or unset it for https://api.github.com`
  );
}

export {
  API_URL_EXAMPLE,
  checkGitHubApiUrl
};
