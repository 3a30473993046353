import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  gateIds,
  inertLogin,
  titleText
} from "./chunk-RIUK62DN.js";
import {
  errorMessage,
  isUnreachable
} from "./chunk-CO3KHFF2.js";
import {
  END_MARKER,
  beginMarker,
  breakComments,
  defuseMarkers,
  isEndLine,
  itemMarker,
  parseBeginLine,
  parseReadingsLine,
  parseStateLine,
  readIssueKey,
  readingsMarker,
  splitItemMarker,
  stateMarker
} from "./chunk-TQGIIV45.js";
import {
  byKey,
  compareCodePoints,
  isRecord
} from "./chunk-PWZWRRNJ.js";
import {
  DAY_MS,
  MAX_ANALYSIS_LIMIT,
  describeGate,
  formatMeasured,
  formatTime,
  irreversibleParts,
  isGateOfKind,
  isoSeconds,
  loginKey,
  parseDuration,
  phaseResponse,
  signoffsNeeded,
  stageAction,
  stageKeys,
  stageProgress
} from "./chunk-4UT3FWL7.js";
import {
  trimTrailing
} from "./chunk-WBADEOUP.js";
import {
  plural
} from "./chunk-E2OZFMTG.js";
import {
  truncate
} from "./chunk-OOZIPJ2T.js";

// action/src/text/label-prefix.ts
var DEFAULT_LABEL_PREFIX = "rollbook";
var LABEL_PREFIX_EXPECTED = "1-31 letters, digits, dots, dashes or underscores";
var LABEL_PREFIX_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,30}$/;
function isLabelPrefix(text) {
  return LABEL_PREFIX_PATTERN.test(text);
}

// action/src/checklist/fingerprint.ts
var WIDTH = 7;
var FNV_OFFSET = 2166136261;
var FNV_PRIME = 16777619;
function normalizeLine(line) {
  return line.trimEnd();
}
function fingerprint(line) {
  let hash = FNV_OFFSET;
  for (const char of normalizeLine(line)) {
    const code = char.codePointAt(0);
    hash = Math.imul(hash ^ code & 65535, FNV_PRIME) >>> 0;
    if (code > 65535) hash = Math.imul(hash ^ code >>> 16, FNV_PRIME) >>> 0;
  }
  return hash.toString(36).padStart(WIDTH, "0");
}
function fingerprintLines(lines) {
  const seen = /* @__PURE__ */ new Set();
  for (const line of lines) if (normalizeLine(line) !== "") seen.add(fingerprint(line));
  return [...seen].join("");
}
function fingerprintSet(lines) {
  const set = /* @__PURE__ */ new Set();
  for (let i = 0; i + WIDTH <= lines.length; i += WIDTH) set.add(lines.slice(i, i + WIDTH));
  return set;
}

// action/src/checklist/limits.ts
var MAX_BODY_CHARS = 65536;
var MAX_TITLE_CHARS = 256;
var MAX_LABEL_CHARS = 50;
var MAX_AUDIT_ENTRIES = 100;
var MIN_AUDIT_ENTRIES = 10;
var MAX_ITEM_SLUG_CHARS = 48;
var TRUNCATED_TEXT_CHARS = 160;
var MINIMAL_TEXT_CHARS = 48;

// action/src/checklist/titles.ts
var TITLE_PREFIX = "[rollout]";
function cap(title) {
  return truncate(title, MAX_TITLE_CHARS);
}
function phaseIssueTitle(plan, phase, prefix = TITLE_PREFIX) {
  return cap(`${prefix} ${plan.metadata.name} \xB7 ${phase.id} \u2014 ${titleText(phase.title)}`);
}
function parentIssueTitle(plan, prefix = TITLE_PREFIX) {
  return cap(`${prefix} ${plan.metadata.name} \u2014 ${titleText(plan.metadata.title)}`);
}
function label(text) {
  if (text.length <= MAX_LABEL_CHARS) return text;
  const hash = fingerprint(text);
  return `${text.slice(0, MAX_LABEL_CHARS - hash.length - 1)}~${hash}`;
}
function issueLabels(planName, phaseId, prefix = DEFAULT_LABEL_PREFIX) {
  const labels = [prefix, label(`${prefix}:plan/${planName}`)];
  if (phaseId !== void 0) labels.push(label(`${prefix}:phase/${phaseId}`));
  return labels;
}

// action/src/github/issue.ts
var ISSUE_URL_NUMBER = /\/issues\/(\d+)$/;
function fromRestIssue(issue) {
  const parentUrl = issue.parent_issue_url;
  const parentNumber = parentUrl ? Number(ISSUE_URL_NUMBER.exec(parentUrl)?.[1]) : void 0;
  return {
    id: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? "",
    state: issue.state === "closed" ? "closed" : "open",
    stateReason: issue.state_reason ?? null,
    closedAt: issue.closed_at,
    closedBy: issue.closed_by?.login ?? null,
    createdAt: issue.created_at,
    url: issue.html_url,
    labels: issue.labels.flatMap((l) => typeof l === "string" ? [l] : l.name ? [l.name] : []),
    // REST says parent_issue_url only where the sub-issues API exists; absent means unknown.
    ...parentUrl === void 0 ? {} : { parent: parentNumber ?? null }
  };
}

// action/src/github/login.ts
var BOT_SUFFIX = "[bot]";
var GITHUB_ACTIONS_LOGIN = "github-actions[bot]";
function actorLogin(actor) {
  if (!actor?.login) return void 0;
  if (actor.__typename === "Bot" && !actor.login.endsWith(BOT_SUFFIX)) return `${actor.login}${BOT_SUFFIX}`;
  return actor.login;
}
function sameLogin(a, b) {
  if (!a || !b) return false;
  return loginKey(a) === loginKey(b);
}

