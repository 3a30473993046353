import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  DEFAULT_ACTION_LOGIN,
  actorOption,
  deriveStatus,
  labelPrefixOption,
  notFoundHint,
  planStatus,
  repoOption,
  unreachableHint
} from "./chunk-MMSG2PZY.js";
import {
  guardedPlans,
  postedReview
} from "./chunk-TW3FE3IC.js";
import "./chunk-5J6QAA5N.js";
import {
  DEFAULT_LABEL_PREFIX,
  buildInventory,
  historyFromFirstPage,
  issueFromNode,
  issueLabels,
  listComments,
  readIssueHistory,
  readManagedIssues,
  verifyPhaseIssue
} from "./chunk-PDIKZ2TZ.js";
import "./chunk-RIUK62DN.js";
import {
  apiBaseUrl,
  createGitHubClient
} from "./chunk-F7U2YLSK.js";
import {
  fetchLessonSource
} from "./chunk-EFVUQVAP.js";
import "./chunk-64ZO2YJY.js";
import {
  errorMessage,
  isNotFound,
  isUnreachable
} from "./chunk-CO3KHFF2.js";
import {
  projectPlans
} from "./chunk-MXVUOXQP.js";
import "./chunk-CN42PEYM.js";
import {
  readIssueKey
} from "./chunk-TQGIIV45.js";
import {
  readSharedLessons
} from "./chunk-O7G6TSRF.js";
import {
  stderrLogger
} from "./chunk-T3X2RMYI.js";
import {
  calendarRulesOf,
  checkPlans
} from "./chunk-53CWM5Y6.js";
import {
  serverUrl
} from "./chunk-3K54BDRQ.js";
import {
  loadConfig,
  parseConfig
} from "./chunk-PRW37BDM.js";
import {
  EXIT,
  UsageError
} from "./chunk-DXW35SOZ.js";
import {
  LessonSourceReader
} from "./chunk-BM67PERK.js";
import "./chunk-ZAKRNKYC.js";
import {
  LESSON_GLOB,
  PLAN_GLOB,
  lessonsDirOf,
  parseLesson
} from "./chunk-LC5U5VG2.js";
import {
  isRecord,
  parsePlan
} from "./chunk-PWZWRRNJ.js";
import {
  DAY_MS,
  MINUTE_MS,
  formatUtcDay,
  formatUtcMinute,
  freezeRule,
  frozenDaysWithin,
  isoSeconds,
  loginKey
} from "./chunk-4UT3FWL7.js";
import {
  CONFIG_FILE,
  DEFAULT_PLAN_PATHS
} from "./chunk-4EVLPBYK.js";
import "./chunk-ELWZLMOX.js";
import "./chunk-LG33J42V.js";
import "./chunk-WBADEOUP.js";
import {
  ANSI,
  PLAIN,
  formatDiagnosticText
} from "./chunk-B2FHZXDX.js";
import "./chunk-NHGUQWO3.js";
import {
  countBySeverity
} from "./chunk-2Y4U2LYP.js";
import {
  plural
} from "./chunk-E2OZFMTG.js";
import "./chunk-GX3IQWWC.js";
import "./chunk-DSNISORP.js";
import "./chunk-OOZIPJ2T.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/status.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

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
  const head = review.state === "pending" && review.postedAt ? `${name}: KPI review pending (posted ${review.postedAt}; a KPI awaits a run with its metric provider)` : review.state === "pending" ? `${name}: KPI review pending${review.due ? `, due ${review.due}` : ""}` : `${name}: KPI review ${review.state === "missed" ? "MISSED" : "met"} (posted ${review.postedAt ?? "unknown"})`;
  return [head, ...review.kpis.map(kpiLine)].join("\n");
}
function kpiLine(k) {
  const outcome = k.awaitsProvider ? "no data yet (awaits a run with its metric provider)" : k.outcome ? OUTCOME_WORDS[k.outcome] : "not measured yet";
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
    return [name, s.phase, s.state, ...hasVerdict ? [s.verdict ?? "\u2014"] : []];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line2 = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd();
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
  return `${[line2(header), ...rows.map(line2)].join("\n")}
${rampLines}${readingLines}${reviewText}
As of ${updated}.
`;
}

// action/src/cli/commands/status-portfolio.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// action/src/portfolio/cache.ts
var PORTFOLIO_CACHE_SCHEMA = "rollbook/portfolio-cache/v1";
function emptyCache() {
  return { schema: PORTFOLIO_CACHE_SCHEMA, repositories: {} };
}
function isCachedRepository(value) {
  return isRecord(value) && typeof value["treeSha"] === "string" && isRecord(value["files"]) && Object.values(value["files"]).every((text) => text === null || typeof text === "string");
}
function parseCache(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isRecord(data) || data["schema"] !== PORTFOLIO_CACHE_SCHEMA || !isRecord(data["repositories"])) return void 0;
  const repositories = /* @__PURE__ */ Object.create(null);
  for (const [name, entry] of Object.entries(data["repositories"])) {
    if (!isCachedRepository(entry)) return void 0;
    repositories[name] = entry;
  }
  return { schema: PORTFOLIO_CACHE_SCHEMA, repositories };
}
function formatCache(cache) {
  const repositories = {};
  for (const name of Object.keys(cache.repositories).sort()) repositories[name] = cache.repositories[name];
  return `${JSON.stringify({ schema: cache.schema, repositories })}
`;
}

