import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  DEFAULT_LABEL_PREFIX,
  GITHUB_ACTIONS_LOGIN,
  LABEL_PREFIX_EXPECTED,
  MAX_WATCHED_GATES,
  awaitingProvider,
  buildInventory,
  clip,
  derivePhaseState,
  deriveRolloutState,
  foldDuplicateTicks,
  isLabelPrefix,
  judgedStatus,
  parseIssueBody,
  reviewDueAt,
  withoutProvenance,
  writtenReadings
} from "./chunk-PDIKZ2TZ.js";
import {
  describeRamp
} from "./chunk-RIUK62DN.js";
import {
  notFoundAt,
  nothingAnsweredAt
} from "./chunk-64ZO2YJY.js";
import {
  MAX_RECORDED_TEXT
} from "./chunk-CN42PEYM.js";
import {
  UsageError
} from "./chunk-DXW35SOZ.js";
import {
  compareCodePoints
} from "./chunk-PWZWRRNJ.js";
import {
  formatMeasured,
  isoSeconds
} from "./chunk-4UT3FWL7.js";

// action/src/cli/github-options.ts
var REPO = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
var DEFAULT_ACTION_LOGIN = GITHUB_ACTIONS_LOGIN;
function optionalRepo(value, env) {
  const text2 = value ?? env.GITHUB_REPOSITORY;
  if (!text2) return void 0;
  const match = REPO.exec(text2);
  if (!match) throw new UsageError(`--repo must be owner/name (got "${text2}")`);
  return { owner: match[1], repo: match[2] };
}
function repoOption(value, env) {
  const repo = optionalRepo(value, env);
  if (!repo) throw new UsageError("no repository: pass --repo owner/name or set GITHUB_REPOSITORY");
  return repo;
}
function labelPrefixOption(value) {
  const prefix = value ?? DEFAULT_LABEL_PREFIX;
  if (!isLabelPrefix(prefix)) throw new UsageError(`--label-prefix must be ${LABEL_PREFIX_EXPECTED} (got "${prefix}")`);
  return prefix;
}
function actorOption(value) {
  const actor = value ?? DEFAULT_ACTION_LOGIN;
  if (!LOGIN.test(actor)) throw new UsageError(`--actor must be a GitHub login such as my-app[bot] (got "${actor}")`);
  return actor;
}

// action/src/rollout-status/readings.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
var text = (value) => clip(value.replace(CONTROL, " "));
function statusReadings(record) {
  return {
    evaluatedAt: record.evaluatedAt,
    gates: record.gates.slice(0, MAX_WATCHED_GATES).map((g) => ({
      gate: text(g.gate),
      title: text(g.title),
      // As the verdict judges it: past the rollback threshold within its failure limit, a gate holds (ADR 41).
      status: judgedStatus(g),
      value: text(g.value),
      threshold: text(g.threshold),
      ...g.sampledAt !== void 0 ? { sampledAt: g.sampledAt } : {}
    }))
  };
}

