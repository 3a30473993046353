import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/text/normalize.ts
var BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
var CONTROL_CHARS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
var LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
var NEEDS_NORMALIZING = /[\r\u2028\u2029\u0000-\u0008\t\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
function normalizeLines(text) {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text.replace(LINE_BREAKS, "\n").replace(/\u0000/g, "\uFFFD").replace(CONTROL_CHARS, "").replace(BIDI_CONTROLS, "").replace(/\t/g, "  ");
}
var UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;
function singleLine(text) {
  const normalized = normalizeLines(text);
  return UNEVEN_SPACE.test(normalized) ? normalized.replace(/\s+/g, " ").trim() : normalized;
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

export {
  normalizeLines,
  singleLine,
  trimTrailing,
  trimLineEnds
};
