import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  HANDLE_PATTERN
} from "./chunk-4UT3FWL7.js";
import {
  normalizeLines,
  singleLine,
  trimTrailing
} from "./chunk-WBADEOUP.js";

// action/src/text/markers.ts
var PREFIX = "rollbook:";
var NAME = /^[a-z][a-z-]*$/;
var MARKER_OPENING = /<!--\s*rollbook:/i;
function marker(name, content = "") {
  if (!NAME.test(name) || content.includes("-->")) throw new Error(`invalid Rollbook marker "${name}"`);
  return `<!-- ${PREFIX}${name}${content === "" ? "" : ` ${content}`} -->`;
}
function withMarker(body, marker2) {
  return `${body}
${marker2}`;
}
function isMarkerLine(line) {
  const text = line.trim();
  return text.startsWith(`<!-- ${PREFIX}`) && text.indexOf("-->") === text.length - 3;
}
function withoutMarkers(text) {
  return text.split("\n").filter((line) => !isMarkerLine(line)).join("\n");
}
function markerPattern(name, content, options = {}) {
  if (!NAME.test(name)) throw new Error(`invalid Rollbook marker "${name}"`);
  const body = `<!-- ${PREFIX}${name}${content === "" ? "" : ` ${content}`} -->`;
  return new RegExp(options.line ? `^${body}$` : body, options.flags ?? "");
}
function encodeMarkerId(id) {
  return id.replace(/-(?=-)/g, ".");
}
function decodeMarkerId(text) {
  return text.replace(/\./g, "-");
}
function markerId(text) {
  return text.toLowerCase().replace(/[^a-z0-9-]/g, "-");
}
function breakComments(md) {
  return md.replace(/<!--/g, "<!\\-\\-").replace(/-->/g, "\\-\\->");
}
function breakCommentsInCode(code) {
  return code.replace(/<!--/g, "<!-\u200B-").replace(/-->/g, "-\u200B->");
}
function defuseMarkers(line) {
  return MARKER_OPENING.test(line) ? line.replace(/<!--(?=\s*rollbook:)/gi, "<!\\-\\-") : line;
}
var MARKER_VERSION = 1;
var END_MARKER = marker("end");
var BEGIN_LINE = markerPattern("begin", "([a-z]+=[a-z0-9.-]+(?: [a-z]+=[a-z0-9.-]+)*)", { line: true });
var END_LINE = markerPattern("end", "", { line: true });
var STATE_LINE = markerPattern("state", "(\\{.*\\})", { line: true });
var ITEM_AT_END = markerPattern("item", "([a-z0-9.:/-]+)", { flags: "y" });
var ITEM_OPENING = `<!-- ${PREFIX}item `;
function beginMarker(key) {
  const phase = key.phase === void 0 ? "" : ` phase=${encodeMarkerId(key.phase)}`;
  return marker("begin", `kind=${key.kind} plan=${encodeMarkerId(key.plan)}${phase} v=${MARKER_VERSION}`);
}
function itemMarker(id) {
  return marker("item", encodeMarkerId(id));
}
function stateMarker(json) {
  return marker("state", json);
}
function parseBeginLine(line) {
  const match = BEGIN_LINE.exec(line);
  if (!match) return void 0;
  const attrs = /* @__PURE__ */ new Map();
  for (const pair of match[1].split(" ")) {
    const eq = pair.indexOf("=");
    attrs.set(pair.slice(0, eq), decodeMarkerId(pair.slice(eq + 1)));
  }
  const kind = attrs.get("kind");
  const plan = attrs.get("plan");
  if (kind !== "phase" && kind !== "parent" || !plan) return void 0;
  if (kind === "phase") {
    const phase = attrs.get("phase");
    return phase ? { kind, plan, phase } : void 0;
  }
  return { kind, plan };
}
function isEndLine(line) {
  return END_LINE.test(line);
}
function parseStateLine(line) {
  return STATE_LINE.exec(line)?.[1];
}
function splitItemMarker(line) {
  const at = line.lastIndexOf(ITEM_OPENING);
  if (at < 0) return void 0;
  ITEM_AT_END.lastIndex = at;
  const match = ITEM_AT_END.exec(line);
  if (!match || at + match[0].length !== line.length) return void 0;
  let start = at;
  while (start > 0 && (line[start - 1] === " " || line[start - 1] === "	")) start--;
  return { id: decodeMarkerId(match[1]), before: line.slice(0, start) };
}
function readIssueKey(body) {
  for (const raw of body.split("\n")) {
    const key = parseBeginLine(raw.replace(/\r$/, "").trimEnd());
    if (key) return key;
  }
  return void 0;
}
function signoffRevertedMarker(plan, phase) {
  return marker("comment", `kind=signoff-reverted plan=${encodeMarkerId(plan)} phase=${encodeMarkerId(phase)}`);
}
function refusalMarker(key) {
  return marker("refusal", key);
}
function hasRefusalMarker(body, key) {
  return body.includes(refusalMarker(key));
}
var MEASURED_REVERT = markerPattern("measured-revert", "item=([a-z0-9.:/-]+)", { flags: "g" });
function measuredRevertMarker(itemId) {
  return marker("measured-revert", `item=${encodeMarkerId(itemId)}`);
}
function measuredRevertItems(body) {
  return [...body.matchAll(MEASURED_REVERT)].map((m) => decodeMarkerId(m[1]));
}
var REPORT_MARKER = markerPattern("gate-report", "plan=([a-z0-9-]+) phase=([a-z0-9-]+)");
var DIGEST_LINE = markerPattern("digest", "([0-9a-f]{64}) ([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z)", {
  line: true,
  flags: "m"
});
function reportMarker(plan, phase) {
  return marker("gate-report", `plan=${markerId(plan)} phase=${markerId(phase)}`);
}
function parseReportMarker(body) {
  const match = REPORT_MARKER.exec(body);
  return match ? { plan: match[1], phase: match[2] } : void 0;
}
function digestMarker(digest, at) {
  return marker("digest", `${digest} ${at}`);
}
function findDigestMarker(body) {
  const match = DIGEST_LINE.exec(body);
  return match ? { digest: match[1], at: match[2], index: match.index } : void 0;
}
var GENERATED_START = "[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2}))?";
var GENERATED_START_ONLY = new RegExp(`^${GENERATED_START}$`);
var GENERATED = markerPattern("generated", `start=(${GENERATED_START}) [^\\n]*`);
var GENERATED_TAIL_CHARS = 512;
function generatedMarker(start) {
  if (!GENERATED_START_ONLY.test(start)) throw new RangeError(`invalid start "${start}"`);
  return `${marker("generated", `start=${start} \u2014 edit the plan and run rollbook render, not this file`)}
`;
}
function readGeneratedMarker(text) {
  const match = GENERATED.exec(text.slice(-GENERATED_TAIL_CHARS));
  return match ? { start: match[1] } : void 0;
}
var READINGS_LINE = markerPattern("readings", "(\\{.*\\})", { line: true });
function readingsMarker(json) {
  return marker("readings", json);
}
function parseReadingsLine(line) {
  return READINGS_LINE.exec(line)?.[1];
}
var COMPLETION_STATES = ["closable", "review-pending", "review-missed"];
var COMPLETION_LINE = markerPattern("complete", `(${COMPLETION_STATES.join("|")})`, { line: true });
function completionMarker(state) {
  return marker("complete", state);
}
function parseCompletionLine(line) {
  return COMPLETION_LINE.exec(line)?.[1];
}
var ISO_SECONDS = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z";
var BREACH_LINE = markerPattern("breach", `plan=([a-z0-9.-]+) phase=([a-z0-9.-]+) after=(${ISO_SECONDS})`, {
  line: true,
  flags: "m"
});
function breachMarker(key) {
  return marker("breach", `plan=${encodeMarkerId(key.plan)} phase=${encodeMarkerId(key.phase)} after=${key.after}`);
}
function readBreachMarker(body) {
  const match = BREACH_LINE.exec(body);
  if (!match) return void 0;
  return { plan: decodeMarkerId(match[1]), phase: decodeMarkerId(match[2]), after: match[3] };
}
function sameBreach(a, b) {
  return a !== void 0 && a.plan === b.plan && a.phase === b.phase && a.after === b.after;
}
var DISPATCH_STATES = ["none", "pending", "sending", "sent", "failed", "unknown"];
var DISPATCH_LINE = markerPattern("dispatch", `state=(${DISPATCH_STATES.join("|")})`, { line: true, flags: "m" });
function dispatchMarker(state) {
  return marker("dispatch", `state=${state}`);
}
function readDispatchMarker(body) {
  const match = DISPATCH_LINE.exec(body);
  return match ? { state: match[1], index: match.index } : void 0;
}
var KPI_REVIEW = markerPattern(
  "kpi-review",
  "met=([0-9]+) missed=([0-9]+) nodata=([0-9]+)(?: outcomes=([mxn]+))?(?: kpis=(\\[[^\\n]*?\\]))?"
);
var OUTCOME_LETTERS = { met: "m", missed: "x", "no-data": "n" };
var OUTCOME_OF = { m: "met", x: "missed", n: "no-data" };
function kpiReviewMarker(counts, kpis) {
  const outcomes = counts.outcomes?.length ? ` outcomes=${counts.outcomes.map((o) => OUTCOME_LETTERS[o]).join("")}` : "";
  const values = kpis === void 0 ? "" : ` kpis=${kpis}`;
  return marker("kpi-review", `met=${counts.met} missed=${counts.missed} nodata=${counts.noData}${outcomes}${values}`);
}
function parseKpiReviewMarker(body) {
  const match = KPI_REVIEW.exec(body);
  if (!match) return void 0;
  const counts = {
    met: Number(match[1]),
    missed: Number(match[2]),
    noData: Number(match[3])
  };
  if (match[4]) counts.outcomes = [...match[4]].map((letter) => OUTCOME_OF[letter]);
  if (match[5]) counts.kpis = match[5];
  return counts;
}

