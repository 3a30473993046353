import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/plan/duration.ts
var UNIT_MS = {
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5
};
function parseDuration(text) {
  if (!/^([0-9]+[wdhm])+$/.test(text)) return void 0;
  let total = 0;
  for (const [, count, unit] of text.matchAll(/([0-9]+)([wdhm])/g)) {
    total += Number(count) * UNIT_MS[unit];
  }
  return total;
}
function formatDuration(ms) {
  const minutes = Math.max(0, Math.ceil(ms / 6e4));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor(minutes % 1440 / 60);
  const mins = minutes % 60;
  const parts = [];
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (mins || parts.length === 0) parts.push(`${mins}m`);
  return parts.slice(0, 2).join(" ");
}

export {
  parseDuration,
  formatDuration
};
