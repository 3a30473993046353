import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  isRecord
} from "./chunk-PWZWRRNJ.js";
import {
  isStatusTime
} from "./chunk-4UT3FWL7.js";

// action/src/kpi-review/record.ts
var MAX_RECORDED_KPIS = 50;
var MAX_RECORDED_TEXT = 200;
var MAX_RECORDED_WORD = 32;
var clipText = (text, max = MAX_RECORDED_TEXT) => text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
function recordedKpis(results) {
  return results.slice(0, MAX_RECORDED_KPIS).map((r) => ({
    kpi: clipText(r.kpi),
    ...r.baseline !== void 0 ? { baseline: clipText(r.baseline) } : {},
    expect: clipText(r.expect),
    ...r.measured !== void 0 && Number.isFinite(r.measured) ? { measured: r.measured } : {},
    ...r.unit !== void 0 ? { unit: clipText(r.unit, MAX_RECORDED_WORD) } : {},
    ...r.window !== void 0 ? { window: clipText(r.window, MAX_RECORDED_WORD) } : {},
    at: r.at,
    ...r.measured === void 0 && r.reason !== void 0 ? { reason: clipText(r.reason) } : {},
    ...r.awaitsProvider ? { awaitsProvider: true } : {}
  }));
}
function encodeReviewRecord(kpis) {
  const stored = kpis.map((k) => ({
    kpi: k.kpi,
    ...k.baseline !== void 0 ? { baseline: k.baseline } : {},
    expect: k.expect,
    ...k.measured !== void 0 ? { measured: k.measured } : {},
    ...k.unit !== void 0 ? { unit: k.unit } : {},
    ...k.window !== void 0 ? { window: k.window } : {},
    ...k.at !== void 0 ? { at: k.at } : {},
    ...k.reason !== void 0 ? { reason: k.reason } : {},
    ...k.awaitsProvider ? { awaitsProvider: true } : {}
  }));
  return JSON.stringify(stored).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/@/g, "\\u0040").replace(/-(?=-)/g, "\\u002d");
}
var isText = (v, max) => typeof v === "string" && v.length <= max;
function decodeKpi(raw) {
  if (!isRecord(raw)) return void 0;
  const { kpi, baseline, expect, measured, unit, window, at, reason, awaitsProvider } = raw;
  if (!isText(kpi, MAX_RECORDED_TEXT) || !isText(expect, MAX_RECORDED_TEXT)) return void 0;
  if (baseline !== void 0 && !isText(baseline, MAX_RECORDED_TEXT)) return void 0;
  if (measured !== void 0 && (typeof measured !== "number" || !Number.isFinite(measured))) return void 0;
  if (unit !== void 0 && !isText(unit, MAX_RECORDED_WORD)) return void 0;
  if (window !== void 0 && !isText(window, MAX_RECORDED_WORD)) return void 0;
  if (at !== void 0 && !isStatusTime(at)) return void 0;
  if (reason !== void 0 && !isText(reason, MAX_RECORDED_TEXT)) return void 0;
  if (awaitsProvider !== void 0 && (awaitsProvider !== true || measured !== void 0)) return void 0;
  return {
    kpi,
    ...baseline !== void 0 ? { baseline } : {},
    expect,
    ...measured !== void 0 ? { measured } : {},
    ...unit !== void 0 ? { unit } : {},
    ...window !== void 0 ? { window } : {},
    ...at !== void 0 ? { at } : {},
    ...reason !== void 0 ? { reason } : {},
    ...awaitsProvider === true ? { awaitsProvider } : {}
  };
}
function sameQuestion(impact, recorded) {
  const baseline = impact.baseline ? clipText(impact.baseline) : void 0;
  return clipText(impact.expect) === recorded.expect && baseline === recorded.baseline;
}
function stillAsked(reviewed, kpis) {
  const places = /* @__PURE__ */ new Set();
  if (kpis.length !== reviewed.length) return places;
  kpis.forEach((k, i) => {
    if (k.awaitsProvider && sameQuestion(reviewed[i], k)) places.add(i);
  });
  return places;
}
function reviewedName(planName, recorded) {
  return clipText(planName) === recorded.kpi ? planName : `${planName} (renamed from ${recorded.kpi})`;
}
function recordedResult(kpi, outcome, fallbackAt) {
  return {
    kpi: kpi.kpi,
    ...kpi.baseline !== void 0 ? { baseline: kpi.baseline } : {},
    expect: kpi.expect,
    ...kpi.unit !== void 0 ? { unit: kpi.unit } : {},
    at: kpi.at ?? fallbackAt,
    ...kpi.window !== void 0 ? { window: kpi.window } : {},
    outcome,
    ...kpi.measured !== void 0 ? { measured: kpi.measured } : {},
    ...kpi.reason !== void 0 ? { reason: kpi.reason } : {},
    ...kpi.awaitsProvider ? { awaitsProvider: true } : {}
  };
}
function decodeReviewRecord(json, count) {
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    return void 0;
  }
  if (!Array.isArray(raw) || raw.length !== count || raw.length > MAX_RECORDED_KPIS) return void 0;
  const kpis = [];
  for (const item of raw) {
    const kpi = decodeKpi(item);
    if (!kpi) return void 0;
    kpis.push(kpi);
  }
  return kpis;
}

export {
  MAX_RECORDED_KPIS,
  MAX_RECORDED_TEXT,
  recordedKpis,
  encodeReviewRecord,
  stillAsked,
  reviewedName,
  recordedResult,
  decodeReviewRecord
};
