import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  cellCode,
  codeBlock,
  describeRamp,
  gateIds,
  textWithMentions
} from "./chunk-RIUK62DN.js";
import {
  alignTable,
  whyLabel,
  wrapLine,
  wrapText
} from "./chunk-S4LJVRPO.js";
import {
  joinMd,
  reportMarker,
  safeHttpUrl,
  safeRelativeUrl
} from "./chunk-TQGIIV45.js";
import {
  compileTemplateSet
} from "./chunk-LSURUNZ5.js";
import {
  fillQuery,
  isWorseThan,
  metricDirection,
  phaseVariables,
  worseSide
} from "./chunk-PWZWRRNJ.js";
import {
  DAY_MS,
  MINUTE_MS,
  WEEK_MS,
  authorMaySignOff,
  chartValue,
  classifyGate,
  compareMode,
  displayUnit,
  effectiveWindow,
  formatDuration,
  formatMeasured,
  formatNumber,
  formatPercent,
  formatThreshold,
  formatTime,
  formatUtcDay,
  freezeRule,
  freezeRuleCovers,
  idRecord,
  idRecordFrom,
  isGateOfKind,
  own,
  parseDuration,
  parseInstant,
  partName,
  phaseResponse,
  rollForwardLines,
  rollForwardPlans,
  signoffsNeeded,
  stageProgress,
  totalHoldMs,
  undoSteps,
  utcDayMs
} from "./chunk-4UT3FWL7.js";
import {
  normalizeLines,
  singleLine,
  trimLineEnds
} from "./chunk-WBADEOUP.js";
import {
  builtinDirOf,
  loadTemplateSources
} from "./chunk-NHGUQWO3.js";
import {
  plural
} from "./chunk-E2OZFMTG.js";
import {
  OutsideRootError,
  containedPath
} from "./chunk-GX3IQWWC.js";
import {
  ExpectedError,
  didYouMeanSuffix
} from "./chunk-DSNISORP.js";
import {
  truncate
} from "./chunk-OOZIPJ2T.js";

// action/src/gates/providers/json-file.ts
import { readFile, stat } from "node:fs/promises";
import { relative, resolve } from "node:path";

// action/src/gates/providers/readings.ts
function ok(source, value) {
  return { status: "ok", value, source };
}
function noData(source, reason, detail) {
  return { status: "no-data", source, reason, detail };
}
function failure(source, error) {
  return { status: "error", source, error: `${source}: ${error}` };
}
function readingFromSample(source, sample2, what) {
  switch (sample2.kind) {
    case "finite":
      return ok(source, sample2.value);
    case "non-finite":
      return noData(source, sample2.reason, sample2.text);
    case "invalid":
      return failure(source, `${what} is not a number: ${sample2.text}`);
  }
}
function rangeFromSamples(source, samples, emptyDetail) {
  if (samples.length === 0) return noData(source, "empty", emptyDetail);
  const points = [];
  let firstSkipped;
  for (const { at, sample: sample2 } of samples) {
    if (sample2.kind === "finite") points.push({ at, value: sample2.value });
    else if (sample2.kind === "non-finite") firstSkipped ??= sample2.reason;
    else return failure(source, `a sample is not a number: ${sample2.text}`);
  }
  const skipped = samples.length - points.length;
  if (points.length === 0) return noData(source, firstSkipped ?? "empty", `all ${skipped} samples are NaN or infinite`);
  return { status: "ok", points, skipped, source };
}
function dated(reading, newest) {
  return reading.status === "ok" ? { ...reading, sampledAt: newest } : reading;
}
function freshOrStale(reading, at, maxAgeMs2, newest, searchedMs) {
  if (reading.status !== "ok") return reading;
  const limit = formatDuration(maxAgeMs2);
  if (newest === void 0) {
    return noData(reading.source, "stale", `no sample in the ${formatDuration(searchedMs)} before, max age ${limit}`);
  }
  const age = at.getTime() - newest.getTime();
  if (age <= maxAgeMs2) return dated(reading, newest);
  return noData(reading.source, "stale", `newest sample ${formatTime(newest)}, older than the max age ${limit}`);
}

// action/src/gates/providers/sample-value.ts
var DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
var NAN_TEXT = /^nan$/i;
var INF_TEXT = /^([+-]?)inf(inity)?$/i;
function parseSampleValue(raw) {
  if (typeof raw === "number") {
    if (Number.isNaN(raw)) return { kind: "non-finite", reason: "nan", text: "NaN" };
    if (!Number.isFinite(raw)) return { kind: "non-finite", reason: "infinite", text: raw > 0 ? "+Inf" : "-Inf" };
    return { kind: "finite", value: raw };
  }
  if (typeof raw !== "string") return { kind: "invalid", text: describe(raw) };
  const text = raw.trim();
  if (NAN_TEXT.test(text)) return { kind: "non-finite", reason: "nan", text: "NaN" };
  const inf = INF_TEXT.exec(text);
  if (inf) return { kind: "non-finite", reason: "infinite", text: inf[1] === "-" ? "-Inf" : "+Inf" };
  if (!DECIMAL.test(text)) return { kind: "invalid", text: describe(raw) };
  const value = Number(text);
  if (!Number.isFinite(value)) return { kind: "non-finite", reason: "infinite", text: value > 0 ? "+Inf" : "-Inf" };
  return { kind: "finite", value };
}
var MAX_DESCRIBED_CHARS = 61;
function describe(raw) {
  if (raw === void 0) return "nothing";
  const text = typeof raw === "string" ? JSON.stringify(raw) : JSON.stringify(raw) ?? String(raw);
  return truncate(text, MAX_DESCRIBED_CHARS);
}

// action/src/gates/providers/series-points.ts
var MAX_UNIX_SECONDS = 1e11;
function parseSeries(raw, show = describe) {
  if (!Array.isArray(raw)) return { ok: false, error: `expected an array of points, got ${show(raw)}` };
  const samples = [];
  for (const point of raw) {
    const [time, value] = Array.isArray(point) ? point : pointFields(point);
    const at = parseTime(time);
    const sample2 = parseSampleValue(value);
    if (!at) {
      const zoneless = typeof time === "string" && /^\d{4}-\d{2}-\d{2}T[^Zz+-]*$/.test(time);
      return { ok: false, error: `bad point ${show(point)}${zoneless ? ": add Z or an offset to its time" : ""}` };
    }
    if (sample2.kind === "invalid") return { ok: false, error: `bad point ${show(point)}` };
    samples.push({ at, sample: sample2 });
  }
  samples.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { ok: true, samples };
}
function pointFields(point) {
  if (typeof point !== "object" || point === null) return [void 0, void 0];
  const { at, time, timestamp, value } = point;
  return [at ?? time ?? timestamp, value];
}
function parseTime(time) {
  if (typeof time === "number" && Number.isFinite(time)) {
    const date = new Date(time < MAX_UNIX_SECONDS ? time * 1e3 : time);
    return Number.isNaN(date.getTime()) ? void 0 : date;
  }
  if (typeof time !== "string" || !time.includes("T")) return void 0;
  const parsed = parseInstant(time);
  return parsed.ok ? parsed.date : void 0;
}

// action/src/gates/providers/json-file.ts
var JSON_FILE_PROVIDER = "json-file";
var DEFAULT_LOOKBACK_MS = 60 * 6e4;
var EXAMPLE_TIME = "2026-11-23T09:00:00Z";
var UNDATED_HINT = `the file's modification time dated it: write "generatedAt" in the file, or {"value": \u2026, "at": \u2026}`;
var JsonFileProvider = class {
  name = JSON_FILE_PROVIDER;
  source;
  #path;
  #lookbackMs;
  #root;
  constructor(options) {
    this.#path = options.path;
    this.#root = options.root;
    this.#lookbackMs = options.lookbackMs ?? DEFAULT_LOOKBACK_MS;
    this.source = `${JSON_FILE_PROVIDER} ${options.display ?? options.path}`;
  }
  async instant(request) {
    const entry = await this.#entry(request.query);
    if (entry.kind === "reading") return entry.reading;
    const at = request.at.getTime();
    const single = entry.samples.length === 1;
    const usable = entry.samples.filter(
      ({ at: t }) => single ? Math.abs(t.getTime() - at) <= this.#lookbackMs : t.getTime() <= at && at - t.getTime() <= this.#lookbackMs
    );
    const latest = usable.at(-1);
    if (!latest) {
      const when = entry.samples.length ? ` (values from ${span(entry.samples)})` : "";
      return noData(this.source, "empty", `no value for ${request.query} at ${request.at.toISOString()}${when}`);
    }
    const reading = readingFromSample(this.source, latest.sample, `the value of ${request.query}`);
    if (request.maxAgeMs === void 0) return dated(reading, latest.at);
    const judged = freshOrStale(reading, request.at, request.maxAgeMs, latest.at, this.#lookbackMs);
    if (judged.status !== "no-data" || !entry.undated) return judged;
    return { ...judged, detail: `${judged.detail}; ${UNDATED_HINT}` };
  }
  /** The points written for the key inside [start, end], as written: `stepSeconds` is not used. */
  async range(request) {
    const entry = await this.#entry(request.query);
    if (entry.kind === "reading") return entry.reading;
    const inside = entry.samples.filter(({ at }) => at >= request.start && at <= request.end);
    return rangeFromSamples(this.source, inside, `no points for ${request.query} in the range`);
  }
  async #entry(key) {
    const file = await this.#read();
    if (file.kind === "reading") return file;
    const { document, modified } = file;
    if (!Object.hasOwn(document.metrics, key)) {
      return { kind: "reading", reading: noData(this.source, "empty", `no metric ${JSON.stringify(key)} in the file`) };
    }
    const raw = document.metrics[key];
    if (raw === null) return { kind: "reading", reading: noData(this.source, "empty", `${key} is null`) };
    if (typeof raw === "object" && !Array.isArray(raw)) {
      const { series, value, at } = raw;
      if (series !== void 0) {
        const parsed = parseSeries(series);
        if (!parsed.ok) return this.#bad(`${key}.series: ${parsed.error}`);
        return { kind: "samples", samples: parsed.samples };
      }
      if (at !== void 0 && parseTime(at) === void 0) {
        return this.#bad(
          `${key}.at ${describe(at)} is not a time with a zone (add Z or an offset, e.g. ${EXAMPLE_TIME})`
        );
      }
      return this.#one(key, value, parseTime(at ?? document.generatedAt), modified);
    }
    return this.#one(key, raw, parseTime(document.generatedAt), modified);
  }
  #one(key, raw, at, modified) {
    const sample2 = parseSampleValue(raw);
    if (sample2.kind === "invalid") return this.#bad(`${key} is not a number: ${sample2.text}`);
    if (at === void 0) return { kind: "samples", samples: [{ at: modified, sample: sample2 }], undated: true };
    return { kind: "samples", samples: [{ at, sample: sample2 }] };
  }
  #bad(error) {
    return { kind: "reading", reading: failure(this.source, error) };
  }
  async #read() {
    let text;
    let modified;
    try {
      const root = this.#root;
      const path = root === void 0 ? this.#path : await containedPath(relative(root, resolve(this.#path)), root);
      [text, modified] = await Promise.all([readFile(path, "utf8"), stat(path).then((s) => s.mtime)]);
    } catch (error) {
      if (error instanceof OutsideRootError) return this.#bad(error.message);
      const code = error.code;
      return this.#bad(code === "ENOENT" ? "file not found" : `cannot read the file (${String(code ?? error)})`);
    }
    let document;
    try {
      document = JSON.parse(text);
    } catch {
      return this.#bad(`not valid JSON (${text.length} characters; check it with a JSON linter)`);
    }
    const metrics = document?.metrics;
    if (typeof metrics !== "object" || metrics === null || Array.isArray(metrics)) {
      return this.#bad(`expected { "metrics": { ... } }, got ${describe(document)}`);
    }
    const generatedAt = document.generatedAt;
    if (generatedAt !== void 0 && parseTime(generatedAt) === void 0) {
      return this.#bad(
        `generatedAt ${describe(generatedAt)} is not a time with a zone (add Z or an offset, e.g. ${EXAMPLE_TIME})`
      );
    }
    return { kind: "file", document: { metrics, generatedAt }, modified };
  }
};
function span(samples) {
  const first = samples[0].at.toISOString();
  const last = samples.at(-1).at.toISOString();
  return first === last ? first : `${first} to ${last}`;
}