// action/src/github/managed-issues.ts
var PAGE_SIZE = 100;
var LABELS_PER_ISSUE = 50;
var ISSUES_QUERY = (
  /* GraphQL */
  `
  query RollbookIssues($owner: String!, $repo: String!, $labels: [String!], $cursor: String) {
    viewer { login }
    repository(owner: $owner, name: $repo) {
      issues(first: ${PAGE_SIZE}, after: $cursor, labels: $labels, orderBy: { field: CREATED_AT, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        nodes {
          databaseId number title body state stateReason closedAt createdAt url lastEditedAt
          author { __typename login }
          editor { __typename login }
          labels(first: ${LABELS_PER_ISSUE}) { nodes { name } }
          parent { number }
        }
      }
    }
  }
`
);
function issueFromNode(node) {
  return {
    id: node.databaseId,
    number: node.number,
    title: node.title,
    body: node.body,
    state: node.state === "CLOSED" ? "closed" : "open",
    stateReason: node.stateReason?.toLowerCase() ?? null,
    closedAt: node.closedAt,
    createdAt: node.createdAt,
    url: node.url,
    labels: (node.labels?.nodes ?? []).map((l) => l.name),
    parent: node.parent?.number ?? null,
    lastEditedAt: node.lastEditedAt,
    author: actorLogin(node.author) ?? null,
    editor: actorLogin(node.editor) ?? null
  };
}
async function readManagedIssues(github, repo, labels, restLabel, log) {
  try {
    return await readByGraphql(github, repo, labels);
  } catch (error) {
    if (isUnreachable(error)) throw error;
    log.warning(`GraphQL read of the checklist issues failed (${errorMessage(error)}); reading them over REST`);
    return readByRest(github, repo, restLabel);
  }
}
async function readByGraphql(github, repo, labels) {
  const issues = [];
  let viewer;
  let cursor = null;
  do {
    const page = await github.graphql(ISSUES_QUERY, {
      owner: repo.owner,
      repo: repo.repo,
      labels: [...labels],
      cursor
    });
    viewer = page.viewer.login;
    if (!page.repository) throw new Error(`repository ${repo.owner}/${repo.repo} not found`);
    const { nodes, pageInfo } = page.repository.issues;
    issues.push(...nodes.map(issueFromNode));
    cursor = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (cursor);
  return { issues, ...viewer ? { viewer } : {}, parentsKnown: true, source: "graphql" };
}
async function readByRest(github, repo, label2) {
  const issues = [];
  for (let page = 1; ; page++) {
    const { data } = await github.request("GET /repos/{owner}/{repo}/issues", {
      ...repo,
      labels: label2,
      state: "all",
      sort: "created",
      direction: "asc",
      per_page: PAGE_SIZE,
      page
    });
    for (const issue of data) if (!issue.pull_request) issues.push(fromRestIssue(issue));
    if (data.length < PAGE_SIZE) break;
  }
  return { issues, parentsKnown: issues.every((i) => i.parent !== void 0), source: "rest" };
}

// action/src/checklist/ids.ts
var ITEM_KINDS = [
  "step",
  "stage",
  "rollback",
  "rollforward",
  "gate",
  "signoff",
  "item",
  "exit",
  "guard",
  "complete"
];
var SEGMENT = /^[a-z0-9][a-z0-9-]*$/;
var KEY = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/;
var KEYLESS = /* @__PURE__ */ new Set(["complete", "rollback", "rollforward"]);
var ID = /^([a-z0-9][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)\/([a-z]+)(?::(.+))?$/;
var InvalidIdError = class extends Error {
  name = "InvalidIdError";
};
function checkSegment(value, what) {
  if (!SEGMENT.test(value)) throw new InvalidIdError(`${what} "${value}" is not a valid id (a-z, 0-9, -)`);
  return value;
}
function itemId(plan, phase, kind, key) {
  const base = `${checkSegment(plan, "plan")}/${checkSegment(phase, "phase")}/${kind}`;
  if (key === void 0) {
    if (!KEYLESS.has(kind)) throw new InvalidIdError(`item kind ${kind} needs a key`);
    return base;
  }
  if (kind === "complete" || !KEY.test(key)) throw new InvalidIdError(`"${key}" is not a valid ${kind} key`);
  return `${base}:${key}`;
}
function parseItemId(id) {
  const match = ID.exec(id);
  if (!match) return void 0;
  const [, plan, phase, kind, key] = match;
  if (!ITEM_KINDS.includes(kind)) return void 0;
  if (key === void 0)
    return KEYLESS.has(kind) ? { plan, phase, kind } : void 0;
  if (kind === "complete" || !KEY.test(key)) return void 0;
  return { plan, phase, kind, key };
}
function localItemId(id, plan, phase) {
  const prefix = phase === void 0 ? `${plan}/` : `${plan}/${phase}/`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
}
function fullItemId(local, plan, phase) {
  if (parseItemId(local)) return local;
  return phase === void 0 ? `${plan}/${local}` : `${plan}/${phase}/${local}`;
}
function textSlug(text) {
  const words = text.normalize("NFKD").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_ITEM_SLUG_CHARS) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_ITEM_SLUG_CHARS) || "item";
}
var KeyAllocator = class {
  #taken;
  constructor(reserved = []) {
    this.#taken = new Set(reserved);
  }
  next(base) {
    let key = base;
    for (let n = 2; this.#taken.has(key); n++) key = `${base}-${n}`;
    this.#taken.add(key);
    return key;
  }
};
function guardKey(guardItemId) {
  const lower = guardItemId.toLowerCase();
  const split = lower.indexOf("--");
  return split < 0 ? lower : `${lower.slice(0, split)}/${lower.slice(split + 2)}`;
}

// action/src/checklist/state-block.ts
var STATE_VERSION = 2;
var READABLE_VERSIONS = /* @__PURE__ */ new Set([1, STATE_VERSION]);
function emptyState(kind, plan, phase) {
  return { kind, plan, ...phase === void 0 ? {} : { phase }, ticks: {}, log: [], removed: {}, lines: "" };
}
function withoutProvenance(state) {
  const { compacted: _dropped, ...rest } = state;
  return { ...rest, ticks: {}, log: [] };
}
function compactLog(state, max = MAX_AUDIT_ENTRIES) {
  if (state.log.length <= max) return state;
  const dropped = state.log.slice(0, state.log.length - max);
  const previous = state.compacted;
  const compacted = {
    count: (previous?.count ?? 0) + dropped.length,
    since: previous?.since ?? dropped[0].at,
    until: dropped.at(-1).at
  };
  return { ...state, log: state.log.slice(-max), compacted };
}
function encodeState(state) {
  const local = (id) => localItemId(id, state.plan, state.phase);
  const ticks = {};
  for (const [id, info] of Object.entries(state.ticks).sort(byKey)) {
    const tuple = [info.by ?? "", info.at ?? ""];
    if (info.observed) tuple.push(1);
    ticks[local(id)] = info.by || info.at ? tuple : [];
  }
  const stored = {
    v: STATE_VERSION,
    kind: state.kind,
    plan: state.plan,
    ...state.phase === void 0 ? {} : { phase: state.phase },
    ticks,
    log: state.log.map((e) => {
      const tuple = [local(e.itemId), e.checked ? 1 : 0, e.by, e.at];
      if (e.note) tuple.push(e.note);
      return tuple;
    }),
    ...state.compacted ? { compacted: [state.compacted.count, state.compacted.since, state.compacted.until] } : {},
    ...Object.keys(state.removed).length > 0 ? {
      removed: Object.fromEntries(
        Object.entries(state.removed).sort(byKey).map(([id, t]) => [local(id), t])
      )
    } : {},
    lines: state.lines
  };
  return JSON.stringify(stored).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/-(?=-)/g, "\\u002d");
}
var isString = (v) => typeof v === "string";
function decodeState(json) {
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    return void 0;
  }
  if (!isRecord(raw) || !READABLE_VERSIONS.has(raw.v)) return void 0;
  const { kind, plan, phase, ticks, log, compacted, removed, lines } = raw;
  if (kind !== "phase" && kind !== "parent" || !isString(plan) || !isString(lines)) return void 0;
  if (phase !== void 0 && !isString(phase)) return void 0;
  if (!isRecord(ticks) || !Array.isArray(log)) return void 0;
  const full = (id) => fullItemId(id, plan, phase);
  const state = emptyState(kind, plan, phase);
  state.lines = lines;
  if (raw.v !== STATE_VERSION) state.legacy = true;
  for (const [id, value] of Object.entries(ticks)) {
    if (!Array.isArray(value)) return void 0;
    const [by, at, observed] = value;
    const info = {};
    if (isString(by) && by) info.by = by;
    if (isString(at) && at) info.at = at;
    if (observed === 1) info.observed = true;
    state.ticks[full(id)] = info;
  }
  for (const entry of log) {
    if (!Array.isArray(entry)) return void 0;
    const [id, checked, by, at, note] = entry;
    if (!isString(id) || checked !== 0 && checked !== 1 || !isString(by) || !isString(at)) return void 0;
    state.log.push({ itemId: full(id), checked: checked === 1, by, at, ...isString(note) ? { note } : {} });
  }
  if (Array.isArray(compacted)) {
    const [count, since, until] = compacted;
    if (typeof count === "number" && isString(since) && isString(until)) state.compacted = { count, since, until };
  }
  if (isRecord(removed)) {
    for (const [id, t] of Object.entries(removed)) if (isString(t)) state.removed[full(id)] = t;
  }
  return state;
}

