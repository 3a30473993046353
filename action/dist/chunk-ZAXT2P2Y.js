import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  TRIGGERS
} from "./chunk-ST67CXJH.js";

// action/src/lessons/scaffold.ts
var MAX_SLUG_CHARS = 40;
function slugify(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, MAX_SLUG_CHARS).replace(/-+$/, "");
}
function quoted(text) {
  return JSON.stringify(text);
}
function scaffoldLesson(seed) {
  return `---
id: ${seed.id}
title: ${quoted(seed.title)}
date: ${seed.date}
severity: sev2
trigger: ${seed.trigger}
contributingFactors:
  - What made the incident possible, one factor per line.
detection:
  how: How the incident was noticed, and by whom.
  sooner: What would have shown it sooner (an alert, a metric, a canary).
timeToMitigate: 1h
services: []
tags: []
links: []
guards:
  # What every matching rollout must do from now on. Exactly one of checklist, gate, freeze
  # or raise per guard; see docs/lessons.md. This one matches no plan until you edit match.
  # Match facts where you can (breaking: true, migrations: true, irreversible: true,
  # audienceUnits, stepKinds, strategies): a plan cannot forget them the way it can a tag.
  - id: first-guard
    match: {tags: [replace-with-a-plan-tag]}
    checklist: The check that would have caught this incident before it reached users.
---

## What happened

Tell the story in a few paragraphs: what changed, what broke, who noticed.

## Why it was not caught

## What changes in future rollouts
`;
}

// action/src/lessons/draft.ts
var MAX_ID_SLUG = 54;
var AUDIT_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$/;
var MAX_TIMELINE_ROWS = 50;
var quoted2 = (text) => JSON.stringify(text);
var cell = (text) => text.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|");
function guessTrigger(stepKinds) {
  return stepKinds.includes("flag") || stepKinds.includes("config") ? "config-push" : "binary-push";
}
function draftLessonId(planName, phaseId, date, suffix) {
  const tail = suffix && /^[a-z0-9]+$/.test(suffix) ? `-${suffix}` : "";
  const slug = slugify(`rollback ${planName} ${phaseId}`).slice(0, MAX_ID_SLUG - tail.length).replace(/-+$/, "");
  return `L-${date.slice(0, 7)}-${slug}${tail}`;
}
function timelineSection(input) {
  const rows = (input.timeline ?? []).slice(-MAX_TIMELINE_ROWS);
  if (rows.length === 0)
    return [
      "## Timeline",
      "",
      `Fill in from the tracking issue's "What was released when" table: what was released, when, by whom, and when it was rolled back.`
    ];
  const what = (e) => {
    const step = e.stepId ? ` step ${e.stepId}` : "";
    if (e.what === "staged" && e.stage) return `ramped to ${e.stage.percent}% (stage ${e.stage.key})`;
    if (e.what === "rolled-back") return `rolled back${step || " (whole phase)"}`;
    return `${e.what}${step}`;
  };
  return [
    "## Timeline",
    "",
    "From the verified audit trail of the checklist issues (UTC):",
    "",
    "| When | Phase | What | By |",
    "| --- | --- | --- | --- |",
    ...rows.map((e) => `| ${e.at ?? "unknown"} | ${cell(e.phaseId)} | ${cell(what(e))} | ${cell(e.by ?? "—")} |`)
  ];
}
function readingsSection(input) {
  const readings = input.readings;
  if (!readings || readings.gates.length === 0) return [];
  return [
    "## Gate readings at the breach",
    "",
    `As the phase issue last recorded them, evaluated ${readings.evaluatedAt}:`,
    "",
    "| Gate | Value | Threshold | Status |",
    "| --- | --- | --- | --- |",
    ...readings.gates.map((g) => `| ${cell(g.title)} | ${cell(g.value)} | ${cell(g.threshold)} | ${g.status} |`),
    ""
  ];
}
function draftLesson(input) {
  const { plan, phaseId, date } = input;
  const phase = plan.phases.find((p) => p.id === phaseId);
  if (!phase) throw new Error(`plan ${plan.metadata.name} has no phase "${phaseId}"`);
  const stepKinds = [...new Set(phase.steps.map((s) => s.kind))];
  const id = draftLessonId(plan.metadata.name, phaseId, date, input.idSuffix);
  const title = `Rolled back: ${plan.metadata.title}, ${phase.title}`;
  const at = input.rollback?.at && AUDIT_TIME.test(input.rollback.at) ? input.rollback.at : void 0;
  const step = input.rollback?.stepId;
  const services = plan.metadata.services;
  const match = `{services: [${services.join(", ")}], strategies: [${phase.strategy}], stepKinds: [${stepKinds.join(", ")}]}`;
  const text = `---
# Draft lesson from the rollback of ${plan.metadata.name}/${phaseId}. Rollbook prefilled what it knows;
# tell the story, pick the trigger, and write the guard before merging.
id: ${id}
title: ${quoted2(title)}
date: ${date}
severity: sev3
# What set it off, from the outage-trigger taxonomy (most frequent first); a first guess:
#   ${TRIGGERS.join(", ")}
trigger: ${guessTrigger(stepKinds)}
contributingFactors:
  - What made the rollback necessary, one factor per line.
detection:
  how: ${quoted2(`The phase ${phaseId} was rolled back${input.rollback?.by ? ` by ${input.rollback.by}` : ""}${at ? ` at ${at}` : ""}; say what was noticed first.`)}
  sooner: What would have shown it sooner (an alert, a metric, a canary).
timeToMitigate: 1h
services: [${services.join(", ")}]
tags: [rollback]
links: []
rollback:
  plan: ${plan.metadata.name}
  phase: ${phaseId}
  environment: ${phase.environment}
  strategy: ${phase.strategy}
  stepKinds: [${stepKinds.join(", ")}]${step ? `
  step: ${step}` : ""}${at ? `
  at: ${at}` : ""}
guards:
  # Left for people: what every matching rollout must do from now on (docs/lessons.md). Exactly
  # one of checklist, gate, freeze or raise per guard. This one matches no plan until you edit
  # match; the rolled-back phase's facts, to match on:
  #   match: ${match}
  - id: first-guard
    match: {tags: [replace-with-a-plan-tag]}
    checklist: The check that would have caught this before it needed a rollback.
---

${timelineSection(input).join("\n")}

${readingsSection(input).join("\n")}## What happened

Tell the story in a few paragraphs: what changed, what broke, who noticed, why it was rolled back.

## Why it was not caught

## What changes in future rollouts
`;
  return { id, title, text };
}

export {
  slugify,
  scaffoldLesson,
  draftLesson
};