// action/src/portfolio/sources.ts
import { posix } from "node:path";
var FIRST_PATHS = [CONFIG_FILE, ...DEFAULT_PLAN_PATHS];
var GLOB_CHARS = /[*?[\]{}]/;
function clean(path) {
  return posix.normalize(path.replace(/^\.\/+/, "")).replace(/\/+$/, "");
}
function staticPrefix(pattern) {
  const parts = clean(pattern).split("/");
  const index = parts.findIndex((p) => GLOB_CHARS.test(p));
  return (index === -1 ? parts : parts.slice(0, index)).join("/");
}
function planPatterns(config) {
  return (config.plans ?? DEFAULT_PLAN_PATHS).map(clean);
}
function lessonsDir(config) {
  return clean(lessonsDirOf(config));
}
function wantedRoots(config) {
  const roots = [...planPatterns(config).map(staticPrefix), lessonsDir(config)];
  return [...new Set(roots)];
}
var within = (path, dir) => dir === "" || path === dir || path.startsWith(`${dir}/`);
function pathsToRead(config, asked, pendingTrees) {
  const roots = wantedRoots(config);
  const out = /* @__PURE__ */ new Set();
  for (const root of roots) {
    const covered = [...asked].some((a) => a !== CONFIG_FILE && within(root, a));
    if (!covered) out.add(root);
  }
  for (const tree of pendingTrees) if (roots.some((root) => within(tree, root) || within(root, tree))) out.add(tree);
  return [...out].sort();
}
function planFiles(config, paths) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of planPatterns(config)) {
    if (GLOB_CHARS.test(pattern)) {
      for (const path of paths) if (posix.matchesGlob(path, pattern)) found.add(path);
    } else if (paths.includes(pattern)) found.add(pattern);
    else
      for (const path of paths)
        if (within(path, pattern) && posix.matchesGlob(path.slice(pattern.length + 1), PLAN_GLOB)) found.add(path);
  }
  return [...found].sort();
}
function lessonFiles(config, paths) {
  const dir = lessonsDir(config);
  return paths.filter((p) => within(p, dir) && p !== dir && posix.matchesGlob(p.slice(dir.length + 1), LESSON_GLOB)).sort();
}

// action/src/portfolio/build.ts
var MAX_INVALID_LINES = 3;
function line(d) {
  return `${d.file}:${d.line}:${d.column}: ${d.message}`;
}
function unreadable(file) {
  return {
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    severity: "error",
    code: "file/unreadable",
    message: "GitHub gives no text for this file (binary, or larger than it answers)"
  };
}
function repositoryConfig(files) {
  const text = files.get(CONFIG_FILE);
  const loaded = typeof text === "string" ? parseConfig(text, CONFIG_FILE) : void 0;
  return { config: loaded?.config ?? {}, errors: (loaded?.diagnostics ?? []).filter((d) => d.severity === "error") };
}
function parseRepository(repository, files, shared = []) {
  const configText = files.get(CONFIG_FILE);
  const { config, errors: configErrors } = repositoryConfig(files);
  const paths = [...files.keys()];
  const lessons = lessonFiles(config, paths).map((file) => {
    const text = files.get(file);
    return typeof text === "string" ? parseLesson(text, file) : { file, text: "", diagnostics: [unreadable(file)] };
  });
  const seen = /* @__PURE__ */ new Set();
  const plans = planFiles(config, paths).map((path) => {
    const text = files.get(path);
    const parsed = typeof text === "string" ? parsePlan(text, path) : { file: path, text: "", diagnostics: [unreadable(path)] };
    delete parsed.locator;
    delete parsed.salvaged;
    const name = parsed.plan?.metadata.name;
    if (name !== void 0 && seen.has(name)) {
      parsed.diagnostics.push({
        ...unreadable(path),
        code: "ref/duplicate-plan",
        message: `plan name "${name}" is used by an earlier file`
      });
    }
    if (name !== void 0) seen.add(name);
    return { path, parsed };
  });
  const guarded = guardedPlans(
    plans.map((p) => p.parsed),
    [...lessons, ...shared]
  );
  const byFile = new Map(guarded.map((g) => [g.file, g]));
  for (const plan of plans) {
    const g = byFile.get(plan.path);
    if (g) Object.assign(plan, { guarded: g });
  }
  return {
    repository,
    config,
    ...configErrors.length > 0 ? { configError: configErrors.map(line).slice(0, MAX_INVALID_LINES).join("; ") } : {},
    plans,
    lessons,
    shared: [...shared],
    sources: [
      ...configText !== void 0 ? [CONFIG_FILE] : [],
      ...plans.map((p) => p.path),
      ...lessons.map((l) => l.file)
    ]
  };
}
function guardingLessons(plan) {
  const ids = /* @__PURE__ */ new Set();
  for (const guards of Object.values(plan.guards))
    for (const g of guards)
      if (g.waived === void 0 || g.waived === null || g.waived === false) ids.add(g.why.lessonId);
  return [...ids].sort();
}
var fileUrl = (place, path) => `${place.url}/blob/${place.commit}/${path.split("/").map(encodeURIComponent).join("/")}`;
var lessonKey = (repository, name) => name.includes("#") ? name : `${repository}#${name}`;
function phasesOf(plan, windows) {
  const projected = windows.get(plan.metadata.name) ?? [];
  return plan.phases.flatMap((phase) => {
    const window = projected.find((w) => w.phaseId === phase.id);
    return window ? [
      {
        id: phase.id,
        environment: phase.environment,
        start: window.start,
        end: window.end,
        scheduled: window.scheduled
      }
    ] : [];
  });
}
function invalidPlan(place, path, parsed) {
  const errors = parsed.diagnostics.filter((d) => d.severity === "error");
  const base = path.split("/").at(-1).replace(/\.rollout\.ya?ml$|\.ya?ml$/, "");
  return {
    id: parsed.plan?.metadata.name ?? base,
    title: parsed.plan?.metadata.title ?? base,
    path,
    url: fileUrl(place, path),
    owners: parsed.plan?.metadata.owners ?? [],
    services: parsed.plan?.metadata.services ?? [],
    phases: [],
    freezes: parsed.plan?.freezes ?? [],
    guardedBy: [],
    invalid: errors.slice(0, MAX_INVALID_LINES).map(line)
  };
}
function portfolioPlans(parsed, place, collectedAt, statuses) {
  const valid = parsed.plans.flatMap((p) => p.guarded ? [p.guarded.plan] : []);
  const rules = calendarRulesOf(parsed.config);
  const windows = projectPlans(valid, collectedAt, () => rules);
  return parsed.plans.map(({ path, parsed: plan, guarded }) => {
    if (!guarded || !plan.plan) return invalidPlan(place, path, plan);
    const { metadata } = plan.plan;
    const status = statuses.get(metadata.name);
    return {
      id: metadata.name,
      title: metadata.title,
      path,
      url: fileUrl(place, path),
      owners: [...metadata.owners],
      services: [...metadata.services],
      phases: phasesOf(guarded.plan, windows),
      freezes: plan.plan.freezes ?? [],
      ...guarded.guardFreezes ? {
        guardFreezes: guarded.guardFreezes.map((f) => ({
          ...f.freeze,
          lesson: lessonKey(parsed.repository, f.why.lessonId)
        }))
      } : {},
      guardedBy: guardingLessons(guarded).map((id) => lessonKey(parsed.repository, id)),
      ...status ? { status } : {}
    };
  });
}
function guardsOf(key, repositories) {
  return repositories.flatMap(
    (r) => r.plans.filter((p) => p.guardedBy.includes(key)).map((p) => `${r.repository}/${p.id}`)
  );
}
function portfolioLessons(parsed, place, repositories, known, part = "both") {
  const out = [];
  for (const l of part === "shared" ? [] : parsed.lessons) {
    if (!l.lesson) continue;
    const key = lessonKey(parsed.repository, l.lesson.id);
    if (known.has(key)) continue;
    known.add(key);
    out.push({
      key,
      repository: parsed.repository,
      ref: place.commit,
      id: l.lesson.id,
      title: l.lesson.title,
      url: fileUrl(place, l.file),
      guards: guardsOf(key, repositories)
    });
  }
  for (const l of part === "own" ? [] : parsed.shared) {
    if (!l.lesson || !l.source) continue;
    const key = lessonKey(l.source.repository, l.lesson.id);
    if (known.has(key)) continue;
    known.add(key);
    out.push({
      key,
      repository: l.source.repository,
      ref: l.source.ref,
      id: l.lesson.id,
      title: l.lesson.title,
      url: l.source.url,
      guards: guardsOf(key, repositories)
    });
  }
  return out;
}