// action/src/gates/providers/shared-queries.ts
var DEFAULT_QUERY_CONCURRENCY = 4;
var SharedQueries = class {
  concurrency;
  // Values are Promise<MetricReading> for instant keys and Promise<RangeReading> for range keys.
  #results = /* @__PURE__ */ new Map();
  #providerIds = /* @__PURE__ */ new WeakMap();
  #nextProviderId = 0;
  #waiting = [];
  #inFlight = 0;
  #stats = { requested: 0, fetched: 0, maxInFlight: 0 };
  constructor(options = {}) {
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_QUERY_CONCURRENCY));
  }
  get stats() {
    return { ...this.#stats };
  }
  /** The provider as seen through the pool: same interface, shared and bounded. */
  wrap(provider) {
    const id = this.#idOf(provider);
    const wrapped = {
      name: provider.name,
      source: provider.source,
      instant: (request) => this.#share(
        provider,
        keyOf(id, "instant", request.at.getTime(), request.field, request.maxAgeMs, request.timeField, request.query),
        () => provider.instant(request)
      )
    };
    const range2 = provider.range?.bind(provider);
    if (range2) {
      wrapped.range = (request) => this.#share(
        provider,
        keyOf(
          id,
          "range",
          request.start.getTime(),
          request.end.getTime(),
          request.stepSeconds,
          request.field,
          request.query
        ),
        () => range2(request)
      );
    }
    return wrapped;
  }
  #idOf(provider) {
    let id = this.#providerIds.get(provider);
    if (id === void 0) {
      id = this.#nextProviderId++;
      this.#providerIds.set(provider, id);
    }
    return id;
  }
  #share(provider, key, load) {
    this.#stats.requested++;
    let result = this.#results.get(key);
    if (!result) {
      result = this.#limited(provider, load);
      this.#results.set(key, result);
    }
    return result;
  }
  async #limited(provider, load) {
    while (this.#inFlight >= this.concurrency) {
      await new Promise((resolve2) => this.#waiting.push(resolve2));
    }
    this.#inFlight++;
    this.#stats.fetched++;
    this.#stats.maxInFlight = Math.max(this.#stats.maxInFlight, this.#inFlight);
    try {
      return await load();
    } catch (error) {
      const { source } = provider;
      return { status: "error", source, error: `${source}: failed unexpectedly (${String(error)})` };
    } finally {
      this.#inFlight--;
      this.#waiting.shift()?.();
    }
  }
};
function keyOf(...parts) {
  return JSON.stringify(parts);
}

// action/src/gates/providers/guarded-http.ts
import { lookup } from "node:dns/promises";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";

// action/src/gates/providers/address-policy.ts
import { BlockList, isIPv4, isIPv6 } from "node:net";
var IPV4_BLOCKED = [
  ["0.0.0.0", 8, "this network (0.0.0.0/8)"],
  ["10.0.0.0", 8, "private (10.0.0.0/8)"],
  ["100.64.0.0", 10, "shared address space (100.64.0.0/10)"],
  ["127.0.0.0", 8, "loopback (127.0.0.0/8)"],
  ["169.254.0.0", 16, "link-local, where cloud metadata services live (169.254.0.0/16)"],
  ["172.16.0.0", 12, "private (172.16.0.0/12)"],
  ["192.0.0.0", 24, "IETF protocol assignments (192.0.0.0/24)"],
  ["192.168.0.0", 16, "private (192.168.0.0/16)"],
  ["198.18.0.0", 15, "benchmarking (198.18.0.0/15)"],
  ["224.0.0.0", 4, "multicast (224.0.0.0/4)"],
  ["240.0.0.0", 4, "reserved (240.0.0.0/4)"]
];
var IPV6_BLOCKED = [
  ["::", 128, "unspecified (::)"],
  ["::1", 128, "loopback (::1)"],
  ["100::", 64, "discard (100::/64)"],
  ["2001::", 32, "Teredo, which hides an IPv4 address (2001::/32)"],
  ["fc00::", 7, "unique local, private (fc00::/7; AWS metadata is fd00:ec2::254)"],
  ["fe80::", 10, "link-local (fe80::/10)"],
  ["fec0::", 10, "site-local (fec0::/10)"],
  ["ff00::", 8, "multicast (ff00::/8)"]
];
function rangesOf(entries, type) {
  return entries.map(([network, prefix, why]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return { list, why };
  });
}
var V4 = rangesOf(IPV4_BLOCKED, "ipv4");
var V6 = rangesOf(IPV6_BLOCKED, "ipv6");
function ipv6Bytes(address) {
  let text = address.split("%")[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let tail = [];
  if (dotted) {
    tail = dotted[1].split(".").map(Number);
    text = text.slice(0, -dotted[1].length);
    text = text.endsWith("::") ? text : text.replace(/:$/, "");
  }
  const [head, rest] = text.includes("::") ? text.split("::") : [text, void 0];
  const groups = (part) => part ? part.split(":").filter((g) => g !== "").map((g) => Number.parseInt(g, 16)) : [];
  const front = groups(head);
  const back = groups(rest);
  const missing = 8 - front.length - back.length - tail.length / 2;
  const all = [...front, ...rest === void 0 ? [] : new Array(Math.max(0, missing)).fill(0), ...back];
  const bytes = all.flatMap((g) => [g >> 8, g & 255]);
  return [...bytes, ...tail];
}
function embeddedIpv4(address) {
  const b = ipv6Bytes(address);
  if (b.length !== 16) return void 0;
  const zeros = (from, to) => b.slice(from, to).every((x) => x === 0);
  const v4 = (at) => b.slice(at, at + 4).join(".");
  if (zeros(0, 10) && b[10] === 255 && b[11] === 255) return v4(12);
  if (zeros(0, 8) && b[8] === 255 && b[9] === 255 && zeros(10, 12)) return v4(12);
  if (zeros(0, 12) && !zeros(12, 16) && !(zeros(12, 15) && b[15] === 1)) return v4(12);
  if (b[0] === 0 && b[1] === 100 && b[2] === 255 && b[3] === 155 && zeros(4, 12)) return v4(12);
  if (b[0] === 32 && b[1] === 2) return v4(2);
  return void 0;
}
function blockedReason(address) {
  if (isIPv4(address)) return V4.find((r) => r.list.check(address, "ipv4"))?.why;
  if (!isIPv6(address)) return "not an IP address";
  const inner = embeddedIpv4(address);
  if (inner !== void 0) {
    const why = blockedReason(inner);
    return why === void 0 ? void 0 : `${why}, inside the IPv6 address`;
  }
  return V6.find((r) => r.list.check(address, "ipv6"))?.why;
}

// action/src/gates/providers/guarded-http.ts
var MAX_REDIRECTS = 3;
var MAX_RESPONSE_BYTES = 1024 * 1024;
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/i;
var systemResolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
  address: a.address,
  family: a.family === 6 ? 6 : 4
}));
function describeAnswer(contentType, bytes) {
  const media = (contentType ?? "").split(";")[0].trim();
  const type = media === "" ? "no content type" : MEDIA_TYPE.test(media) ? media.toLowerCase() : "an unusual content type";
  return `${type}, ${plural(bytes, "byte")}`;
}
var Refusal = class extends Error {
};
async function guardedGetJson(url, options) {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let current;
  try {
    current = new URL(url);
  } catch {
    return { kind: "failure", error: "the URL does not parse" };
  }
  try {
    for (let hop = 0; ; hop++) {
      const target = await checkedTarget(current, options);
      const response = await send(current, target, options, deadline);
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode ?? 0) && location !== void 0) {
        response.destroy();
        if (hop >= MAX_REDIRECTS) return { kind: "failure", error: `more than ${MAX_REDIRECTS} redirects` };
        try {
          current = new URL(location, current);
        } catch {
          return { kind: "failure", error: `HTTP ${response.statusCode} redirect to a URL that does not parse` };
        }
        continue;
      }
      return await readAnswer(response);
    }
  } catch (error) {
    if (error instanceof Refusal) return { kind: "failure", error: error.message };
    if (deadline.aborted) return { kind: "failure", error: `timed out after ${options.timeoutMs}ms` };
    return { kind: "failure", error: describeNetworkError(error) };
  }
}
async function checkedTarget(url, options) {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Refusal(`refused: only http and https URLs are fetched (a redirect led to ${url.protocol})`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const family = isIP(host);
  let addresses;
  if (family !== 0) addresses = [{ address: host, family }];
  else {
    try {
      addresses = await (options.resolve ?? systemResolver)(host);
    } catch (error) {
      throw new Refusal(`cannot resolve ${host} (${errorCode(error) ?? "no address"})`);
    }
  }
  if (addresses.length === 0) throw new Refusal(`cannot resolve ${host} (no address)`);
  if (!options.allowPrivate) {
    for (const { address } of addresses) {
      const why = (options.policy ?? blockedReason)(address);
      if (why !== void 0) {
        throw new Refusal(
          `refused: ${host} is ${address === host ? "" : `resolves to ${address}, `}${why === "not an IP address" ? why : `a ${why} address`}; only public addresses are fetched unless the workflow sets http-json-allow-private`
        );
      }
    }
  }
  return addresses[0];
}
function send(url, target, options, signal) {
  return new Promise((resolve2, reject) => {
    const headers = { accept: "application/json" };
    const authorization = options.authorization?.(url);
    if (authorization !== void 0) headers.authorization = authorization;
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(
      url,
      {
        method: "GET",
        headers,
        signal,
        // Connect to the address that was checked, whatever the resolver would say now.
        lookup: (_host, lookupOptions, callback) => {
          if (lookupOptions.all) callback(null, [target]);
          else callback(null, target.address, target.family);
        }
      },
      resolve2
    );
    request.on("error", reject);
    request.end();
  });
}
function readAnswer(response) {
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let size = 0;
    response.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_RESPONSE_BYTES) {
        response.destroy();
        resolve2({ kind: "failure", error: `the answer is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB` });
        return;
      }
      chunks.push(chunk);
    });
    response.on("error", reject);
    response.on("end", () => {
      const status = response.statusCode ?? 0;
      const shape = describeAnswer(response.headers["content-type"], size);
      try {
        resolve2({ kind: "json", status, body: JSON.parse(Buffer.concat(chunks).toString("utf8")), shape });
      } catch {
        const ok2 = status >= 200 && status < 300;
        resolve2({ kind: "failure", error: ok2 ? `the answer is not JSON (${shape})` : `HTTP ${status} (${shape})` });
      }
    });
  });
}
function errorCode(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const { code, errors } = error;
  if (typeof code === "string") return code;
  if (Array.isArray(errors)) return errorCode(errors[0]);
  return void 0;
}
function describeNetworkError(error) {
  const code = errorCode(error);
  return code ? `unreachable (${code})` : "the request failed";
}

// action/src/gates/providers/http.ts
var DEFAULT_TIMEOUT_MS = 1e4;
async function requestJson(request, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers = { accept: "application/json" };
  const target = withoutCredentials(request.url);
  if (target.basic) headers.authorization = `Basic ${target.basic}`;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const init = {
    method: request.method ?? "GET",
    headers,
    signal: AbortSignal.timeout(timeoutMs),
    redirect: "follow"
  };
  if (request.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    init.body = request.form.toString();
  }
  const doFetch = options.fetch ?? fetch;
  let status = 0;
  let statusText = "";
  let contentType;
  let text;
  try {
    const response = await doFetch(target.url, init);
    status = response.status;
    statusText = response.statusText;
    contentType = response.headers.get("content-type") ?? void 0;
    text = await response.text();
  } catch (cause) {
    return { kind: "failure", error: scrub(describeFetchError(cause, timeoutMs), request.url, target.url) };
  }
  try {
    return { kind: "json", status, statusText, body: JSON.parse(text) };
  } catch {
    const httpStatus = `HTTP ${status}${statusText ? ` ${statusText}` : ""}`;
    const shape = describeAnswer(contentType, Buffer.byteLength(text));
    if (status < 200 || status >= 300) return { kind: "failure", error: `${httpStatus}${authHint(status)} (${shape})` };
    return { kind: "failure", error: `response is not JSON (${shape})` };
  }
}
function withoutCredentials(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  if (!parsed.username && !parsed.password) return { url };
  const basic = Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString(
    "base64"
  );
  parsed.username = "";
  parsed.password = "";
  return { url: parsed.toString(), basic };
}
function scrub(message, ...urls) {
  let clean = message;
  for (const url of urls) clean = clean.split(url).join(redactUrl(url));
  return clean;
}
function authHint(status) {
  return status === 401 || status === 403 ? " (check the token)" : "";
}
function describeFetchError(cause, timeoutMs) {
  if (cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError")) {
    return `timed out after ${timeoutMs}ms`;
  }
  const inner = cause instanceof Error ? cause.cause : void 0;
  const code = errorCode(inner) ?? errorCode(cause);
  if (code) return `unreachable (${code})`;
  const message = inner instanceof Error ? inner.message : cause instanceof Error ? cause.message : String(cause);
  return `request failed (${message})`;
}
var SECRET_PARAM = /key|token|secret|pass|auth|sig|credential/i;
function redactUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "<invalid URL>";
  }
  parsed.username = "";
  parsed.password = "";
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, "***");
  }
  return parsed.toString();
}

