import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/text/truncate.ts
var ELLIPSIS = "\u2026";
function offsetAfter(text, count) {
  let offset = 0;
  for (let n = 0; n < count; n++) {
    if (offset >= text.length) return void 0;
    const unit = text.charCodeAt(offset);
    const pair = unit >= 55296 && unit <= 56319 && (text.charCodeAt(offset + 1) & 64512) === 56320;
    offset += pair ? 2 : 1;
  }
  return offset;
}
function truncate(text, max, options = {}) {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`truncate: max must be a positive integer, not ${max}`);
  if (text.length <= max) return text;
  const fits = offsetAfter(text, max);
  if (fits === void 0 || fits === text.length) return text;
  const kept = text.slice(0, offsetAfter(text, max - 1));
  return (options.trimEnd ? kept.trimEnd() : kept) + ELLIPSIS;
}

export {
  truncate
};