// action/src/text/markdown-inline.ts
var INLINE_SYNTAX = /[\\`*_[\]<|~$]/g;
var ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;
var BRACE_RUN = /\{\{+|\}\}+/g;
var CLOSING_HASHES = /(\s)(#+)$/;
var LEADING_MARKER = /^[#>+=-]/;
var LEADING_ORDINAL = /^([0-9]{1,9})([.)])(?=\s|$)/;
var HTTP_URL = /https?:\/\/[^\s<>|{}\\`"'[\]]+/gi;
var URL_TRAILING_PUNCTUATION = ".,:;!?*_~";
var IS_TRAILING_PUNCTUATION = new Uint8Array(128);
for (let i = 0; i < URL_TRAILING_PUNCTUATION.length; i++)
  IS_TRAILING_PUNCTUATION[URL_TRAILING_PUNCTUATION.charCodeAt(i)] = 1;
var OTHER_AUTOLINK = /(www)(\.)|(:)(\/\/)/gi;
var AT_NAME = /@(?=[A-Za-z0-9])/g;
var INERT_AT = "@\u200B";
var ISSUE_REFERENCE = /#(?=[0-9])|\bGH-(?=[0-9])/gi;
var INERT_REFERENCE = "\u200B";
var HANDLE = new RegExp(HANDLE_PATTERN);
var MAY_NEED_ESCAPING = /[\\`*_[\]<|~$&{}@#]|www\.|gh-|:\/\//i;
function escapeSyntax(text) {
  if (!MAY_NEED_ESCAPING.test(text)) return text;
  return text.replace(INLINE_SYNTAX, "\\$&").replace(ENTITY_START, "\\&").replace(BRACE_RUN, (run) => run.replace(/./g, "\\$&")).replace(OTHER_AUTOLINK, (_m, www, dot, colon, slashes) => www ? `${www}\\${dot}` : `\\${colon}${slashes}`).replace(AT_NAME, INERT_AT).replace(ISSUE_REFERENCE, `$&${INERT_REFERENCE}`);
}
var startsWithDigit = (text) => text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57;
function escapeLineEdges(text) {
  let start = text;
  if (LEADING_MARKER.test(text)) start = `\\${text}`;
  else if (startsWithDigit(text)) start = text.replace(LEADING_ORDINAL, "$1\\$2");
  if (!start.endsWith("#")) return start;
  return start.replace(CLOSING_HASHES, (_m, space, hashes) => space + "&#35;".repeat(hashes.length));
}
var OPEN_PAREN = 40;
var CLOSE_PAREN = 41;
function trimUrlEnd(url) {
  let open = 0;
  let close = 0;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === OPEN_PAREN) open++;
    else if (c === CLOSE_PAREN) close++;
  }
  let end = url.length;
  while (end > 0) {
    const last = url.charCodeAt(end - 1);
    if (last < 128 && IS_TRAILING_PUNCTUATION[last] === 1) end--;
    else if (last === CLOSE_PAREN && open < close) {
      end--;
      close--;
    } else break;
  }
  return url.slice(0, end);
}
var MEMO_MAX_LENGTH = 256;
var MEMO_MAX_ENTRIES = 4096;
var memo = { prose: /* @__PURE__ */ new Map(), link: /* @__PURE__ */ new Map() };
function escapeMarkdownInline(text, options = {}) {
  if (text.length > MEMO_MAX_LENGTH) return escapeUncached(text, options);
  const table = options.linkText ? memo.link : memo.prose;
  let escaped = table.get(text);
  if (escaped === void 0) {
    escaped = escapeUncached(text, options);
    if (table.size >= MEMO_MAX_ENTRIES) table.clear();
    table.set(text, escaped);
  }
  return escaped;
}
function escapeUncached(text, options) {
  const line = singleLine(text);
  if (options.linkText) return escapeLineEdges(escapeSyntax(line).replace(/\\\]\(/g, "\\]\\("));
  let out = "";
  let last = 0;
  for (const match of line.includes("://") ? line.matchAll(HTTP_URL) : []) {
    const url = trimUrlEnd(match[0]);
    if (!/^https?:\/\/[^/]/i.test(url)) continue;
    out += escapeSyntax(line.slice(last, match.index)) + `<${url}>`;
    last = match.index + url.length;
  }
  out += escapeSyntax(line.slice(last));
  return escapeLineEdges(out);
}
function mention(handle) {
  if (!HANDLE.test(handle)) return escapeMarkdownInline(handle);
  return handle.replace(/_/g, "\\_");
}
function joinMd(parts, separator = ", ") {
  return parts.join(separator);
}

// action/src/text/markdown-code.ts
var MIN_FENCE = 3;
var FENCE_LANGUAGE = /^[a-z0-9-]*$/;
function longestBacktickRun(text) {
  let longest = 0;
  for (const match of text.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  return longest;
}
function spanOf(content) {
  const ticks = "`".repeat(longestBacktickRun(content) + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || strippedBySpan(content) ? " " : "";
  return `${ticks}${pad}${content}${pad}${ticks}`;
}
function strippedBySpan(content) {
  return content.length > 2 && content.startsWith(" ") && content.endsWith(" ") && /[^ ]/.test(content);
}
function spanContent(text) {
  return normalizeLines(text).replace(/\n/g, " ").trim();
}
function codeSpan(text) {
  const content = spanContent(text);
  if (content.trim() === "") return escapeMarkdownInline(content);
  return spanOf(content);
}
function cellCodeSpan(text) {
  const content = spanContent(text);
  if (content.trim() === "" || content.includes("\\|")) return escapeMarkdownInline(content);
  return spanOf(content).replace(/\|/g, "\\|");
}
function codeFence(text, language = "text") {
  if (!FENCE_LANGUAGE.test(language)) throw new Error(`Invalid code fence language "${language}".`);
  const content = trimTrailing(normalizeLines(text), "\n");
  const fence = "`".repeat(Math.max(MIN_FENCE, longestBacktickRun(content) + 1));
  return `${fence}${language}
${content}
${fence}
`;
}

// action/src/text/markdown-link.ts
var URL_SYNTAX = /[()|<>\\`{}"'\s]/g;
var SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
function encodeSyntax(url) {
  return url.replace(URL_SYNTAX, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function safeHttpUrl(url) {
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return void 0;
  if (parsed.username || parsed.password) return void 0;
  return encodeSyntax(parsed.href);
}
function safeRelativeUrl(url) {
  const trimmed = url.trim();
  if (trimmed === "" || SCHEME.test(trimmed) || trimmed.startsWith("//") || /[\\\u0000-\u001F]/.test(trimmed)) {
    return void 0;
  }
  return encodeSyntax(trimmed);
}
function markdownLink(title, url, options = {}) {
  const text = escapeMarkdownInline(title, { linkText: true });
  const href = safeHttpUrl(url) ?? (options.allowRelative ? safeRelativeUrl(url) : void 0);
  if (!href || text === "") return text;
  return `[${text}](${href})`;
}

export {
  escapeMarkdownInline,
  mention,
  joinMd,
  codeSpan,
  cellCodeSpan,
  codeFence,
  safeHttpUrl,
  safeRelativeUrl,
  markdownLink,
  MARKER_OPENING,
  marker,
  withMarker,
  withoutMarkers,
  encodeMarkerId,
  markerId,
  breakComments,
  breakCommentsInCode,
  defuseMarkers,
  END_MARKER,
  beginMarker,
  itemMarker,
  stateMarker,
  parseBeginLine,
  isEndLine,
  parseStateLine,
  splitItemMarker,
  readIssueKey,
  signoffRevertedMarker,
  refusalMarker,
  hasRefusalMarker,
  measuredRevertMarker,
  measuredRevertItems,
  reportMarker,
  parseReportMarker,
  digestMarker,
  findDigestMarker,
  generatedMarker,
  readGeneratedMarker,
  readingsMarker,
  parseReadingsLine,
  completionMarker,
  parseCompletionLine,
  breachMarker,
  readBreachMarker,
  sameBreach,
  dispatchMarker,
  readDispatchMarker,
  kpiReviewMarker,
  parseKpiReviewMarker
};