// action/src/gates/providers/json-path.ts
function resolvePath(document, path) {
  if (!path) return { found: true, value: document };
  const segments = path.replace(/\[(-?\d+)\]/g, ".$1").split(".").filter(Boolean);
  let current = document;
  for (const [index, segment] of segments.entries()) {
    const next = step(current, segment);
    if (next === void 0) {
      const emptyArray = Array.isArray(current) && current.length === 0;
      return { found: false, missing: segments.slice(0, index + 1).join("."), emptyArray };
    }
    current = next;
  }
  return { found: true, value: current };
}
function step(current, segment) {
  if (Array.isArray(current)) {
    if (!/^-?\d+$/.test(segment)) return void 0;
    const index = Number(segment);
    return current[index < 0 ? current.length + index : index];
  }
  if (typeof current === "object" && current !== null && Object.hasOwn(current, segment)) {
    return current[segment];
  }
  return void 0;
}

// action/src/gates/providers/url-template.ts
var PLACEHOLDER = /\{(at|start|end|step)(_unix)?\}/g;
function hasPlaceholder(template, name) {
  return template.includes(`{${name}}`) || template.includes(`{${name}_unix}`);
}
function fillTemplate(template, times) {
  return template.replace(PLACEHOLDER, (whole, name, unix) => {
    if (name === "step") return times.stepSeconds === void 0 || unix ? whole : String(times.stepSeconds);
    const date = times[name];
    if (!date) return whole;
    return unix ? String(Math.floor(date.getTime() / 1e3)) : encodeURIComponent(date.toISOString());
  });
}

// action/src/gates/providers/http-json.ts
var HTTP_JSON_PROVIDER = "http-json";
var CURRENT_VALUE_TOLERANCE_MS = 15 * 6e4;
function shapeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${plural(value.length, "item")}`;
  if (typeof value === "string") return `a string of ${plural([...value].length, "character")}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "boolean") return "a boolean";
  return `a ${typeof value}`;
}
var HttpJsonProvider = class {
  name = HTTP_JSON_PROVIDER;
  source = HTTP_JSON_PROVIDER;
  #token;
  #tokenOrigins;
  #now;
  #http;
  constructor(options = {}) {
    const { now, tokenOrigins = [] } = options;
    this.#token = options.token;
    this.#tokenOrigins = new Set(tokenOrigins.map(originOf));
    this.#now = now ?? (() => /* @__PURE__ */ new Date());
    this.#http = {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...options.allowPrivate ? { allowPrivate: true } : {},
      ...options.resolve ? { resolve: options.resolve } : {},
      ...options.policy ? { policy: options.policy } : {}
    };
  }
  async instant(request) {
    const source = sourceOf(request.query);
    if (!hasPlaceholder(request.query, "at")) {
      const drift = Math.abs(this.#now().getTime() - request.at.getTime());
      if (drift > CURRENT_VALUE_TOLERANCE_MS) {
        return failure(
          source,
          `the URL has no {at} placeholder, so it cannot give the value at ${request.at.toISOString()}`
        );
      }
    }
    const body = await this.#get(source, fillTemplate(request.query, { at: request.at }), request.field);
    if (body.kind === "reading") return body.reading;
    const sample2 = parseSampleValue(body.value);
    if (sample2.kind === "invalid")
      return failure(source, `${fieldName(request.field)} is not a number: it is ${shapeOf(body.value)}`);
    const reading = readingFromSample(source, sample2, fieldName(request.field));
    const { maxAgeMs: maxAgeMs2, timeField } = request;
    if (maxAgeMs2 === void 0 || timeField === void 0) return reading;
    const time = resolvePath(body.body, timeField);
    const measured = time.found ? parseTime(time.value) : void 0;
    if (!measured) {
      const what = time.found ? `is ${shapeOf(time.value)}, not a time with a zone or unix seconds` : "is missing";
      return failure(source, `field ${timeField} ${what}`);
    }
    return freshOrStale(reading, request.at, maxAgeMs2, measured, 0);
  }
  async range(request) {
    const source = sourceOf(request.query);
    if (!hasPlaceholder(request.query, "start") || !hasPlaceholder(request.query, "end")) {
      return failure(source, "the URL needs {start} and {end} placeholders to give a history");
    }
    const url = fillTemplate(request.query, request);
    const body = await this.#get(source, url, request.field);
    if (body.kind === "reading") return body.reading;
    const series = parseSeries(body.value, shapeOf);
    if (!series.ok) return failure(source, `${fieldName(request.field)}: ${series.error}`);
    return rangeFromSamples(source, series.samples, "no points in the range");
  }
  async #get(source, url, field) {
    const token = this.#token;
    let sentToken = false;
    const outcome = await guardedGetJson(url, {
      ...this.#http,
      // Asked at every hop: a redirect to another origin does not take the token along.
      authorization: (hop) => {
        if (token === void 0 || !this.#tokenOrigins.has(hop.origin)) return void 0;
        sentToken = true;
        return `Bearer ${token}`;
      }
    });
    if (outcome.kind === "failure") return { kind: "reading", reading: failure(source, outcome.error) };
    if (outcome.status < 200 || outcome.status >= 300) {
      const withheld = token !== void 0 && !sentToken && (outcome.status === 401 || outcome.status === 403);
      const hint = withheld ? " (the token was not sent: this origin is not in tokenOrigins)" : authHint(outcome.status);
      const error = `HTTP ${outcome.status}${hint} (${outcome.shape})`;
      return { kind: "reading", reading: failure(source, error) };
    }
    const found = resolvePath(outcome.body, field);
    if (!found.found) {
      const reading = found.emptyArray ? noData(source, "empty", `${found.missing}: the array is empty`) : failure(source, `no ${found.missing} in the response`);
      return { kind: "reading", reading };
    }
    if (found.value === null)
      return { kind: "reading", reading: noData(source, "empty", `${fieldName(field)} is null`) };
    return { kind: "value", value: found.value, body: outcome.body };
  }
};
function sourceOf(urlTemplate) {
  const url = redactUrl(urlTemplate).replace(/%7B/gi, "{").replace(/%7D/gi, "}");
  return `${HTTP_JSON_PROVIDER} ${url}`;
}
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return "";
  }
}
function fieldName(field) {
  return field ? `field ${field}` : "the response";
}

// action/src/gates/providers/prometheus-response.ts
var MAX_LISTED_SERIES = 3;
var MAX_ERROR_CHARS = 200;
function shapeOf2(raw) {
  if (raw === null) return "null";
  if (raw === void 0) return "nothing";
  if (Array.isArray(raw)) return `a list of ${plural(raw.length, "item")}`;
  if (typeof raw === "string") return `a text of ${plural([...raw].length, "character")}`;
  if (typeof raw === "object") return "an object";
  return `a ${typeof raw}`;
}
function unwrapApiBody(status, body) {
  const api = typeof body === "object" && body !== null ? body : {};
  if (api.status === "error") {
    const type = typeof api.errorType === "string" ? ` (${api.errorType})` : "";
    const said = typeof api.error === "string" ? api.error.replace(/\s+/g, " ").trim() : "";
    return { kind: "error", error: `query failed${type}: ${said ? truncate(said, MAX_ERROR_CHARS) : "no message"}` };
  }
  if (status < 200 || status >= 300) {
    return { kind: "error", error: `HTTP ${status}${authHint(status)}` };
  }
  if (api.status !== "success" || typeof api.data?.resultType !== "string") {
    return { kind: "error", error: `unexpected response: ${shapeOf2(body)}, not a Prometheus API answer` };
  }
  return { kind: "data", resultType: api.data.resultType, result: api.data.result };
}
function instantReading(source, resultType, result) {
  if (resultType === "scalar") return readingFromSample(source, parseSampleValue(pairValue(result)), "the scalar");
  if (resultType === "matrix") {
    return failure(source, "the query returned a range vector; wrap it in a function such as avg_over_time(...)");
  }
  if (resultType !== "vector" || !Array.isArray(result)) {
    return failure(source, `the query returned a ${resultType}, not a number`);
  }
  const series = result;
  if (series.length === 0) return noData(source, "empty", "no series");
  if (series.length > 1) return failure(source, tooManySeries(series));
  return readingFromSample(source, parseSampleValue(pairValue(series[0].value)), "the sample");
}
function rangeReading(source, resultType, result) {
  if (resultType !== "matrix" || !Array.isArray(result)) {
    return failure(source, `the range query returned a ${resultType}, not a series`);
  }
  const series = result;
  if (series.length > 1) return failure(source, tooManySeries(series));
  const values = series[0]?.values ?? [];
  if (!Array.isArray(values)) return failure(source, `unexpected series: ${shapeOf2(series[0])} without values`);
  const samples = [];
  for (const pair of values) {
    const seconds = Array.isArray(pair) ? pair[0] : void 0;
    if (typeof seconds !== "number") return failure(source, `unexpected sample: ${shapeOf2(pair)} without a time`);
    samples.push({ at: new Date(seconds * 1e3), sample: parseSampleValue(pairValue(pair)) });
  }
  return rangeFromSamples(source, samples, "no series in the range");
}
function pairValue(pair) {
  return Array.isArray(pair) ? pair[1] : void 0;
}
function tooManySeries(series) {
  const listed = series.slice(0, MAX_LISTED_SERIES).map((s) => formatLabels(s.metric ?? {}));
  const more = series.length > MAX_LISTED_SERIES ? `, \u2026` : "";
  return `the query returned ${series.length} series (${listed.join(", ")}${more}); a gate needs one: aggregate it, e.g. sum(...), max(...) or avg(...)`;
}
function formatLabels(metric) {
  const { __name__: name = "", ...labels } = metric;
  const pairs = Object.entries(labels).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return `${name}{${pairs.join(",")}}`;
}

// action/src/gates/providers/promql-selectors.ts
var MAX_DATED_SELECTORS = 8;
var AGGREGATORS = /* @__PURE__ */ new Set([
  "sum",
  "min",
  "max",
  "avg",
  "group",
  "stddev",
  "stdvar",
  "count",
  "count_values",
  "bottomk",
  "topk",
  "quantile",
  "limitk",
  "limit_ratio"
]);
var KEYWORDS = /* @__PURE__ */ new Set(["and", "or", "unless", "atan2", "bool", "offset", "inf", "nan"]);
var LABEL_LIST_KEYWORDS = /* @__PURE__ */ new Set(["by", "without", "on", "ignoring", "group_left", "group_right"]);
var IDENT_START = /[A-Za-z_:]/;
var IDENT_PART = /[A-Za-z0-9_:]/;
var WORD_PART = /[A-Za-z0-9_.+]/;
function skipString(text, i) {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== quote) j += text[j] === "\\" && quote !== "`" ? 2 : 1;
  return Math.min(j + 1, text.length);
}
function skipBracket(text, i, close) {
  let j = i + 1;
  while (j < text.length && text[j] !== close) {
    const c = text[j];
    j = c === '"' || c === "'" || c === "`" ? skipString(text, j) : j + 1;
  }
  return Math.min(j + 1, text.length);
}
function skipSpace(text, i) {
  let j = i;
  while (j < text.length && /\s/.test(text[j])) j++;
  return j;
}
function vectorSelectors(query) {
  const found = [];
  let i = 0;
  while (i < query.length && found.length < MAX_DATED_SELECTORS) {
    const c = query[i];
    if (c === '"' || c === "'" || c === "`") {
      i = skipString(query, i);
    } else if (c === "#") {
      const end = query.indexOf("\n", i);
      i = end < 0 ? query.length : end + 1;
    } else if (c === "[") {
      i = skipBracket(query, i, "]");
    } else if (c === "{") {
      const end = skipBracket(query, i, "}");
      add(found, query.slice(i, end));
      i = end;
    } else if (/[0-9.]/.test(c)) {
      i++;
      while (i < query.length && WORD_PART.test(query[i])) i++;
    } else if (IDENT_START.test(c)) {
      let end = i + 1;
      while (end < query.length && IDENT_PART.test(query[end])) end++;
      const word = query.slice(i, end);
      const next = skipSpace(query, end);
      const lower2 = word.toLowerCase();
      if (LABEL_LIST_KEYWORDS.has(lower2)) {
        i = query[next] === "(" ? skipBracket(query, next, ")") : next;
      } else if (query[next] === "(" || AGGREGATORS.has(lower2) || KEYWORDS.has(lower2)) {
        i = end;
      } else if (query[next] === "{") {
        const close = skipBracket(query, next, "}");
        add(found, `${word}${query.slice(next, close)}`);
        i = close;
      } else {
        add(found, word);
        i = end;
      }
    } else {
      i++;
    }
  }
  return found;
}
function add(found, selector) {
  if (!found.includes(selector)) found.push(selector);
}