// action/src/checklist/parse.ts
var TASK = /^\s*(?:[-*+]|[0-9]{1,9}[.)])\s+\[([ xX])\](?:\s+(.*))?$/;
function clean(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function parseTaskLine(line) {
  const match = TASK.exec(line);
  if (!match) return void 0;
  return { checked: match[1] !== " ", text: (match[2] ?? "").trim() };
}
function parseIssueBody(body) {
  const raw = body.split("\n");
  const problems = [];
  const empty = () => ({
    hasRegion: false,
    hasEnd: false,
    before: body,
    after: "",
    lines: [],
    items: [],
    ticks: /* @__PURE__ */ new Map(),
    fingerprinted: false,
    problems
  });
  let begin = -1;
  let key;
  for (let i = 0; i < raw.length && begin < 0; i++) {
    key = parseBeginLine(clean(raw[i]).trimEnd());
    if (key) begin = i;
  }
  if (begin < 0 || !key) return empty();
  let end = -1;
  for (let i = begin + 1; i < raw.length && end < 0; i++) if (isEndLine(clean(raw[i]).trimEnd())) end = i;
  const hasEnd = end >= 0;
  let stateLine = -1;
  let stateJson;
  const stop = hasEnd ? end : raw.length;
  for (let i = begin + 1; i < stop; i++) {
    const json = parseStateLine(clean(raw[i]).trimEnd());
    if (json === void 0) continue;
    stateLine = i;
    stateJson = json;
    if (!hasEnd) break;
  }
  if (!hasEnd) {
    problems.push("the end marker is missing");
    end = stateLine >= 0 ? stateLine : raw.length;
  }
  const lastRegionLine = hasEnd ? end : stateLine >= 0 ? stateLine : raw.length - 1;
  let state;
  if (stateJson !== void 0) {
    state = decodeState(stateJson);
    if (!state) problems.push("the state block is not valid");
  } else {
    problems.push("the state block is missing");
  }
  const known = state ? fingerprintSet(state.lines) : void 0;
  const lines = [];
  const items = [];
  const ticks = /* @__PURE__ */ new Map();
  for (let i = begin + 1; i < end; i++) {
    if (i === stateLine) continue;
    const text = clean(raw[i]);
    if (normalizeLine(text) === "") {
      lines.push({ text, role: "blank" });
      continue;
    }
    const marked = splitItemMarker(normalizeLine(text));
    if (marked) {
      const task = parseTaskLine(marked.before);
      const checked = task?.checked ?? false;
      if (!task) problems.push(`item ${marked.id} has lost its checkbox`);
      if (ticks.has(marked.id)) problems.push(`item ${marked.id} appears more than once`);
      ticks.set(marked.id, (ticks.get(marked.id) ?? false) || checked);
      items.push({ id: marked.id, checked, text: task?.text ?? marked.before.trim(), line: lines.length, bodyLine: i });
      lines.push({ text, role: "item", itemId: marked.id, checked });
      continue;
    }
    const generated = known?.has(fingerprint(text)) ?? false;
    lines.push({ text, role: generated ? "generated" : "note" });
  }
  const before = raw.slice(0, begin).map((l) => `${l}
`).join("");
  const lineBreak = raw[lastRegionLine]?.endsWith("\r") ? "\r\n" : "\n";
  const after = lastRegionLine + 1 < raw.length ? `${lineBreak}${raw.slice(lastRegionLine + 1).join("\n")}` : "";
  const parsed = {
    key,
    hasRegion: true,
    hasEnd,
    before,
    after,
    lines,
    items,
    ticks,
    fingerprinted: known !== void 0,
    problems
  };
  if (state) parsed.state = state;
  return parsed;
}

// action/src/checklist/verify.ts
var GHOST_LOGIN = "ghost";
function keyed(state, plan, phase) {
  return state !== void 0 && state.kind === "phase" && state.plan === plan && state.phase === phase;
}
function ticksOf(body, prefix) {
  const ticks = /* @__PURE__ */ new Map();
  for (const [id, checked] of parseIssueBody(body).ticks) if (id.startsWith(prefix)) ticks.set(id, checked);
  return ticks;
}
function checkpointState(revision, isActor, plan, phase) {
  if (revision.body === void 0 || !revision.editor || !isActor(revision.editor)) return void 0;
  const state = parseIssueBody(revision.body).state;
  return keyed(state, plan, phase) && !state.legacy ? state : void 0;
}
function findCheckpoint(input) {
  const { revisions } = input.history;
  for (let i = revisions.length - 1; i >= 0; i--) {
    const state = checkpointState(revisions[i], input.isActor, input.plan, input.phase);
    if (state) return { index: i, state };
  }
  return void 0;
}
function newestOwnState(input) {
  const { revisions } = input.history;
  for (let i = revisions.length - 1; i >= 0; i--) {
    const revision = revisions[i];
    if (revision.body === void 0 || !revision.editor || !input.isActor(revision.editor)) continue;
    const state = parseIssueBody(revision.body).state;
    if (keyed(state, input.plan, input.phase)) return state;
  }
  return void 0;
}
function verifyIssueHistory(input) {
  const { plan, phase, history } = input;
  const prefix = `${plan}/${phase}/`;
  const checkpoint = findCheckpoint(input);
  const base = checkpoint ? checkpoint.state : { ...emptyState("phase", plan, phase), ...withoutTicks(newestOwnState(input)) };
  const ticked = /* @__PURE__ */ new Map();
  if (checkpoint) for (const [id, info] of Object.entries(checkpoint.state.ticks)) ticked.set(id, { ...info });
  let gap = !checkpoint && !history.complete;
  const added = [];
  const start = checkpoint ? checkpoint.index + 1 : 0;
  for (const revision of history.revisions.slice(start)) {
    if (revision.body === void 0) {
      gap = true;
      continue;
    }
    const at = isoSeconds(revision.at);
    const ticks2 = ticksOf(revision.body, prefix);
    const person = revision.editor && !input.isActor(revision.editor) ? revision.editor : void 0;
    if (gap) {
      for (const id of [...ticked.keys()]) if (ticks2.get(id) === false) ticked.delete(id);
      for (const id of ticked.keys()) ticked.set(id, { at, observed: true });
      for (const [id, checked] of ticks2) if (checked && !ticked.has(id)) ticked.set(id, { at, observed: true });
      gap = false;
      continue;
    }
    for (const [id, checked] of ticks2) {
      const was = ticked.has(id);
      if (checked === was) continue;
      const by = revision.editor ?? GHOST_LOGIN;
      if (checked) {
        ticked.set(id, person ? { by: person, at } : { at, observed: true });
        if (person) added.push({ itemId: id, checked: true, by: person, at });
      } else {
        ticked.delete(id);
        added.push({ itemId: id, checked: false, by, at });
      }
    }
  }
  if (gap) for (const [id, info] of ticked) ticked.set(id, info.at ? { at: info.at, observed: true } : {});
  const ticks = Object.fromEntries([...ticked].sort(byKey));
  const state = compactLog({ ...base, ticks, log: [...base.log, ...added] });
  delete state.legacy;
  const unattributed = Object.keys(ticks).filter((id) => !ticks[id].by);
  const claimed = claimedTicks(input, checkpoint?.state, ticks);
  return { state, added, ...checkpoint ? { checkpoint: checkpoint.index } : {}, unattributed, claimed };
}
function claimedTicks(input, checkpoint, verified) {
  const current = input.history.revisions.at(-1);
  if (current?.body === void 0 || current.editor && input.isActor(current.editor)) return [];
  const state = parseIssueBody(current.body).state;
  if (!keyed(state, input.plan, input.phase)) return [];
  const same = (a, b) => a?.by === b?.by && a?.at === b?.at;
  return Object.entries(state.ticks).filter(([id, info]) => !same(info, checkpoint?.ticks[id]) && !same(info, verified[id])).map(([itemId2, info]) => ({ itemId: itemId2, ...info.by ? { by: info.by } : {} })).sort((a, b) => compareCodePoints(a.itemId, b.itemId));
}
function withoutTicks(state) {
  if (!state) return {};
  return { lines: state.lines, removed: { ...state.removed } };
}

// action/src/github/edit-history.ts
var HISTORY_PAGE_SIZE = 50;
var MAX_HISTORY_PAGES = 20;
var HISTORY_QUERY = (
  /* GraphQL */
  `
  query RollbookHistory($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
    viewer { login }
    repository(owner: $owner, name: $repo) {
      issue(number: $number) {
        body createdAt includesCreatedEdit
        author { __typename login }
        userContentEdits(first: ${HISTORY_PAGE_SIZE}, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes { editedAt diff deletedAt editor { __typename login } }
        }
      }
    }
  }
`
);
function revisionOf(node) {
  const editor = actorLogin(node.editor);
  return {
    at: node.editedAt,
    ...editor ? { editor } : {},
    ...node.deletedAt === null && node.diff !== null ? { body: node.diff } : {}
  };
}
function takePage(issue, first, viewer, newestFirst, enough) {
  const edits = issue.userContentEdits;
  const nodes = (edits?.nodes ?? []).filter((n) => n !== null);
  if (first && nodes.length === 0) {
    const author = actorLogin(issue.author);
    newestFirst.push({ at: issue.createdAt, ...author ? { editor: author } : {}, body: issue.body });
    return { stop: true, complete: true };
  }
  for (const node of nodes) {
    const revision = revisionOf(node);
    newestFirst.push(revision);
    if (enough(revision, viewer)) return { stop: true, complete: false };
  }
  if (!edits?.pageInfo.hasNextPage || !edits.pageInfo.endCursor) {
    return { stop: true, complete: issue.includesCreatedEdit };
  }
  return { stop: false, cursor: edits.pageInfo.endCursor };
}
function historyFromFirstPage(issue, viewer, enough) {
  const newestFirst = [];
  const outcome = takePage(issue, true, viewer, newestFirst, enough);
  if (!outcome.stop) return void 0;
  return { viewer, body: issue.body, revisions: newestFirst.reverse(), complete: outcome.complete, pages: 0 };
}
async function readIssueHistory(github, repo, number, enough) {
  const newestFirst = [];
  let cursor = null;
  let viewer = "";
  let body = "";
  let complete = false;
  let pages = 0;
  for (; pages < MAX_HISTORY_PAGES; ) {
    const page = await github.graphql(HISTORY_QUERY, {
      owner: repo.owner,
      repo: repo.repo,
      number,
      cursor
    });
    pages++;
    const issue = page.repository?.issue;
    if (!issue) throw new Error(`issue #${number} not found`);
    viewer = page.viewer.login;
    if (pages === 1) body = issue.body;
    const outcome = takePage(issue, pages === 1, viewer, newestFirst, enough);
    if (outcome.stop) {
      complete = outcome.complete;
      break;
    }
    cursor = outcome.cursor;
  }
  return { viewer, body, revisions: newestFirst.reverse(), complete, pages };
}

// action/src/github-action/verified-issue.ts
function isOwnRevision(issue, viewer) {
  if (!viewer || issue.lastEditedAt === void 0) return false;
  return sameLogin(issue.lastEditedAt === null ? issue.author : issue.editor, viewer);
}
async function verifyPhaseIssue(github, repo, issue, key, viewer, readHistory = readIssueHistory) {
  if (isOwnRevision(issue, viewer)) {
    const state = checkpointState(
      { at: issue.lastEditedAt ?? issue.createdAt, editor: viewer, body: issue.body },
      (login) => sameLogin(login, viewer),
      key.plan,
      key.phase
    );
    if (state) {
      const unattributed = Object.keys(state.ticks).filter((id) => !state.ticks[id].by);
      return {
        verified: true,
        body: issue.body,
        state,
        added: [],
        unattributed,
        claimed: [],
        reads: 0,
        ownBody: issue.body
      };
    }
  }
  try {
    const history = await readHistory(
      github,
      repo,
      issue.number,
      (revision, me) => checkpointState(revision, (login) => sameLogin(login, viewer ?? me), key.plan, key.phase) !== void 0
    );
    const actor = viewer ?? history.viewer;
    const result = verifyIssueHistory({
      ...key,
      history,
      isActor: (login) => sameLogin(login, actor)
    });
    return {
      verified: true,
      body: history.body,
      state: result.state,
      added: result.added,
      unattributed: result.unattributed,
      claimed: result.claimed,
      reads: history.pages,
      viewer: history.viewer,
      ownBody: result.checkpoint === void 0 ? "" : history.revisions[result.checkpoint]?.body ?? ""
    };
  } catch (error) {
    return { verified: false, body: issue.body, reason: errorMessage(error) };
  }
}

// action/src/checklist/region.ts
function tidyLines(lines) {
  const out = [];
  for (const line of lines) {
    const blank = normalizeLine(line.text) === "";
    if (blank && (out.length === 0 || normalizeLine(out.at(-1).text) === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && normalizeLine(out.at(-1).text) === "") out.pop();
  return out;
}
function assembleRegion(key, content, state) {
  const lines = tidyLines(content);
  const generated = lines.filter((l) => !l.note && !splitItemMarker(normalizeLine(l.text))).map((l) => l.text);
  const withLines = { ...state, lines: fingerprintLines(generated) };
  return [beginMarker(key), ...lines.map((l) => l.text), "", stateMarker(encodeState(withLines)), END_MARKER].join(
    "\n"
  );
}

// action/src/checklist/merge.ts
var CHECKBOX = /^(\s*(?:[-*+]|[0-9]{1,9}[.)])\s+)\[[ xX]\]/;
var HEADING = /^#{1,6}\s/;
var REMOVED_OPENING = " \u2014 *removed from plan (";
var REMOVED_CLOSING = ")*";
var COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
var REMOVED_HEADING = "### Removed from plan";
var REMOVED_INTRO = "These items were ticked, then removed from the plan. Untick one to drop it.";
var CHECKBOX_STATE = /^(\s*(?:[-*+]|[0-9]{1,9}[.)])\s+)\[([ xX])\]/;
function normalizeBody(body) {
  const normalized = body.replace(/\r\n?/g, "\n").split("\n").map(
    (line) => normalizeLine(line).replace(
      CHECKBOX_STATE,
      (_m, prefix, mark) => `${prefix}[${mark === " " ? " " : "x"}]`
    )
  ).join("\n");
  return trimTrailing(normalized, "\n");
}
function isSameBody(a, b) {
  return a === b || normalizeBody(a) === normalizeBody(b);
}
function setCheckbox(line, checked) {
  return line.replace(CHECKBOX, (_m, prefix) => `${prefix}[${checked ? "x" : " "}]`);
}
function withoutRemovedSuffix(text) {
  if (!text.endsWith(REMOVED_CLOSING)) return text;
  let lastBreak = -1;
  for (const terminator of ["\n", "\r", "\u2028", "\u2029"])
    lastBreak = Math.max(lastBreak, text.lastIndexOf(terminator));
  const at = text.indexOf(REMOVED_OPENING, lastBreak + 1);
  if (at < 0 || at + REMOVED_OPENING.length > text.length - REMOVED_CLOSING.length) return text;
  return text.slice(0, at);
}
function removedText(text) {
  const cleaned = withoutRemovedSuffix(text.replace(COMMENT, "")).trim();
  return breakComments(cleaned) || "an item";
}
function provenance(info) {
  const who = info?.by ? ` by ${inertLogin(info.by)}` : "";
  if (!info?.at) return info?.by ? `was ticked${who}` : "was ticked; who and when unknown";
  const when = formatTime(info.at);
  if (info.observed && !info.by) return `was ticked, seen ${when}`;
  return `was ticked${who} on ${when}`;
}
function removedLine(id, text, info) {
  return `- [x] ${text} \u2014 *removed from plan (${provenance(info)})* ${itemMarker(id)}`;
}
function anchorOf(line, itemId2) {
  if (itemId2 !== void 0) return `i:${itemId2}`;
  if (line.role !== "note" && HEADING.test(line.text)) return `h:${normalizeLine(line.text)}`;
  return void 0;
}
function noteRuns(lines, isNote) {
  const runs = [];
  let anchor;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!isNote(line)) {
      if (line.role !== "blank") anchor = anchorOf(line, line.itemId) ?? anchor;
      continue;
    }
    const run = [];
    let j = i;
    while (j < lines.length) {
      if (isNote(lines[j])) {
        run.push(lines[j].text);
        j++;
        continue;
      }
      let k = j;
      while (k < lines.length && lines[k].role === "blank") k++;
      if (k > j && k < lines.length && isNote(lines[k])) {
        for (; j < k; j++) run.push(lines[j].text);
        continue;
      }
      break;
    }
    runs.push({
      anchor,
      lines: run,
      blankBefore: i > 0 && lines[i - 1].role === "blank",
      blankAfter: j < lines.length && lines[j].role === "blank"
    });
    i = j - 1;
  }
  return runs;
}
function placeNotes(content, runs) {
  const anchors = [];
  const anchorIndex = /* @__PURE__ */ new Map();
  content.forEach((line, index) => {
    const key = anchorOf({ text: line.text, role: "generated" }, lineItemId(line));
    if (key === void 0) return;
    anchors.push(index);
    if (!anchorIndex.has(key)) anchorIndex.set(key, index);
  });
  const inserts = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const start = run.anchor === void 0 ? -1 : anchorIndex.get(run.anchor);
    let at = content.length;
    if (start !== void 0) {
      at = anchors.find((a) => a > start) ?? content.length;
      while (at > start + 1 && normalizeLine(content[at - 1].text) === "") at--;
    }
    const block = [];
    if (run.blankBefore) block.push({ text: "", note: true });
    for (const text of run.lines) block.push({ text, note: true });
    if (run.blankAfter) block.push({ text: "", note: true });
    inserts.set(at, [...inserts.get(at) ?? [], ...block]);
  }
  const out = [];
  for (let i = 0; i <= content.length; i++) {
    out.push(...inserts.get(i) ?? []);
    if (i < content.length) out.push(content[i]);
  }
  return out;
}
var itemIds = /* @__PURE__ */ new WeakMap();
function lineItemId(line) {
  return itemIds.get(line);
}
function itemLine(text, id) {
  const line = { text };
  itemIds.set(line, id);
  return line;
}
function belongsTo(id, key) {
  return id.startsWith(key.phase === void 0 ? `${key.plan}/` : `${key.plan}/${key.phase}/`);
}
function tickedIds(current, state, key) {
  const ticked = /* @__PURE__ */ new Set();
  for (const [id, checked] of current.ticks) if (checked && belongsTo(id, key)) ticked.add(id);
  for (const id of Object.keys(state.ticks)) if (!current.ticks.has(id) && belongsTo(id, key)) ticked.add(id);
  return ticked;
}
function mergeTicks(desired, current, options = {}) {
  const want = parseIssueBody(desired);
  if (!want.hasRegion || !want.key || !want.state) throw new Error("mergeTicks: desired is not a body Rollbook built");
  if (current === void 0 || current.trim() === "") return desired;
  const key = want.key;
  const have = parseIssueBody(current);
  const base = options.state ?? (have.state && have.key?.plan === key.plan && have.key.phase === key.phase ? have.state : void 0);
  const previous = base ?? emptyState(key.kind, key.plan, key.phase);
  const ticked = tickedIds(have, previous, key);
  const wanted = new Set(want.items.map((item) => item.id));
  const observedAt = options.now === void 0 ? void 0 : isoSeconds(options.now);
  const ticks = {};
  for (const id of ticked) {
    ticks[id] = previous.ticks[id] ?? (observedAt ? { at: observedAt, observed: true } : {});
  }
  const content = want.lines.map(
    (line) => line.role === "item" ? itemLine(setCheckbox(line.text, ticked.has(line.itemId)), line.itemId) : { text: line.text }
  );
  const removed = {};
  const removedIds = [...ticked].filter((id) => !wanted.has(id)).sort();
  if (removedIds.length > 0) {
    content.push({ text: "" }, { text: REMOVED_HEADING }, { text: "" }, { text: REMOVED_INTRO }, { text: "" });
    for (const id of removedIds) {
      const seen = have.items.find((item) => item.id === id)?.text;
      const text = previous.removed[id] ?? removedText(seen ?? id);
      removed[id] = text;
      content.push(itemLine(removedLine(id, text, ticks[id]), id));
    }
  }
  const desiredLines = new Set(content.map((l) => normalizeLine(l.text)));
  const isNote = (line) => line.role === "note" && (have.fingerprinted || !desiredLines.has(normalizeLine(line.text)));
  const runs = noteRuns(have.lines, isNote).map((run) => ({ ...run, lines: run.lines.map(defuseMarkers) }));
  const withNotes = placeNotes(content, runs);
  const state = compactLog(
    {
      ...previous,
      kind: key.kind,
      plan: key.plan,
      ...key.phase === void 0 ? {} : { phase: key.phase },
      ticks,
      removed
    },
    options.auditLimit ?? MAX_AUDIT_ENTRIES
  );
  const region = assembleRegion(key, withNotes, state);
  const merged = have.hasRegion ? have.before + region + have.after : `${region}

${current}`;
  return isSameBody(merged, current) ? current : merged;
}
function withState(body, state) {
  const parsed = parseIssueBody(body);
  if (!parsed.hasRegion || !parsed.key) return body;
  const content = parsed.lines.map(
    (line) => line.role === "note" ? { text: line.text, note: true } : line.role === "item" ? itemLine(line.text, line.itemId) : { text: line.text }
  );
  return parsed.before + assembleRegion(parsed.key, content, state) + parsed.after;
}

