import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  UsageError
} from "./chunk-DXW35SOZ.js";
import {
  calendarDateHint
} from "./chunk-PWZWRRNJ.js";
import {
  INSTANT_EXAMPLE,
  isRealDay,
  normalizeCalendarStart
} from "./chunk-4UT3FWL7.js";
import {
  templatesDirProblem
} from "./chunk-NHGUQWO3.js";
import {
  didYouMeanSuffix
} from "./chunk-DSNISORP.js";

// action/src/cli/options.ts
import { resolve } from "node:path";
function oneOf(value, allowed, option, fallback) {
  if (value === void 0) return fallback;
  if (typeof value === "string" && allowed.includes(value)) return value;
  const suggestion = typeof value === "string" ? didYouMeanSuffix(value, allowed) : "";
  throw new UsageError(`--${option} must be one of ${allowed.join(", ")} (got "${String(value)}")${suggestion}`);
}
function isoDate(value, option) {
  if (value === void 0) return void 0;
  const text = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    throw new UsageError(`--${option} must be a date as YYYY-MM-DD (got "${text}")`);
  if (!isRealDay(text)) {
    throw new UsageError(`--${option} ${text} is not a calendar date: ${calendarDateHint(text)}`);
  }
  return text;
}
function calendarStart(value, option) {
  if (value === void 0) return void 0;
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isoDate(text, option);
  const parsed = normalizeCalendarStart(text);
  if (!parsed.ok) {
    throw new UsageError(
      `--${option} must be a date as YYYY-MM-DD or a time with Z or an offset such as ${INSTANT_EXAMPLE}${gotWhy(text, parsed.error)}`
    );
  }
  return parsed.start;
}
function gotWhy(text, why) {
  return /^\d{4}-\d{2}-\d{2}[Tt ]/.test(text) ? ` (got "${text}", which ${why})` : ` (got "${text}")`;
}
async function templatesOption(value, cwd) {
  const problem = value === void 0 ? void 0 : await templatesDirProblem(resolve(cwd, value));
  if (problem) throw new UsageError(`--templates "${value}" ${problem}`);
  return value;
}

export {
  oneOf,
  isoDate,
  calendarStart,
  gotWhy,
  templatesOption
};
