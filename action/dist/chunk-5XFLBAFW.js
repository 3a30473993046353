import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/plan/suggest.ts
var MAX_SUGGESTION_DISTANCE = 3;
function editDistance(a, b) {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length];
}
function closest(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.min(MAX_SUGGESTION_DISTANCE, Math.max(1, Math.floor(input.length / 2)));
  return bestDistance <= limit ? best : void 0;
}
function didYouMean(input, candidates) {
  const match = closest(input, candidates);
  return match === void 0 ? void 0 : `did you mean "${match}"?`;
}
function listOf(values, conjunction = "or") {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted[quoted.length - 1]}`;
}

export {
  closest,
  didYouMean,
  listOf
};
