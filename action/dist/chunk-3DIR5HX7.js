import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  REST_FALLBACK_AUTHOR,
  fromRestIssue,
  sameLogin
} from "./chunk-PDIKZ2TZ.js";
import {
  code,
  inertLogin
} from "./chunk-RIUK62DN.js";
import {
  errorMessage,
  isForbidden,
  isGone,
  isNotFound,
  isUnprocessable
} from "./chunk-CO3KHFF2.js";
import {
  encodeMarkerId,
  marker,
  readBreachMarker
} from "./chunk-TQGIIV45.js";
import {
  TRIGGERS,
  idSlug
} from "./chunk-PWZWRRNJ.js";
import {
  phaseResponse
} from "./chunk-4UT3FWL7.js";

// action/src/lessons/scaffold.ts
var MAX_SLUG_CHARS = 40;
function slugify(text) {
  const slug = idSlug(text);
  if (slug.length <= MAX_SLUG_CHARS) return slug;
  const cut = slug.slice(0, MAX_SLUG_CHARS + 1);
  const lastBreak = cut.lastIndexOf("-");
  return (lastBreak >= MAX_SLUG_CHARS / 2 ? cut.slice(0, lastBreak) : cut.slice(0, MAX_SLUG_CHARS)).replace(/-+$/, "");
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
      ...unreadNote(input),
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
    ...rows.map((e) => `| ${e.at ?? "unknown"} | ${cell(e.phaseId)} | ${cell(what(e))} | ${cell(e.by ?? "\u2014")} |`)
  ];
}
function unreadNote(input) {
  return input.unread ? [`Not filled in by Rollbook: ${input.unread.replace(/[\r\n]+/g, " ")}`, ""] : [];
}
function readingsSection(input) {
  const readings = input.readings;
  if (input.unread && !readings) return ["## Gate readings at the breach", "", ...unreadNote(input)];
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
  const how = input.rollback?.via === "verdict" ? `Rollbook's watch read a ROLL BACK verdict on the phase ${phaseId}${at ? ` at ${at}` : ""}; nobody has ticked its roll-back yet. Say whether and when it was rolled back, and what was noticed first.` : `The phase ${phaseId} was rolled back${input.rollback?.by ? ` by ${input.rollback.by}` : ""}${at ? ` at ${at}` : ""}; say what was noticed first.`;
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
  how: ${quoted2(how)}
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

// action/src/github/draft-pull.ts
async function findPullByHead(github, repo, branch) {
  const pulls = await github.paginate(github.rest.pulls.list, {
    ...repo,
    state: "all",
    head: `${repo.owner}:${branch}`,
    per_page: 100
  });
  const found = pulls.find((p) => p.head.ref === branch);
  return found ? { number: found.number, url: found.html_url } : void 0;
}
async function branchSha(github, repo, branch) {
  try {
    const { data } = await github.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (isNotFound(error)) return void 0;
    throw error;
  }
}
async function fileExists(github, repo, path, ref) {
  try {
    await github.rest.repos.getContent({ ...repo, path, ref });
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}
async function openDraftPull(github, repo, draft) {
  const { data: repository } = await github.rest.repos.get({ ...repo });
  const base = repository.default_branch;
  if (await branchSha(github, repo, draft.branch) === void 0) {
    const sha = await branchSha(github, repo, base);
    if (sha === void 0) throw new Error(`the default branch ${base} has no commit`);
    try {
      await github.rest.git.createRef({ ...repo, ref: `refs/heads/${draft.branch}`, sha });
    } catch (error) {
      if (!isUnprocessable(error)) throw error;
    }
  }
  if (!await fileExists(github, repo, draft.path, draft.branch)) {
    await github.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: draft.path,
      branch: draft.branch,
      message: draft.message,
      content: Buffer.from(draft.content, "utf8").toString("base64")
    });
  }
  const { data } = await github.rest.pulls.create({
    ...repo,
    head: draft.branch,
    base,
    title: draft.title,
    body: draft.body,
    draft: true,
    request: { retries: 0 }
  });
  return { number: data.number, url: data.html_url };
}