// action/src/github-action/sync/inventory.ts
var keyString = (key) => `${key.plan}\0${key.phase ?? ""}`;
function planIssues(inventory, plan) {
  let entry = inventory.plans.get(plan);
  if (!entry) {
    entry = { phases: /* @__PURE__ */ new Map(), duplicates: [] };
    inventory.plans.set(plan, entry);
  }
  return entry;
}
function buildInventory(issues) {
  const inventory = { plans: /* @__PURE__ */ new Map(), keys: /* @__PURE__ */ new Map() };
  const groups = /* @__PURE__ */ new Map();
  for (const issue of issues) {
    const key = readIssueKey(issue.body);
    if (!key) continue;
    inventory.keys.set(issue.number, key);
    const id = keyString(key);
    const group = groups.get(id) ?? { key, issues: [] };
    group.issues.push(issue);
    groups.set(id, group);
  }
  for (const { key, issues: group } of groups.values()) {
    const [winner, ...rest] = [...group].sort((a, b) => a.number - b.number);
    const entry = planIssues(inventory, key.plan);
    if (key.kind === "parent") entry.parent = winner;
    else entry.phases.set(key.phase, winner);
    for (const issue of rest) if (issue.state === "open") entry.duplicates.push({ issue, winner });
  }
  return inventory;
}
function foldDuplicateTicks(body, duplicates) {
  const winner = parseIssueBody(body);
  if (!winner.hasRegion || !winner.state || duplicates.length === 0) return body;
  const state = { ...winner.state, ticks: { ...winner.state.ticks }, log: [...winner.state.log] };
  const add = /* @__PURE__ */ new Set();
  for (const text of duplicates) {
    const dup = parseIssueBody(text);
    for (const [id, ticked] of dup.ticks) {
      if (!ticked || winner.ticks.get(id) === true || state.ticks[id]) continue;
      add.add(id);
      state.ticks[id] = {};
    }
  }
  if (add.size === 0) return body;
  const lines = body.split("\n");
  for (const item of winner.items)
    if (add.has(item.id)) lines[item.bodyLine] = setCheckbox(lines[item.bodyLine], true);
  return withState(lines.join("\n"), state);
}

