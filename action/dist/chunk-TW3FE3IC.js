import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  applyGuards
} from "./chunk-5J6QAA5N.js";
import {
  REST_FALLBACK_AUTHOR,
  sameLogin
} from "./chunk-PDIKZ2TZ.js";
import {
  decodeReviewRecord
} from "./chunk-CN42PEYM.js";
import {
  parseKpiReviewMarker
} from "./chunk-TQGIIV45.js";
import {
  matchGuards
} from "./chunk-3K54BDRQ.js";
import {
  validLessons
} from "./chunk-LC5U5VG2.js";
import {
  idRecord
} from "./chunk-4UT3FWL7.js";

// action/src/workspace/guarded-plans.ts
function guardedPlans(plans, lessons) {
  const valid = validLessons(lessons);
  return plans.flatMap((parsed) => {
    if (!parsed.plan || parsed.diagnostics.some((d) => d.severity === "error")) return [];
    const matched = matchGuards(parsed.plan, valid);
    const guards = idRecord();
    for (const phase of matched.phases) guards[phase.phaseId] = phase.guards;
    const plan = applyGuards(parsed.plan, matched);
    return [
      { plan, file: parsed.file, guards, ...matched.freezes.length > 0 ? { guardFreezes: matched.freezes } : {} }
    ];
  });
}

// action/src/kpi-review/read.ts
function findPostedReview(comments, viewer) {
  const author = viewer ?? REST_FALLBACK_AUTHOR;
  for (const comment of comments) {
    if (!sameLogin(comment.author, author)) continue;
    const parsed = parseKpiReviewMarker(comment.body);
    if (!parsed || !comment.createdAt) continue;
    const { kpis: json, ...counts } = parsed;
    const kpis = json !== void 0 && counts.outcomes ? decodeReviewRecord(json, counts.outcomes.length) : void 0;
    return { comment, review: { at: comment.createdAt, ...counts, ...kpis ? { kpis } : {} } };
  }
  return void 0;
}
function postedReview(comments, viewer) {
  return findPostedReview(comments, viewer)?.review;
}

export {
  guardedPlans,
  findPostedReview,
  postedReview
};
