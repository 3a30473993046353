import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  DEFAULT_LABEL_PREFIX,
  GITHUB_ACTIONS_LOGIN,
  MAX_WATCHED_GATES,
  buildInventory,
  clip,
  derivePhaseState,
  deriveRolloutState,
  foldDuplicateTicks,
  guardedPlans,
  issueLabels,
  judgedStatus,
  listComments,
  parseIssueBody,
  postedReview,
  readManagedIssues,
  reviewDueAt,
  verifyPhaseIssue,
  withoutProvenance,
  writtenReadings
} from "./chunk-46MKY2IW.js";
import {
  describeRamp
} from "./chunk-M6CEC7QU.js";
import {
  apiBaseUrl,
  createGitHubClient
} from "./chunk-KSCIWFBF.js";
import {
  errorMessage
} from "./chunk-RJ6GS2NA.js";
import {
  MAX_RECORDED_TEXT
} from "./chunk-EXLP3ULJ.js";
import {
  formatMeasured,
  readIssueKey
} from "./chunk-G5RJXMWR.js";
import {
  readSharedLessons,
  stderrLogger
} from "./chunk-AO42Z62W.js";
import {
  todayUtc
} from "./chunk-IO2T7ALR.js";
import {
  ANSI,
  PLAIN,
  formatDiagnosticText
} from "./chunk-36FZH5YV.js";
import {
  checkPlans
} from "./chunk-AG7CKCSM.js";
import "./chunk-ERBXSRD3.js";
import {
  loadConfig
} from "./chunk-BK3ICZHT.js";
import "./chunk-DQ7BX35Y.js";
import "./chunk-KWCTWDDX.js";
import "./chunk-YAFH3O2A.js";
import "./chunk-TQRVEJG3.js";
import "./chunk-YBSNS7DU.js";
import {
  countBySeverity
} from "./chunk-SYUBQARV.js";
import "./chunk-JH6ECX3Y.js";
import {
  EXIT,
  UsageError
} from "./chunk-R6GXAJDK.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/status.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";

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
function isoSeconds(now) {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function planStatus({ plan, guards }, issues, now, proven, review, own) {
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
  const rollout = deriveRolloutState(plan, phases);
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
    state: !review ? "pending" : review.missed > 0 ? "missed" : "met",
    ...due ? { due } : {},
    ...review ? { postedAt: review.at } : {},
    kpis: review ? postedKpis(reviewed, review) : reviewed.map(plannedKpi)
  };
}
var CONTROL2 = /[\u0000-\u001f\u007f-\u009f]/g;
var shown = (text2) => clipText(text2.replace(CONTROL2, " "));
var clipText = (text2) => text2.length > MAX_RECORDED_TEXT ? `${text2.slice(0, MAX_RECORDED_TEXT - 1)}…` : text2;
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
        ...k.window !== void 0 ? { window: shown(k.window) } : {}
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
  const sorted = [...plans].sort((a, b) => compare(a.plan.metadata.name, b.plan.metadata.name));
  const out = { plans: {} };
  for (const guarded of sorted) {
    const name = guarded.plan.metadata.name;
    const status = planStatus(guarded, inventory.plans.get(name), now, proven, reviews?.get(name), own);
    if (status) out.plans[name] = { ...status, updatedAt };
  }
  return out;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// action/src/rollout-status/format.ts