// action/src/github/comments.ts
var COMMENTS_PAGE = 100;
async function listComments(github, repo, number) {
  const comments = [];
  for (let page = 1; ; page++) {
    const { data } = await github.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: number,
      per_page: COMMENTS_PAGE,
      page
    });
    for (const comment of data)
      comments.push({
        id: Number(comment.id),
        body: comment.body ?? "",
        ...comment.user ? { author: comment.user.login } : {},
        createdAt: comment.created_at
      });
    if (data.length < COMMENTS_PAGE) break;
  }
  return comments;
}
async function createCommentOnce(github, repo, number, body) {
  const { data } = await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number: number,
    body,
    request: { retries: 0 }
  });
  return Number(data.id);
}
async function updateIssueComment(github, repo, id, body) {
  await github.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: id, body });
}
async function deleteIssueComment(github, repo, id) {
  await github.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: id });
}

// action/src/checklist/items.ts
function activatingStep(phase) {
  return phase.steps.find((s) => s.activates) ?? phase.steps.findLast((s) => s.kind !== "test") ?? phase.steps.at(-1);
}
function findPhase(plan, phaseId) {
  const phase = plan.phases.find((p) => p.id === phaseId);
  if (!phase) throw new Error(`plan ${plan.metadata.name} has no phase "${phaseId}"`);
  return phase;
}
function rollbackText(step) {
  if (step.rollback === void 0) return void 0;
  return typeof step.rollback === "string" ? step.rollback : step.rollback.do;
}
function guardText(guard) {
  return guard.action?.text ?? guard.summary ?? guard.itemId;
}
function phaseEntries(plan, phaseId, guards = []) {
  const phase = findPhase(plan, phaseId);
  const planName = plan.metadata.name;
  const id = (kind, key) => itemId(planName, phase.id, kind, key);
  const active = guards.filter((g) => g.waived === void 0 || g.waived === null || g.waived === false);
  const whyById = new Map(active.map((g) => [g.itemId, g.why]));
  const activating = activatingStep(phase);
  const response = phaseResponse(plan, phase);
  const steps = phase.steps.map((step, index) => ({
    id: id("step", step.id),
    kind: "step",
    section: "steps",
    required: true,
    text: step.do,
    step,
    stepNumber: index + 1,
    activates: step === activating
  }));
  const stageKeyList = stageKeys(phase);
  const stageList = phase.stages ?? [];
  const stages = stageList.map((stage, index) => ({
    id: id("stage", stageKeyList[index]),
    kind: "stage",
    section: "stages",
    required: true,
    text: stageAction(stage),
    stage,
    stageNumber: index + 1,
    stageCount: stageList.length
  }));
  const planGateIds = new Set((phase.gates ?? []).flatMap((g) => g.id ? [g.id] : []));
  const extraGates = active.flatMap(
    (g) => g.action?.kind === "gate" && g.action.gate && !planGateIds.has(g.itemId) ? [{ ...g.action.gate, id: g.itemId }] : []
  );
  const allGates = [...phase.gates ?? [], ...extraGates];
  const ids = gateIds({ gates: allGates });
  const gates = allGates.flatMap((gate, index) => {
    const gateId = ids[index];
    const withId = { ...gate, id: gateId };
    const why = whyById.get(gateId);
    const extra = why ? { why } : {};
    if (isGateOfKind(gate, "signoff")) {
      const count = signoffsNeeded(gate);
      return Array.from({ length: count }, (_, i) => ({
        id: id("signoff", `${gateId}/${i + 1}`),
        kind: "signoff",
        section: "gates",
        required: true,
        text: `Sign-off ${i + 1} of ${count}`,
        gate: withId,
        slot: i + 1,
        ...extra
      }));
    }
    return [
      {
        id: id("gate", gateId),
        kind: "gate",
        section: "gates",
        required: true,
        text: describeGate(gate, plan, response),
        gate: withId,
        ...extra
      }
    ];
  });
  const guardIds = new Set(active.map((g) => g.itemId));
  const explicit = (phase.checklist ?? []).flatMap((c) => typeof c === "string" || guardIds.has(c.id) ? [] : [c.id]);
  const keys = new KeyAllocator(explicit);
  const folded = /* @__PURE__ */ new Set();
  const checklist = (phase.checklist ?? []).map((c) => {
    if (typeof c !== "string" && guardIds.has(c.id)) {
      folded.add(c.id);
      return {
        id: id("guard", guardKey(c.id)),
        kind: "guard",
        section: "checklist",
        required: true,
        text: c.text,
        why: whyById.get(c.id)
      };
    }
    const key = typeof c === "string" ? keys.next(textSlug(c)) : c.id;
    return {
      id: id("item", key),
      kind: "item",
      section: "checklist",
      required: true,
      text: typeof c === "string" ? c : c.text
    };
  });
  for (const guard of active) {
    if (folded.has(guard.itemId) || guard.action !== void 0 && guard.action.kind !== "checklist") continue;
    checklist.push({
      id: id("guard", guardKey(guard.itemId)),
      kind: "guard",
      section: "checklist",
      required: true,
      text: guardText(guard),
      why: guard.why
    });
  }
  const exitKeys = new KeyAllocator();
  const exit = (phase.exit ?? []).map((criterion) => ({
    id: id("exit", exitKeys.next(textSlug(criterion))),
    kind: "exit",
    section: "exit",
    required: true,
    text: criterion
  }));
  const complete = {
    id: id("complete"),
    kind: "complete",
    section: "done",
    required: false,
    text: "Phase complete: everything above is ticked and the next phase may start"
  };
  const rollbacks = phase.steps.flatMap((step, index) => {
    const undo = rollbackText(step);
    if (undo === void 0 || step.kind === "test") return [];
    return [
      {
        id: id("rollback", step.id),
        kind: "rollback",
        section: "rollback",
        required: false,
        text: undo,
        step,
        stepNumber: index + 1
      }
    ];
  });
  rollbacks.push({
    id: id("rollback"),
    kind: "rollback",
    section: "rollback",
    required: false,
    text: "The whole phase was rolled back"
  });
  const rollforwards = irreversibleParts(phase).map((part) => {
    const text = part.rollForward?.do ?? "No roll-forward plan in the plan: agree one before this runs";
    const command = part.rollForward?.command;
    const extra = command === void 0 ? {} : { rollForwardCommand: command };
    if (!part.step)
      return { id: id("rollforward"), kind: "rollforward", section: "rollback", required: false, text, ...extra };
    const step = phase.steps[part.step.index];
    return {
      ...extra,
      id: id("rollforward", step.id),
      kind: "rollforward",
      section: "rollback",
      required: false,
      text,
      step,
      stepNumber: part.step.index + 1
    };
  });
  return [...steps, ...stages, ...gates, ...checklist, ...exit, complete, ...rollforwards, ...rollbacks];
}