// action/src/portfolio/permissions.ts
var NEEDED_PERMISSIONS = {
  repository: "Metadata: read, Contents: read and Issues: read",
  contents: "Contents: read",
  issues: "Issues: read"
};
function accessError(repository, failure, what) {
  const permission = NEEDED_PERMISSIONS[what];
  if (!failure || failure.type === "NOT_FOUND") {
    return `cannot read ${repository}: GitHub answers that it does not exist or that the token may not read it; the token needs ${permission} on it (a GitHub App installed on it, or a classic token with the repo scope)`;
  }
  if (failure.type === "FORBIDDEN") {
    return `cannot read the ${what === "repository" ? "repository" : what} of ${repository}: the token lacks ${permission} on it`;
  }
  return `cannot read ${repository}: GitHub answered ${failure.type ?? "an error"}; the token needs ${permission} on it`;
}

// action/src/portfolio/queries.ts
var MAX_PAGE_SIZE = 100;
var REPOS_PER_HEAD_QUERY = 100;
var REPOS_PER_DETAILS_QUERY = 50;
var LABELS_PER_ISSUE = 10;
var EDITS_PER_ISSUE = 5;
var TREE_DEPTH = 4;
var MAX_SEARCH_RESULTS = 1e3;
var REPOSITORY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
var HEAD_FIELDS = (
  /* GraphQL */
  `
  fragment PortfolioHead on Repository {
    nameWithOwner url isArchived
    defaultBranchRef { name target { ... on Commit { oid tree { oid } } } }
  }
`
);
var ORG_REPOSITORIES_QUERY = (
  /* GraphQL */
  `
  query RollbookPortfolioOrganization($org: String!, $cursor: String) {
    organization(login: $org) {
      repositories(first: ${REPOS_PER_HEAD_QUERY}, after: $cursor, orderBy: { field: NAME, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        nodes { ...PortfolioHead }
      }
    }
  }
  ${HEAD_FIELDS}
`
);
var SEARCH_REPOSITORIES_QUERY = (
  /* GraphQL */
  `
  query RollbookPortfolioTopic($search: String!, $cursor: String) {
    search(query: $search, type: REPOSITORY, first: ${REPOS_PER_HEAD_QUERY}, after: $cursor) {
      repositoryCount
      pageInfo { hasNextPage endCursor }
      nodes { ... on Repository { ...PortfolioHead } }
    }
  }
  ${HEAD_FIELDS}
`
);
function topicSearch(org, topic) {
  return `org:${org} topic:${topic} archived:false`;
}
var literal = (text) => JSON.stringify(text);
var [ownerOf, nameOf] = [(full) => full.split("/")[0], (full) => full.split("/")[1]];
function namedHeadsQuery(repositories) {
  const aliases = repositories.map(
    (full, i) => `r${i}: repository(owner: ${literal(ownerOf(full))}, name: ${literal(nameOf(full))}) { ...PortfolioHead }`
  );
  return `query RollbookPortfolioRepositories {
${aliases.join("\n")}
}
${HEAD_FIELDS}`;
}
var ISSUE_FIELDS = (
  /* GraphQL */
  `
  fragment PortfolioIssue on Issue {
    databaseId number title body state stateReason closedAt createdAt url lastEditedAt includesCreatedEdit
    author { __typename login }
    editor { __typename login }
    labels(first: ${LABELS_PER_ISSUE}) { nodes { name } }
    parent { number }
    userContentEdits(first: ${EDITS_PER_ISSUE}) {
      pageInfo { hasNextPage endCursor }
      nodes { editedAt diff deletedAt editor { __typename login } }
    }
  }
`
);
function treeSelection(depth) {
  const blob = "... on Blob { text isTruncated }";
  if (depth === 0) return `${blob} ... on Tree { entries { path type } }`;
  return `${blob} ... on Tree { entries { path type object { ${treeSelection(depth - 1)} } } }`;
}
function detailsQuery(requests) {
  const blocks = requests.map((request, i) => {
    const fields = [];
    if (request.issues) {
      const after = request.issues.after === null ? "" : `, after: ${literal(request.issues.after)}`;
      fields.push(
        `issues(first: ${MAX_PAGE_SIZE}${after}, labels: $labels, orderBy: { field: CREATED_AT, direction: ASC }) { pageInfo { hasNextPage endCursor } nodes { ...PortfolioIssue } }`
      );
    }
    for (const [k, path] of (request.contents?.paths ?? []).entries()) {
      const expression = `${request.contents.commit}:${path}`;
      fields.push(`c${k}: object(expression: ${literal(expression)}) { ${treeSelection(TREE_DEPTH)} }`);
    }
    const { repository } = request;
    return `r${i}: repository(owner: ${literal(ownerOf(repository))}, name: ${literal(nameOf(repository))}) {
${fields.join("\n")}
}`;
  });
  const usesIssues = requests.some((r) => r.issues);
  const variables = usesIssues ? "($labels: [String!])" : "";
  return `query RollbookPortfolioDetails${variables} {
viewer { login }
${blocks.join("\n")}
}
${usesIssues ? ISSUE_FIELDS : ""}`;
}

