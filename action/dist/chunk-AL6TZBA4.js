import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  HANDLE_PATTERN
} from "./chunk-ZSQBXHFM.js";

// action/src/text/normalize.ts
var BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
var CONTROL_CHARS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
var LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
var NEEDS_NORMALIZING = /[\r\u2028\u2029\u0000-\u0008\t\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
function normalizeLines(text) {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text.replace(LINE_BREAKS, "\n").replace(/\u0000/g, "�").replace(CONTROL_CHARS, "").replace(BIDI_CONTROLS, "").replace(/\t/g, "  ");
}
function singleLine(text) {
  return normalizeLines(text).replace(/\s+/g, " ").trim();
}
function trimTrailing(text, chars) {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}
var LINE_TERMINATORS = "\n\r\u2028\u2029";
function trimLineEnds(text) {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!LINE_TERMINATORS.includes(text[i])) continue;
    out += trimTrailing(text.slice(start, i), " 	") + text[i];
    start = i + 1;
  }
  return out + trimTrailing(text.slice(start), " 	");
}

// action/src/text/marker.ts
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
  return code.replace(/<!--/g, "<!-​-").replace(/-->/g, "-​->");
}
function defuseMarkers(line) {
  return MARKER_OPENING.test(line) ? line.replace(/<!--(?=\s*rollbook:)/gi, "<!\\-\\-") : line;
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
var OTHER_AUTOLINK = /(www)(\.)|(:)(\/\/)/gi;
var AT_NAME = /@(?=[A-Za-z0-9])/g;
var INERT_AT = "@​";
var ISSUE_REFERENCE = /#(?=[0-9])|\bGH-(?=[0-9])/gi;
var INERT_REFERENCE = "​";
var HANDLE = new RegExp(HANDLE_PATTERN);
var MAY_NEED_ESCAPING = /[\\`*_[\]<|~$&{}:@#]|www\.|gh-/i;
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
    const last = url[end - 1];
    if (URL_TRAILING_PUNCTUATION.includes(last)) end--;
    else if (last === ")" && open < close) {
      end--;
      close--;
    } else break;
  }
  return url.slice(0, end);
}
function escapeMarkdownInline(text, options = {}) {
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
  normalizeLines,
  singleLine,
  trimTrailing,
  trimLineEnds,
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
  markerPattern,
  encodeMarkerId,
  decodeMarkerId,
  markerId,
  breakComments,
  breakCommentsInCode,
  defuseMarkers
};