// action/src/checklist/phase-state.ts
function tickMap(items) {
  if (items instanceof Map) return new Map(items);
  const map = /* @__PURE__ */ new Map();
  for (const item of items)
    map.set(item.id, (map.get(item.id) ?? false) || item.checked);
  return map;
}
function eventOf(phaseId, entry, itemId2, info) {
  const ref = parseItemId(itemId2);
  if (!ref) return void 0;
  const what = ref.kind === "rollback" ? "rolled-back" : ref.kind === "complete" ? "completed" : entry?.activates ? "activated" : ref.kind === "stage" && entry?.stage ? "staged" : void 0;
  if (!what) return void 0;
  const stepId = ref.kind === "step" || ref.kind === "rollback" ? ref.key : void 0;
  const stage = what === "staged" ? { key: ref.key, percent: entry.stage.percent } : void 0;
  return {
    phaseId,
    what,
    itemId: itemId2,
    ...stepId ? { stepId } : {},
    ...stage ? { stage } : {},
    ...info.by ? { by: info.by } : {},
    ...info.at ? { at: info.at } : {}
  };
}
function releaseEvents(phaseId, entries, ticked, audit, issue) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const events = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of audit?.log ?? []) {
    if (!entry.checked || !entry.itemId.startsWith(`${audit.plan}/${phaseId}/`)) continue;
    const event = eventOf(phaseId, byId.get(entry.itemId), entry.itemId, entry);
    if (!event) continue;
    events.push(event);
    seen.add(`${entry.itemId} ${entry.at}`);
  }
  for (const id of ticked) {
    const info = audit?.ticks[id] ?? {};
    if (seen.has(`${id} ${info.at}`)) continue;
    const event = eventOf(phaseId, byId.get(id), id, info);
    if (event) events.push(event);
  }
  const tickedComplete = events.some((e) => e.what === "completed");
  if (issue?.state === "closed" && issue.stateReason === "completed" && issue.closedAt && !tickedComplete) {
    events.push({ phaseId, what: "completed", at: issue.closedAt, ...issue.closedBy ? { by: issue.closedBy } : {} });
  }
  return events.sort((a, b) => compareCodePoints(a.at ?? "\uFFFF", b.at ?? "\uFFFF"));
}
function derivePhaseState(plan, phaseId, items, audit, now, options = {}) {
  const phase = plan.phases.find((p) => p.id === phaseId);
  const entries = phaseEntries(plan, phaseId, options.guards ?? []);
  if (!phase) throw new Error(`plan ${plan.metadata.name} has no phase "${phaseId}"`);
  const ticks = tickMap(items);
  for (const id of Object.keys(audit?.ticks ?? {})) if (!ticks.has(id)) ticks.set(id, true);
  const isTicked = (id) => ticks.get(id) === true;
  const prefix = `${plan.metadata.name}/${phaseId}/`;
  const required = entries.filter((e) => e.required).map((e) => e.id);
  if (!options.guards) {
    const known = new Set(entries.map((e) => e.id));
    for (const id of ticks.keys()) {
      const ref = parseItemId(id);
      if (ref?.kind === "guard" && id.startsWith(prefix) && !known.has(id) && !(audit && Object.hasOwn(audit.removed, id)))
        required.push(id);
    }
  }
  const open = required.filter((id) => !isTicked(id));
  const activating = entries.find((e) => e.activates);
  const activationInfo = audit?.ticks[activating.id] ?? {};
  const activation = {
    itemId: activating.id,
    stepId: activating.step.id,
    ticked: isTicked(activating.id),
    ...activationInfo
  };
  const stageEntries = entries.filter((e) => e.kind === "stage");
  let ramp;
  if (stageEntries.length > 0) {
    const stages = stageEntries.map((e) => ({
      itemId: e.id,
      percent: e.stage.percent,
      ticked: isTicked(e.id),
      ...isTicked(e.id) ? audit?.ticks[e.id] ?? {} : {}
    }));
    ramp = { ...stageProgress(phase.stages ?? [], stages, now), stages };
  }
  const bakeStarted = ramp ? ramp.waiting === "done" : activation.ticked;
  const bakeFrom = ramp ? ramp.endsAt : activation.at;
  let bake;
  if (phase.bake !== void 0) {
    const requiredMs = parseDuration(phase.bake) ?? 0;
    bake = { required: phase.bake, requiredMs, done: false };
    if (bakeStarted && bakeFrom) {
      const ends = Date.parse(bakeFrom) + requiredMs;
      bake.endsAt = isoSeconds(new Date(ends));
      bake.remainingMs = Math.max(0, ends - now.getTime());
      bake.done = bake.remainingMs === 0;
    } else if (bakeStarted && requiredMs === 0) {
      bake.done = true;
    }
  }
  const rolledBack = [...ticks.keys()].filter((id) => isTicked(id) && id.startsWith(prefix) && parseItemId(id)?.kind === "rollback").map((id) => ({ itemId: id, ...audit?.ticks[id] ?? {} }));
  const completeId = `${prefix}complete`;
  let completed;
  if (isTicked(completeId)) {
    const info = audit?.ticks[completeId] ?? {};
    completed = { via: "item", ...info.by ? { by: info.by } : {}, ...info.at ? { at: info.at } : {} };
  } else if (options.issue?.state === "closed" && options.issue.stateReason === "completed") {
    completed = {
      via: "issue",
      ...options.issue.closedBy ? { by: options.issue.closedBy } : {},
      ...options.issue.closedAt ? { at: options.issue.closedAt } : {}
    };
  }
  const anyTicked = [...ticks.entries()].some(([id, on]) => on && id.startsWith(prefix));
  let state;
  if (rolledBack.length > 0) state = "rolled-back";
  else if (completed) state = "done";
  else if (bakeStarted && bake && !bake.done) state = "baking";
  else if (open.length === 0 && (!ramp || ramp.waiting === "done")) state = "ready";
  else state = anyTicked ? "in-progress" : "not-started";
  const tickedSet = new Set([...ticks.entries()].filter(([id, on]) => on && id.startsWith(prefix)).map(([id]) => id));
  return {
    plan: plan.metadata.name,
    phaseId,
    state,
    activation,
    ...bake ? { bake } : {},
    ...ramp ? { ramp } : {},
    required: required.length,
    ticked: required.length - open.length,
    open,
    rolledBack,
    ...completed ? { completed } : {},
    events: releaseEvents(phaseId, entries, tickedSet, audit, options.issue)
  };
}

// action/src/checklist/rollout-state.ts
function deriveRolloutState(plan, phases, others = /* @__PURE__ */ new Map()) {
  const byId = new Map(phases.map((p) => [p.phaseId, p]));
  const out = plan.phases.map((phase, index) => {
    const status = byId.get(phase.id) ?? notStarted(plan, phase.id);
    const previous = index > 0 ? plan.phases[index - 1] : void 0;
    const previousState = previous ? byId.get(previous.id)?.state ?? "not-started" : void 0;
    const waiting = previous !== void 0 && previousState !== "done";
    const waitingForPlans = (phase.dependsOn ?? []).flatMap((ref) => {
      const state = others.get(ref);
      if (state === "done") return [];
      return [state === void 0 ? { phase: ref } : { phase: ref, state }];
    });
    const blocked = waiting || waitingForPlans.length > 0;
    return {
      ...status,
      number: index + 1,
      title: phase.title,
      ...waiting ? { waitingFor: previous.id } : {},
      ...waitingForPlans.length > 0 ? { waitingForPlans } : {},
      outOfOrder: blocked && status.ticked + status.rolledBack.length > 0
    };
  });
  const current = out.find((p) => p.state !== "done")?.phaseId;
  const rolledBack = out.flatMap(
    (p) => p.rolledBack.map((r) => {
      const stepId = r.itemId.split("/rollback:")[1];
      return { ...r, phaseId: p.phaseId, ...stepId ? { stepId } : {} };
    })
  );
  const released = out.flatMap((p) => p.events).sort((a, b) => compareCodePoints(a.at ?? "\uFFFF", b.at ?? "\uFFFF"));
  return {
    plan: plan.metadata.name,
    phases: out,
    ...current ? { current } : {},
    rolledBack,
    complete: current === void 0,
    released
  };
}
function notStarted(plan, phaseId) {
  return derivePhaseState(plan, phaseId, /* @__PURE__ */ new Map(), void 0, /* @__PURE__ */ new Date(0));
}

// action/src/github/sticky-comment.ts
var PAGE_SIZE2 = 100;
var MAX_PAGES = 30;
var OWN_COMMENTS = (
  /* GraphQL */
  `
  query ($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
    repository(owner: $owner, name: $repo) {
      pullRequest(number: $number) {
        comments(first: ${PAGE_SIZE2}, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes { id databaseId body url isMinimized viewerDidAuthor }
        }
      }
    }
  }
`
);
var REST_FALLBACK_AUTHOR = GITHUB_ACTIONS_LOGIN;
async function listOwnComments(client, repo, number, log) {
  try {
    return await listOwnByGraphql(client, repo, number);
  } catch (error) {
    if (isUnreachable(error)) throw error;
    log.warning(
      `GraphQL read of the report comments on #${number} failed (${errorMessage(error)}); reading them over REST`
    );
    return listOwnByRest(client, repo, number);
  }
}
async function listOwnByRest(client, repo, number) {
  const own = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: number,
      per_page: PAGE_SIZE2,
      page
    });
    for (const comment of data) {
      if (comment.user?.type !== "Bot" || !sameLogin(comment.user.login, REST_FALLBACK_AUTHOR)) continue;
      own.push({
        nodeId: comment.node_id,
        databaseId: comment.id,
        body: comment.body ?? "",
        url: comment.html_url,
        // REST does not say; a minimized report is only ever an outdated one, so its digest differs.
        isMinimized: false
      });
    }
    if (data.length < PAGE_SIZE2) break;
  }
  return own;
}
async function listOwnByGraphql(client, repo, number) {
  const own = [];
  let cursor = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = await client.graphql(OWN_COMMENTS, { ...repo, number, cursor });
    const comments = data.repository?.pullRequest?.comments;
    if (!comments) break;
    for (const node of comments.nodes) {
      if (!node?.viewerDidAuthor || node.databaseId === null) continue;
      own.push({
        nodeId: node.id,
        databaseId: node.databaseId,
        body: node.body,
        url: node.url,
        isMinimized: node.isMinimized
      });
    }
    if (!comments.pageInfo.hasNextPage) break;
    cursor = comments.pageInfo.endCursor;
  }
  return own;
}
async function createComment(client, repo, number, body) {
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: number, body });
  return { url: data.html_url };
}
async function updateComment(client, repo, databaseId, body) {
  const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: databaseId, body });
  return { url: data.html_url };
}
var MINIMIZE = (
  /* GraphQL */
  `
  mutation ($id: ID!) {
    minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) {
      minimizedComment { isMinimized }
    }
  }
`
);
async function minimizeComment(client, nodeId, log) {
  try {
    await client.graphql(MINIMIZE, { id: nodeId });
  } catch (error) {
    log.warning(`could not mark an outdated report comment as outdated (${errorMessage(error)}); it stays visible`);
  }
}