function ordered(status) {
  return {
    phase: status.phase,
    state: status.state,
    ...status.ramp !== void 0 ? { ramp: status.ramp } : {},
    ...status.readings !== void 0 ? { readings: status.readings } : {},
    ...status.verdict !== void 0 ? { verdict: status.verdict } : {},
    ...status.kpiReview !== void 0 ? { kpiReview: status.kpiReview } : {},
    updatedAt: status.updatedAt
  };
}
function formatStatusJson(status) {
  const plans = {};
  for (const name of Object.keys(status.plans).sort()) plans[name] = ordered(status.plans[name]);
  return `${JSON.stringify({ plans }, null, 2)}
`;
}
var OUTCOME_WORDS = { met: "met", missed: "MISSED", "no-data": "no data" };
function reviewLines(name, review) {
  const head = review.state === "pending" ? `${name}: KPI review pending${review.due ? `, due ${review.due}` : ""}` : `${name}: KPI review ${review.state === "missed" ? "MISSED" : "met"} (posted ${review.postedAt ?? "unknown"})`;
  return [head, ...review.kpis.map(kpiLine)].join("\n");
}
function kpiLine(k) {
  const outcome = k.outcome ? OUTCOME_WORDS[k.outcome] : "not measured yet";
  const measured = k.measured !== void 0 ? `, measured ${k.measured}${k.window ? ` over ${k.window}` : ""}` : "";
  const against = [
    ...k.baseline !== void 0 ? [`baseline ${k.baseline}`] : [],
    ...k.expect !== void 0 ? [`expected ${k.expect}`] : []
  ];
  return `  ${k.kpi}: ${outcome}${measured}${against.length ? ` (${against.join(", ")})` : ""}`;
}
function formatStatusText(status) {
  const names = Object.keys(status.plans).sort();
  if (names.length === 0) return "No plans.\n";
  const hasVerdict = names.some((n) => status.plans[n].verdict !== void 0);
  const header = ["PLAN", "PHASE", "STATE", ...hasVerdict ? ["VERDICT"] : []];
  const rows = names.map((name) => {
    const s = status.plans[name];
    return [name, s.phase, s.state, ...hasVerdict ? [s.verdict ?? "—"] : []];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd();
  const updated = status.plans[names[0]].updatedAt;
  const ramps = names.flatMap((name) => {
    const ramp = status.plans[name].ramp;
    return ramp ? [`${name} (${status.plans[name].phase}): ${ramp.says}`] : [];
  });
  const rampLines = ramps.length ? `
${ramps.join("\n")}
` : "";
  const readings = names.flatMap((name) => {
    const r = status.plans[name].readings;
    if (!r || r.gates.length === 0) return [];
    const gates = r.gates.map((g) => `${g.title} ${g.value} (${g.status})`).join("; ");
    return [`${name} (${status.plans[name].phase}) gates as of ${r.evaluatedAt}: ${gates}`];
  });
  const readingLines = readings.length ? `
${readings.join("\n")}
` : "";
  const reviews = names.flatMap((name) => {
    const review = status.plans[name].kpiReview;
    return review ? [reviewLines(name, review)] : [];
  });
  const reviewText = reviews.length ? `
${reviews.join("\n")}
` : "";
  return `${[line(header), ...rows.map(line)].join("\n")}
${rampLines}${readingLines}${reviewText}
As of ${updated}.
`;
}

// action/src/cli/commands/status.ts
var REPO = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
var LABEL_PREFIX = /^[A-Za-z0-9][A-Za-z0-9._-]{0,30}$/;
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
var DEFAULT_ACTION_LOGIN = GITHUB_ACTIONS_LOGIN;
function repoOption(value, env) {
  const text2 = value ?? env.GITHUB_REPOSITORY;
  if (!text2) throw new UsageError("no repository: pass --repo owner/name or set GITHUB_REPOSITORY");
  const match = REPO.exec(text2);
  if (!match) throw new UsageError(`--repo must be owner/name (got "${text2}")`);
  return { owner: match[1], repo: match[2] };
}
var statusCommand = {
  name: "status",
  help: `Usage: rollbook status [paths…] --repo owner/name [options]

Reads the plans (as \`rollbook validate\` does) and the repository's Rollbook checklist issues,
and shows each plan's current phase (the first one not done) and its state: not-started,
in-progress, baking, ready, rolled-back, or done once every phase is done. A plan without
issues yet is not-started in its first phase. When Rollbook's watch has written gate readings
into the current phase's issue, they come along, as of the evaluation that took them. --json
prints the status file the site reads (ROLLBOOK_STATUS, see docs/site.md); --out writes it to a
file. A done plan whose KPIs ask for a review shows it: pending (with its due
date), met or missed, and each KPI's outcome with its measured value beside its baseline and
expectation, as Rollbook's review comment recorded them.

Options:
  --repo <owner/name>     repository of the issues (default $GITHUB_REPOSITORY)
  --json                  print the site's status JSON instead of a table
  --out <file>            write the status JSON to <file>
  --config <file>         configuration file (default ./rollbook.config.yaml if present)
  --label-prefix <text>   label prefix the action was given (default ${DEFAULT_LABEL_PREFIX})
  --actor <login>         the account the action writes as (default ${DEFAULT_ACTION_LOGIN};
                          a GitHub App's is <slug>[bot]). Only its revisions and comments
                          count as Rollbook's own, whoever's token reads them.
  -h, --help              show this help

Environment: GITHUB_TOKEN (required; read access to issues), GITHUB_API_URL (default
https://api.github.com, for GitHub Enterprise Server).

Exit codes: 0 success, 1 plan errors or the GitHub read failed, 2 bad usage (no token, no
repository, missing path).`,
  options: {
    repo: { type: "string" },
    json: { type: "boolean" },
    out: { type: "string" },
    config: { type: "string" },
    "label-prefix": { type: "string" },
    actor: { type: "string" }
  },
  async run({ values, positionals }, io) {
    const repo = repoOption(values.repo, io.env);
    const token = io.env.GITHUB_TOKEN;
    if (!token) throw new UsageError("GITHUB_TOKEN is not set: status reads the checklist issues from GitHub");
    const prefix = values["label-prefix"] ?? DEFAULT_LABEL_PREFIX;
    if (!LABEL_PREFIX.test(prefix))
      throw new UsageError(
        `--label-prefix must be 1-31 letters, digits, dots, dashes or underscores (got "${prefix}")`
      );
    const actor = values.actor ?? DEFAULT_ACTION_LOGIN;
    if (!LOGIN.test(actor)) throw new UsageError(`--actor must be a GitHub login such as my-app[bot] (got "${actor}")`);
    const loaded = await loadConfig(io.cwd, values.config);
    const shared = await readSharedLessons(loaded, io, "error");
    const checked = countBySeverity(loaded.diagnostics).errors === 0 ? await checkPlans(positionals, {
      cwd: io.cwd,
      config: loaded.config,
      start: todayUtc(io.now()),
      ...shared ? { shared } : {}
    }) : void 0;
    const diagnostics = [...loaded.diagnostics, ...checked?.diagnostics ?? []];
    const errors = diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      const style = io.color ? ANSI : PLAIN;
      const sources = /* @__PURE__ */ new Map();
      if (loaded.file && loaded.text !== void 0) sources.set(loaded.file, loaded.text);
      for (const p of checked?.plans ?? []) sources.set(p.file, p.text);
      for (const d of errors) io.stderr(`${formatDiagnosticText(d, sources.get(d.file), style)}

`);
      io.stderr(`rollbook: ${errors.length} error(s) in the plans; run 'rollbook validate' for details
`);
      return EXIT.problems;
    }
    const plans = guardedPlans(checked.plans, checked.lessons);
    let issues = [];
    const proven = /* @__PURE__ */ new Map();
    const own = /* @__PURE__ */ new Map();
    const reviews = /* @__PURE__ */ new Map();
    if (plans.length > 0) {
      const planLabels = plans.map((p) => issueLabels(p.plan.metadata.name, void 0, prefix)[1]);
      try {
        const log = stderrLogger(io);
        const github = createGitHubClient(token, { baseUrl: apiBaseUrl(io.env), log });
        const read = await readManagedIssues(github, repo, [prefix, ...planLabels], prefix, log);
        issues = read.issues;
        for (const issue of issues) {
          const key = readIssueKey(issue.body);
          if (key?.kind !== "phase" || !key.phase) continue;
          const trust = await verifyPhaseIssue(github, repo, issue, { plan: key.plan, phase: key.phase }, actor);
          if (trust.verified) {
            proven.set(issue.number, trust.state);
            own.set(issue.number, trust.ownBody);
          }
        }
        const first = deriveStatus(plans, issues, io.now(), proven);
        const inventory = buildInventory(issues);
        for (const [name, status2] of Object.entries(first.plans)) {
          const parent = inventory.plans.get(name)?.parent;
          if (!status2.kpiReview || !parent) continue;
          const posted = postedReview(await listComments(github, repo, parent.number), actor);
          if (posted) reviews.set(name, posted);
        }
      } catch (error) {
        io.stderr(`rollbook: cannot read the checklist issues of ${repo.owner}/${repo.repo}: ${errorMessage(error)}
`);
        return EXIT.problems;
      }
    }
    const status = deriveStatus(plans, issues, io.now(), proven, reviews, own);
    if (values.out !== void 0) {
      const file = resolve(io.cwd, values.out);
      try {
        await writeFile(file, formatStatusJson(status));
      } catch (error) {
        io.stderr(`rollbook: cannot write ${values.out}: ${errorMessage(error)}
`);
        return EXIT.problems;
      }
      io.stdout(`Wrote the status of ${Object.keys(status.plans).length} plan(s) to ${values.out}
`);
    } else {
      io.stdout(values.json ? formatStatusJson(status) : formatStatusText(status));
    }
    return EXIT.ok;
  }
};
export {
  statusCommand
};
