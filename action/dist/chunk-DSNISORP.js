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

// action/src/plan/suggest.ts
var MAX_SUGGESTION_DISTANCE = 3;
var MIN_ABBREVIATION_CHARS = 3;
function editDistanceUpTo(a, b, max) {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  let previous = new Array(b.length + 1).fill(over);
  let current = new Array(b.length + 1).fill(over);
  for (let j = 0; j <= Math.min(b.length, max); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current.fill(over, Math.max(0, from - 1), Math.min(b.length, to + 1) + 1);
    if (from === 1) current[0] = i <= max ? i : over;
    let best = current[0];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best >= over) return over;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
function closest(input, candidates) {
  const needle = input.toLowerCase();
  const limit = Math.min(MAX_SUGGESTION_DISTANCE, Math.max(1, Math.floor(input.length / 2)));
  let best;
  let bestDistance = limit + 1;
  let extended;
  let extensions = 0;
  const abbreviation = needle.length >= MIN_ABBREVIATION_CHARS;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const distance = editDistanceUpTo(needle, lower, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
    if (abbreviation && lower.length > needle.length && lower.startsWith(needle)) {
      extended = candidate;
      extensions++;
    }
  }
  return best ?? (extensions === 1 ? extended : void 0);
}
function didYouMean(input, candidates) {
  const match = closest(input, candidates);
  return match === void 0 ? void 0 : `did you mean "${match}"?`;
}
function didYouMeanSuffix(input, candidates) {
  const suggestion = didYouMean(input, candidates);
  return suggestion === void 0 ? "" : `: ${suggestion}`;
}
function listOf(values, conjunction = "or") {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted[quoted.length - 1]}`;
}

export {
  ExpectedError,
  isExpectedError,
  debugUnexpected,
  closest,
  didYouMean,
  didYouMeanSuffix,
  listOf
};