// action/src/rollout-status/derive.ts
function facts(issue) {
  return {
    state: issue.state,
    stateReason: issue.stateReason,
    closedAt: issue.closedAt,
    ...issue.closedBy ? { closedBy: issue.closedBy } : {}
  };
}
function planRollout({ plan, guards }, issues, now, proven) {
  const phases = [];
  for (const phase of plan.phases) {
    const issue = issues?.phases.get(phase.id);
    if (!issue) continue;
    const duplicates = (issues?.duplicates ?? []).filter((d) => d.winner.number === issue.number);
    const parsed = parseIssueBody(
      foldDuplicateTicks(
        issue.body,
        duplicates.map((d) => d.issue.body)
      )
    );
    const phaseGuards = guards[phase.id];
    const state = proven ? proven.get(issue.number) ?? (parsed.state && withoutProvenance(parsed.state)) : parsed.state;
    phases.push(
      derivePhaseState(plan, phase.id, parsed.ticks, state, now, {
        issue: facts(issue),
        ...phaseGuards ? { guards: phaseGuards } : {}
      })
    );
  }
  return deriveRolloutState(plan, phases);
}
function planStatus(guarded, issues, now, proven, review, own) {
  const { plan } = guarded;
  const rollout = planRollout(guarded, issues, now, proven);
  if (rollout.current) {
    const current = rollout.phases.find((p) => p.phaseId === rollout.current);
    const stages = plan.phases.find((p) => p.id === current.phaseId)?.stages;
    const ramp = current.ramp && stages && current.state !== "rolled-back" ? {
      stage: current.ramp.reached,
      of: current.ramp.total,
      waiting: current.ramp.waiting,
      ...current.ramp.holdEndsAt ? { holdEndsAt: current.ramp.holdEndsAt } : {},
      says: describeRamp(stages, current.ramp)
    } : void 0;
    const readings2 = readingsOf(issues, current.phaseId, own);
    return {
      phase: current.phaseId,
      state: current.state,
      ...ramp ? { ramp } : {},
      ...readings2 ? { readings: readings2 } : {}
    };
  }
  const last = rollout.phases.at(-1);
  if (!last) return void 0;
  const readings = readingsOf(issues, last.phaseId, own);
  const kpiReview = kpiReviewStatus(plan, rollout, review);
  return { phase: last.phaseId, state: "done", ...readings ? { readings } : {}, ...kpiReview ? { kpiReview } : {} };
}
function readingsOf(issues, phaseId, own) {
  const issue = issues?.phases.get(phaseId);
  const body = issue && (own ? own.get(issue.number) : issue.body);
  const record = body !== void 0 ? writtenReadings(body) : void 0;
  return record && record.gates.length > 0 ? statusReadings(record) : void 0;
}
function kpiReviewStatus(plan, rollout, review) {
  const reviewed = plan.story.impact.filter((i) => i.reviewAfter !== void 0);
  if (!rollout.complete || reviewed.length === 0) return void 0;
  const due = reviewDueAt(plan, rollout);
  return {
    // Posted with a KPI awaiting its provider and none missed: not finished (ADR 53), as the tracking issue says.
    state: !review ? "pending" : review.missed > 0 ? "missed" : awaitingProvider(review) > 0 ? "pending" : "met",
    ...due ? { due } : {},
    ...review ? { postedAt: review.at } : {},
    kpis: review ? postedKpis(reviewed, review) : reviewed.map(plannedKpi)
  };
}
var CONTROL2 = /[\u0000-\u001f\u007f-\u009f]/g;
var shown = (text2) => clipText(text2.replace(CONTROL2, " "));
var clipText = (text2) => text2.length > MAX_RECORDED_TEXT ? `${text2.slice(0, MAX_RECORDED_TEXT - 1)}\u2026` : text2;
function plannedKpi(impact) {
  return {
    kpi: shown(impact.kpi),
    ...impact.baseline !== void 0 ? { baseline: shown(impact.baseline) } : {},
    expect: shown(impact.expect)
  };
}
function postedKpis(reviewed, review) {
  if (review.kpis && review.kpis.length === (review.outcomes?.length ?? -1)) {
    return review.kpis.map((k, i) => {
      const outcome = review.outcomes[i];
      return {
        kpi: shown(k.kpi),
        outcome,
        ...k.baseline !== void 0 ? { baseline: shown(k.baseline) } : {},
        expect: shown(k.expect),
        ...k.measured !== void 0 ? { measured: shown(formatMeasured(k.measured, k.unit)) } : {},
        ...k.window !== void 0 ? { window: shown(k.window) } : {},
        ...k.awaitsProvider && outcome === "no-data" ? { awaitsProvider: true } : {}
      };
    });
  }
  return reviewed.map((impact, i) => {
    const outcome = review.outcomes?.[i];
    return { kpi: shown(impact.kpi), ...outcome ? { outcome } : {} };
  });
}
function deriveStatus(plans, issues, now, proven, reviews, own) {
  const inventory = buildInventory(issues);
  const updatedAt = isoSeconds(now);
  const sorted = [...plans].sort((a, b) => compareCodePoints(a.plan.metadata.name, b.plan.metadata.name));
  const out = { plans: {} };
  for (const guarded of sorted) {
    const name = guarded.plan.metadata.name;
    const status = planStatus(guarded, inventory.plans.get(name), now, proven, reviews?.get(name), own);
    if (status) out.plans[name] = { ...status, updatedAt };
  }
  return out;
}

// action/src/cli/unreachable-hint.ts
function unreachableHint(baseUrl) {
  return `rollbook: hint: ${nothingAnsweredAt(baseUrl)}
`;
}
function notFoundHint(baseUrl, repository) {
  return `rollbook: hint: ${notFoundAt(baseUrl, repository)}
`;
}

export {
  DEFAULT_ACTION_LOGIN,
  optionalRepo,
  repoOption,
  labelPrefixOption,
  actorOption,
  planRollout,
  planStatus,
  deriveStatus,
  unreachableHint,
  notFoundHint
};