// action/src/portfolio/fetch.ts
async function query(github, document, variables = {}) {
  try {
    return { data: await github.graphql(document, variables), errors: [] };
  } catch (error) {
    const partial = error;
    if (partial.data && Array.isArray(partial.errors)) return { data: partial.data, errors: partial.errors };
    throw error;
  }
}
function toHead(node) {
  const target = node.defaultBranchRef?.target;
  return {
    repository: node.nameWithOwner,
    url: node.url,
    defaultBranch: node.defaultBranchRef?.name ?? "",
    ...target?.oid ? { commit: target.oid } : {},
    ...target?.tree?.oid ? { treeSha: target.tree.oid } : {}
  };
}
async function listScope(github, scope) {
  const listing = { heads: [], errors: /* @__PURE__ */ new Map(), notes: [] };
  if ("repositories" in scope) {
    for (let start = 0; start < scope.repositories.length; start += REPOS_PER_HEAD_QUERY) {
      const batch = scope.repositories.slice(start, start + REPOS_PER_HEAD_QUERY);
      const { data, errors } = await query(github, namedHeadsQuery(batch));
      batch.forEach((name, i) => {
        const node = data[`r${i}`];
        if (node) listing.heads.push(toHead(node));
        else listing.errors.set(name, accessError(name, failureAt(errors, `r${i}`), "repository"));
      });
    }
    return listing;
  }
  const organization = "organization" in scope ? scope.organization : scope.owner ?? "";
  let cursor = null;
  do {
    let page;
    if ("organization" in scope) {
      const { data } = await query(
        github,
        ORG_REPOSITORIES_QUERY,
        { org: organization, cursor }
      );
      if (!data.organization)
        throw new Error(
          `GitHub knows no organization ${organization} that the token can see; the token needs ${NEEDED_PERMISSIONS.repository} on its repositories`
        );
      page = data.organization.repositories;
    } else {
      const { topic } = scope;
      const { data } = await query(
        github,
        SEARCH_REPOSITORIES_QUERY,
        { search: topicSearch(organization, topic), cursor }
      );
      page = data.search;
      if (cursor === null && data.search.repositoryCount > MAX_SEARCH_RESULTS)
        listing.notes.push(
          `GitHub's search finds ${data.search.repositoryCount} repositories with topic ${topic} but answers only the first ${MAX_SEARCH_RESULTS}`
        );
    }
    for (const node of page.nodes) if (node && !node.isArchived && node.nameWithOwner) listing.heads.push(toHead(node));
    cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (cursor);
  return listing;
}
function failureAt(errors, alias) {
  return errors.find((e) => e.path?.[0] === alias);
}
function emptyDetails() {
  return { issues: [], histories: /* @__PURE__ */ new Map(), files: /* @__PURE__ */ new Map(), asked: /* @__PURE__ */ new Set(), pendingTrees: /* @__PURE__ */ new Set() };
}
function walk(path, object, into) {
  if (object.entries === void 0) {
    into.files.set(path, object.isTruncated || typeof object.text !== "string" ? null : object.text);
    return;
  }
  for (const entry of object.entries ?? []) {
    if (entry.object === void 0) {
      into.pendingTrees.add(path);
      return;
    }
    if (entry.object !== null && (entry.type === "blob" || entry.type === "tree")) walk(entry.path, entry.object, into);
  }
}
async function readDetails(github, requests, labels, into) {
  const outcome = { queries: 0 };
  for (let start = 0; start < requests.length; start += REPOS_PER_DETAILS_QUERY) {
    const batch = requests.slice(start, start + REPOS_PER_DETAILS_QUERY);
    const variables = batch.some((r) => r.issues) ? { labels: [...labels] } : {};
    let answer;
    try {
      answer = await query(github, detailsQuery(batch), variables);
      outcome.queries++;
    } catch (error) {
      outcome.queries++;
      for (const request of batch) {
        const details = into.get(request.repository) ?? emptyDetails();
        details.error = `cannot read ${request.repository}: ${errorMessage(error)}`;
        into.set(request.repository, details);
      }
      continue;
    }
    if (answer.data.viewer?.login) outcome.viewer = answer.data.viewer.login;
    batch.forEach((request, i) => {
      const details = into.get(request.repository) ?? emptyDetails();
      into.set(request.repository, details);
      const alias = `r${i}`;
      const failure = failureAt(answer.errors, alias);
      const repo = answer.data[alias];
      if (failure || !repo) {
        const field = failure?.path?.[1];
        const what = field === "issues" ? "issues" : typeof field === "string" ? "contents" : "repository";
        details.error = accessError(request.repository, failure, what);
        return;
      }
      if (request.issues && repo.issues) {
        for (const node of repo.issues.nodes) {
          if (!node) continue;
          details.issues.push(issueFromNode(node));
          details.histories.set(node.number, node);
        }
        const { pageInfo } = repo.issues;
        if (pageInfo.hasNextPage && pageInfo.endCursor) details.nextIssues = pageInfo.endCursor;
        else delete details.nextIssues;
      }
      for (const [k, path] of (request.contents?.paths ?? []).entries()) {
        details.asked.add(path);
        details.pendingTrees.delete(path);
        const object = repo[`c${k}`];
        if (object) walk(path, object, details);
      }
    });
  }
  return outcome;
}

// action/src/portfolio/model.ts
var PORTFOLIO_SCHEMA = "rollbook/portfolio/v1";

// action/src/portfolio/overlaps.ts
var MAX_OVERLAPS = 200;
var DONE = "done";
function minuteMs(text) {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : void 0;
}
function phasesToRun(plan) {
  if (plan.invalid || plan.status?.state === DONE) return [];
  const current = plan.status ? plan.phases.findIndex((phase) => phase.id === plan.status?.phase) : -1;
  return current > 0 ? plan.phases.slice(current) : plan.phases;
}
function freezesOf(plan) {
  return [
    ...plan.freezes.map((freeze) => ({ freeze })),
    ...(plan.guardFreezes ?? []).map(({ lesson, ...freeze }) => ({ freeze, lesson }))
  ];
}
function spansOf(repositories) {
  const spans = [];
  for (const repository of repositories) {
    for (const plan of repository.plans) {
      if (plan.invalid || plan.services.length === 0) continue;
      const ref = {
        ref: `${repository.repository}/${plan.id}`,
        owners: new Set(plan.owners.map(loginKey)),
        services: [...new Set(plan.services)]
      };
      for (const phase of phasesToRun(plan)) {
        const startMs = minuteMs(phase.start);
        const endMs = minuteMs(phase.end);
        if (!phase.scheduled || startMs === void 0 || endMs === void 0) continue;
        spans.push({
          kind: "phase",
          plan: ref,
          phase: phase.id,
          environment: phase.environment,
          startMs,
          endMs: Math.max(endMs, startMs + MINUTE_MS),
          order: spans.length
        });
      }
      for (const { freeze, lesson } of freezesOf(plan)) {
        const rule = freezeRule(freeze);
        if (!rule) continue;
        const startMs = rule.first * DAY_MS;
        const endMs = (rule.last + 1) * DAY_MS;
        const by = lesson === void 0 ? {} : { lesson };
        spans.push({ kind: "freeze", plan: ref, rule, ...by, startMs, endMs, order: spans.length });
      }
    }
  }
  return spans.sort((a, b) => a.startMs - b.startMs || a.order - b.order);
}
function sameTeam(a, b) {
  for (const owner of a.owners) if (b.owners.has(owner)) return true;
  return false;
}
function sameService(earlier, later, services) {
  const from = later.startMs;
  const to = Math.min(earlier.endMs, later.endMs);
  return {
    kind: "same-service",
    says: `${services.join(", ")}: ${earlier.plan.ref} ${earlier.phase} overlaps ${later.plan.ref} ${later.phase}`,
    from: formatUtcMinute(from),
    to: formatUtcMinute(to),
    plans: [`${earlier.plan.ref}/${earlier.phase}`, `${later.plan.ref}/${later.phase}`],
    services
  };
}
function crossing(phase, freeze) {
  if (freeze.rule.environments && !freeze.rule.environments.includes(phase.environment)) return void 0;
  if (sameTeam(phase.plan, freeze.plan)) return void 0;
  const days = frozenDaysWithin(
    freeze.rule,
    Math.floor(phase.startMs / DAY_MS),
    Math.floor((phase.endMs - 1) / DAY_MS)
  );
  if (!days) return void 0;
  return { from: Math.max(phase.startMs, days.first * DAY_MS), to: Math.min(phase.endMs, (days.last + 1) * DAY_MS) };
}
function crossesFreeze(phase, freeze, window, services) {
  const name = freeze.rule.name;
  const byLesson = freeze.lesson === void 0 ? "" : ` (added by lesson ${freeze.lesson})`;
  return {
    kind: "crosses-freeze",
    says: `${services.join(", ")}: ${phase.plan.ref} ${phase.phase} (${phase.environment}) crosses the freeze ${name} of ${freeze.plan.ref}${byLesson}`,
    from: formatUtcMinute(window.from),
    to: formatUtcMinute(window.to),
    plans: [`${phase.plan.ref}/${phase.phase}`, freeze.plan.ref],
    services,
    freeze: { name, plan: freeze.plan.ref, ...freeze.lesson === void 0 ? {} : { lesson: freeze.lesson } }
  };
}
function stillOpen(list, at) {
  let kept = 0;
  for (const span of list) if (span.endMs > at) list[kept++] = span;
  list.length = kept;
  return list;
}
function findOverlaps(repositories) {
  const open = /* @__PURE__ */ new Map();
  const found = [];
  let latestFrom = Number.NEGATIVE_INFINITY;
  const add = (overlap, fromMs, toMs) => {
    found.push({ overlap, fromMs, toMs, order: found.length });
    latestFrom = Math.max(latestFrom, fromMs);
  };
  for (const span of spansOf(repositories)) {
    if (found.length >= MAX_OVERLAPS && span.startMs > latestFrom) break;
    const partners = /* @__PURE__ */ new Map();
    for (const service of span.plan.services) {
      let lists = open.get(service);
      if (!lists) {
        lists = { phases: [], freezes: [] };
        open.set(service, lists);
      }
      const candidates = span.kind === "phase" ? [...stillOpen(lists.phases, span.startMs), ...stillOpen(lists.freezes, span.startMs)] : stillOpen(lists.phases, span.startMs);
      for (const other of candidates) {
        if (other.plan === span.plan) continue;
        const services = partners.get(other);
        if (services) services.push(service);
        else partners.set(other, [service]);
      }
      if (span.kind === "phase") lists.phases.push(span);
      else lists.freezes.push(span);
    }
    for (const [other, shared] of partners) {
      const services = shared.sort();
      if (span.kind === "phase" && other.kind === "phase") {
        if (other.plan.ref === span.plan.ref) continue;
        const overlap = sameService(other, span, services);
        add(overlap, span.startMs, Math.min(other.endMs, span.endMs));
        continue;
      }
      const phase = span.kind === "phase" ? span : other;
      const freeze = span.kind === "freeze" ? span : other;
      const window = crossing(phase, freeze);
      if (window) add(crossesFreeze(phase, freeze, window, services), window.from, window.to);
    }
  }
  return found.sort((a, b) => a.fromMs - b.fromMs || a.toMs - b.toMs || a.order - b.order).slice(0, MAX_OVERLAPS).map((entry) => entry.overlap);
}

// action/src/portfolio/collect.ts
var MAX_DETAIL_ROUNDS = 6;
var refOf = (full) => ({ owner: full.split("/")[0], repo: full.split("/")[1] });
var byName = (a, b) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};
function countGraphql(github) {
  let count = 0;
  github.hook.before("request", (options) => {
    if (String(options.url).endsWith("/graphql")) count++;
  });
  return () => count;
}
async function collectPortfolio(github, options) {
  const queries = countGraphql(github);
  const collectedAt = isoSeconds(options.now);
  const previous = options.cache ?? emptyCache();
  const listing = await listScope(github, options.scope);
  const notes = [...listing.notes];
  const kept = (head) => {
    const cached = previous.repositories[head.repository];
    return cached && head.treeSha !== void 0 && cached.treeSha === head.treeSha ? cached : void 0;
  };
  const details = /* @__PURE__ */ new Map();
  let requests = listing.heads.map((head) => ({
    repository: head.repository,
    issues: { after: null },
    ...head.commit && !kept(head) ? { contents: { commit: head.commit, paths: FIRST_PATHS } } : {}
  }));
  for (let round = 0; requests.length > 0; round++) {
    if (round === MAX_DETAIL_ROUNDS) {
      for (const r of requests) {
        const d = details.get(r.repository);
        d.error ??= `cannot read all of ${r.repository} in ${MAX_DETAIL_ROUNDS} rounds (more than ${MAX_DETAIL_ROUNDS * 100} Rollbook issues, or plan directories nested too deep)`;
      }
      break;
    }
    await readDetails(github, requests, [options.label], details);
    requests = listing.heads.flatMap((head) => {
      const d = details.get(head.repository);
      if (!d || d.error) return [];
      const next = { repository: head.repository };
      if (d.nextIssues) next.issues = { after: d.nextIssues };
      if (head.commit && !kept(head)) {
        const { config } = repositoryConfig(d.files);
        const paths = pathsToRead(config, d.asked, d.pendingTrees);
        if (paths.length > 0) next.contents = { commit: head.commit, paths };
      }
      return next.issues || next.contents ? [next] : [];
    });
  }
  const cache = { schema: PORTFOLIO_CACHE_SCHEMA, repositories: {} };
  const contentsRead = [];
  const unchanged = [];
  const parsed = /* @__PURE__ */ new Map();
  const repositories = [];
  const explicit = "repositories" in options.scope;
  const fetchOptions = { serverUrl: options.serverUrl, tokenName: "GITHUB_TOKEN" };
  const sharedReader = new LessonSourceReader((source) => fetchLessonSource(github, source, fetchOptions));
  for (const head of listing.heads) {
    const d = details.get(head.repository) ?? emptyDetails();
    const cached = kept(head);
    let files;
    if (cached) {
      files = new Map(Object.entries(cached.files));
      unchanged.push(head.repository);
    } else {
      files = d.files;
      if (head.commit) contentsRead.push(head.repository);
    }
    const { config } = repositoryConfig(files);
    const sources = config.lessonSources ?? [];
    const shared = sources.length > 0 ? await sharedReader.read(sources, { file: CONFIG_FILE }) : void 0;
    const repo = parseRepository(head.repository, files, shared?.lessons);
    if (head.treeSha && !d.error) {
      cache.repositories[head.repository] = {
        treeSha: head.treeSha,
        files: Object.fromEntries(repo.sources.map((path) => [path, files.get(path) ?? null]))
      };
    }
    const hasRollbook = repo.plans.length > 0 || files.has(CONFIG_FILE) || d.issues.length > 0;
    if (!explicit && !hasRollbook && !d.error) continue;
    parsed.set(head.repository, repo);
    const unread = shared?.failed.map((p) => `${p.message} (${p.hint})`) ?? [];
    let error = d.error ?? (repo.configError ? `${CONFIG_FILE} is not valid: ${repo.configError}` : void 0) ?? (unread.length > 0 ? `lessonSources: ${unread.join("; ")}` : void 0);
    let statuses = /* @__PURE__ */ new Map();
    if (!d.error) {
      try {
        statuses = await deriveStatuses(github, head.repository, repo, d, options);
      } catch (failure) {
        error = `cannot read the checklist issues of ${head.repository}: ${errorMessage(failure)}`;
      }
    }
    const place = { repository: head.repository, url: head.url, commit: head.commit ?? "" };
    repositories.push({
      repository: head.repository,
      url: head.url,
      defaultBranch: head.defaultBranch,
      ...head.commit ? { commit: head.commit } : {},
      ...head.treeSha ? { treeSha: head.treeSha } : {},
      plans: head.commit ? portfolioPlans(repo, place, collectedAt, statuses) : [],
      ...error ? { error } : {}
    });
  }
  for (const [name, error] of listing.errors) {
    const url = `${options.serverUrl.replace(/\/+$/, "")}/${name}`;
    repositories.push({ repository: name, url, defaultBranch: "", plans: [], error });
  }
  repositories.sort((a, b) => byName(a.repository, b.repository));
  const known = /* @__PURE__ */ new Set();
  const lessons = ["shared", "own"].flatMap(
    (part) => repositories.flatMap((r) => {
      const repo = parsed.get(r.repository);
      const place = { repository: r.repository, url: r.url, commit: r.commit ?? "" };
      return repo && r.commit ? portfolioLessons(repo, place, repositories, known, part) : [];
    })
  );
  const portfolio = {
    schema: PORTFOLIO_SCHEMA,
    collectedAt,
    scope: options.scope,
    repositories,
    lessons: lessons.sort((a, b) => byName(a.key, b.key)),
    overlaps: findOverlaps(repositories)
  };
  return { portfolio, cache, contentsRead, unchanged, graphqlQueries: queries(), notes };
}
async function deriveStatuses(github, repository, repo, d, options) {
  const out = /* @__PURE__ */ new Map();
  const ref = refOf(repository);
  const proven = /* @__PURE__ */ new Map();
  const own = /* @__PURE__ */ new Map();
  const reader = async (client, where, number, enough) => {
    const page = d.histories.get(number);
    return (page && historyFromFirstPage(page, options.actor, enough)) ?? readIssueHistory(client, where, number, enough);
  };
  for (const issue of d.issues) {
    const key = readIssueKey(issue.body);
    if (key?.kind !== "phase" || !key.phase) continue;
    const trust = await verifyPhaseIssue(
      github,
      ref,
      issue,
      { plan: key.plan, phase: key.phase },
      options.actor,
      reader
    );
    if (trust.verified) {
      proven.set(issue.number, trust.state);
      own.set(issue.number, trust.ownBody);
    }
  }
  const inventory = buildInventory(d.issues);
  for (const { guarded } of repo.plans) {
    if (!guarded) continue;
    const name = guarded.plan.metadata.name;
    const issues = inventory.plans.get(name);
    if (!issues) continue;
    let status = planStatus(guarded, issues, options.now, proven, void 0, own);
    if (status?.kpiReview && issues.parent) {
      const review = postedReview(
        await listComments(github, ref, issues.parent.number),
        options.actor
      );
      if (review) status = planStatus(guarded, issues, options.now, proven, review, own);
    }
    if (status) out.set(name, status);
  }
  return out;
}