// action/src/gates/providers/prometheus.ts
var PROMETHEUS_PROVIDER = "prometheus";
var PrometheusProvider = class {
  name = PROMETHEUS_PROVIDER;
  source;
  #baseUrl;
  #http;
  constructor(options) {
    const { baseUrl, ...http } = options;
    this.#baseUrl = baseUrl.replace(/\/+$/, "");
    this.#http = http;
    this.source = `${PROMETHEUS_PROVIDER} at ${redactUrl(this.#baseUrl).replace(/\/$/, "")}`;
  }
  async instant(request) {
    const { maxAgeMs: maxAgeMs2 } = request;
    const selectors = maxAgeMs2 === void 0 ? [] : vectorSelectors(request.query);
    if (maxAgeMs2 === void 0 || selectors.length === 0) return this.#instant(request.query, request.at);
    const searchedMs = FRESHNESS_SEARCH_FACTOR * maxAgeMs2;
    const [reading, ...dated2] = await Promise.all([
      this.#instant(request.query, request.at),
      ...selectors.map((selector) => this.#instant(newestSampleQuery(selector, searchedMs), request.at))
    ]);
    if (reading.status !== "ok") return reading;
    let newest;
    for (const date of dated2) {
      if (date.status === "error") return failure(this.source, `could not date the reading (${date.error})`);
      if (date.status === "ok") newest = Math.max(newest ?? date.value, date.value);
    }
    return freshOrStale(
      reading,
      request.at,
      maxAgeMs2,
      newest === void 0 ? void 0 : new Date(newest * 1e3),
      searchedMs
    );
  }
  async #instant(query, at) {
    const form = new URLSearchParams({ query, time: unixSeconds(at) });
    const outcome = await requestJson({ url: `${this.#baseUrl}/api/v1/query`, method: "POST", form }, this.#http);
    if (outcome.kind === "failure") return failure(this.source, outcome.error);
    const data = unwrapApiBody(outcome.status, outcome.body);
    if (data.kind === "error") return failure(this.source, data.error);
    return instantReading(this.source, data.resultType, data.result);
  }
  async range(request) {
    if (!(request.stepSeconds > 0) || request.end < request.start) {
      return failure(this.source, "a range needs start <= end and a positive step");
    }
    const form = new URLSearchParams({
      query: request.query,
      start: unixSeconds(request.start),
      end: unixSeconds(request.end),
      step: String(request.stepSeconds)
    });
    const outcome = await requestJson({ url: `${this.#baseUrl}/api/v1/query_range`, method: "POST", form }, this.#http);
    if (outcome.kind === "failure") return failure(this.source, outcome.error);
    const data = unwrapApiBody(outcome.status, outcome.body);
    if (data.kind === "error") return failure(this.source, data.error);
    return rangeReading(this.source, data.resultType, data.result);
  }
};
var FRESHNESS_SEARCH_FACTOR = 2;
var FRESHNESS_SEARCH_STEPS = 60;
var MAX_FRESHNESS_STEP_SECONDS = 60;
function newestSampleQuery(selector, searchedMs) {
  const range2 = Math.max(1, Math.ceil(searchedMs / 1e3));
  const step2 = Math.min(MAX_FRESHNESS_STEP_SECONDS, Math.max(1, Math.ceil(range2 / FRESHNESS_SEARCH_STEPS)));
  return `max(timestamp(${selector}) or max_over_time(timestamp(${selector})[${range2}s:${step2}s]))`;
}
function unixSeconds(date) {
  return String(date.getTime() / 1e3);
}

// action/src/gates/providers/index.ts
function createProviders(settings, pool) {
  const wrap = (provider) => pool ? pool.wrap(provider) : provider;
  const providers = {
    "http-json": wrap(new HttpJsonProvider(settings.httpJson))
  };
  if (settings.prometheus) providers.prometheus = wrap(new PrometheusProvider(settings.prometheus));
  if (settings.jsonFile) providers["json-file"] = wrap(new JsonFileProvider(settings.jsonFile));
  return providers;
}

// action/src/gates/gate-query.ts
var DERIVED_MAX_AGE_FRACTION = 1 / 3;
var MIN_DERIVED_MAX_AGE_MS = 2 * 6e4;
function maxAgeMs(gate, metric) {
  const explicit = gate.maxAge ?? metric.maxAge;
  if (explicit !== void 0) return parseDuration(explicit);
  const window = effectiveWindow(gate, metric);
  const windowMs = window === void 0 ? void 0 : parseDuration(window);
  if (windowMs === void 0) return void 0;
  return Math.max(MIN_DERIVED_MAX_AGE_MS, Math.round(windowMs * DERIVED_MAX_AGE_FRACTION));
}
function gateQueries(plan, phase, gate, metric) {
  const window = effectiveWindow(gate, metric);
  const options = { variables: phaseVariables(plan, phase), window, provider: metric.provider };
  const queries = { value: fillQuery(gate.query ?? metric.query, options) };
  if (window !== void 0) queries.window = window;
  const maxAge = maxAgeMs(gate, metric);
  if (maxAge !== void 0) queries.maxAgeMs = maxAge;
  if (compareMode(gate) === "baseline" && gate.baseline !== void 0) {
    queries.baseline = fillQuery(gate.baseline, options);
  }
  return queries;
}
function unfilledProblem(query) {
  if (query.unfilled.length === 0) return void 0;
  const names = query.unfilled.map((name) => `{${name}}`).join(", ");
  return `not sent: the query has ${names} with no value in this phase (run rollbook validate)`;
}

// action/src/gates/metric-gate.ts
function parsePercent(text) {
  if (text === void 0) return void 0;
  const match = /^([0-9]+(?:\.[0-9]+)?)%$/.exec(text);
  return match ? Number(match[1]) / 100 : void 0;
}
function regression(value, reference, direction) {
  const worseBy = direction === "lower-is-better" ? value - reference : reference - value;
  if (worseBy === 0) return 0;
  if (reference === 0) return worseBy > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  return worseBy / Math.abs(reference);
}
var REGRESSION_TOLERANCE = 1e-9;
var REFERENCE_LABEL = {
  baseline: "the control",
  "week-over-week": "last week"
};
function thresholdValues(detail) {
  const { max, min, rollbackAt } = detail.thresholds;
  return [max, min, rollbackAt].filter((v) => v !== void 0);
}
function measuredText(detail, value, also = []) {
  return formatMeasured(value, detail.unit, [...thresholdValues(detail), ...also]);
}
function describeThresholds(detail, act = "roll back") {
  const { max, min, maxRegression, rollbackAt } = detail.thresholds;
  const parts = [];
  if (max !== void 0) parts.push(`\u2264 ${formatThreshold(max, detail.unit)}`);
  if (min !== void 0) parts.push(`\u2265 ${formatThreshold(min, detail.unit)}`);
  if (detail.compare !== "absolute") {
    parts.push(`\u2264 ${formatPercent(maxRegression ?? 0)} worse than ${REFERENCE_LABEL[detail.compare]}`);
  }
  if (rollbackAt !== void 0) {
    parts.push(`${act} ${worseSide(detail.direction)} ${formatThreshold(rollbackAt, detail.unit)}`);
  }
  return parts.join(", ") || "none";
}
function evaluateMetricGate(input) {
  const { id, metricName, metric, readings } = input;
  const base = { id, kind: "metric", title: metricName };
  if (!metric) {
    const reason = `${metricName}: not in the plan's metrics catalogue`;
    return { ...base, status: "inconclusive", summary: "unknown metric", reason };
  }
  const detail = metricDetail(input, metricName, metric);
  const outcome = judge(detail, readings);
  return { ...base, ...outcome, metric: detail };
}
function metricDetail({ gate, plan = {}, phase = {} }, name, metric) {
  const compare = compareMode(gate);
  const queries = gateQueries(plan, phase, gate, metric);
  const { window } = queries;
  const detail = {
    name,
    provider: metric.provider,
    compare,
    direction: metricDirection(metric),
    signal: metric.signal,
    query: queries.value.text,
    thresholds: {}
  };
  if (metric.unit !== void 0) detail.unit = metric.unit;
  if (window !== void 0) detail.window = window;
  if (queries.baseline) detail.baselineQuery = queries.baseline.text;
  if (gate.max !== void 0) detail.thresholds.max = gate.max;
  if (gate.min !== void 0) detail.thresholds.min = gate.min;
  if (gate.rollbackAt !== void 0) detail.thresholds.rollbackAt = gate.rollbackAt;
  if (compare !== "absolute") detail.thresholds.maxRegression = parsePercent(gate.maxRegression) ?? 0;
  return detail;
}
function judge(detail, readings) {
  const { name } = detail;
  if (!readings) {
    return { status: "inconclusive", summary: "not measured", reason: `${name}: not measured` };
  }
  const current = readings.current;
  detail.source = current.source;
  if (current.status === "error") {
    detail.problem = current.error;
    return { status: "error", summary: `error: ${current.error}`, reason: `${name}: ${current.error}` };
  }
  if (current.status === "no-data") {
    detail.problem = `no data (${current.detail})`;
    return {
      status: "inconclusive",
      summary: detail.problem,
      reason: `${name}: no data (${current.detail}) from ${current.source}`
    };
  }
  const value = current.value;
  detail.value = value;
  if (current.sampledAt) detail.sampledAt = current.sampledAt;
  const measured = measuredText(detail, value);
  const { max, min, rollbackAt } = detail.thresholds;
  if (rollbackAt !== void 0 && isWorseThan(value, rollbackAt, detail.direction)) {
    const text = `${measured} is ${worseSide(detail.direction)} the rollback threshold ${formatThreshold(rollbackAt, detail.unit)}`;
    return { status: "rollback", summary: text, reason: `${name}: ${text}` };
  }
  const failures = [];
  if (max !== void 0 && value > max) failures.push(`${measured} is above max ${formatThreshold(max, detail.unit)}`);
  if (min !== void 0 && value < min) failures.push(`${measured} is below min ${formatThreshold(min, detail.unit)}`);
  let relative2;
  if (detail.compare !== "absolute") {
    relative2 = judgeRelative(detail, value, measured, referenceReading(detail, readings));
    if (relative2.status === "fail") failures.push(relative2.summary);
  }
  if (failures.length > 0) {
    const summary = failures.join("; ");
    return { status: "fail", summary, reason: `${name}: ${summary}` };
  }
  if (relative2 && relative2.status !== "pass") return relative2;
  return { status: "pass", summary: relative2?.summary ?? measured };
}
function referenceReading(detail, readings) {
  return detail.compare === "baseline" ? readings.baseline : readings.lastWeek;
}
function judgeRelative(detail, value, measured, reference) {
  const { name } = detail;
  const label2 = REFERENCE_LABEL[detail.compare];
  if (detail.compare === "baseline" && detail.baselineQuery === void 0) {
    const reason = `${name}: no baseline query to compare with`;
    detail.problem = "no baseline query";
    return { status: "inconclusive", summary: `${measured}; no baseline query`, reason };
  }
  if (!reference) {
    detail.problem = `${label2} not measured`;
    return {
      status: "inconclusive",
      summary: `${measured}; ${label2} not measured`,
      reason: `${name}: ${label2} not measured`
    };
  }
  if (reference.status === "error") {
    detail.problem = `${label2}: ${reference.error}`;
    return { status: "error", summary: `${measured}; ${detail.problem}`, reason: `${name}: ${detail.problem}` };
  }
  if (reference.status === "no-data") {
    detail.problem = `no data for ${label2} (${reference.detail})`;
    return {
      status: "inconclusive",
      summary: `${measured}; ${detail.problem}`,
      reason: `${name}: ${detail.problem} from ${reference.source}`
    };
  }
  const change = regression(value, reference.value, detail.direction);
  detail.reference = reference.value;
  detail.regression = change;
  const limit = detail.thresholds.maxRegression ?? 0;
  const precise = measuredText(detail, value, [reference.value]);
  const against = `${label2} ${measuredText(detail, reference.value, [value])}`;
  if (change > limit + REGRESSION_TOLERANCE) {
    const amount = Number.isFinite(change) ? `${formatMeasured(change, "ratio", [limit])} worse than` : "worse than (unbounded, from 0)";
    return { status: "fail", summary: `${precise} is ${amount} ${against} (max ${formatPercent(limit)})` };
  }
  const how = change > 0 ? `${formatPercent(change)} worse than` : change < 0 ? `${formatPercent(-change)} better than` : "same as";
  return { status: "pass", summary: `${precise}, ${how} ${against}` };
}

// action/src/gates/evaluate-gate.ts
function evaluateGate(gate, id, context) {
  const classified = classifyGate(gate);
  switch (classified?.kind) {
    case "metric": {
      const { metric } = classified.gate;
      return evaluateMetricGate({
        id,
        gate,
        metricName: metric,
        metric: own(context.plan.metrics, metric),
        readings: own(context.measurements, id),
        plan: context.plan,
        phase: context.phase
      });
    }
    case "check":
      return evaluateCheck(id, classified.gate.check, own(context.pr.checks, classified.gate.check));
    case "signoff":
      return evaluateSignoff(classified.gate, id, context);
    case "manual":
      return evaluateManual(id, classified.gate.manual, context);
  }
  return {
    id,
    kind: "manual",
    title: id,
    status: "inconclusive",
    summary: "a gate with nothing to check",
    reason: `${id}: a gate with nothing to check`
  };
}
var CHECK_STATUS = {
  success: "pass",
  // Branch protection treats neutral as passing; the check ran and chose not to judge.
  neutral: "pass",
  // A skipped check did not run: the thing it guards was not verified.
  skipped: "fail",
  pending: "pending",
  queued: "pending",
  in_progress: "pending",
  waiting: "pending",
  requested: "pending",
  expected: "pending",
  failure: "fail",
  error: "fail",
  cancelled: "fail",
  timed_out: "fail",
  action_required: "fail",
  stale: "fail",
  startup_failure: "fail"
};
function checkGateStatus(state) {
  return CHECK_STATUS[state] ?? "fail";
}
function evaluateCheck(id, name, state) {
  const title = `check ${name}`;
  if (state === void 0) {
    return {
      id,
      kind: "check",
      title,
      status: "pending",
      summary: "not reported on the PR head",
      reason: `${title}: not reported on the PR head yet`,
      check: { name }
    };
  }
  const status = checkGateStatus(state);
  const result = {
    id,
    kind: "check",
    title,
    status,
    summary: state.replace(/_/g, " "),
    check: { name, state }
  };
  if (status !== "pass") result.reason = `${title}: ${result.summary}`;
  return result;
}
var lower = (handle) => handle.toLowerCase();
function evaluateSignoff(gate, id, { plan, at, facts, pr }) {
  const approvers = gate.signoff;
  const listed = new Set(approvers.map(lower));
  const required = signoffsNeeded(gate);
  const authors = new Set([pr.author, plan.metadata.author].filter((h) => !!h).map(lower));
  const detail = { required, approvers: [...approvers], signed: [], refused: [] };
  const counted = /* @__PURE__ */ new Set();
  const entries = (facts.signoffs ?? []).filter((s) => s.gate === id && s.at.getTime() <= at.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const signoff of entries) {
    const who = lower(signoff.by);
    const when = signoff.at.toISOString();
    if (counted.has(who)) continue;
    const countsAs = listed.has(who) ? void 0 : signoff.as && listed.has(lower(signoff.as)) ? signoff.as : null;
    if (countsAs === null) {
      detail.refused.push({ by: signoff.by, at: when, why: "not an approver for this gate" });
    } else if (authors.has(who) && !authorMaySignOff(gate)) {
      detail.refused.push({ by: signoff.by, at: when, why: "the author cannot sign off their own change" });
    } else {
      counted.add(who);
      detail.signed.push(countsAs ? { by: signoff.by, at: when, as: countsAs } : { by: signoff.by, at: when });
    }
  }
  const have = detail.signed.length;
  const base = { id, kind: "signoff", title: "sign-off", signoff: detail };
  const signedText = detail.signed.map((s) => `${s.by} at ${formatTime(s.at)}`).join(", ");
  if (have >= required) {
    return { ...base, status: "pass", summary: `${have} of ${required}: ${signedText}` };
  }
  const missing = required - have;
  const from = approvers.join(", ");
  const more = have > 0 ? " more" : "";
  return {
    ...base,
    status: "pending",
    summary: have > 0 ? `${have} of ${required}: ${signedText}` : `0 of ${required}`,
    reason: `needs ${missing}${more} ${missing === 1 ? "sign-off" : "sign-offs"} from ${from}`
  };
}
function evaluateManual(id, text, { at, facts }) {
  const tick = (facts.manual ?? []).find(
    (t) => t.gate === id && (t.at === void 0 || t.at.getTime() <= at.getTime())
  );
  const base = { id, kind: "manual", title: "confirm" };
  if (!tick) {
    return { ...base, status: "pending", summary: "not confirmed", reason: `not confirmed: ${text}`, manual: { text } };
  }
  const manual = { text };
  if (tick.by) manual.by = tick.by;
  if (tick.at) manual.at = tick.at.toISOString();
  const who = tick.by ? ` by ${tick.by}` : "";
  const when = tick.at ? ` at ${formatTime(tick.at)}` : "";
  return { ...base, status: "pass", summary: `confirmed${who}${when}`, manual };
}
var DEPENDENCY_DONE = "done";
function evaluateDependency(phase, state) {
  const base = {
    id: `after:${phase}`,
    kind: "dependency",
    title: `after ${phase}`,
    dependency: { phase, ...state === void 0 ? {} : { state } }
  };
  if (state === DEPENDENCY_DONE) return { ...base, status: "pass", summary: "done" };
  const known = state === void 0 ? "its state is not known" : state.replace(/-/g, " ");
  return { ...base, status: "pending", summary: known, reason: `waits for ${phase} (${known})` };
}
function evaluateChecklist(checklist) {
  const open = [...checklist.open ?? []];
  const left = Math.max(0, checklist.total - checklist.done);
  const base = {
    id: "checklist",
    kind: "checklist",
    title: "checklist",
    checklist: { done: checklist.done, total: checklist.total, open }
  };
  if (left === 0) return { ...base, status: "pass", summary: `${checklist.done} of ${checklist.total} done` };
  return {
    ...base,
    status: "pending",
    summary: `${checklist.done} of ${checklist.total} done`,
    reason: `checklist: ${plural(left, "item")} open`
  };
}

// action/src/gates/bake.ts
function evaluateBake(bake, activatedAt, at, phaseId) {
  const requiredMs = parseDuration(bake) ?? 0;
  const detail = { requiredMs, required: bake };
  const base = { id: "bake", kind: "bake", title: "bake", bake: detail };
  if (!activatedAt) {
    return {
      ...base,
      status: "pending",
      summary: `not started (${formatDuration(requiredMs)} required)`,
      reason: `bake: phase ${phaseId} has not been activated (${formatDuration(requiredMs)} required)`
    };
  }
  const elapsedMs = Math.max(0, at.getTime() - activatedAt.getTime());
  const remainingMs = Math.max(0, requiredMs - elapsedMs);
  const endsAt = new Date(activatedAt.getTime() + requiredMs);
  Object.assign(detail, {
    activatedAt: activatedAt.toISOString(),
    elapsedMs,
    remainingMs,
    endsAt: endsAt.toISOString()
  });
  const required = formatDuration(requiredMs);
  if (remainingMs === 0) return { ...base, status: "pass", summary: `${required}, ended ${formatTime(endsAt)}` };
  return {
    ...base,
    status: "pending",
    summary: `${required}, ends ${formatTime(endsAt)}`,
    reason: `bake: ends ${formatTime(endsAt)}`
  };
}

// action/src/gates/freeze.ts
var UPCOMING_FREEZE_DAYS = 7;
var MAX_SCAN_DAYS = 366;
var DEFAULT_HOTFIX_LABEL = "hotfix";
function startOfDay(date) {
  return Math.floor(date.getTime() / DAY_MS) * DAY_MS;
}
function freezeCoversDay(freeze, day) {
  if (freeze.from === void 0 && freeze.to === void 0 && !freeze.every) return false;
  const rule = freezeRule(freeze);
  return rule === void 0 || freezeRuleCovers(rule, Math.floor(day / DAY_MS));
}
function freezeAppliesTo(freeze, environment) {
  return !freeze.environments || freeze.environments.includes(environment);
}
function endOf(freeze, day) {
  for (let d = day + DAY_MS, n = 0; n < MAX_SCAN_DAYS; d += DAY_MS, n++) {
    if (!freezeCoversDay(freeze, d)) return d;
  }
  return void 0;
}
function nextStart(freeze, day) {
  if (freeze.from === void 0) return void 0;
  for (let d = day + DAY_MS, n = 0; n < UPCOMING_FREEZE_DAYS; d += DAY_MS, n++) {
    if (freezeCoversDay(freeze, d)) return d;
  }
  return void 0;
}
function hasBadDate(freeze) {
  return [freeze.from, freeze.to].some((d) => d !== void 0 && utcDayMs(d) === void 0);
}
function evaluateFreezes(freezes, query) {
  const hotfixLabel = (query.hotfixLabel ?? DEFAULT_HOTFIX_LABEL).toLowerCase();
  const isHotfix = (query.labels ?? []).some((l) => l.toLowerCase() === hotfixLabel);
  const today = startOfDay(query.at);
  return (freezes ?? []).map((freeze) => {
    const result = {
      name: freeze.name,
      reason: hasBadDate(freeze) ? `${freeze.reason} (its dates are not real days: fix the plan)` : freeze.reason,
      status: "inactive",
      allowHotfix: freeze.allowHotfix === true
    };
    if (freeze.environments) result.environments = [...freeze.environments];
    if (!freezeAppliesTo(freeze, query.environment)) {
      result.status = "out-of-scope";
    } else if (freezeCoversDay(freeze, today)) {
      result.status = isHotfix && freeze.allowHotfix ? "waived" : "active";
      const end = endOf(freeze, today);
      if (end !== void 0) result.until = new Date(end).toISOString();
    } else {
      const start = nextStart(freeze, today);
      if (start !== void 0) {
        result.status = "upcoming";
        result.startsAt = new Date(start).toISOString();
      }
    }
    return result;
  });
}

// action/src/gates/ramp.ts
function evaluateRamp(stages, ticks, at) {
  const progress = stageProgress(stages, ticks, at);
  const holds = totalHoldMs({ stages: [...stages] });
  const sentence = describeRamp(stages, progress);
  const detail = {
    ...progress,
    stages: stages.length,
    ...holds > 0 ? { holds: formatDuration(holds) } : {}
  };
  const base = { id: "ramp", kind: "ramp", title: "ramp", ramp: detail };
  const summary = sentence.replace(/^Ramp: /, "");
  if (progress.waiting === "done") return { ...base, status: "pass", summary };
  return { ...base, status: "pending", summary, reason: sentence.replace(/^Ramp: /, "ramp: ") };
}

// action/src/gates/verdict.ts
var VERDICT_PRECEDENCE = ["ROLL BACK", "ROLL FORWARD", "FROZEN", "HOLD", "PROMOTE"];
function freezeReason(freeze) {
  const until = freeze.until ? ` (until ${formatUtcDay(new Date(Date.parse(freeze.until) - 1))} ends)` : "";
  return `frozen by ${freeze.name}: ${freeze.reason}${until}`;
}
function decideVerdict(gates, freezes, answer = { response: "roll-back" }) {
  const rollbacks = gates.filter((g) => g.status === "rollback");
  const active = freezes.filter((f) => f.status === "active");
  const holding = gates.filter((g) => g.status !== "pass" && g.status !== "rollback");
  const forward = answer.response === "roll-forward";
  const reasons = [
    ...rollbacks.map((g) => g.reason ?? g.summary),
    ...rollbacks.length > 0 && forward ? answer.rollForward ?? [] : [],
    ...active.map(freezeReason),
    ...holdReasons(holding)
  ];
  const act = forward ? "ROLL FORWARD" : "ROLL BACK";
  const verdict = rollbacks.length > 0 ? act : active.length > 0 ? "FROZEN" : holding.length > 0 ? "HOLD" : "PROMOTE";
  return { verdict, reasons };
}
function holdReasons(holding) {
  const outage = (g) => g.status === "error" && g.metric && g.metric.value === void 0 ? g.metric.problem : void 0;
  const byProblem = /* @__PURE__ */ new Map();
  for (const gate of holding) {
    const problem = outage(gate);
    if (problem !== void 0) byProblem.set(problem, [...byProblem.get(problem) ?? [], gate]);
  }
  const reasons = [];
  for (const gate of holding) {
    const problem = outage(gate);
    const shared = problem === void 0 ? void 0 : byProblem.get(problem);
    if (!shared || shared.length < 2) reasons.push(gate.reason ?? gate.summary);
    else if (shared[0] === gate) reasons.push(`${problem} (gates ${shared.map((g) => g.title).join(", ")})`);
  }
  return reasons;
}

// action/src/gates/evaluate-phase.ts
var UnknownPhaseError = class extends ExpectedError {
  name = "UnknownPhaseError";
};
function phaseTransition(plan, target) {
  const index = plan.phases.findIndex((p) => p.id === target);
  if (index < 0) {
    const ids = plan.phases.map((p) => p.id);
    throw new UnknownPhaseError(
      `plan ${plan.metadata.name} has no phase "${target}" (phases: ${ids.join(", ")})${didYouMeanSuffix(target, ids)}`
    );
  }
  const to = plan.phases[index];
  return index > 0 ? { from: plan.phases[index - 1], to, index } : { to, index };
}
var ref = (phase, index) => ({
  id: phase.id,
  title: phase.title,
  environment: phase.environment,
  index
});
function bakeStart(staged, facts, at) {
  if (!staged) return facts.activatedAt;
  const progress = stageProgress(staged.stages, staged.ticks, at);
  return progress.waiting === "done" && progress.endsAt ? new Date(progress.endsAt) : void 0;
}
function evaluatePhase(input) {
  const { plan, at } = input;
  const facts = input.facts ?? {};
  const pr = input.pr ?? {};
  const { from, to, index } = phaseTransition(plan, input.target);
  const gates = [];
  if (from) {
    const staged = from.stages?.length && facts.stages ? { stages: from.stages, ticks: facts.stages } : void 0;
    if (staged) gates.push(evaluateRamp(staged.stages, staged.ticks, at));
    if (from.bake !== void 0) gates.push(evaluateBake(from.bake, bakeStart(staged, facts, at), at, from.id));
    const ids = gateIds(from);
    const context = { plan, phase: from, at, facts, pr, measurements: input.measurements ?? {} };
    (from.gates ?? []).forEach((gate, i) => {
      gates.push(evaluateGate(gate, ids[i], context));
    });
    if (facts.checklist) gates.push(evaluateChecklist(facts.checklist));
  }
  for (const phase of to.dependsOn ?? []) {
    const state = facts.dependencies && Object.hasOwn(facts.dependencies, phase) ? facts.dependencies[phase] : void 0;
    gates.push(evaluateDependency(phase, state));
  }
  const freezeQuery = { at, environment: to.environment, labels: pr.labels ?? [] };
  const freezes = evaluateFreezes(
    plan.freezes,
    input.hotfixLabel ? { ...freezeQuery, hotfixLabel: input.hotfixLabel } : freezeQuery
  );
  const response = from ? phaseResponse(plan, from) : "roll-back";
  const rollForward = from ? rollForwardLines(from) : [];
  const { verdict, reasons } = decideVerdict(gates, freezes, { response, rollForward });
  const evaluation = {
    plan: { name: plan.metadata.name, title: plan.metadata.title, owners: [...plan.metadata.owners] },
    to: ref(to, index),
    at: at.toISOString(),
    verdict,
    reasons,
    gates,
    freezes
  };
  if (from) {
    evaluation.from = ref(from, index - 1);
    evaluation.response = response;
    if (rollForward.length > 0) evaluation.rollForward = rollForward;
  }
  return evaluation;
}

// action/src/gates/history-window.ts
var MAX_HISTORY_DAYS = 14;
var DEFAULT_HISTORY_SPAN_MS = DAY_MS;
var MAX_RANGE_POINTS = 500;
var RANGE_STEPS_SECONDS = [300, 600, 900, 1800, 3600, 7200];
function historyWindow(bake, activatedAt, at) {
  const end = at.getTime();
  const bakeMs = bake === void 0 ? void 0 : parseDuration(bake);
  let start = activatedAt?.getTime() ?? end - (bakeMs || DEFAULT_HISTORY_SPAN_MS);
  const earliest = Math.floor(end / DAY_MS) * DAY_MS - (MAX_HISTORY_DAYS - 1) * DAY_MS;
  start = Math.max(start, earliest);
  const spanSeconds = (end - start) / 1e3;
  const stepSeconds = RANGE_STEPS_SECONDS.find((step2) => spanSeconds / step2 <= MAX_RANGE_POINTS) ?? RANGE_STEPS_SECONDS.at(-1);
  const stepMs = stepSeconds * 1e3;
  start = Math.ceil(start / stepMs) * stepMs;
  if (start >= end) return void 0;
  return { start: new Date(start), end: new Date(end), stepSeconds };
}

// action/src/gates/collect.ts
function planSources(providers) {
  return ({ metric, query }) => {
    const provider = providers[metric.provider];
    if (!provider) return { source: metric.provider, error: `no ${metric.provider} provider is configured` };
    const source = { provider, query };
    if (metric.field !== void 0) source.field = metric.field;
    if (metric.timeField !== void 0) source.timeField = metric.timeField;
    return source;
  };
}
async function collectMeasurements(input) {
  const { from } = phaseTransition(input.plan, input.target);
  if (!from) return idRecord();
  return collectPhaseMeasurements({ ...input, phase: from });
}
async function collectPhaseMeasurements(input) {
  const { plan, at, phase: from } = input;
  const ids = gateIds(from);
  const window = input.history === false ? void 0 : historyWindow(from.bake, input.activatedAt, at);
  const entries = await Promise.all(
    (from.gates ?? []).map(async (gate, i) => {
      if (!isGateOfKind(gate, "metric") || input.only && !input.only.has(ids[i])) return void 0;
      const metric = own(plan.metrics, gate.metric);
      if (!metric) return void 0;
      const read = { plan, phase: from, gate, metricName: gate.metric, metric };
      return [ids[i], await readGate(read, at, window, input.resolve)];
    })
  );
  return idRecordFrom(entries.filter((e) => e !== void 0));
}
function resolveFilled(resolve2, { metricName, metric }, role, query) {
  const problem = unfilledProblem(query);
  if (problem !== void 0) return { source: metric.provider, error: problem };
  return resolve2({ metricName, metric, role, query: query.text });
}
async function readGate(read, at, window, resolve2) {
  const { gate } = read;
  const compare = compareMode(gate);
  const queries = gateQueries(read.plan, read.phase, gate, read.metric);
  const value = resolveFilled(resolve2, read, "value", queries.value);
  const control = queries.baseline ? resolveFilled(resolve2, read, "baseline", queries.baseline) : void 0;
  const lastWeekAt = new Date(at.getTime() - WEEK_MS);
  const lastWeekWindow = window && compare === "week-over-week" ? { ...window, start: minusWeek(window.start), end: minusWeek(window.end) } : void 0;
  const { maxAgeMs: maxAgeMs2 } = queries;
  const [current, baseline, lastWeek, series, reference] = await Promise.all([
    instant(value, at, maxAgeMs2),
    control ? instant(control, at, maxAgeMs2) : void 0,
    compare === "week-over-week" ? instant(value, lastWeekAt, maxAgeMs2) : void 0,
    window ? range(value, window) : void 0,
    window && control ? range(control, window) : lastWeekWindow ? range(value, lastWeekWindow).then(moveForwardAWeek) : void 0
  ]);
  const readings = { current };
  if (baseline) readings.baseline = baseline;
  if (lastWeek) readings.lastWeek = lastWeek;
  if (series && series.status !== "unsupported") {
    readings.history = { series };
    if (reference && reference.status !== "unsupported") readings.history.reference = reference;
  }
  return readings;
}
function instant(source, at, maxAgeMs2) {
  if ("error" in source) return Promise.resolve(unresolved(source));
  const { provider, query, field, timeField } = source;
  const request = { query, at };
  if (field !== void 0) request.field = field;
  if (timeField !== void 0) request.timeField = timeField;
  if (maxAgeMs2 !== void 0) request.maxAgeMs = maxAgeMs2;
  return provider.instant(request);
}
async function range(source, window) {
  if ("error" in source) return unresolved(source);
  const { provider, query, field } = source;
  if (!provider.range) return { status: "unsupported" };
  const request = { query, start: window.start, end: window.end, stepSeconds: window.stepSeconds };
  if (field !== void 0) request.field = field;
  return provider.range(request);
}
function unresolved(source) {
  return { status: "error", source: source.source, error: `${source.source}: ${source.error}` };
}
var minusWeek = (date) => new Date(date.getTime() - WEEK_MS);
function moveForwardAWeek(reading) {
  if (reading.status !== "ok") return reading;
  return {
    ...reading,
    points: reading.points.map((p) => ({ at: new Date(p.at.getTime() + WEEK_MS), value: p.value }))
  };
}

// action/src/gates/chart.ts
var MAX_CHART_POINTS = 16;
var MAX_TITLE_CHARS = 80;
var GAP_STEPS = 2;
function mermaidText(text) {
  const cleaned = text.replace(/[^\p{L}\p{N} _.,:/()+\-=*≤≥]/gu, " ").replace(/\s+/g, " ").trim();
  return truncate(cleaned, MAX_TITLE_CHARS);
}
function mermaidNumber(value) {
  const text = formatNumber(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
}
var SLICE_MINUTES = [5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 5760];
function sample(points, window) {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const minutes = SLICE_MINUTES.find(
    (m) => Math.floor(end / (m * MINUTE_MS)) - Math.floor(start / (m * MINUTE_MS)) < MAX_CHART_POINTS
  ) ?? SLICE_MINUTES.at(-1);
  const width = minutes * MINUTE_MS;
  const picked = /* @__PURE__ */ new Map();
  for (const point of points) {
    const t = point.at.getTime();
    if (t < start || t > end) continue;
    picked.set(Math.floor(t / width), point);
  }
  return [...picked.entries()].sort(([a], [b]) => a - b).slice(-MAX_CHART_POINTS).map(([, point]) => point);
}
function dataGaps(points, window) {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const inside = points.filter((p) => p.at.getTime() >= start && p.at.getTime() <= end);
  const spacings = inside.slice(1).map((p, i) => p.at.getTime() - inside[i].at.getTime()).sort((a, b) => a - b);
  const usual = Math.max(window.stepSeconds * 1e3, spacings[Math.floor(spacings.length / 2)] ?? 0);
  const limit = GAP_STEPS * usual;
  const gaps = [];
  for (let i = 1; i < inside.length; i++) {
    const before = inside[i - 1].at;
    const after = inside[i].at;
    if (after.getTime() - before.getTime() > limit) gaps.push({ from: before.toISOString(), to: after.toISOString() });
  }
  return gaps;
}
function referenceAt(reference, at) {
  if (reference?.status !== "ok") return void 0;
  let found;
  for (const p of reference.points) if (p.at.getTime() <= at.getTime()) found = p.value;
  return found;
}
function label(date) {
  const iso = date.toISOString();
  return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}
function buildCharts(evaluation, measurements, window) {
  if (!window) return [];
  const charts = [];
  for (const gate of evaluation.gates) {
    const detail = gate.metric;
    const history = own(measurements, gate.id)?.history;
    if (!detail || history?.series.status !== "ok") continue;
    const chart = metricChart(gate.id, detail, history.series.points, history.reference, window);
    if (chart) charts.push(chart);
  }
  return charts;
}
function metricChart(gateId, detail, points, reference, window) {
  const { max, min, maxRegression, rollbackAt } = detail.thresholds;
  const sampled = sample(points, window);
  const relative2 = detail.compare !== "absolute";
  const rows = sampled.map((p) => ({ point: p, ref: relative2 ? referenceAt(reference, p.at) : void 0 })).filter((r) => !relative2 || r.ref !== void 0);
  if (rows.length === 0) return void 0;
  const lines = [{ label: detail.name, values: rows.map((r) => r.point.value) }];
  if (max !== void 0) lines.push({ label: `max ${formatThreshold(max, detail.unit)}`, values: rows.map(() => max) });
  if (min !== void 0) lines.push({ label: `min ${formatThreshold(min, detail.unit)}`, values: rows.map(() => min) });
  if (relative2) {
    const limit = maxRegression ?? 0;
    const worse = detail.direction === "lower-is-better" ? 1 : -1;
    const against = detail.compare === "baseline" ? "the control" : "last week";
    lines.push({
      label: `limit: ${formatPercent(limit)} worse than ${against}`,
      values: rows.map((r) => r.ref + worse * limit * Math.abs(r.ref))
    });
  }
  if (rollbackAt !== void 0) {
    lines.push({
      label: `rollback at ${formatThreshold(rollbackAt, detail.unit)}`,
      values: rows.map(() => rollbackAt)
    });
  }
  const labels = rows.map((r) => label(r.point.at));
  const shown = displayUnit(detail.unit).name;
  const unitName = shown === "%" ? "percent" : shown;
  const title = mermaidText(unitName ? `${detail.name} (${unitName})` : detail.name);
  const mermaid = [
    "xychart-beta",
    `  title "${title}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `  y-axis "${mermaidText(unitName ?? detail.name)}"`,
    ...lines.map((line) => `  line [${line.values.map((v) => mermaidNumber(chartValue(v, detail.unit))).join(", ")}]`)
  ].join("\n");
  return { gateId, metric: detail.name, title, labels, lines, mermaid, gaps: dataGaps(points, window) };
}

// action/src/gates/history.ts
function lastPointIn(reading, from, to) {
  if (reading?.status !== "ok") return void 0;
  let found;
  for (const point of reading.points) {
    const t = point.at.getTime();
    if (t >= from && t < to) found = point.value;
  }
  return found;
}
function dayReading(reading, from, to) {
  const value = lastPointIn(reading, from, to);
  const source = reading?.source ?? "history";
  if (value !== void 0) return { status: "ok", value, source };
  if (reading?.status === "error") return reading;
  return { status: "no-data", source, reason: "empty", detail: `no points on ${formatUtcDay(new Date(from))}` };
}
function buildHistory(input, current) {
  const { from } = phaseTransition(input.plan, input.target);
  if (!from) return { columns: [], rows: [] };
  const window = historyWindow(from.bake, input.facts?.activatedAt, input.at);
  const ids = gateIds(from);
  const columns = [];
  (from.gates ?? []).forEach((gate, i) => {
    if (!isGateOfKind(gate, "metric")) return;
    const unit = own(input.plan.metrics, gate.metric)?.unit;
    columns.push(
      unit === void 0 ? { gateId: ids[i], metric: gate.metric } : { gateId: ids[i], metric: gate.metric, unit }
    );
  });
  const measurements = input.measurements ?? {};
  const at = input.at.getTime();
  const today = Math.floor(at / DAY_MS) * DAY_MS;
  const hasHistory = columns.some((c) => {
    const series = own(measurements, c.gateId)?.history?.series;
    return series?.status === "ok" && series.points.some((point) => point.at.getTime() < today);
  });
  if (!window || !hasHistory || !input.facts?.activatedAt) return { columns, rows: [] };
  const rows = [];
  const start = window.start.getTime();
  for (let day = Math.floor(start / DAY_MS) * DAY_MS; day < today; day += DAY_MS) {
    const dayMeasurements = idRecord();
    for (const column of columns) {
      const history = own(measurements, column.gateId)?.history;
      const readings = { current: dayReading(history?.series, day, day + DAY_MS) };
      const reference = dayReading(history?.reference, day, day + DAY_MS);
      readings.baseline = reference;
      readings.lastWeek = reference;
      dayMeasurements[column.gateId] = readings;
    }
    const close = new Date(day + DAY_MS - 1);
    const evaluation = evaluatePhase({ ...input, at: close, measurements: dayMeasurements });
    rows.push({
      date: formatUtcDay(new Date(day)),
      ...reasonOf(evaluation),
      values: columns.map((c) => numberOrNull(dayMeasurements[c.gateId].current)),
      references: columns.map(
        (c) => own(measurements, c.gateId)?.history?.reference ? numberOrNull(dayMeasurements[c.gateId].baseline) : null
      ),
      verdict: evaluation.verdict,
      today: false
    });
  }
  rows.push({
    date: formatUtcDay(input.at),
    ...reasonOf(current),
    values: columns.map((c) => current.gates.find((g) => g.id === c.gateId)?.metric?.value ?? null),
    references: columns.map((c) => current.gates.find((g) => g.id === c.gateId)?.metric?.reference ?? null),
    verdict: current.verdict,
    today: true
  });
  return { columns, rows };
}
function reasonOf(evaluation) {
  const [first, ...rest] = evaluation.reasons;
  if (evaluation.verdict === "PROMOTE" || first === void 0) return {};
  return { reason: rest.length > 0 ? `${first} (and ${rest.length} more)` : first };
}
function numberOrNull(reading) {
  return reading.status === "ok" ? reading.value : null;
}

// action/src/gates/report/build.ts
function remedyFor(phase, verdict) {
  if (verdict === "ROLL BACK") return { kind: "roll-back", steps: undoSteps(phase) };
  if (verdict === "ROLL FORWARD") return { kind: "roll-forward", plans: rollForwardPlans(phase) };
  return void 0;
}
function buildGateReport(input) {
  const evaluation = evaluatePhase(input);
  const { from } = phaseTransition(input.plan, input.target);
  const window = from ? historyWindow(from.bake, input.facts?.activatedAt, input.at) : void 0;
  const report = {
    evaluation,
    history: buildHistory(input, evaluation),
    charts: buildCharts(evaluation, input.measurements ?? {}, window),
    lessons: [...input.lessons ?? []],
    notes: [...input.notes ?? []]
  };
  const remedy = from ? remedyFor(from, evaluation.verdict) : void 0;
  if (remedy) report.remedy = remedy;
  return report;
}

// action/src/gates/commit-status.ts
var STATUS_CONTEXT = "rollbook/gate";
var MAX_STATUS_DESCRIPTION = 140;
var STATE = {
  PROMOTE: "success",
  HOLD: "pending",
  FROZEN: "pending",
  "ROLL BACK": "failure",
  "ROLL FORWARD": "failure"
};
var HEADLINE = {
  PROMOTE: "PROMOTE: every gate passes",
  HOLD: "HOLD",
  FROZEN: "FROZEN",
  "ROLL BACK": "ROLL BACK recommended",
  "ROLL FORWARD": "ROLL FORWARD needed"
};
function fitDescription(description) {
  return truncate(description, MAX_STATUS_DESCRIPTION);
}
function statusForVerdict(verdict, reasons = []) {
  const detail = verdict === "PROMOTE" ? "" : reasons.join("; ").replace(/\s+/g, " ").trim();
  return {
    context: STATUS_CONTEXT,
    state: STATE[verdict],
    description: fitDescription(detail ? `${HEADLINE[verdict]}: ${detail}` : HEADLINE[verdict])
  };
}
function statusForFailures(failures) {
  const detail = failures.map((f) => `${f.plan}: ${f.why}`).join("; ").replace(/\s+/g, " ").trim();
  return { context: STATUS_CONTEXT, state: "error", description: fitDescription(`ERROR: ${detail}`) };
}
function statusForNonRollout() {
  return { context: STATUS_CONTEXT, state: "success", description: "Not a rollout PR: no gates apply" };
}
var WATCH_STATUS_PREFIX = "rollbook/watch/";
function watchStatusContext(plan) {
  return `${WATCH_STATUS_PREFIX}${plan}`;
}
function statusForWatch(plan, watched) {
  const context = watchStatusContext(plan);
  if (!watched) return { context, state: "success", description: "No active phase with measured gates" };
  const { verdict, phase, reasons } = watched;
  const detail = verdict === "PROMOTE" ? "" : reasons.join("; ").replace(/\s+/g, " ").trim();
  const head = verdict === "PROMOTE" ? `PROMOTE: every watched gate of ${phase} passes` : `${HEADLINE[verdict]} in ${phase}`;
  return { context, state: STATE[verdict], description: fitDescription(detail ? `${head}: ${detail}` : head) };
}

// action/src/gates/report/words.ts
var STATUS_WORD = {
  pass: "PASS",
  pending: "PENDING",
  fail: "FAIL",
  inconclusive: "NO DATA",
  error: "ERROR",
  rollback: "ROLL BACK"
};
function statusWord(status, response) {
  return status === "rollback" && response === "roll-forward" ? "ROLL FORWARD" : STATUS_WORD[status];
}
function headline(evaluation) {
  const { plan, from, to, verdict } = evaluation;
  const move = from ? `from ${from.title} to ${to.title}` : `into ${to.title}`;
  const sentences = {
    PROMOTE: `Ready to promote ${plan.title} ${move}.`,
    HOLD: `Not yet ready to promote ${plan.title} ${move}.`,
    FROZEN: `Promotion of ${plan.title} ${move} is frozen.`,
    "ROLL BACK": `Roll back ${plan.title}${from ? ` in ${from.title}` : ""}: a metric crossed its rollback threshold.`,
    "ROLL FORWARD": `Roll forward ${plan.title}${from ? ` in ${from.title}` : ""}: a metric crossed its rollback threshold, and ${evaluation.rollForward?.length ? "this phase cannot be rolled back; follow its roll-forward plan" : "the plan's policy is to fix forward rather than undo"}.`
  };
  return { verdict, sentence: sentences[verdict] };
}
var RAMP_WAIT_WORD = {
  tick: "next stage waits for a tick",
  hold: "holding",
  person: "paused for a person",
  done: "done"
};
function gateRow(gate, response) {
  const status = statusWord(gate.status, response);
  const row = { gate: gate.title, measured: gate.summary, threshold: "", status, source: "", queries: [] };
  switch (gate.kind) {
    case "bake": {
      const bake = gate.bake;
      if (!bake.endsAt) row.measured = "not started";
      else row.measured = `${bake.remainingMs === 0 ? "ended" : "ends"} ${formatTime(bake.endsAt)}`;
      row.threshold = formatDuration(bake.requiredMs);
      row.source = bake.activatedAt ? `activated ${formatTime(bake.activatedAt)}` : "phase not activated";
      break;
    }
    case "metric": {
      const metric = gate.metric;
      if (!metric) {
        row.source = "plan";
        break;
      }
      row.measured = metricMeasured(gate);
      row.threshold = describeThresholds(metric, response === "roll-forward" ? "roll forward" : "roll back");
      row.source = metric.source ?? metric.provider;
      row.queries = metric.baselineQuery ? [metric.query, metric.baselineQuery] : [metric.query];
      break;
    }
    case "check":
      row.measured = gate.check?.state?.replace(/_/g, " ") ?? "not reported";
      row.threshold = "success";
      row.source = "PR head";
      break;
    case "signoff": {
      const s = gate.signoff;
      row.measured = `${s.signed.length} of ${s.required}`;
      row.threshold = `${s.required} from ${s.approvers.join(", ")}`;
      row.source = "phase issue";
      break;
    }
    case "manual":
      row.measured = gate.summary;
      row.threshold = gate.manual?.text ?? "";
      row.source = "phase issue";
      break;
    case "ramp": {
      const ramp = gate.ramp;
      row.measured = ramp.waiting === "done" ? `all ${ramp.stages} stages done` : ramp.reached === 0 ? "not started" : `stage ${ramp.reached} of ${ramp.stages}, ${RAMP_WAIT_WORD[ramp.waiting]}${ramp.waiting === "hold" && ramp.holdEndsAt ? ` until ${formatTime(ramp.holdEndsAt)}` : ""}`;
      row.threshold = `${ramp.stages} stages in order${ramp.holds ? `, holds ${ramp.holds}` : ""}`;
      row.source = "phase issue";
      break;
    }
    case "checklist":
      row.threshold = "every item ticked";
      row.source = "phase issue";
      break;
    case "dependency":
      row.threshold = "done";
      row.source = `${gate.dependency.phase.split("/")[0]}'s phase issue`;
      break;
  }
  return row;
}
function metricMeasured(gate) {
  const metric = gate.metric;
  if (metric.value === void 0)
    return gate.status === "error" ? `error: ${metric.problem}` : metric.problem ?? gate.summary;
  const also = metric.reference === void 0 ? [] : [metric.reference];
  let text = measuredText(metric, metric.value, also);
  if (metric.reference !== void 0 && metric.regression !== void 0) {
    const against = metric.compare === "baseline" ? "control" : "last week";
    const sign = metric.regression > 0 ? "worse" : metric.regression < 0 ? "better" : "same";
    const amount = metric.regression === 0 ? "" : `${formatPercent(Math.abs(metric.regression))} `;
    text += ` (${against} ${measuredText(metric, metric.reference, [metric.value])}, ${amount}${sign})`;
  } else if (metric.problem) {
    text += ` (${metric.problem})`;
  }
  return text;
}
var AGAINST_WORD = { baseline: "control", "week-over-week": "last week" };
function historyHeader(column, evaluation) {
  const metric = evaluation.gates.find((g) => g.id === column.gateId)?.metric;
  if (!metric) return column.metric;
  const act = evaluation.response === "roll-forward" ? "roll forward" : "roll back";
  return `${column.metric} (${describeThresholds(metric, act)})`;
}
function historyCell(column, value, reference, evaluation) {
  if (value === null) return "no data";
  const metric = evaluation.gates.find((g) => g.id === column.gateId)?.metric;
  const detail = metric ?? { thresholds: {}, ...column.unit === void 0 ? {} : { unit: column.unit } };
  const shown = measuredText(detail, value, reference === null ? [] : [reference]);
  if (!metric || metric.compare === "absolute" || reference === null) return shown;
  return `${shown} (${AGAINST_WORD[metric.compare]} ${measuredText(detail, reference, [value])})`;
}

// action/src/gates/report/view.ts
function allowedMentions(evaluation) {
  const handles = [...evaluation.plan.owners, ...evaluation.gates.flatMap((g) => g.signoff?.approvers ?? [])];
  return new Set(handles.map((h) => h.toLowerCase()));
}
var COMMAND_LANGUAGE = "sh";
var SAFE_HREF = /^(https?:\/\/|\.{0,2}\/|[A-Za-z0-9_-]+\/)[^\s()<>"'`\\[\]\u0000-\u001f\u007f-\u009f]*$/;
function lessonHref(href, linkBase) {
  if (!href) return null;
  const relative2 = linkBase ? safeRelativeUrl(href.replace(/^(\.\/)+/, "")) : void 0;
  const resolved = relative2 !== void 0 && !relative2.startsWith("../") ? safeHttpUrl(`${linkBase}${relative2}`) : href;
  return resolved && SAFE_HREF.test(resolved) ? resolved : null;
}
function undoView(report, esc, block) {
  const { remedy, evaluation } = report;
  if (!remedy || !evaluation.from) return null;
  return remedyView(remedy, evaluation.from.title, esc, block);
}
function remedyView(remedy, phaseTitle, esc, block) {
  const command = (text) => text === void 0 ? null : block(text, COMMAND_LANGUAGE);
  const phase = esc(phaseTitle);
  if (remedy.kind === "roll-back") {
    return {
      rollBack: true,
      phase,
      steps: remedy.steps.map((step2) => ({
        title: esc(`Step ${step2.number}, ${step2.id}`),
        do: esc(step2.rollback?.do ?? (step2.irreversible ? "cannot be undone" : "no rollback given in the plan")),
        command: command(step2.rollback?.command)
      }))
    };
  }
  return {
    rollBack: false,
    phase,
    steps: remedy.plans.map(({ part, plan }) => {
      const name = part ? partName(part) : "the phase";
      return {
        title: esc(`${name[0].toUpperCase()}${name.slice(1)}`),
        do: esc(plan?.do ?? "the plan gives no roll-forward plan"),
        command: command(plan?.command)
      };
    })
  };
}
function buildView(report, esc, code, block) {
  const { evaluation, history, charts, lessons, notes } = report;
  const { verdict, sentence } = headline(evaluation);
  const bake = evaluation.gates.find((g) => g.kind === "bake")?.bake;
  const freezes = evaluation.freezes;
  const scope = evaluation.to.environment;
  return {
    verdict,
    headline: esc(sentence),
    plan: { name: esc(evaluation.plan.name), title: esc(evaluation.plan.title) },
    from: evaluation.from ? { id: esc(evaluation.from.id), title: esc(evaluation.from.title) } : null,
    to: { id: esc(evaluation.to.id), title: esc(evaluation.to.title), environment: esc(scope) },
    evaluatedAt: formatTime(evaluation.at),
    reasons: evaluation.reasons.map(esc),
    gates: evaluation.gates.map((gate) => {
      const row = gateRow(gate, evaluation.response);
      const queries = row.queries.map(code);
      return {
        id: esc(gate.id),
        kind: gate.kind,
        gate: esc(row.gate),
        measured: esc(row.measured),
        threshold: esc(row.threshold),
        status: row.status,
        source: esc(row.source),
        // The built-in templates show queries in their own section (`queries`), not in the table.
        queries,
        query: joinMd(queries, " vs ")
      };
    }),
    /** Each gate's queries, with what each one measures (the value or the control), as code blocks. */
    queries: evaluation.gates.flatMap((gate) => {
      const row = gateRow(gate, evaluation.response);
      if (row.queries.length === 0) return [];
      const labels = row.queries.length > 1 ? ["the value", "the control"] : [null];
      return row.queries.map((query, i) => ({
        gate: esc(row.gate),
        of: labels[i] ?? null,
        source: esc(row.source),
        code: block(query)
      }));
    }),
    undo: undoView(report, esc, block),
    bake: bake ? {
      required: formatDuration(bake.requiredMs),
      // `elapsed` and `remaining` change every minute; the built-in templates show `endsAt`
      // so that a report with nothing new is unchanged. Kept for override templates.
      elapsed: bake.elapsedMs === void 0 ? null : formatDuration(bake.elapsedMs),
      remaining: bake.remainingMs === void 0 ? null : formatDuration(bake.remainingMs),
      done: bake.remainingMs === 0,
      activatedAt: bake.activatedAt ? formatTime(bake.activatedAt) : null,
      endsAt: bake.endsAt ? formatTime(bake.endsAt) : null
    } : null,
    signoffs: evaluation.gates.flatMap((gate) => {
      const s = gate.signoff;
      if (!s) return [];
      return [
        {
          required: s.required,
          approvers: esc(s.approvers.join(", ")),
          status: statusWord(gate.status, evaluation.response),
          signed: s.signed.map((x) => ({
            by: esc(x.by),
            at: formatTime(x.at),
            as: x.as ? esc(x.as) : null
          })),
          refused: s.refused.map((x) => ({ by: esc(x.by), at: formatTime(x.at), why: esc(x.why) }))
        }
      ];
    }),
    freezes: {
      environment: esc(scope),
      active: freezes.filter((f) => f.status === "active").map((f) => esc(freezeReason(f))),
      waived: freezes.filter((f) => f.status === "waived").map((f) => esc(`${f.name}: ${f.reason} (the hotfix label lets this PR through)`)),
      upcoming: freezes.filter((f) => f.status === "upcoming").map((f) => esc(`${f.name} from ${formatUtcDay(new Date(f.startsAt))}: ${f.reason}`))
    },
    lessons: lessons.map((l) => ({
      id: esc(l.id),
      title: esc(l.title),
      why: esc(l.why),
      status: l.status ? l.status.toUpperCase() : null,
      href: lessonHref(l.href, report.linkBase),
      waivedReason: l.waivedReason ? esc(l.waivedReason) : null
    })),
    history: history.rows.length > 0 ? {
      columns: history.columns.map((c) => esc(historyHeader(c, evaluation))),
      rows: history.rows.map((row) => ({
        date: row.today ? `${row.date} (today)` : row.date,
        values: row.values.map(
          (v, i) => esc(historyCell(history.columns[i], v, row.references[i] ?? null, evaluation))
        ),
        verdict: row.verdict,
        why: esc(row.reason ?? "")
      }))
    } : null,
    charts: charts.map((chart) => ({
      title: esc(chart.title),
      mermaid: chart.mermaid,
      lines: chart.lines.map((line) => esc(line.label)),
      // The line runs straight across a gap: say where the data is missing.
      gaps: chart.gaps.map((gap) => `${formatTime(gap.from)} to ${formatTime(gap.to)}`)
    })),
    notes: notes.map(esc),
    marker: reportMarker(evaluation.plan.name, evaluation.to.id)
  };
}
function markdownView(report) {
  const mentions = allowedMentions(report.evaluation);
  return buildView(
    report,
    (text) => textWithMentions(text, mentions),
    cellCode,
    (code, language) => codeBlock(code, language)
  );
}
function keptLines(code) {
  return normalizeLines(code).split("\n").map(singleLine).filter((line) => line !== "").join("\n");
}
var TEXT_REPORT_WIDTH = 120;
var TEXT_INDENT = "  ";
function textView(report) {
  const view = buildView(report, singleLine, singleLine, keptLines);
  const width = TEXT_REPORT_WIDTH - TEXT_INDENT.length;
  const header = ["GATE", "MEASURED", "THRESHOLD", "STATUS", "SOURCE"];
  const rows = view.gates.map((g) => [g.gate, g.measured, g.threshold, g.status, g.source]);
  const historyRows = view.history ? [
    ["DAY", ...view.history.columns, "VERDICT", "WHY"],
    ...view.history.rows.map((r) => [r.date, ...r.values, r.verdict, r.why])
  ] : [];
  const queryLines = view.queries.flatMap((q) => [
    `${q.gate}${q.of ? `, ${q.of}` : ""} (${q.source}):`,
    ...wrapText(q.code, width - TEXT_INDENT.length).map((line) => TEXT_INDENT + line)
  ]);
  const undoLines = (view.undo?.steps ?? []).flatMap((step2) => [
    `${step2.title}: ${step2.do}`,
    ...step2.command ? step2.command.split("\n").map((line) => TEXT_INDENT + TEXT_INDENT + line) : []
  ]);
  return {
    ...view,
    undoLines,
    table: alignTable([header, ...rows], width),
    historyTable: alignTable(historyRows, width),
    queryLines
  };
}

// action/src/gates/report/render.ts
function tidy(text) {
  return `${trimLineEnds(text).replace(/\n{3,}/g, "\n\n").trim()}
`;
}
function renderGateReport(report, format, templates) {
  if (format === "md") return tidy(templates.markdown(markdownView(report)));
  const text = tidy(templates.text(textView(report)));
  return `${text.trimEnd().split("\n").flatMap((line) => wrapLine(line, TEXT_REPORT_WIDTH)).join("\n")}
`;
}
function gateReportJson(report) {
  const { evaluation, history, charts } = report;
  return {
    plan: evaluation.plan.name,
    from: evaluation.from?.id ?? null,
    phase: evaluation.to.id,
    at: evaluation.at,
    verdict: evaluation.verdict,
    reasons: evaluation.reasons,
    status: statusForVerdict(evaluation.verdict, evaluation.reasons),
    gates: evaluation.gates,
    freezes: evaluation.freezes,
    history,
    charts: charts.map(({ gateId, metric, labels, lines }) => ({ gateId, metric, labels, lines }))
  };
}

// action/src/lessons/report.ts
var STATUS = {
  pass: "pass",
  pending: "pending",
  inconclusive: "pending",
  fail: "fail",
  error: "fail",
  rollback: "fail"
};
function reportGuards(guards, phaseId, gates = []) {
  const statusById = new Map(gates.map((g) => [g.id, STATUS[g.status]]));
  const phase = guards.phases.find((p) => p.phaseId === phaseId);
  return (phase?.guards ?? []).map((g) => {
    const out = {
      id: g.key,
      title: g.summary,
      why: whyLabel(g.why),
      lessonId: g.why.lessonId,
      lessonTitle: g.why.title,
      href: g.why.href,
      kind: g.action.kind
    };
    if (g.action.kind === "gate") {
      out.gateId = g.itemId;
      const status = statusById.get(g.itemId);
      if (status) out.status = status;
    }
    if (g.waived) {
      out.status = "waived";
      out.waivedReason = g.waived.reason;
    }
    return out;
  });
}

// action/src/gates/model.ts
var CHECK_STATES = [
  "success",
  "neutral",
  "skipped",
  "pending",
  "queued",
  "in_progress",
  "waiting",
  "requested",
  "expected",
  "failure",
  "error",
  "cancelled",
  "timed_out",
  "action_required",
  "stale",
  "startup_failure"
];

// action/src/gates/report/templates.ts
var MARKDOWN_TEMPLATE = "gate-report.md.hbs";
var TEXT_TEMPLATE = "gate-report.txt.hbs";
var REPORT_TEMPLATES = {
  kind: "report",
  files: { markdown: MARKDOWN_TEMPLATE, text: TEXT_TEMPLATE },
  extraPartialsInRoot: true
};
function builtinReportTemplateDir(start) {
  return builtinDirOf(REPORT_TEMPLATES, start);
}
async function loadReportTemplates(overrideDir, builtinDir = builtinReportTemplateDir(), files, cwd) {
  return compileTemplateSet(
    await loadTemplateSources(REPORT_TEMPLATES, {
      builtinDir,
      ...overrideDir ? { overrideDir } : {},
      ...files ? { files } : {},
      ...cwd ? { cwd } : {}
    })
  );
}

export {
  DEFAULT_HOTFIX_LABEL,
  DEFAULT_TIMEOUT_MS,
  JsonFileProvider,
  SharedQueries,
  createProviders,
  gateQueries,
  unfilledProblem,
  describeThresholds,
  evaluateGate,
  checkGateStatus,
  DEPENDENCY_DONE,
  VERDICT_PRECEDENCE,
  UnknownPhaseError,
  phaseTransition,
  planSources,
  collectMeasurements,
  collectPhaseMeasurements,
  remedyFor,
  buildGateReport,
  STATUS_CONTEXT,
  statusForVerdict,
  statusForFailures,
  statusForNonRollout,
  WATCH_STATUS_PREFIX,
  statusForWatch,
  remedyView,
  renderGateReport,
  gateReportJson,
  reportGuards,
  CHECK_STATES,
  loadReportTemplates
};
