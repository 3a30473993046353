import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  breakComments,
  breakCommentsInCode,
  cellCodeSpan,
  codeSpan,
  escapeMarkdownInline,
  markdownLink,
  mention,
  singleLine
} from "./chunk-QM3C6FPY.js";
import {
  truncate
} from "./chunk-X5IH64SE.js";
import {
  HANDLE_IN_TEXT,
  classifyGate
} from "./chunk-5FPOOLFJ.js";

// action/src/gates/gate-id.ts
var MAX_SLUG_CHARS = 48;
function slug(text2) {
  const cleaned = text2.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, MAX_SLUG_CHARS).replace(/-+$/, "");
  return cleaned || "gate";
}
function derivedId(gate) {
  const classified = classifyGate(gate);
  switch (classified?.kind) {
    case "metric":
      return `metric-${slug(classified.gate.metric)}`;
    case "check":
      return `check-${slug(classified.gate.check)}`;
    case "signoff":
    case "manual":
      return classified.kind;
    case void 0:
      return "gate";
  }
}
function gateIds(phase) {
  const gates = phase.gates ?? [];
  const taken = new Set(gates.flatMap((g) => g.id ? [g.id] : []));
  return gates.map((gate) => {
    if (gate.id) return gate.id;
    const base = derivedId(gate);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

// action/src/text/github.ts
var MAX_CELL_CODE_CHARS = 300;
function text(value) {
  return breakComments(escapeMarkdownInline(value));
}
function truncateLine(value, max) {
  const line = singleLine(value);
  return max === void 0 ? line : truncate(line, max, { trimEnd: true });
}
function truncatedText(value, max) {
  return text(truncateLine(value, max));
}
function escapeSegment(segment) {
  const start = segment.length - segment.trimStart().length;
  const end = Math.max(start, segment.trimEnd().length);
  const body = segment.slice(start, end);
  return segment.slice(0, start) + (body ? escapeMarkdownInline(body) : "") + segment.slice(end);
}
function textWithMentions(value, mentions = /* @__PURE__ */ new Set()) {
  const line = singleLine(value);
  let out = "";
  let last = 0;
  for (const match of line.matchAll(HANDLE_IN_TEXT)) {
    if (!mentions.has(match[0].toLowerCase())) continue;
    out += escapeSegment(line.slice(last, match.index)) + mention(match[0]);
    last = match.index + match[0].length;
  }
  return breakComments(out + escapeSegment(line.slice(last)));
}
function code(value, max) {
  return codeSpan(breakCommentsInCode(truncateLine(value, max)));
}
function cellCode(value) {
  return cellCodeSpan(breakCommentsInCode(truncate(singleLine(value), MAX_CELL_CODE_CHARS)));
}
function handle(value) {
  return breakComments(mention(value));
}
function handleList(values, last = "and") {
  const parts = values.map(handle);
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} ${last} ${parts.at(-1)}`;
}
function inertLogin(login) {
  return text(`@${login.replace(/^@/, "")}`);
}
function link(title, url) {
  return breakComments(markdownLink(title, url));
}
function fixed(value) {
  return value;
}
function titleText(value) {
  return singleLine(value);
}

export {
  gateIds,
  text,
  truncatedText,
  textWithMentions,
  code,
  cellCode,
  handle,
  handleList,
  inertLogin,
  link,
  fixed,
  titleText
};