// action/src/github/issues.ts
async function getIssue(github, repo, number) {
  try {
    const { data } = await github.request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      ...repo,
      issue_number: number
    });
    return { found: true, issue: fromRestIssue(data) };
  } catch (error) {
    if (isGone(error)) return { found: false, status: 410 };
    if (isNotFound(error)) return { found: false, status: 404 };
    throw error;
  }
}
async function createIssueOnce(github, repo, issue) {
  const { data } = await github.request("POST /repos/{owner}/{repo}/issues", {
    ...repo,
    title: issue.title,
    body: issue.body,
    labels: issue.labels,
    request: { retries: 0 }
  });
  return fromRestIssue(data);
}
async function updateIssue(github, repo, number, patch) {
  const { data } = await github.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    ...repo,
    issue_number: number,
    ...patch
  });
  return fromRestIssue(data);
}
async function addLabels(github, repo, number, labels) {
  await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
    ...repo,
    issue_number: number,
    labels: [...labels]
  });
}

// action/src/github-action/sync/lesson-drafts.ts
function actedFromComments(plan, phaseId, comments, author, since) {
  const phase = plan.phases.find((p) => p.id === phaseId);
  if (!phase || phaseResponse(plan, phase) !== "roll-back") return [];
  const from = Date.parse(since);
  const acted = [];
  for (const comment of comments) {
    if (!sameLogin(comment.author, author)) continue;
    const key = readBreachMarker(comment.body);
    if (key?.plan !== plan.metadata.name || key.phase !== phaseId) continue;
    const posted = Date.parse(comment.createdAt);
    if (posted >= from) acted.push({ posted, at: key.after });
  }
  return acted.sort((a, b) => a.posted - b.posted).map(({ at }) => ({ phaseId, at }));
}
var compactTime = (at) => at.replace(/[-:]/g, "");
function draftBranch(id) {
  return `rollbook/lesson-draft/${id.plan}/${id.phaseId}/${compactTime(id.key)}`;
}
function draftMarker(id) {
  return marker("lesson-draft", `${encodeMarkerId(id.plan)}/${encodeMarkerId(id.phaseId)}/${compactTime(id.key)}`);
}
function rollbacksToDraft(rollout, acted = []) {
  const out = /* @__PURE__ */ new Map();
  const activationOf = (phaseId) => {
    const phase = rollout.phases.find((p) => p.phaseId === phaseId);
    return phase?.activation.ticked ? phase.activation.at : void 0;
  };
  for (const notice of rollout.rolledBack) {
    if (!notice.at) continue;
    const phase = rollout.phases.find((p) => p.phaseId === notice.phaseId);
    if (phase?.state !== "rolled-back") continue;
    const previous = out.get(notice.phaseId);
    if (previous && previous.at <= notice.at) continue;
    out.set(notice.phaseId, {
      plan: rollout.plan,
      phaseId: notice.phaseId,
      key: activationOf(notice.phaseId) ?? notice.at,
      at: notice.at,
      ...notice.by ? { by: notice.by } : {},
      ...notice.stepId ? { stepId: notice.stepId } : {},
      via: "tick"
    });
  }
  for (const verdict of acted) {
    const activation = activationOf(verdict.phaseId);
    if (out.has(verdict.phaseId) || activation === void 0) continue;
    out.set(verdict.phaseId, {
      plan: rollout.plan,
      phaseId: verdict.phaseId,
      key: activation,
      at: verdict.at,
      via: "verdict"
    });
  }
  return [...out.values()];
}
function rollbackDraft(plan, rollout, id, readings, date) {
  return draftLesson({
    plan,
    phaseId: id.phaseId,
    date: date ?? id.at.slice(0, 10),
    rollback: {
      at: id.at,
      via: id.via,
      ...id.by ? { by: id.by } : {},
      ...id.stepId ? { stepId: id.stepId } : {}
    },
    timeline: rollout.released.filter((e) => e.phaseId === id.phaseId),
    ...readings ? { readings } : {},
    idSuffix: compactTime(id.key).slice(6, 13).toLowerCase()
  });
}
function draftFor(input, id) {
  return rollbackDraft(input.plan, input.rollout, id, input.readings(id.phaseId));
}
function intro(id, file) {
  const by = id.by ? ` by ${inertLogin(id.by)}` : "";
  const how = id.via === "verdict" ? `Rollbook's watch read a ROLL BACK verdict on phase ${code(id.phaseId)} of ${code(id.plan)} at ${id.at} and acted on it (see the breach comment on its checklist issue).` : `Phase ${code(id.phaseId)} of ${code(id.plan)} was rolled back${by} at ${id.at} (from its checklist issue's verified audit trail).`;
  return `${how} Rollbook drafted the lesson ${code(file)}: tell the story, pick the trigger and write the guard, then merge it so future rollouts take it.`;
}
function fenced(text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}markdown
${text}
${fence}`;
}
async function findDraftIssue(input, label, key) {
  const issues = await input.github.paginate(input.github.rest.issues.listForRepo, {
    ...input.repo,
    labels: label,
    state: "all",
    per_page: 100
  });
  const ours = (login) => sameLogin(login, input.viewer ?? REST_FALLBACK_AUTHOR);
  return issues.find((i) => !i.pull_request && ours(i.user?.login) && (i.body ?? "").includes(key))?.number;
}
var draftLabel = (input) => `${input.labelPrefix}:lesson-draft`;
async function openIssue(input, id, file, text, title) {
  const label = draftLabel(input);
  const key = draftMarker(id);
  const body = `${key}