// action/src/checklist/completion.ts
function awaitingProvider(review) {
  return (review.kpis ?? []).filter((k) => k.awaitsProvider).length;
}
function reviewedImpact(plan) {
  return plan.story.impact.filter((i) => i.reviewAfter !== void 0);
}
function longestReviewAfter(plan) {
  const spans = plan.story.impact.flatMap((i) => i.reviewAfter ? [parseDuration(i.reviewAfter) ?? 0] : []);
  return spans.length === 0 ? void 0 : Math.max(...spans);
}
function completedAt(rollout) {
  const times = rollout.phases.flatMap((p) => p.completed?.at ? [p.completed.at] : []);
  return times.length === 0 ? void 0 : times.reduce((a, b) => Date.parse(a) >= Date.parse(b) ? a : b);
}
function reviewDueAt(plan, rollout) {
  const span = longestReviewAfter(plan);
  const at = rollout.complete ? completedAt(rollout) : void 0;
  return span === void 0 || at === void 0 ? void 0 : isoSeconds(new Date(Date.parse(at) + span));
}
function completionOf(plan, rollout, review) {
  if (!rollout.complete) return void 0;
  const at = completedAt(rollout);
  const releasedBy = [...new Set(rollout.released.flatMap((e) => e.by ? [e.by] : []))];
  const reviewed = longestReviewAfter(plan) !== void 0;
  const due = reviewDueAt(plan, rollout);
  const state = !reviewed ? "closable" : !review ? "review-pending" : review.missed > 0 ? "review-missed" : awaitingProvider(review) > 0 ? "review-pending" : "closable";
  return {
    state,
    ...at ? { at } : {},
    releasedBy,
    ...due ? { reviewDue: due } : {},
    ...review ? { review } : {}
  };
}

// action/src/watch/analysis.ts
var DEFAULT_LIMITS = { intervalMs: 0, failureLimit: 1 };
function analysisLimits(plan, gate) {
  const merged = { ...plan.analysis, ...gate.analysis };
  return {
    intervalMs: merged.interval === void 0 ? 0 : parseDuration(merged.interval) ?? 0,
    failureLimit: merged.failureLimit ?? DEFAULT_LIMITS.failureLimit,
    ...merged.inconclusiveLimit === void 0 ? {} : { inconclusiveLimit: merged.inconclusiveLimit }
  };
}
var FIRST_COUNT = 1;
var isFailing = (status) => status === "fail" || status === "rollback";
var isNoData = (status) => status === "inconclusive" || status === "error";
function countReading(previous, status, limits) {
  const counts = {};
  if (limits.failureLimit !== 1) counts.failureLimit = limits.failureLimit;
  if (limits.inconclusiveLimit !== void 0) counts.inconclusiveLimit = limits.inconclusiveLimit;
  if (isFailing(status) && limits.failureLimit > 1) {
    const before = previous && isFailing(previous.status) ? previous.failing ?? FIRST_COUNT : 0;
    counts.failing = Math.min(before + 1, limits.failureLimit);
  }
  if (isNoData(status) && limits.inconclusiveLimit !== void 0) {
    const before = previous && isNoData(previous.status) ? previous.noData ?? FIRST_COUNT : 0;
    counts.noData = Math.min(before + 1, limits.inconclusiveLimit);
  }
  return counts;
}
function failureProgress(reading) {
  const limit = reading.failureLimit ?? DEFAULT_LIMITS.failureLimit;
  if (!isFailing(reading.status) || limit <= 1) return void 0;
  return { count: reading.failing ?? FIRST_COUNT, limit };
}
function noDataProgress(reading) {
  if (!isNoData(reading.status) || reading.inconclusiveLimit === void 0) return void 0;
  return { count: reading.noData ?? FIRST_COUNT, limit: reading.inconclusiveLimit };
}
function hasFailed(reading) {
  if (!isFailing(reading.status)) return false;
  const progress = failureProgress(reading);
  return progress === void 0 || progress.count >= progress.limit;
}
function isNoDataProblem(reading) {
  const progress = noDataProgress(reading);
  return progress !== void 0 && progress.count >= progress.limit;
}
function judgedStatus(reading) {
  return reading.status === "rollback" && !hasFailed(reading) ? "fail" : reading.status;
}
function isDue(countedAt, limits, at) {
  if (limits.intervalMs <= 0 || countedAt === void 0) return true;
  return at.getTime() - Date.parse(countedAt) >= limits.intervalMs;
}

// action/src/watch/verdict.ts
function isBreach(gates) {
  return gates.some((g) => judgedStatus(g) === "rollback");
}
function isBreachVerdict(verdict) {
  return verdict === "ROLL BACK" || verdict === "ROLL FORWARD";
}
function limitNote(g) {
  const failing = failureProgress(g);
  if (failing)
    return hasFailed(g) ? `, ${failing.limit} failing readings in a row` : `, failing ${failing.count} of ${failing.limit} readings`;
  if (isNoDataProblem(g)) return `, no data for ${plural(noDataProgress(g).count, "reading")} in a row`;
  return "";
}
var reasonOf = (g) => (g.threshold ? `${g.title} reads ${g.value} (${g.threshold})` : `${g.title}: ${g.value}`) + limitNote(g);
function watchVerdict(record, response) {
  const breached = record.gates.filter((g) => judgedStatus(g) === "rollback");
  const holding = record.gates.filter((g) => judgedStatus(g) !== "pass" && judgedStatus(g) !== "rollback");
  const verdict = breached.length > 0 ? response === "roll-forward" ? "ROLL FORWARD" : "ROLL BACK" : holding.length > 0 ? "HOLD" : "PROMOTE";
  return {
    verdict,
    breached,
    holding,
    reasons: [...breached, ...holding].map(reasonOf),
    problems: record.gates.filter(isNoDataProblem).map(reasonOf)
  };
}
function phaseWatchVerdict(plan, phaseId, record) {
  const phase = plan.phases.find((p) => p.id === phaseId);
  return phase ? watchVerdict(record, phaseResponse(plan, phase)) : void 0;
}
function breachKey(record) {
  return record.breach ?? record.evaluatedAt;
}

