import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/github/unreachable.ts
var API_URL_EXAMPLE = "https://github.example.com/api/v3";
function nothingAnsweredAt(baseUrl) {
  return `nothing answered at ${baseUrl}; check GITHUB_API_URL (GitHub Enterprise Server: ${API_URL_EXAMPLE}) and the network`;
}
function notFoundAt(baseUrl, repository) {
  return `GitHub answered 404 at ${baseUrl}: ${repository} does not exist or this token cannot see it, or GITHUB_API_URL is not the API's URL (GitHub Enterprise Server: ${API_URL_EXAMPLE})`;
}

export {
  API_URL_EXAMPLE,
  nothingAnsweredAt,
  notFoundAt
};