// action/src/cli/commands/status-portfolio.ts
var ORGANIZATION = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
var TOPIC = /^[a-z0-9][a-z0-9-]{0,49}$/;
var MAX_NAMED_REPOSITORIES = 1e3;
function wantsPortfolio(values) {
  return values.org !== void 0 || values.topic !== void 0 || values.repos !== void 0;
}
function scopeOf(values) {
  const org = values.org;
  const topic = values.topic;
  const repos = values.repos;
  if (repos !== void 0) {
    if (org !== void 0 || topic !== void 0)
      throw new UsageError("--repos cannot be combined with --org or --topic");
    const names = [
      ...new Set(
        repos.split(",").map((r) => r.trim()).filter(Boolean)
      )
    ];
    if (names.length === 0) throw new UsageError("--repos needs at least one owner/name");
    if (names.length > MAX_NAMED_REPOSITORIES)
      throw new UsageError(`--repos names at most ${MAX_NAMED_REPOSITORIES} repositories; use --org or --topic`);
    const bad = names.find((n) => !REPOSITORY_NAME.test(n));
    if (bad) throw new UsageError(`--repos takes owner/name,owner/name (got "${bad}")`);
    return { repositories: names };
  }
  if (org === void 0) throw new UsageError("--topic needs --org: the organization whose repositories are searched");
  if (!ORGANIZATION.test(org)) throw new UsageError(`--org must be an organization login (got "${org}")`);
  if (topic === void 0) return { organization: org };
  if (!TOPIC.test(topic))
    throw new UsageError(`--topic must be a GitHub topic: lower case letters, digits and hyphens (got "${topic}")`);
  return { topic, owner: org };
}
function defaultCachePath(out) {
  return out.replace(/(\.json)?$/, ".cache.json");
}
async function readIfPresent(file) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function writeChanged(file, text) {
  if (await readIfPresent(file) === text) return false;
  await writeFile(file, text);
  return true;
}
function formatPortfolio(portfolio) {
  return `${JSON.stringify(portfolio, null, 2)}
`;
}
async function runPortfolio(values, io, common) {
  const scope = scopeOf(values);
  const out = values.out;
  const cacheOption = values.cache ?? (out === void 0 ? void 0 : defaultCachePath(out));
  const cacheFile = cacheOption === void 0 ? void 0 : resolve(io.cwd, cacheOption);
  let cache;
  if (cacheFile) {
    const text2 = await readIfPresent(cacheFile).catch((error) => {
      io.stderr(
        `rollbook: warning: cannot read the cache ${cacheOption}: ${errorMessage(error)}; reading every repository
`
      );
      return void 0;
    });
    cache = text2 === void 0 ? void 0 : parseCache(text2);
    if (text2 !== void 0 && !cache)
      io.stderr(
        `rollbook: warning: ${cacheOption} is not a portfolio cache this version wrote; reading every repository
`
      );
  }
  let result;
  try {
    const log = stderrLogger(io);
    const github = createGitHubClient(common.token, { baseUrl: apiBaseUrl(io.env), log, pacing: io.pacing });
    result = await collectPortfolio(github, {
      scope,
      label: common.label,
      actor: common.actor,
      now: io.now(),
      serverUrl: serverUrl(io.env),
      ...cache ? { cache } : {}
    });
  } catch (error) {
    io.stderr(`rollbook: cannot collect the portfolio: ${errorMessage(error)}
`);
    if (isUnreachable(error)) io.stderr(unreachableHint(apiBaseUrl(io.env)));
    return EXIT.problems;
  }
  const { portfolio } = result;
  const text = formatPortfolio(portfolio);
  try {
    if (out !== void 0) await writeChanged(resolve(io.cwd, out), text);
    if (cacheFile) await writeChanged(cacheFile, formatCache(result.cache));
  } catch (error) {
    io.stderr(`rollbook: cannot write ${out ?? cacheOption}: ${errorMessage(error)}
`);
    return EXIT.problems;
  }
  for (const note of result.notes) io.stderr(`rollbook: warning: ${note}
`);
  const failed = portfolio.repositories.filter((r) => r.error);
  for (const r of failed) io.stderr(`rollbook: ${r.repository}: ${r.error}
`);
  const plans = portfolio.repositories.reduce((n, r) => n + r.plans.length, 0);
  const summary = `Collected ${portfolio.repositories.length} repositories (${plans} plans, ${portfolio.overlaps.length} overlaps): contents read for ${result.contentsRead.length}, ${result.unchanged.length} unchanged since the cache; ${result.graphqlQueries} GraphQL queries`;
  if (out === void 0) {
    io.stdout(text);
    io.stderr(`${summary}
`);
  } else io.stdout(`${summary}. Wrote ${out}
`);
  return failed.length > 0 ? EXIT.problems : EXIT.ok;
}