// action/src/watch/readings.ts
var HISTORY_DAYS = 30;
var MAX_WATCHED_GATES = 20;
var MAX_TEXT = 120;
var MAX_DAY_TEXT = 32;
var SEVERITY = ["rollback", "fail", "error", "inconclusive", "pending", "pass"];
var severity = (status) => {
  const index = SEVERITY.indexOf(status);
  return index < 0 ? SEVERITY.length : index;
};
function worseStatus(a, b) {
  return severity(b) < severity(a) ? b : a;
}
var clip = (text, max = MAX_TEXT) => text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
function toReading(result, threshold, limits) {
  if (result.kind !== "metric") return void 0;
  return {
    ...limits && limits.failureLimit !== 1 ? { failureLimit: limits.failureLimit } : {},
    ...limits?.inconclusiveLimit !== void 0 ? { inconclusiveLimit: limits.inconclusiveLimit } : {},
    gate: result.id,
    title: clip(result.title),
    status: result.status,
    // The number when there is one; else what the gate says instead (no data, provider error).
    value: clip(
      result.metric?.value === void 0 ? result.summary : formatMeasured(result.metric.value, result.metric.unit)
    ),
    threshold: clip(threshold),
    ...result.metric?.sampledAt ? { sampledAt: isoSeconds(result.metric.sampledAt) } : {}
  };
}
function sameReading(x, y) {
  return x.gate === y.gate && x.title === y.title && x.status === y.status && x.value === y.value && x.threshold === y.threshold && x.failing === y.failing && x.failureLimit === y.failureLimit && x.noData === y.noData && x.inconclusiveLimit === y.inconclusiveLimit;
}
function sameGates(a, b) {
  return a.length === b.length && a.every((x, i) => sameReading(x, b[i]));
}
function nextReading(reading, old, at) {
  if (reading.kept || old?.countedAt !== void 0 && old.countedAt === isoSeconds(at)) return old;
  const { kept: _kept, countedAt: _countedAt, failing: _failing, noData: _noData, ...fresh } = reading;
  const limits = {
    failureLimit: fresh.failureLimit ?? 1,
    ...fresh.inconclusiveLimit === void 0 ? {} : { inconclusiveLimit: fresh.inconclusiveLimit }
  };
  const counted = { ...fresh, ...countReading(old, fresh.status, limits) };
  const countedAt = old?.countedAt !== void 0 && sameReading(old, counted) ? old.countedAt : isoSeconds(at);
  return { ...counted, countedAt };
}
function sameDay(a, b) {
  if (!a || a.day !== b.day) return false;
  const keys = Object.keys(b.gates);
  if (Object.keys(a.gates).length !== keys.length) return false;
  return keys.every((k) => a.gates[k]?.status === b.gates[k].status && a.gates[k]?.value === b.gates[k].value);
}
function foldDay(previous, day, gates, read) {
  const row = { day, gates: {} };
  const before = previous?.day === day ? previous.gates : {};
  for (const reading of gates) {
    const earlier = Object.hasOwn(before, reading.gate) ? before[reading.gate] : void 0;
    if (!read.has(reading.gate)) {
      if (earlier) row.gates[reading.gate] = earlier;
      continue;
    }
    row.gates[reading.gate] = earlier && worseStatus(earlier.status, reading.status) === earlier.status ? earlier : { status: reading.status, value: clip(reading.value, MAX_DAY_TEXT) };
  }
  return row;
}
function breachSince(previous, evaluatedAt) {
  if (!previous) return evaluatedAt;
  if (isBreach(previous.gates)) return previous.breach ?? previous.evaluatedAt;
  return previous.evaluatedAt;
}
function recordReadings(previous, readings, at) {
  const before = new Map((previous?.gates ?? []).map((g) => [g.gate, g]));
  const gates = [];
  const read = /* @__PURE__ */ new Set();
  for (const r of readings.slice(0, MAX_WATCHED_GATES)) {
    const next = nextReading(r, before.get(r.gate), at);
    if (!next) continue;
    gates.push(next);
    if (!r.kept) read.add(r.gate);
  }
  const day = isoSeconds(at).slice(0, 10);
  const last = previous?.days.at(-1);
  const today = read.size > 0 ? foldDay(last, day, gates, read) : void 0;
  if (previous && sameGates(previous.gates, gates) && (!today || sameDay(last, today))) {
    return { record: previous, changed: false };
  }
  const older = (previous?.days ?? []).filter((d) => !today || d.day < day);
  const days = today ? [...older, today].slice(-HISTORY_DAYS) : older;
  const evaluatedAt = isoSeconds(at);
  const record = { evaluatedAt, gates, days };
  if (isBreach(gates)) record.breach = breachSince(previous, evaluatedAt);
  return { record, changed: true };
}
function passingGates(record) {
  return new Set((record?.gates ?? []).filter((g) => judgedStatus(g) === "pass").map((g) => g.gate));
}

// action/src/watch/codec.ts
var STATUSES = /* @__PURE__ */ new Set([
  "pass",
  "pending",
  "fail",
  "inconclusive",
  "error",
  "rollback"
]);
var DAY = /^\d{4}-\d{2}-\d{2}$/;
var TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
var MAX_SAMPLE_LEAD_MS = DAY_MS;
var GATE_FIELDS = [
  "gate",
  "title",
  "status",
  "value",
  "threshold",
  "sampledAt",
  "countedAt",
  "failing",
  "failureLimit",
  "noData",
  "inconclusiveLimit"
];
function storedGate(g) {
  return Object.fromEntries(GATE_FIELDS.map((field) => [field, g[field]]));
}
function encodeReadings(record) {
  const json = JSON.stringify({
    v: 1,
    at: record.evaluatedAt,
    gates: record.gates.map(storedGate),
    days: record.days,
    ...record.breach === void 0 ? {} : { breach: record.breach }
  }).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/-(?=-)/g, "\\u002d");
  return readingsMarker(json);
}
var isString2 = (v) => typeof v === "string";
var isTime = (v) => isString2(v) && TIME.test(v) && Date.parse(v) > 0 && new Date(v).toISOString() === v.replace("Z", ".000Z");
var isStatus = (v) => isString2(v) && STATUSES.has(v);
var isCount = (v, min) => v === void 0 || Number.isInteger(v) && v >= min && v <= MAX_ANALYSIS_LIMIT;
function countsOf(raw) {
  const { failing, failureLimit, noData, inconclusiveLimit } = raw;
  if (!isCount(failing, 1) || !isCount(failureLimit, 2) || !isCount(noData, 1) || !isCount(inconclusiveLimit, 1))
    return void 0;
  if (failing !== void 0 && (failureLimit === void 0 || failing > failureLimit)) return void 0;
  if (noData !== void 0 && (inconclusiveLimit === void 0 || noData > inconclusiveLimit)) return void 0;
  return {
    ...failing === void 0 ? {} : { failing },
    ...failureLimit === void 0 ? {} : { failureLimit },
    ...noData === void 0 ? {} : { noData },
    ...inconclusiveLimit === void 0 ? {} : { inconclusiveLimit }
  };
}
function gateOf(raw, at) {
  if (!isRecord(raw)) return void 0;
  const { gate, title, status, value, threshold, sampledAt, countedAt } = raw;
  if (!isString2(gate) || !isString2(title) || !isStatus(status) || !isString2(value) || !isString2(threshold))
    return void 0;
  const counts = countsOf(raw);
  if (!counts) return void 0;
  const reading = { gate, title, status, value, threshold, ...counts };
  if (sampledAt !== void 0) {
    if (!isTime(sampledAt) || Date.parse(sampledAt) - Date.parse(at) > MAX_SAMPLE_LEAD_MS) return void 0;
    reading.sampledAt = sampledAt;
  }
  if (countedAt !== void 0) {
    if (!isTime(countedAt) || Date.parse(countedAt) > Date.parse(at)) return void 0;
    reading.countedAt = countedAt;
  }
  return reading;
}
function dayOf(raw) {
  if (!isRecord(raw) || !isString2(raw.day) || !DAY.test(raw.day) || !isRecord(raw.gates)) return void 0;
  const gates = {};
  const entries = Object.entries(raw.gates);
  if (entries.length > MAX_WATCHED_GATES) return void 0;
  for (const [id, reading] of entries) {
    if (!isRecord(reading) || !isStatus(reading.status) || !isString2(reading.value)) return void 0;
    gates[id] = { status: reading.status, value: reading.value };
  }
  return { day: raw.day, gates };
}
function decodeReadings(lines) {
  for (const line of lines) {
    const json = parseReadingsLine(line.trim());
    if (json === void 0) continue;
    let raw;
    try {
      raw = JSON.parse(json);
    } catch {
      return void 0;
    }
    if (!isRecord(raw) || raw.v !== 1 || !isTime(raw.at)) return void 0;
    if (!Array.isArray(raw.gates) || !Array.isArray(raw.days)) return void 0;
    if (raw.gates.length > MAX_WATCHED_GATES || raw.days.length > HISTORY_DAYS) return void 0;
    const at = raw.at;
    const gates = raw.gates.map((gate) => gateOf(gate, at));
    const days = raw.days.map(dayOf);
    if (gates.some((g) => g === void 0) || days.some((d) => d === void 0)) return void 0;
    if (raw.breach !== void 0 && (!isTime(raw.breach) || raw.breach > raw.at)) return void 0;
    const record = { evaluatedAt: raw.at, gates, days };
    if (raw.breach !== void 0) record.breach = raw.breach;
    return record;
  }
  return void 0;
}

// action/src/checklist/written-readings.ts
function writtenReadings(body) {
  const written = parseIssueBody(body).lines.filter((l) => l.role === "generated").map((l) => l.text);
  return decodeReadings(written);
}

export {
  DEFAULT_LABEL_PREFIX,
  LABEL_PREFIX_EXPECTED,
  isLabelPrefix,
  MAX_BODY_CHARS,
  MAX_AUDIT_ENTRIES,
  MIN_AUDIT_ENTRIES,
  TRUNCATED_TEXT_CHARS,
  MINIMAL_TEXT_CHARS,
  parseItemId,
  findPhase,
  phaseEntries,
  GITHUB_ACTIONS_LOGIN,
  sameLogin,
  normalizeLine,
  emptyState,
  withoutProvenance,
  compactLog,
  parseTaskLine,
  parseIssueBody,
  derivePhaseState,
  deriveRolloutState,
  TITLE_PREFIX,
  phaseIssueTitle,
  parentIssueTitle,
  issueLabels,
  fromRestIssue,
  PAGE_SIZE,
  issueFromNode,
  readManagedIssues,
  historyFromFirstPage,
  readIssueHistory,
  verifyPhaseIssue,
  REST_FALLBACK_AUTHOR,
  listOwnComments,
  createComment,
  updateComment,
  minimizeComment,
  tidyLines,
  assembleRegion,
  isSameBody,
  setCheckbox,
  mergeTicks,
  withState,
  planIssues,
  buildInventory,
  foldDuplicateTicks,
  analysisLimits,
  failureProgress,
  noDataProgress,
  hasFailed,
  isNoDataProblem,
  judgedStatus,
  isDue,
  isBreachVerdict,
  watchVerdict,
  phaseWatchVerdict,
  breachKey,
  MAX_WATCHED_GATES,
  clip,
  toReading,
  recordReadings,
  passingGates,
  awaitingProvider,
  reviewedImpact,
  completedAt,
  reviewDueAt,
  completionOf,
  encodeReadings,
  writtenReadings,
  listComments,
  createCommentOnce,
  updateIssueComment,
  deleteIssueComment
};
