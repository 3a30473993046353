import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/runtime/expected-error.ts
var EXPECTED = /* @__PURE__ */ Symbol.for("rollbook.expected-error");
var ExpectedError = class extends Error {
  [EXPECTED] = true;
};
function isExpectedError(error) {
  return error instanceof Error && error[EXPECTED] === true;
}
function debugUnexpected(log, error) {
  if (!isExpectedError(error) && error instanceof Error && error.stack) log.debug(error.stack);
}

export {
  ExpectedError,
  isExpectedError,
  debugUnexpected
};