// action/src/cli/commands/status.ts
var statusCommand = {
  name: "status",
  help: `Usage: rollbook status [paths\u2026] --repo owner/name [options]
       rollbook status --org <org> [--topic <topic>] | --repos a/b,c/d  [--out <file>] [options]

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

Portfolio of many repositories (docs/portfolio.md): reads every repository's plans and
checklist issues through batched GraphQL queries and writes one portfolio file
(rollbook/portfolio/v1) for the site's portfolio pages.
  --org <org>             every repository of the organization the token can read
  --topic <topic>         with --org: only its repositories with this topic
  --repos <a/b,c/d>       these repositories
  --out <file>            write the portfolio there (default: print it)
  --cache <file>          sources kept between runs: a repository whose tree is unchanged is not
                          read again (default: beside --out, <file>.cache.json)

Environment: GITHUB_TOKEN (required; read access to issues, and for a portfolio to contents and
metadata), GITHUB_API_URL (default https://api.github.com, for GitHub Enterprise Server).

Exit codes: 0 success, 1 plan errors, the GitHub read failed or a repository of the portfolio
could not be read (the others are still written), 2 bad usage (no token, no repository, missing
path).`,
  options: {
    repo: { type: "string" },
    json: { type: "boolean" },
    out: { type: "string" },
    config: { type: "string" },
    "label-prefix": { type: "string" },
    actor: { type: "string" },
    org: { type: "string" },
    topic: { type: "string" },
    repos: { type: "string" },
    cache: { type: "string" }
  },
  async run({ values, positionals }, io) {
    const portfolio = wantsPortfolio(values);
    if (portfolio && (values.repo !== void 0 || positionals.length > 0 || values.config !== void 0))
      throw new UsageError("--org, --topic and --repos read plans from GitHub: no paths, --repo or --config with them");
    if (!portfolio && values.cache !== void 0) throw new UsageError("--cache is for --org, --topic or --repos");
    const repo = portfolio ? void 0 : repoOption(values.repo, io.env);
    const token = io.env.GITHUB_TOKEN;
    if (!token) throw new UsageError("GITHUB_TOKEN is not set: status reads the checklist issues from GitHub");
    const prefix = labelPrefixOption(values["label-prefix"]);
    const actor = actorOption(values.actor);
    if (!repo) return runPortfolio(values, io, { token, label: prefix, actor });
    const loaded = await loadConfig(io.cwd, values.config);
    const shared = await readSharedLessons(loaded, io, "error");
    const checked = countBySeverity(loaded.diagnostics).errors === 0 ? await checkPlans(positionals, {
      cwd: io.cwd,
      config: loaded.config,
      start: formatUtcDay(io.now()),
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
      io.stderr(
        `rollbook: ${plural(errors.length, "error")} above, so no status was read; 'rollbook validate' shows them too
`
      );
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
        const github = createGitHubClient(token, { baseUrl: apiBaseUrl(io.env), log, pacing: io.pacing });
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
        if (isUnreachable(error)) io.stderr(unreachableHint(apiBaseUrl(io.env)));
        else if (isNotFound(error)) io.stderr(notFoundHint(apiBaseUrl(io.env), `${repo.owner}/${repo.repo}`));
        return EXIT.problems;
      }
    }
    const status = deriveStatus(plans, issues, io.now(), proven, reviews, own);
    if (values.out !== void 0) {
      const file = resolve2(io.cwd, values.out);
      try {
        await writeFile2(file, formatStatusJson(status));
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