${intro(id, file)}

Save this as ${code(file)}:

${fenced(text)}
`;
  const created = await createIssueOnce(input.github, input.repo, { title, body, labels: [label] });
  input.log.notice(
    `Rollbook: drafted the lesson of the rollback of ${id.plan}/${id.phaseId} as issue #${created.number}`
  );
}
async function openLessonDrafts(input) {
  for (const id of rollbacksToDraft(input.rollout, input.acted)) {
    const draft = draftFor(input, id);
    const file = `${input.lessonsDir.replace(/\/+$/, "")}/${draft.id}.md`;
    const title = `Lesson draft: rollback of ${id.plan}/${id.phaseId}`;
    try {
      const branch = draftBranch(id);
      if (input.mode === "pull-request" && await findPullByHead(input.github, input.repo, branch)) continue;
      if (await findDraftIssue(input, draftLabel(input), draftMarker(id)) !== void 0) continue;
      if (input.dryRun) {
        input.log.info(
          `Rollbook: would open a draft lesson (${input.mode}) for the rollback of ${id.plan}/${id.phaseId}`
        );
        continue;
      }
      if (input.mode === "pull-request") {
        try {
          const pull = await openDraftPull(input.github, input.repo, {
            branch,
            path: file,
            content: draft.text,
            message: `Draft lesson from the rollback of ${id.plan}/${id.phaseId}`,
            title,
            body: `${draftMarker(id)}
${intro(id, file)}
`
          });
          input.log.notice(
            `Rollbook: drafted the lesson of the rollback of ${id.plan}/${id.phaseId} as #${pull.number}`
          );
          continue;
        } catch (error) {
          if (isUnprocessable(error) && await findPullByHead(input.github, input.repo, branch)) continue;
          if (!isForbidden(error)) throw error;
          input.log.warning(
            `Rollbook: GitHub refused the draft lesson's pull request (${errorMessage(error)}); opening it as an issue instead. Allow GitHub Actions to create pull requests, or set lesson-drafts: issue.`
          );
        }
      }
      await openIssue(input, id, file, draft.text, title);
    } catch (error) {
      input.log.warning(
        `Rollbook: could not open the draft lesson of the rollback of ${id.plan}/${id.phaseId}: ${errorMessage(error)}; the next run tries again`
      );
    }
  }
}

export {
  getIssue,
  createIssueOnce,
  updateIssue,
  addLabels,
  slugify,
  scaffoldLesson,
  draftLesson,
  actedFromComments,
  rollbacksToDraft,
  rollbackDraft,
  openLessonDrafts
};
