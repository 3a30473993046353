import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  breakComments,
  breakCommentsInCode,
  cellCodeSpan,
  codeFence,
  codeSpan,
  escapeMarkdownInline,
  markdownLink,
  mention
} from "./chunk-TQGIIV45.js";
import {
  idSlugWithin
} from "./chunk-PWZWRRNJ.js";
import {
  HANDLE_IN_TEXT,
  classifyGate,
  formatTime
} from "./chunk-4UT3FWL7.js";
import {
  singleLine
} from "./chunk-WBADEOUP.js";
import {
  truncate
} from "./chunk-OOZIPJ2T.js";

// action/src/gates/gate-id.ts
var MAX_SLUG_CHARS = 48;
function slug(text2) {
  return idSlugWithin(text2, MAX_SLUG_CHARS) || "gate";
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

// action/src/plan/ramp-text.ts
function stageName(stages, number) {
  return `stage ${number} (${stages[number - 1]?.percent}%)`;
}
function describeRamp(stages, progress) {
  const { total, reached, waiting, next } = progress;
  const current = reached > 0 ? `stage ${reached} of ${total} (${stages[reached - 1]?.percent}%)` : "";
  const nextName = next === void 0 ? "" : stageName(stages, next);
  let sentence;
  switch (waiting) {
    case "done":
      sentence = progress.endsAt ? `all ${total} stages done; the last hold ended ${formatTime(progress.endsAt)}.` : `all ${total} stages done.`;
      break;
    case "hold": {
      const then = next === void 0 ? "" : stages[reached - 1]?.pause !== void 0 ? `; then a person decides on ${nextName}` : `; then ${nextName} waits for a tick`;
      sentence = progress.holdEndsAt ? `${current} holds until ${formatTime(progress.holdEndsAt)}${then}.` : `${current} is holding; when it was ticked is not known yet${then}.`;
      break;
    }
    case "person":
      sentence = `${current} is paused: a person decides whether to go on, by ticking ${nextName}.`;
      break;
    case "tick":
      if (reached === 0) sentence = `stage 1 of ${total} (${stages[0]?.percent}%) waits for a tick.`;
      else if (next !== void 0 && next <= reached)
        sentence = `${nextName} is not ticked although stage ${reached} is: tick it.`;
      else sentence = `${current} has held; ${nextName} waits for a tick.`;
      break;
  }
  const early = progress.early.map((n) => `stage ${n} was ticked before stage ${n - 1} allowed it`);
  const text2 = `Ramp: ${sentence}`;
  return early.length ? `${text2} Out of order: ${early.join("; ")}.` : text2;
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
function codeBlock(value, language = "text") {
  return codeFence(breakCommentsInCode(value), language);
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
  describeRamp,
  text,
  truncatedText,
  textWithMentions,
  code,
  codeBlock,
  cellCode,
  handle,
  handleList,
  inertLogin,
  link,
  fixed,
  titleText
};
