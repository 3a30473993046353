import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/github/unreachable.ts
var API_URL_EXAMPLE = "https://github.example.com/api/v3";
function nothingAnsweredAt(baseUrl) {
  return `nothing answered at ${baseUrl}; check GITHUB_API_URL (GitHub Enterprise Server: ${API_URL_EXAMPLE}) and the network`;
}

export {
  API_URL_EXAMPLE,
  nothingAnsweredAt
};
