import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  CHECK_STATES,
  DEFAULT_HOTFIX_LABEL,
  DEFAULT_TIMEOUT_MS,
  STATUS_CONTEXT,
  SharedQueries,
  VERDICT_PRECEDENCE,
  WATCH_STATUS_PREFIX,
  buildGateReport,
  checkGateStatus,
  collectMeasurements,
  collectPhaseMeasurements,
  createProviders,
  describeThresholds,
  evaluateGate,
  gateQueries,
  gateReportJson,
  loadReportTemplates,
  phaseTransition,
  planSources,
  remedyFor,
  remedyView,
  renderGateReport,
  reportGuards,
  statusForFailures,
  statusForNonRollout,
  statusForVerdict,
  statusForWatch,
  unfilledProblem
} from "./chunk-5YEZKIMZ.js";
import {
  addLabels,
  createIssueOnce,
  getIssue,
  openLessonDrafts,
  updateIssue
} from "./chunk-3DIR5HX7.js";
import {
  findPostedReview,
  guardedPlans
} from "./chunk-TW3FE3IC.js";
import {
  applyGuards
} from "./chunk-5J6QAA5N.js";
import {
  DEFAULT_LABEL_PREFIX,
  LABEL_PREFIX_EXPECTED,
  MAX_AUDIT_ENTRIES,
  MAX_BODY_CHARS,
  MINIMAL_TEXT_CHARS,
  MIN_AUDIT_ENTRIES,
  PAGE_SIZE,
  REST_FALLBACK_AUTHOR,
  TITLE_PREFIX,
  TRUNCATED_TEXT_CHARS,
  analysisLimits,
  assembleRegion,
  awaitingProvider,
  breachKey,
  buildInventory,
  compactLog,
  completedAt,
  completionOf,
  createComment,
  createCommentOnce,
  deleteIssueComment,
  derivePhaseState,
  deriveRolloutState,
  emptyState,
  encodeReadings,
  failureProgress,
  findPhase,
  foldDuplicateTicks,
  hasFailed,
  isBreachVerdict,
  isDue,
  isLabelPrefix,
  isNoDataProblem,
  isSameBody,
  issueLabels,
  listComments,
  listOwnComments,
  mergeTicks,
  minimizeComment,
  noDataProgress,
  normalizeLine,
  parentIssueTitle,
  parseIssueBody,
  parseItemId,
  parseTaskLine,
  passingGates,
  phaseEntries,
  phaseIssueTitle,
  phaseWatchVerdict,
  planIssues,
  readManagedIssues,
  recordReadings,
  reviewDueAt,
  reviewedImpact,
  sameLogin,
  setCheckbox,
  tidyLines,
  toReading,
  updateComment,
  updateIssueComment,
  verifyPhaseIssue,
  watchVerdict,
  withState,
  withoutProvenance,
  writtenReadings
} from "./chunk-PDIKZ2TZ.js";
import {
  cellCode,
  code,
  codeBlock,
  describeRamp,
  fixed,
  gateIds,
  handle,
  handleList,
  inertLogin,
  link,
  text,
  truncatedText
} from "./chunk-RIUK62DN.js";
import {
  apiBaseUrl,
  createGitHubClient,
  require_tunnel,
  require_undici
} from "./chunk-F7U2YLSK.js";
import {
  fetchLessonSource
} from "./chunk-EFVUQVAP.js";
import "./chunk-64ZO2YJY.js";
import {
  errorMessage,
  isForbidden,
  isNotFound,
  isOutcomeUnknown,
  isUnprocessable,
  rejectedRetryAfter,
  statusOf
} from "./chunk-CO3KHFF2.js";
import {
  annotationBody
} from "./chunk-X7BNH7CW.js";
import {
  runbookFileName
} from "./chunk-REKHWLVL.js";
import {
  whyLabel
} from "./chunk-S4LJVRPO.js";
import {
  encodeReviewRecord,
  recordedKpis,
  recordedResult,
  reviewedName,
  stillAsked
} from "./chunk-CN42PEYM.js";
import {
  MARKER_OPENING,
  breachMarker,
  breakComments,
  breakCommentsInCode,
  cellCodeSpan,
  codeFence,
  completionMarker,
  digestMarker,
  dispatchMarker,
  escapeMarkdownInline,
  findDigestMarker,
  hasRefusalMarker,
  itemMarker,
  kpiReviewMarker,
  markerId,
  measuredRevertItems,
  measuredRevertMarker,
  parseCompletionLine,
  parseReportMarker,
  readBreachMarker,
  readDispatchMarker,
  readIssueKey,
  refusalMarker,
  reportMarker,
  safeHttpUrl,
  sameBreach,
  signoffRevertedMarker,
  splitItemMarker,
  withMarker,
  withoutMarkers
} from "./chunk-TQGIIV45.js";
import {
  compileTemplateSet
} from "./chunk-LSURUNZ5.js";
import {
  checkPlans,
  dependencyOrder
} from "./chunk-53CWM5Y6.js";
import {
  blobBaseUrl,
  matchGuards,
  serverUrl
} from "./chunk-3K54BDRQ.js";
import {
  loadConfig,
  parseConfig
} from "./chunk-PRW37BDM.js";
import {
  LessonSourceReader
} from "./chunk-BM67PERK.js";
import "./chunk-ZAKRNKYC.js";
import {
  checkDuplicateIds,
  checkSharedDuplicateIds,
  lessonsDirOf,
  parseLesson,
  require_picomatch,
  toLessonSet
} from "./chunk-LC5U5VG2.js";
import {
  compareCodePoints,
  decodeSource,
  parsePlan,
  parseYamlSource
} from "./chunk-PWZWRRNJ.js";
import {
  authorMaySignOff,
  classifyGate,
  formatDuration,
  formatMeasured,
  formatTime,
  formatUtcDay,
  idRecord,
  isGateOfKind,
  isStructuredTarget,
  isoSeconds,
  kpiThreshold,
  loginKey,
  meetsThreshold,
  normalizeCalendarStart,
  own,
  parseDuration,
  phaseResponse,
  signoffsNeeded,
  targetLabel
} from "./chunk-4UT3FWL7.js";
import {
  DEFAULT_PLAN_PATHS
} from "./chunk-4EVLPBYK.js";
import "./chunk-ELWZLMOX.js";
import "./chunk-LG33J42V.js";
import "./chunk-WBADEOUP.js";
import {
  builtinDirOf,
  loadTemplateSources,
  templatesDirProblem
} from "./chunk-NHGUQWO3.js";
import {
  countBySeverity
} from "./chunk-2Y4U2LYP.js";
import {
  plural
} from "./chunk-E2OZFMTG.js";
import {
  toDisplay
} from "./chunk-GX3IQWWC.js";
import {
  ExpectedError,
  debugUnexpected,
  isExpectedError
} from "./chunk-DSNISORP.js";
import {
  truncate
} from "./chunk-OOZIPJ2T.js";
import {
  __toESM
} from "./chunk-4AQ7M4HS.js";

// action/src/github-action/context.ts
import { readFileSync } from "node:fs";

// action/src/github-action/report/inputs.ts
var COMMENT_MODES = ["sticky", "new"];
var MAX_METRICS_TIMEOUT_SECONDS = 300;
function readReportInputs(getInput2, fail, setSecret2) {
  const prometheusUrl = getInput2("prometheus-url") || void 0;
  if (prometheusUrl !== void 0 && !isHttpUrl(prometheusUrl))
    fail(`input "prometheus-url" must be an http(s) URL (got "${prometheusUrl}")`);
  const origins = getInput2("http-json-token-origins").split(/[\n,]/).map((line) => line.trim()).filter(Boolean);
  for (const origin of origins) {
    if (!isHttpUrl(origin) || new URL(origin).origin !== origin.replace(/\/$/, ""))
      fail(`input "http-json-token-origins" must list origins such as https://metrics.example.com (got "${origin}")`);
  }
  const timeoutText = getInput2("metrics-timeout") || String(DEFAULT_TIMEOUT_MS / 1e3);
  const timeoutSeconds = Number(timeoutText);
  if (!/^\d+(\.\d+)?$/.test(timeoutText) || timeoutSeconds <= 0 || timeoutSeconds > MAX_METRICS_TIMEOUT_SECONDS)
    fail(
      `input "metrics-timeout" must be a number of seconds from 1 to ${MAX_METRICS_TIMEOUT_SECONDS} (got "${timeoutText}")`
    );
  const allowPrivate = (getInput2("http-json-allow-private") || "false").toLowerCase();
  if (allowPrivate !== "true" && allowPrivate !== "false")
    fail(`input "http-json-allow-private" must be true or false (got "${allowPrivate}")`);
  const commentMode = getInput2("comment-mode") || "sticky";
  if (!COMMENT_MODES.includes(commentMode))
    fail(`input "comment-mode" must be one of ${COMMENT_MODES.join(", ")} (got "${commentMode}")`);
  const inputs = {
    httpJsonTokenOrigins: origins.map((o) => new URL(o).origin),
    httpJsonAllowPrivate: allowPrivate === "true",
    metricsTimeoutMs: Math.round(timeoutSeconds * 1e3),
    hotfixLabel: getInput2("hotfix-label") || DEFAULT_HOTFIX_LABEL,
    commentMode
  };
  if (prometheusUrl) inputs.prometheusUrl = prometheusUrl;
  const prometheusToken = getInput2("prometheus-token");
  if (prometheusToken) {
    setSecret2(prometheusToken);
    inputs.prometheusToken = prometheusToken;
  }
  const httpJsonToken = getInput2("http-json-token");
  if (httpJsonToken) {
    setSecret2(httpJsonToken);
    inputs.httpJsonToken = httpJsonToken;
  }
  const metricsFile = getInput2("metrics-file");
  if (metricsFile) inputs.metricsFile = metricsFile;
  return inputs;
}
function isHttpUrl(text2) {
  if (!/^https?:\/\/\S+$/.test(text2)) return false;
  try {
    new URL(text2);
    return true;
  } catch {
    return false;
  }
}

// action/src/github-action/sync/inputs.ts
var SIGNOFF_PERMISSIONS = ["triage", "write", "maintain", "admin"];
var LESSON_DRAFT_MODES = ["off", "pull-request", "issue"];
function readSyncInputs(getInput2, fail) {
  const permission = getInput2("signoff-permission").trim();
  if (permission && !SIGNOFF_PERMISSIONS.includes(permission))
    fail(`input "signoff-permission" must be empty or one of ${SIGNOFF_PERMISSIONS.join(", ")} (got "${permission}")`);
  const author = (getInput2("allow-author-signoff") || "false").toLowerCase();
  if (author !== "true" && author !== "false")
    fail(`input "allow-author-signoff" must be true or false (got "${author}")`);
  const watchHttpJson = (getInput2("watch-http-json") || "false").toLowerCase();
  if (watchHttpJson !== "true" && watchHttpJson !== "false")
    fail(`input "watch-http-json" must be true or false (got "${watchHttpJson}")`);
  const drafts = (getInput2("lesson-drafts") || "off").trim();
  if (!LESSON_DRAFT_MODES.includes(drafts))
    fail(`input "lesson-drafts" must be one of ${LESSON_DRAFT_MODES.join(", ")} (got "${drafts}")`);
  return {
    lessonDrafts: drafts,
    ...permission ? { signoffPermission: permission } : {},
    allowAuthorSignoff: author === "true",
    watchHttpJson: watchHttpJson === "true"
  };
}

// action/src/github-action/inputs.ts
var ACTION_COMMANDS = ["validate", "sync", "report", "all"];
var InputError = class extends ExpectedError {
  name = "InputError";
};
function readInputs(runner) {
  const getInput2 = (name) => runner.getInput(name);
  const command = getInput2("command") || "all";
  if (!ACTION_COMMANDS.includes(command)) {
    throw new InputError(`input "command" must be one of ${ACTION_COMMANDS.join(", ")} (got "${command}")`);
  }
  const dryRunText = (getInput2("dry-run") || "false").toLowerCase();
  if (!["true", "false"].includes(dryRunText))
    throw new InputError(`input "dry-run" must be true or false (got "${dryRunText}")`);
  const labelPrefix = getInput2("label-prefix") || DEFAULT_LABEL_PREFIX;
  if (!isLabelPrefix(labelPrefix)) {
    throw new InputError(`input "label-prefix" must be ${LABEL_PREFIX_EXPECTED} (got "${labelPrefix}")`);
  }
  const startText = getInput2("start") || void 0;
  const parsedStart = startText === void 0 ? void 0 : normalizeCalendarStart(startText);
  if (parsedStart && !parsedStart.ok) {
    throw new InputError(
      `input "start" must be a date (YYYY-MM-DD) or a time with Z or an offset (got "${startText}", which ${parsedStart.error})`
    );
  }
  const start = parsedStart?.start;
  const token = getInput2("token");
  if (token) runner.setSecret(token);
  const lessonsToken = getInput2("lessons-token");
  if (lessonsToken) runner.setSecret(lessonsToken);
  const inputs = {
    command,
    token,
    lessonsToken,
    plans: getInput2("plans").split("\n").map((line) => line.trim()).filter(Boolean),
    configPath: getInput2("config") || "rollbook.config.yaml",
    dryRun: dryRunText === "true",
    labelPrefix,
    report: readReportInputs(
      getInput2,
      (message) => {
        throw new InputError(message);
      },
      (secret) => runner.setSecret(secret)
    ),
    sync: readSyncInputs(getInput2, (message) => {
      throw new InputError(message);
    })
  };
  const templates = getInput2("templates");
  if (templates) inputs.templatesDir = templates;
  if (start) inputs.start = start;
  return inputs;
}

// action/src/github-action/context.ts
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "workflow_dispatch";
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(readFileSync(path, "utf8")) };
  } catch (error2) {
    throw new InputError(`cannot read the event payload at GITHUB_EVENT_PATH (${error2.message})`);
  }
}
function readRepository(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) throw new InputError("GITHUB_REPOSITORY is not set as owner/repo");
  return { owner, repo };
}
function createActionContext(inputs, validation, host, options) {
  let client;
  const env = host.runner.env;
  return {
    inputs,
    cwd: options.cwd,
    now: options.now,
    event: readEvent(env),
    repo: readRepository(env),
    validation,
    runner: host.runner,
    log: host.log,
    clock: host.clock,
    lessonSources: options.lessonSources,
    github() {
      if (!inputs.token) throw new InputError('input "token" is empty: sync and report need a GitHub token');
      client ??= host.github(inputs.token);
      return client;
    }
  };
}

// action/src/github-action/forbidden-hint.ts
var FORBIDDEN_HINT = "GitHub refused the workflow token (403): give the job the permissions the README lists for its command (sync: `issues: write`; report: `pull-requests: write`, `statuses: write`, `issues: read`)";
function forbiddenHint(error2) {
  return isForbidden(error2) ? `; hint: ${FORBIDDEN_HINT}` : "";
}

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell3) => {
        if (typeof cell3 === "string") {
          return this.wrap("td", cell3);
        }
        const { header, data, colspan, rowspan } = cell3;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// action/src/runtime/clock.ts
import { setTimeout as sleep } from "node:timers/promises";
var systemClock = {
  now: () => /* @__PURE__ */ new Date(),
  sleep: (ms) => sleep(ms)
};

// action/src/github-action/host.ts
var coreLogger = {
  debug: (message) => debug(message),
  info: (message) => info(message),
  notice: (message) => notice(message),
  warning: (message, where) => warning(message, where),
  error: (message, where) => error(message, where)
};
function runnerHost(env = process.env) {
  return {
    runner: {
      env,
      getInput: (name) => getInput(name),
      setSecret: (value) => setSecret(value),
      setOutput: (name, value) => setOutput(name, value),
      summary,
      setFailed: (message) => setFailed(message)
    },
    log: coreLogger,
    clock: systemClock,
    github: (token) => createGitHubClient(token, { baseUrl: apiBaseUrl(env), log: coreLogger })
  };
}

// action/src/github-action/lesson-sources.ts
function actionLessonSources(inputs, env, github) {
  const token = inputs.lessonsToken || inputs.token;
  const tokenName = inputs.lessonsToken ? "the lessons-token input" : "the action\u2019s lessons-token input";
  let client;
  const reader = new LessonSourceReader(async (source) => {
    if (!token) {
      return {
        ok: false,
        problem: {
          repository: source.repository,
          message: `cannot read the lessons of ${source.repository}: the action has no token`,
          expected: `a token with contents: read on ${source.repository}`,
          hint: "pass one as the lessons-token input"
        }
      };
    }
    client ??= github(token);
    return fetchLessonSource(client, source, { serverUrl: serverUrl(env), tokenName });
  });
  return async (config, file, positions) => {
    const sources = config.lessonSources;
    if (!sources || sources.length === 0) return void 0;
    return reader.read(sources, { file, ...positions ? { positions } : {} });
  };
}
function sharedLessonsOfLoaded(read, loaded, file) {
  return read(loaded.config, loaded.file ?? file, loaded.lessonSourcePositions);
}

// action/src/github/statuses.ts
var PAGE_SIZE2 = 100;
var MAX_PAGES = 10;
async function latestStatuses(client, repo, sha) {
  const out = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: PAGE_SIZE2, page });
    for (const s of data.statuses) {
      out.push({
        context: s.context,
        state: s.state,
        description: s.description ?? null,
        targetUrl: s.target_url ?? null
      });
    }
    if (data.statuses.length < PAGE_SIZE2) break;
  }
  return out;
}
async function setCommitStatus(client, repo, sha, status) {
  await client.rest.repos.createCommitStatus({
    ...repo,
    sha,
    context: status.context,
    state: status.state,
    description: status.description,
    ...status.targetUrl ? { target_url: status.targetUrl } : {}
  });
}

// action/src/gates/glob.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var GLOB_OPTIONS = { posix: true, dot: true };
function normalizePath(path) {
  return path.replace(/\\/g, "/").replace(/^\.?\//, "");
}
function globMatcher(glob) {
  const matches = (0, import_picomatch.default)(glob.replace(/^\.?\//, ""), GLOB_OPTIONS);
  return (path) => matches(normalizePath(path));
}
function matchesGlob(path, glob) {
  return globMatcher(glob)(path);
}

// action/src/gates/detect.ts
var MARKER_KEY = "Rollbook-Promote";
var ID = "[a-z0-9][a-z0-9-]*";
var MARKER_LINE = new RegExp(`^\\s*${MARKER_KEY}:\\s*(${ID})(?:/(${ID}))?\\s*$`, "i");
function parseMarkers(body) {
  if (!body) return [];
  const markers = [];
  let fenced = false;
  for (const line of withoutHtmlComments(body).split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const match = MARKER_LINE.exec(line);
    if (match)
      markers.push(
        match[2] ? { plan: match[1].toLowerCase(), phase: match[2].toLowerCase() } : { plan: match[1].toLowerCase() }
      );
  }
  return markers;
}
function withoutHtmlComments(body) {
  let out = "";
  let at = 0;
  for (let open2 = body.indexOf("<!--"); open2 >= 0; open2 = body.indexOf("<!--", at)) {
    out += body.slice(at, open2);
    const close = body.indexOf("-->", open2 + 4);
    if (close < 0) return out;
    at = close + 3;
  }
  return out + body.slice(at);
}
function labelValues(labels, prefix, kind) {
  const start = `${prefix}:${kind}/`.toLowerCase();
  return labels.filter((l) => l.toLowerCase().startsWith(start)).map((l) => l.slice(start.length).toLowerCase());
}
function detectRollout(pr, changedFiles, plansFromBaseBranch, options = {}) {
  const prefix = options.labelPrefix ?? DEFAULT_LABEL_PREFIX;
  const labels = pr.labels ?? [];
  const markers = parseMarkers(pr.body);
  const planLabels = labelValues(labels, prefix, "plan");
  const phaseLabels = labelValues(labels, prefix, "phase");
  const files = changedFiles.map(normalizePath);
  const known = new Set(plansFromBaseBranch.map((p) => p.plan.metadata.name));
  const named = [...planLabels, ...markers.map((m) => m.plan)];
  const unknownPlans = [...new Set(named.filter((name) => !known.has(name)))].sort();
  const rollouts = [];
  for (const { file, plan } of plansFromBaseBranch) {
    const name = plan.metadata.name;
    const planChanged = files.includes(normalizePath(file));
    const pathPhases = plan.phases.filter((phase) => (phase.paths ?? []).some((glob) => files.some(globMatcher(glob)))).map((phase) => phase.id);
    const marker = markers.find((m) => m.plan === name);
    const triggers = [];
    if (planChanged) triggers.push("plan-file");
    if (pathPhases.length > 0) triggers.push("paths");
    if (planLabels.includes(name)) triggers.push("label");
    if (marker) triggers.push("marker");
    if (triggers.length === 0) continue;
    rollouts.push({
      plan: name,
      file,
      triggers,
      planChanged,
      pathPhases,
      ...chooseTarget(plan, marker, phaseLabels, pathPhases, options.currentPhases)
    });
  }
  return { rollouts, unknownPlans };
}
function chooseTarget(plan, marker, phaseLabels, pathPhases, currentPhases) {
  const problems = [];
  const indexOf = (id) => plan.phases.findIndex((p) => p.id === id);
  const phaseList = plan.phases.map((p) => p.id).join(", ");
  let explicit;
  if (marker?.phase !== void 0) {
    if (indexOf(marker.phase) >= 0) explicit = { id: marker.phase, by: "marker" };
    else
      problems.push(
        `${MARKER_KEY} names phase "${marker.phase}", which plan ${plan.metadata.name} does not have (phases: ${phaseList})`
      );
  } else {
    const labelled = phaseLabels.filter((id) => indexOf(id) >= 0);
    if (labelled.length > 1) problems.push(`several phase labels (${labelled.join(", ")}); using the furthest`);
    const furthest = labelled.sort((a, b) => indexOf(b) - indexOf(a))[0];
    if (furthest !== void 0) explicit = { id: furthest, by: "phase-label" };
  }
  const byPaths = pathPhases.at(-1);
  if (pathPhases.length > 1) {
    problems.push(
      `changes files of several phases (${pathPhases.join(", ")}); judged as a promotion into the furthest`
    );
  }
  if (explicit && byPaths !== void 0 && indexOf(byPaths) > indexOf(explicit.id)) {
    problems.push(
      `the ${explicit.by === "marker" ? "marker" : "label"} names ${explicit.id}, but the changed files belong to ${byPaths}: judged as a promotion into ${byPaths}`
    );
    return { target: byPaths, targetBy: "paths", problems };
  }
  if (explicit) return { target: explicit.id, targetBy: explicit.by, problems };
  if (byPaths !== void 0) return { target: byPaths, targetBy: "paths", problems };
  const name = plan.metadata.name;
  if (currentPhases && Object.hasOwn(currentPhases, name)) {
    const current = currentPhases[name];
    if (current === null || current === void 0)
      return { target: plan.phases[0].id, targetBy: "checklist", problems };
    const index = indexOf(current);
    const next = index >= 0 ? plan.phases[index + 1] : void 0;
    if (next) return { target: next.id, targetBy: "checklist", problems };
    problems.push(
      index < 0 ? `the checklist says the current phase is "${current}", which the plan does not have` : `the rollout is already in its last phase (${current}); nothing to promote to`
    );
    return { problems };
  }
  problems.push(
    `cannot tell which phase this PR promotes to: add a line \`${MARKER_KEY}: ${name}/<phase>\` to its description`
  );
  return { problems };
}

// action/src/github/checks.ts
var PAGE_SIZE3 = 100;
async function latestCheckRuns(client, repo, sha) {
  const runs = await client.paginate(client.rest.checks.listForRef, {
    ...repo,
    ref: sha,
    filter: "latest",
    per_page: PAGE_SIZE3
  });
  return runs.map((run2) => ({ name: run2.name, state: run2.conclusion ?? run2.status }));
}

// action/src/github/pulls.ts
var PAGE_SIZE4 = 100;
function toSnapshot(data) {
  return {
    number: data.number,
    state: data.state,
    author: data.user?.login ?? "ghost",
    body: data.body ?? "",
    labels: data.labels.flatMap((label) => label.name ? [label.name] : []),
    headSha: data.head.sha,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    fromFork: data.head.repo?.full_name !== data.base.repo.full_name,
    draft: data.draft ?? false,
    url: data.html_url
  };
}
async function getPullRequest(client, repo, number) {
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: number });
  return toSnapshot(data);
}
async function listOpenPullRequests(client, repo) {
  const pulls = await client.paginate(client.rest.pulls.list, {
    ...repo,
    state: "open",
    sort: "created",
    direction: "asc",
    per_page: PAGE_SIZE4
  });
  return pulls.map((pull) => toSnapshot(pull));
}
async function listChangedFiles(client, repo, number) {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: number,
    per_page: PAGE_SIZE4
  });
  return [...new Set(files.flatMap((f) => f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]))];
}

// action/src/github-action/report/comment.ts
import { createHash } from "node:crypto";
var MAX_COMMENT_CHARS = 65536;
var TRAILER_RESERVE = 600;
var TIME_PLACEHOLDER = "<evaluation time>";
function commentBody(markdown, plan, phase, at) {
  let text2 = markdown.trimEnd();
  if (!parseReportMarker(text2)) text2 = withMarker(`${text2}
`, reportMarker(plan, phase));
  if (text2.length > MAX_COMMENT_CHARS - TRAILER_RESERVE) {
    const cut = text2.slice(0, MAX_COMMENT_CHARS - TRAILER_RESERVE);
    const lines = cut.slice(0, cut.lastIndexOf("\n")).split("\n");
    const fences = lines.filter((l) => /^\s*(```|~~~)/.test(l)).length;
    text2 = [
      ...lines,
      ...fences % 2 === 1 ? ["```"] : [],
      "",
      "_The report is too long for a comment and was cut here; the job summary has all of it._",
      "",
      reportMarker(plan, phase)
    ].join("\n");
  }
  text2 = normalized(text2);
  const digest = digestOfText(text2, isoSeconds(at));
  return { body: `${withMarker(text2, digestMarker(digest, isoSeconds(at)))}
`, digest };
}
function normalized(text2) {
  return text2.replace(/\r\n?/g, "\n").trimEnd();
}
function digestOfText(text2, at) {
  return createHash("sha256").update(text2.replaceAll(formatTime(at), TIME_PLACEHOLDER)).digest("hex");
}
function intactDigest(body) {
  const found = findDigestMarker(body);
  if (!found) return void 0;
  const text2 = normalized(body.slice(0, found.index));
  return digestOfText(text2, found.at) === found.digest ? found.digest : void 0;
}
function unresolvedMarkdown(planTitle, problems, planName) {
  const lines = [
    `**Verdict: HOLD.** Rollbook cannot tell which phase of ${text(planTitle)} this pull request promotes to.`,
    "",
    ...problems.map((p) => `- ${text(p)}`),
    "",
    "<sub>The rollbook/gate status stays pending until the phase is known. Plans are read from the base branch.</sub>",
    "",
    reportMarker(planName, UNKNOWN_PHASE)
  ];
  return lines.join("\n");
}
var UNKNOWN_PHASE = "unknown";

// action/src/github/access.ts
async function teamMembership(github, team, login) {
  const match = /^@?([^/]+)\/(.+)$/.exec(team);
  if (!match) return "not-member";
  try {
    const { data } = await github.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
      org: match[1],
      team_slug: match[2],
      username: login
    });
    return data.state === "active" ? "member" : "not-member";
  } catch (error2) {
    if (isNotFound(error2)) return "not-member";
    if (isForbidden(error2)) return "unreadable";
    throw error2;
  }
}
var PERMISSIONS = ["none", "read", "triage", "write", "maintain", "admin"];
async function collaboratorPermission(github, repo, login) {
  try {
    const { data } = await github.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
      ...repo,
      username: login
    });
    const role = data.role_name ?? data.permission;
    const known = PERMISSIONS.includes(role) ? role : void 0;
    return known ?? data.permission;
  } catch (error2) {
    if (isNotFound(error2)) return "none";
    throw error2;
  }
}

// action/src/github-action/adopted-issues.ts
var ADOPTED_PERMISSIONS = /* @__PURE__ */ new Set(["write", "maintain", "admin"]);
var isAppLogin = (login) => /\[bot\]$/i.test(login);
async function adoptedIssues(github, repo, issues, viewer, log) {
  const permissions = /* @__PURE__ */ new Map();
  const permissionOf = (login) => {
    const key = login.toLowerCase();
    let found = permissions.get(key);
    if (!found) {
      found = collaboratorPermission(github, repo, login).catch(() => "unreadable");
      permissions.set(key, found);
    }
    return found;
  };
  const kept = [];
  for (const issue2 of issues) {
    const author = issue2.author;
    const key = author ? readIssueKey(issue2.body) : void 0;
    if (!author || !key || sameLogin(author, viewer) || isAppLogin(author)) {
      kept.push(issue2);
      continue;
    }
    const permission = await permissionOf(author);
    if (permission !== "unreadable" && ADOPTED_PERMISSIONS.has(permission)) {
      kept.push(issue2);
      continue;
    }
    const why = permission === "unreadable" ? `whose permission on the repository this token cannot read` : `who cannot write to the repository (${permission})`;
    log.warning(
      `#${issue2.number} carries the Rollbook marker of ${key.plan}${key.phase ? ` \xB7 ${key.phase}` : ""} but was opened by @${author}, ${why}: it is not taken for a checklist issue`
    );
  }
  return kept;
}

// action/src/github-action/report/phase-issues.ts
var GATE_KINDS = /* @__PURE__ */ new Set(["gate", "signoff"]);
var PhaseIssueReader = class {
  #client;
  #repo;
  #labelPrefix;
  #log;
  #plans = /* @__PURE__ */ new Map();
  constructor(client, repo, labelPrefix, log) {
    this.#client = client;
    this.#log = log;
    this.#repo = repo;
    this.#labelPrefix = labelPrefix;
  }
  /** The phase issues of a plan by phase id (empty when sync has not created any). */
  forPlan(planName) {
    let issues = this.#plans.get(planName);
    if (!issues) {
      issues = this.#read(planName);
      this.#plans.set(planName, issues);
    }
    return issues;
  }
  async #read(planName) {
    const label = issueLabels(planName, void 0, this.#labelPrefix)[1];
    const read = await readManagedIssues(this.#client, this.#repo, [label], label, this.#log);
    const viewer = read.viewer;
    const issues = await adoptedIssues(this.#client, this.#repo, read.issues, viewer, this.#log);
    const byPhase = /* @__PURE__ */ new Map();
    for (const issue2 of [...issues].sort((a, b) => a.number - b.number)) {
      const key = readIssueKey(issue2.body);
      if (key?.kind !== "phase" || key.plan !== planName || !key.phase || byPhase.has(key.phase)) continue;
      const trust = await verifyPhaseIssue(
        this.#client,
        this.#repo,
        issue2,
        { plan: planName, phase: key.phase },
        viewer
      );
      const parsed = parseIssueBody(trust.body);
      const own2 = parsed.state?.plan === planName && parsed.state.phase === key.phase ? parsed.state : void 0;
      const state = trust.verified ? trust.state : own2 && withoutProvenance(own2);
      if (!trust.verified)
        this.#log.warning(
          `#${issue2.number} (${planName} \xB7 ${key.phase}): its edit history could not be read (${trust.reason}); its sign-offs and bake do not count in this run`
        );
      const phaseIssue = {
        number: issue2.number,
        phaseId: key.phase,
        ticks: parsed.ticks,
        ...trust.verified ? {} : { unreadable: trust.reason },
        issue: {
          state: issue2.state,
          stateReason: issue2.stateReason,
          closedAt: issue2.closedAt,
          ...issue2.closedBy ? { closedBy: issue2.closedBy } : {}
        }
      };
      if (state) phaseIssue.state = state;
      byPhase.set(key.phase, phaseIssue);
    }
    return byPhase;
  }
};
function phaseGuards(guards, phaseId) {
  return guards.phases.find((p) => p.phaseId === phaseId)?.guards ?? [];
}
function phaseStatus(plan, guards, phaseId, issue2, now) {
  return derivePhaseState(plan, phaseId, issue2?.ticks ?? /* @__PURE__ */ new Map(), issue2?.state, now, {
    ...issue2 ? { issue: issue2.issue } : {},
    guards: phaseGuards(guards, phaseId)
  });
}
function currentPhase(plan, guards, issues, now) {
  if (issues.size === 0) return void 0;
  const rollout = rolloutOf(plan, guards, issues, now);
  const started = rollout.phases.filter((p) => p.state !== "not-started");
  return started.at(-1)?.phaseId ?? null;
}
function rolloutOf(plan, guards, issues, now) {
  const statuses = plan.phases.map((p) => phaseStatus(plan, guards, p.id, issues.get(p.id), now));
  return deriveRolloutState(plan, statuses);
}
async function dependencyStates(plan, phaseId, plans, reader, now) {
  const states = {};
  for (const ref of plan.phases.find((p) => p.id === phaseId)?.dependsOn ?? []) {
    const [name, id] = ref.split("/");
    const other = plans.get(name);
    if (!other) continue;
    const rollout = rolloutOf(other.applied, other.guards, await reader.forPlan(name), now);
    const state = rollout.phases.find((p) => p.phaseId === id)?.state;
    if (state) states[ref] = state;
  }
  return states;
}
function checklistItems(plan, guards, phaseId, issue2) {
  const entries = phaseEntries(plan, phaseId, phaseGuards(guards, phaseId)).filter(
    (e) => e.required && !GATE_KINDS.has(e.kind)
  );
  const ticked = (id) => issue2.ticks.get(id) === true || issue2.state?.ticks[id] !== void 0 && !issue2.ticks.has(id);
  const open2 = entries.filter((e) => !ticked(e.id)).map((e) => e.text);
  return { done: entries.length - open2.length, total: entries.length, open: open2 };
}

// action/src/github-action/report/phase-facts.ts
function stageTicks(status) {
  return status.ramp?.stages.map((s) => ({
    ticked: s.ticked,
    ...s.at ? { at: s.at } : {},
    ...s.by ? { by: s.by } : {}
  }));
}
async function readPhaseFacts(input) {
  const { plan, guards, phaseId, issue: issue2, status } = input;
  const notes = [];
  const facts2 = {};
  if (!issue2) {
    notes.push(
      `No checklist issue for phase ${phaseId} yet: run the sync command so activation and sign-offs are recorded.`
    );
    return { facts: facts2, notes };
  }
  if (issue2.unreadable)
    notes.push(
      `The edit history of #${issue2.number} could not be read in this run: its sign-offs and bake do not count until a run can read it.`
    );
  if (status.activation.ticked && status.activation.at) facts2.activatedAt = new Date(status.activation.at);
  const stages = stageTicks(status);
  if (stages) facts2.stages = stages;
  const ticked = (id) => issue2.ticks.get(id) === true || issue2.state?.ticks[id] !== void 0 && !issue2.ticks.has(id);
  const signoffs = [];
  const manual = [];
  for (const entry of phaseEntries(plan, phaseId, phaseGuards(guards, phaseId))) {
    if (!entry.gate || !ticked(entry.id)) continue;
    const info2 = issue2.state?.ticks[entry.id] ?? {};
    if (entry.kind === "gate" && isGateOfKind(entry.gate, "manual")) {
      const tick = { gate: entry.gate.id };
      if (info2.by) tick.by = `@${info2.by}`;
      if (info2.at) tick.at = new Date(info2.at);
      manual.push(tick);
      continue;
    }
    if (entry.kind !== "signoff") continue;
    if (!info2.by || !info2.at) {
      if (!issue2.unreadable)
        notes.push(
          `Sign-off ${entry.slot} of gate ${entry.gate.id} is ticked, but GitHub's edit history does not show who ticked it; it does not count until an approver ticks it again.`
        );
      continue;
    }
    const signoff = { gate: entry.gate.id, by: `@${info2.by}`, at: new Date(info2.at) };
    const approvers = entry.gate.signoff ?? [];
    const listed = approvers.some((a) => !a.includes("/") && sameLogin(a, info2.by));
    if (!listed) {
      for (const team of approvers.filter((a) => a.includes("/"))) {
        const member = await input.teams.membership(team, info2.by);
        if (member === "member" || member === "by-permission") {
          signoff.as = team;
          break;
        }
        if (member === "unreadable")
          notes.push(
            `Cannot read the members of ${team} with this token, so @${info2.by}'s sign-off does not count for it (see the signoff-permission input).`
          );
      }
    }
    signoffs.push(signoff);
  }
  if (signoffs.length > 0) facts2.signoffs = signoffs;
  if (manual.length > 0) facts2.manual = manual;
  facts2.checklist = checklistItems(plan, guards, phaseId, issue2);
  return { facts: facts2, notes };
}

// action/src/github-action/report/pull-facts.ts
var KNOWN_CHECK_STATES = new Set(CHECK_STATES);
var RANK = {
  pass: 0,
  pending: 1,
  inconclusive: 1,
  error: 2,
  fail: 2,
  rollback: 2
};
function pullRequestFacts(pr, statuses, checkRuns) {
  const checks = idRecord();
  const keepWorst = (name, state) => {
    const before = checks[name];
    if (before === void 0 || RANK[checkGateStatus(state)] > RANK[checkGateStatus(before)]) checks[name] = state;
  };
  for (const status of statuses) {
    if (status.context === STATUS_CONTEXT) continue;
    keepWorst(status.context, status.state);
  }
  for (const run2 of checkRuns) {
    keepWorst(run2.name, KNOWN_CHECK_STATES.has(run2.state) ? run2.state : "pending");
  }
  return { checks, labels: [...pr.labels], author: `@${pr.author}` };
}

// action/src/github-action/report/evaluate.ts
async function evaluatePull(session, pr) {
  const { client, repo, now } = session;
  const labelPrefix = session.ctx.inputs.labelPrefix;
  const [files, base, statuses] = await Promise.all([
    listChangedFiles(client, repo, pr.number),
    session.base.at(pr.baseSha),
    latestStatuses(client, repo, pr.headSha)
  ]);
  const warnings = [...base.problems];
  const basePlans = base.plans.map(({ file, plan }) => ({ file, plan }));
  const first = detectRollout(pr, files, basePlans, { labelPrefix });
  const failures = brokenPlansOf(pr, files, base.broken, labelPrefix);
  const unknown = first.unknownPlans.filter((name) => !failures.some((f) => f.plan === name));
  if (unknown.length > 0)
    warnings.push(`PR #${pr.number} names plans the base branch does not have: ${unknown.join(", ")}`);
  if (first.rollouts.length === 0) return { pr, rollouts: [], failures, statuses, warnings };
  const byName = new Map(base.plans.map((p) => [p.plan.metadata.name, p]));
  const issues = /* @__PURE__ */ new Map();
  const currentPhases = {};
  for (const match of first.rollouts) {
    const basePlan = byName.get(match.plan);
    const planIssues2 = await session.issues.forPlan(match.plan);
    issues.set(match.plan, planIssues2);
    const current = currentPhase(basePlan.applied, basePlan.guards, planIssues2, now);
    if (current !== void 0) currentPhases[match.plan] = current;
  }
  const { rollouts } = detectRollout(pr, files, basePlans, { labelPrefix, currentPhases });
  const checkRuns = needsChecks(rollouts, byName) ? await readCheckRuns(session, pr, warnings) : [];
  const prFacts = pullRequestFacts(pr, statuses, checkRuns);
  const outcomes = [];
  for (const match of rollouts) {
    const basePlan = byName.get(match.plan);
    try {
      outcomes.push(await evaluateRollout(session, pr, match, basePlan, issues.get(match.plan), prFacts, byName));
    } catch (error2) {
      if (statusOf(error2) !== void 0) throw error2;
      const expected = isExpectedError(error2);
      debugUnexpected(session.ctx.log, error2);
      session.unevaluated.push({ text: `PR #${pr.number}, plan ${match.plan}: ${describeError(error2)}`, expected });
      failures.push({
        plan: match.plan,
        why: expected ? "a template or input on the base branch is wrong (see the job log)" : "internal error while evaluating the gates (see the job log)"
      });
    }
  }
  return { pr, rollouts: outcomes, failures, statuses, warnings };
}
function describeError(error2) {
  if (isExpectedError(error2)) return error2.message;
  return error2 instanceof Error ? `${error2.name}: ${error2.message}` : String(error2);
}
function brokenPlansOf(pr, files, broken, labelPrefix) {
  if (broken.length === 0) return [];
  const changed = files.map(normalizePath);
  const named = /* @__PURE__ */ new Set([
    ...parseMarkers(pr.body).map((m) => m.plan),
    ...pr.labels.filter((l) => l.toLowerCase().startsWith(`${labelPrefix}:plan/`.toLowerCase())).map((l) => l.slice(labelPrefix.length + ":plan/".length).toLowerCase())
  ]);
  return broken.flatMap((plan) => {
    const concerned = changed.includes(normalizePath(plan.file)) || plan.name !== void 0 && named.has(plan.name) || plan.paths.some((glob) => changed.some((f) => matchesGlob(f, glob)));
    if (!concerned) return [];
    return [
      {
        plan: plan.name ?? plan.file,
        why: plan.why ?? `the plan on the base branch is invalid (${plan.file}:${plan.problem})`
      }
    ];
  });
}
async function evaluateRollout(session, pr, match, basePlan, issues, prFacts, basePlans) {
  const { now } = session;
  const { guards } = basePlan;
  const plan = withAuthorPolicy(basePlan.applied, session.ctx.inputs.sync.allowAuthorSignoff);
  const name = plan.metadata.name;
  if (match.target === void 0) {
    const markdown2 = unresolvedMarkdown(plan.metadata.title, match.problems, name);
    return {
      plan: name,
      verdict: "HOLD",
      reasons: match.problems,
      markdown: markdown2,
      comment: commentBody(markdown2, name, UNKNOWN_PHASE, now)
    };
  }
  const { from } = phaseTransition(plan, match.target);
  const notes = [...match.problems];
  if (match.planChanged)
    notes.push(
      `This pull request changes ${match.file}. It is judged by the plan on the base branch (${pr.baseSha.slice(0, 7)}), not by its own changes.`
    );
  let facts2 = {};
  if (from) {
    const issue2 = issues.get(from.id);
    const status = phaseStatus(plan, guards, from.id, issue2, now);
    const read = await readPhaseFacts({ plan, guards, phaseId: from.id, issue: issue2, status, teams: session.teams });
    facts2 = read.facts;
    notes.push(...read.notes);
  }
  facts2 = { ...facts2, dependencies: await dependencyStates(plan, match.target, basePlans, session.issues, now) };
  const measurements = await collectMeasurements({
    plan,
    target: match.target,
    at: now,
    ...facts2.activatedAt ? { activatedAt: facts2.activatedAt } : {},
    resolve: session.sources
  });
  const built = buildGateReport({
    plan,
    target: match.target,
    at: now,
    facts: facts2,
    pr: prFacts,
    measurements,
    hotfixLabel: session.ctx.inputs.report.hotfixLabel,
    notes
  });
  const report = {
    ...built,
    lessons: from ? reportGuards(guards, from.id, built.evaluation.gates) : [],
    linkBase: blobBase(session, pr.baseSha)
  };
  const markdown = renderGateReport(report, "md", await session.base.reportTemplates(pr.baseSha));
  return {
    plan: name,
    phase: match.target,
    verdict: report.evaluation.verdict,
    reasons: report.evaluation.reasons,
    markdown,
    comment: commentBody(markdown, name, match.target, now),
    report
  };
}
function blobBase(session, sha) {
  return blobBaseUrl(session.ctx.runner.env, session.repo, sha);
}
function withAuthorPolicy(plan, allow) {
  if (!allow) return plan;
  return {
    ...plan,
    phases: plan.phases.map((phase) => ({
      ...phase,
      ...phase.gates ? {
        gates: phase.gates.map(
          (g) => isGateOfKind(g, "signoff") && g.allowAuthor === void 0 ? { ...g, allowAuthor: true } : g
        )
      } : {}
    }))
  };
}
function needsChecks(rollouts, plans) {
  return rollouts.some((match) => {
    if (match.target === void 0) return false;
    const { from } = phaseTransition(plans.get(match.plan).applied, match.target);
    return (from?.gates ?? []).some((gate) => isGateOfKind(gate, "check"));
  });
}
async function readCheckRuns(session, pr, warnings) {
  try {
    return await latestCheckRuns(session.client, session.repo, pr.headSha);
  } catch (error2) {
    if (statusOf(error2) !== 403) throw error2;
    warnings.push(`cannot read check runs on PR #${pr.number} (403): give the job \`checks: read\` for check gates`);
    return [];
  }
}

// action/src/github-action/report/publish.ts
function gateStatus(rollouts, failures = []) {
  if (failures.length > 0) return statusForFailures(failures);
  if (rollouts.length === 0) return statusForNonRollout();
  const rank = (r) => VERDICT_PRECEDENCE.indexOf(r.verdict);
  const ordered = [...rollouts].sort((a, b) => rank(a) - rank(b));
  const reasons = ordered.length === 1 ? ordered[0].reasons : ordered.flatMap((r) => r.reasons.map((reason) => `${r.plan}: ${reason}`));
  return statusForVerdict(ordered[0].verdict, reasons);
}
async function publishPull(session, outcome) {
  const { pr, rollouts } = outcome;
  const comments = [];
  const own2 = rollouts.length > 0 ? await listOwnComments(session.client, session.repo, pr.number, session.ctx.log) : [];
  for (const rollout of rollouts) {
    comments.push({
      plan: rollout.plan,
      ...await guarded(session, outcome, () => upsertComment(session, outcome, rollout, own2))
    });
  }
  const desired = gateStatus(rollouts, outcome.failures);
  const targetUrl = comments.find((c) => c.url)?.url;
  const status = await guarded(session, outcome, () => setStatus(session, outcome, desired, targetUrl));
  return { comments, status: status.action, desired };
}
async function upsertComment(session, { pr }, rollout, own2) {
  const { client, repo } = session;
  const mine = own2.filter(
    (c) => parseReportMarker(c.body)?.plan === markerId(rollout.plan) && intactDigest(c.body) !== void 0
  );
  const visible = mine.filter((c) => !c.isMinimized);
  const current = visible.at(-1) ?? (session.ctx.inputs.report.commentMode === "sticky" ? mine.at(-1) : void 0);
  if (current && intactDigest(current.body) === rollout.comment.digest)
    return { action: "unchanged", url: current.url };
  const where = `the ${rollout.plan} report on PR #${pr.number}`;
  if (session.ctx.inputs.dryRun) {
    session.ctx.log.info(
      `dry run: would ${current && session.ctx.inputs.report.commentMode === "sticky" ? "update" : "post"} ${where}`
    );
    return { action: "would-write" };
  }
  if (current && session.ctx.inputs.report.commentMode === "sticky") {
    const { url: url2 } = await updateComment(client, repo, current.databaseId, rollout.comment.body);
    return { action: "updated", url: url2 };
  }
  const { url } = await createComment(client, repo, pr.number, rollout.comment.body);
  for (const old of visible) await minimizeComment(client, old.nodeId, session.ctx.log);
  return { action: "created", url };
}
async function setStatus(session, { pr, statuses }, desired, targetUrl) {
  const current = statuses.find((s) => s.context === STATUS_CONTEXT);
  const same = current?.state === desired.state && current.description === desired.description && (targetUrl === void 0 || current.targetUrl === targetUrl);
  if (same) return { action: "unchanged" };
  if (session.ctx.inputs.dryRun) {
    session.ctx.log.info(
      `dry run: would set ${STATUS_CONTEXT} on PR #${pr.number} to ${desired.state}: ${desired.description}`
    );
    return { action: "would-write" };
  }
  await setCommitStatus(session.client, session.repo, pr.headSha, {
    context: desired.context,
    state: desired.state,
    description: desired.description,
    ...targetUrl ? { targetUrl } : {}
  });
  return { action: "set" };
}
async function guarded(session, { pr }, write) {
  try {
    return await write();
  } catch (error2) {
    if (!(statusOf(error2) === 403 && pr.fromFork && session.ctx.event.name === "pull_request")) throw error2;
    session.ctx.log.warning(
      `PR #${pr.number} comes from a fork, and on pull_request its token is read-only: run the report on pull_request_target or on a schedule to post the comment and the ${STATUS_CONTEXT} status (see the README).`
    );
    return { action: "not-allowed" };
  }
}

// action/src/github-action/report/session.ts
import { resolve } from "node:path";

// action/src/github/contents.ts
async function readContent(client, repo, path, ref) {
  let data;
  try {
    ({ data } = await client.rest.repos.getContent({ ...repo, path, ref }));
  } catch (error2) {
    if (isNotFound(error2)) return void 0;
    throw error2;
  }
  if (Array.isArray(data)) {
    const entries = data.map((entry) => ({
      type: entry.type,
      path: entry.path,
      sha: entry.sha
    }));
    return { kind: "dir", path, entries };
  }
  const file = data;
  if (file.type !== "file") return void 0;
  if (file.encoding !== "base64" || !file.content) {
    return file.size > 0 ? { kind: "too-large", path: file.path, size: file.size } : fileOf(file, Buffer.alloc(0));
  }
  return fileOf(file, Buffer.from(file.content, "base64"));
}
function fileOf(file, bytes) {
  return { kind: "file", path: file.path, sha: file.sha, bytes };
}

// action/src/github-action/report/base-branch.ts
var PLAN_FILE = /\.rollout\.ya?ml$/;
var LESSON_FILE = /\.md$/;
var NOT_A_LESSON = /(^|\/)readme\.md$/i;
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var MAX_DIRECTORIES = 200;
function once(cache, key, make) {
  const cached = cache.get(key);
  if (cached !== void 0) return cached;
  const made = make();
  cache.set(key, made);
  return made;
}
var BaseBranchReader = class {
  #client;
  #repo;
  #options;
  #snapshots = /* @__PURE__ */ new Map();
  #blobs = /* @__PURE__ */ new Map();
  /** `sha:path` → the answer: the plan and lesson walks list some directories twice. */
  #contents = /* @__PURE__ */ new Map();
  #templates = /* @__PURE__ */ new Map();
  constructor(client, repo, options) {
    this.#client = client;
    this.#repo = repo;
    this.#options = options;
  }
  at(sha) {
    return once(this.#snapshots, sha, () => this.#read(sha));
  }
  async #read(sha) {
    const problems = [];
    const config = await this.#config(sha, problems);
    const inputs = this.#options.planPaths.length > 0 ? this.#options.planPaths : config.plans ?? DEFAULT_PLAN_PATHS;
    const planFiles = /* @__PURE__ */ new Map();
    for (const input of inputs) {
      const files = await this.#files(sha, input, PLAN_FILE, problems);
      for (const file of files) planFiles.set(file.path, file);
    }
    const { lessons, unread } = await this.#allLessons(sha, config, problems);
    const templates = repositoryDir(this.#options.templatesDir ?? config.templates);
    if (templates && (await this.#content(sha, templates))?.kind !== "dir") {
      problems.push(
        `the templates directory "${templates}" is not on the base branch (${sha.slice(0, 7)}), so the built-in report templates are used`
      );
    }
    const plans = [];
    const broken = [];
    for (const file of [...planFiles.values()].sort((a, b) => compareCodePoints(a.path, b.path))) {
      const plan = this.#plan(file, problems, broken);
      if (!plan) continue;
      if (unread) {
        const why = `the lessons this plan is judged by could not be read (${unread})`;
        broken.push({ file: file.path, name: plan.metadata.name, paths: planPaths(plan), problem: unread, why });
        continue;
      }
      const guards = matchGuards(plan, lessons);
      plans.push({ file: file.path, plan, guards, applied: applyGuards(plan, guards) });
    }
    const names = /* @__PURE__ */ new Map();
    for (const { file, plan } of plans) {
      const first = names.get(plan.metadata.name);
      if (first) problems.push(`${file} and ${first} both define plan ${plan.metadata.name}`);
      else names.set(plan.metadata.name, file);
    }
    return { sha, plans, broken, problems };
  }
  /** The report templates as of the base commit: the built-in ones, with the overrides that commit has. */
  reportTemplates(sha) {
    return once(this.#templates, sha, () => this.#readTemplates(sha));
  }
  async #readTemplates(sha) {
    const dir = repositoryDir(this.#options.templatesDir ?? (await this.#config(sha, [])).templates);
    if (!dir) return loadReportTemplates();
    const files = {
      read: async (path) => {
        const content = await this.#content(sha, path);
        return content?.kind === "file" ? content.bytes.toString("utf8") : void 0;
      },
      list: async (path) => {
        const content = await this.#content(sha, path);
        return content?.kind === "dir" ? content.entries.filter((e) => e.type === "file").map((e) => e.path.split("/").at(-1)) : [];
      }
    };
    return loadReportTemplates(dir, void 0, files);
  }
  #content(sha, path) {
    return once(this.#contents, `${sha}:${path}`, () => readContent(this.#client, this.#repo, path, sha));
  }
  async #config(sha, problems) {
    const file = this.#options.configPath;
    const content = await this.#content(sha, file);
    if (content?.kind !== "file") return {};
    const decoded = decodeSource(content.bytes, file);
    const parsed = decoded.text === void 0 ? void 0 : parseConfig(decoded.text, file);
    const errors = [...decoded.diagnostics, ...parsed?.diagnostics ?? []].filter((d) => d.severity === "error");
    if (!parsed || errors.length > 0) {
      problems.push(
        `${file} on the base branch is invalid (${errors[0]?.message ?? "unreadable"}); using the defaults`
      );
      return {};
    }
    return parsed.config;
  }
  #plan(file, problems, broken) {
    const decoded = decodeSource(file.bytes, file.path);
    const parsed = decoded.text === void 0 ? void 0 : parsePlan(decoded.text, file.path);
    const first = [...decoded.diagnostics, ...parsed?.diagnostics ?? []].find((d) => d.severity === "error");
    if (parsed?.plan && !first) return parsed.plan;
    const problem = first ? `${first.line}:${first.column} ${first.message}` : "unreadable";
    problems.push(
      `${file.path} is not a valid plan on the base branch (${problem}); its pull requests get an error status`
    );
    broken.push({ file: file.path, ...identity(parsed?.text), problem });
    return void 0;
  }
  /**
   * The base commit's own lessons, then those of its configuration's lesson sources. `unread`
   * says why, when some source could not be read: its plans then get an error status.
   */
  async #allLessons(sha, config, problems) {
    const local = await this.#lessons(sha, lessonsDirOf(config), problems);
    const shared = config.lessonSources?.length ? await this.#options.lessonSources?.(config, this.#options.configPath) : void 0;
    if (!shared) return { lessons: toLessonSet(local).lessons };
    checkSharedDuplicateIds(local, shared.lessons);
    for (const lesson of shared.lessons) {
      const first = lesson.diagnostics.find((d) => d.severity === "error");
      if (first) problems.push(`${first.file}:${first.line}:${first.column} ${first.message}; it guards nothing`);
    }
    const lessons = toLessonSet([...local, ...shared.lessons]).lessons;
    if (shared.failed.length === 0) return { lessons };
    const unread = shared.failed.map((f) => `${f.message}; ${f.hint}`).join("; ");
    problems.push(unread);
    return { lessons, unread };
  }
  async #lessons(sha, dir, problems) {
    const files = await this.#files(sha, dir, LESSON_FILE, problems, { optional: true });
    const parsed = [];
    for (const file of files) {
      if (NOT_A_LESSON.test(file.path)) continue;
      const decoded = decodeSource(file.bytes, file.path);
      parsed.push(
        decoded.text === void 0 ? { file: file.path, text: "", diagnostics: decoded.diagnostics } : parseLesson(decoded.text, file.path)
      );
    }
    checkDuplicateIds(parsed);
    return parsed;
  }
  /** Files under `input` (a file, a directory or a glob) whose path matches `wanted`. */
  async #files(sha, input, wanted, problems, options = {}) {
    const clean = input.replace(/^\.?\/+/, "").replace(/\/+$/, "");
    const glob = /[*?[\]{}]/.test(clean) ? clean : void 0;
    const root = glob ? staticPrefix(glob) : clean;
    if (root === "") {
      problems.push(
        `"${input}" starts at the repository root; name a directory first, e.g. "playbooks/**/*.rollout.yaml"`
      );
      return [];
    }
    const content = await this.#content(sha, root);
    if (!content) {
      if (!options.optional) problems.push(`"${input}" is not on the base branch`);
      return [];
    }
    if (content.kind === "too-large") {
      problems.push(`${content.path} is too large to read through the API (${content.size} bytes)`);
      return [];
    }
    if (content.kind === "file") {
      return glob && !matchesGlob(content.path, glob) ? [] : [{ path: content.path, bytes: content.bytes, sha: content.sha }];
    }
    const entries = await this.#walk(sha, content.entries, problems);
    const matches = entries.filter((e) => glob ? matchesGlob(e.path, glob) : wanted.test(e.path));
    const out = [];
    for (const entry of matches) {
      const file = await this.#file(sha, entry);
      if (file) out.push(file);
    }
    return out;
  }
  /** Every file below the listed entries. */
  async #walk(sha, first, problems) {
    const files = [];
    const queue = [first];
    let listed = 1;
    while (queue.length > 0) {
      for (const entry of queue.shift()) {
        if (entry.type === "file") files.push(entry);
        if (entry.type !== "dir" || SKIPPED_DIRS.has(entry.path.split("/").at(-1))) continue;
        if (++listed > MAX_DIRECTORIES) {
          problems.push(`stopped listing after ${MAX_DIRECTORIES} directories; name the plan directories in "plans"`);
          return files;
        }
        const listing = await this.#content(sha, entry.path);
        if (listing?.kind === "dir") queue.push(listing.entries);
      }
    }
    return files;
  }
  async #file(sha, entry) {
    const cached = this.#blobs.get(entry.sha);
    if (cached) return { ...cached, path: entry.path };
    const content = await this.#content(sha, entry.path);
    if (content?.kind !== "file") return void 0;
    const file = { path: content.path, bytes: content.bytes, sha: content.sha };
    this.#blobs.set(content.sha, file);
    return file;
  }
};
function identity(text2) {
  if (text2 === void 0) return { paths: [] };
  const data = parseYamlSource(text2, "").data;
  const field = (value, key) => typeof value === "object" && value !== null && Object.hasOwn(value, key) ? value[key] : void 0;
  const name = field(field(data, "metadata"), "name");
  const phases = field(data, "phases");
  const paths = (Array.isArray(phases) ? phases : []).flatMap((phase) => {
    const globs = field(phase, "paths");
    return Array.isArray(globs) ? globs.filter((g) => typeof g === "string") : [];
  });
  return typeof name === "string" ? { name: name.toLowerCase(), paths } : { paths };
}
function planPaths(plan) {
  return plan.phases.flatMap((phase) => phase.paths ?? []);
}
function staticPrefix(glob) {
  const segments = glob.split("/");
  const index = segments.findIndex((s) => /[*?[\]{}]/.test(s));
  return segments.slice(0, index < 0 ? segments.length : index).join("/");
}
function repositoryDir(dir) {
  return dir?.replace(/^\.?\/+/, "").replace(/\/+$/, "") || void 0;
}

// action/src/github-action/report/teams.ts
var TeamDirectory = class {
  #client;
  #repo;
  #minPermission;
  #memberships = /* @__PURE__ */ new Map();
  #permissions = /* @__PURE__ */ new Map();
  constructor(client, repo, minPermission) {
    this.#client = client;
    this.#repo = repo;
    this.#minPermission = minPermission;
  }
  /** `team` as plans write it, `@org/slug`; `login` without `@`. Each pair is asked once per run. */
  async membership(team, login) {
    const key = `${team.toLowerCase()} ${login.toLowerCase()}`;
    let answer = this.#memberships.get(key);
    if (!answer) {
      answer = teamMembership(this.#client, team, login);
      this.#memberships.set(key, answer);
    }
    const membership = await answer;
    if (membership !== "unreadable" || !this.#minPermission) return membership;
    const permission = await this.#permission(login);
    return PERMISSIONS.indexOf(permission) >= PERMISSIONS.indexOf(this.#minPermission) ? "by-permission" : "unreadable";
  }
  #permission(login) {
    const key = login.toLowerCase();
    let permission = this.#permissions.get(key);
    if (!permission) {
      permission = collaboratorPermission(this.#client, this.#repo, login);
      this.#permissions.set(key, permission);
    }
    return permission;
  }
};

// action/src/github-action/report/session.ts
var PROVIDER_INPUT = {
  prometheus: "prometheus-url",
  "json-file": "metrics-file"
};
async function createSession(ctx, client) {
  const { inputs } = ctx;
  const pool = new SharedQueries();
  return {
    ctx,
    client,
    repo: ctx.repo,
    now: ctx.now,
    base: new BaseBranchReader(client, ctx.repo, {
      planPaths: inputs.plans,
      configPath: inputs.configPath,
      ...inputs.templatesDir ? { templatesDir: inputs.templatesDir } : {},
      lessonSources: ctx.lessonSources
    }),
    issues: new PhaseIssueReader(client, ctx.repo, inputs.labelPrefix, ctx.log),
    teams: new TeamDirectory(client, ctx.repo, inputs.sync.signoffPermission),
    sources: withInputHints(planSources(createProviders(providerSettings(inputs.report, ctx.cwd), pool))),
    pool,
    unevaluated: []
  };
}
function providerSettings(inputs, cwd) {
  const timeoutMs = inputs.metricsTimeoutMs;
  const settings = {
    httpJson: {
      timeoutMs,
      tokenOrigins: inputs.httpJsonTokenOrigins,
      allowPrivate: inputs.httpJsonAllowPrivate,
      ...inputs.httpJsonToken ? { token: inputs.httpJsonToken } : {}
    }
  };
  if (inputs.prometheusUrl) {
    settings.prometheus = {
      baseUrl: inputs.prometheusUrl,
      timeoutMs,
      ...inputs.prometheusToken ? { token: inputs.prometheusToken } : {}
    };
  }
  if (inputs.metricsFile) {
    const path = resolve(cwd, inputs.metricsFile);
    settings.jsonFile = { path, display: toDisplay(path, cwd), root: cwd };
  }
  return settings;
}
function withInputHints(sources) {
  return (request) => {
    const found = sources(request);
    if (!("error" in found)) return found;
    const input = PROVIDER_INPUT[request.metric.provider];
    return input ? { ...found, error: `${found.error}: set the action's ${input} input` } : found;
  };
}

// action/src/github-action/validate.ts
var DEFAULT_CONFIG_PATH = "rollbook.config.yaml";
function annotate(d, log) {
  const properties = {
    title: `rollbook ${d.code}`,
    file: d.file,
    startLine: d.line,
    startColumn: d.column,
    endLine: d.endLine,
    // GitHub only accepts column ranges on a single line.
    ...d.endLine === d.line ? { endColumn: d.endColumn } : {}
  };
  if (d.severity === "error") log.error(annotationBody(d), properties);
  else log.warning(annotationBody(d), properties);
}
async function validateForAction(inputs, cwd, today, runner, log, readShared) {
  const explicit = inputs.configPath !== DEFAULT_CONFIG_PATH ? inputs.configPath : void 0;
  const loaded = await loadConfig(cwd, explicit, { templatesGiven: inputs.templatesDir !== void 0 });
  let diagnostics = [...loaded.diagnostics];
  let plans = [];
  let lessons = [];
  let shared;
  if (countBySeverity(diagnostics).errors === 0) {
    shared = await sharedLessonsOfLoaded(readShared, loaded, inputs.configPath);
    const result = await checkPlans(inputs.plans, {
      cwd,
      config: loaded.config,
      start: inputs.start ?? today,
      ...shared ? { shared } : {}
    });
    plans = result.plans;
    lessons = result.lessons;
    diagnostics = [...diagnostics, ...result.diagnostics];
  }
  for (const d of diagnostics) annotate(d, log);
  const { errors, warnings } = countBySeverity(diagnostics);
  runner.setOutput("errors", String(errors));
  runner.setOutput("warnings", String(warnings));
  runner.summary.addHeading("Rollbook: plan validation", 2);
  runner.summary.addTable([
    [
      { data: "Plan file", header: true },
      { data: "Plan", header: true },
      { data: "Errors", header: true },
      { data: "Warnings", header: true }
    ],
    ...plans.map((p) => {
      const counts = countBySeverity(p.diagnostics);
      return [
        escapeCell(p.file),
        escapeCell(p.plan?.metadata.name ?? "\u2014"),
        String(counts.errors),
        String(counts.warnings)
      ];
    })
  ]);
  return { config: loaded.config, plans, lessons, ...shared ? { shared } : {}, diagnostics, errors, warnings };
}
var MAX_FILES_IN_FAILURE = 3;
function validationFailure(diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const files = [...new Set(errors.map((d) => d.file))].sort(compareCodePoints);
  const named = files.slice(0, MAX_FILES_IN_FAILURE).join(", ");
  const more = files.length > MAX_FILES_IN_FAILURE ? ` and ${plural(files.length - MAX_FILES_IN_FAILURE, "more file")}` : "";
  return `${plural(errors.length, "error")} in ${named}${more}: see the annotations on those files`;
}
function escapeCell(text2) {
  return text2.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// action/src/github-action/report/summary.ts
function writeReportSummary(summary2, pulls, nothingBecause) {
  summary2.addHeading("Rollbook: gate reports", 2);
  if (nothingBecause !== void 0) {
    summary2.addRaw(`Nothing to report: ${escapeCell(nothingBecause)}.`, true);
    return;
  }
  const rollouts = pulls.filter((p) => p.outcome.rollouts.length > 0);
  const failed = pulls.filter((p) => p.outcome.failures.length > 0);
  if (rollouts.length === 0 && failed.length === 0) summary2.addRaw("No open rollout pull requests.", true);
  for (const { outcome } of failed) {
    for (const failure of outcome.failures) {
      summary2.addHeading(`PR #${outcome.pr.number}: ${escapeCell(failure.plan)}: ERROR`, 3);
      summary2.addRaw(escapeCell(failure.why), true);
    }
  }
  for (const { outcome } of rollouts) {
    for (const rollout of outcome.rollouts) {
      const phase = rollout.phase ? ` \u2192 ${escapeCell(rollout.phase)}` : "";
      summary2.addHeading(`PR #${outcome.pr.number}: ${escapeCell(rollout.plan)}${phase}: ${rollout.verdict}`, 3);
      summary2.addRaw(rollout.markdown, true);
    }
  }
  const others = pulls.filter((p) => p.outcome.rollouts.length === 0 && p.outcome.failures.length === 0).map((p) => `#${p.outcome.pr.number}`);
  if (others.length > 0) {
    summary2.addRaw(`Not rollout pull requests (no gates apply): ${others.join(", ")}.`, true);
  }
}
function setReportOutputs(runner, pulls) {
  const rollouts = pulls.flatMap(({ outcome }) => outcome.rollouts.map((r) => ({ pr: outcome.pr.number, r })));
  const verdict = VERDICT_PRECEDENCE.find((v) => rollouts.some(({ r }) => r.verdict === v)) ?? "";
  const gates = rollouts.map(
    ({ pr, r }) => r.report ? { pullRequest: pr, ...gateReportJson(r.report) } : { pullRequest: pr, plan: r.plan, from: null, phase: null, verdict: r.verdict, reasons: r.reasons, gates: [] }
  );
  runner.setOutput("verdict", verdict);
  runner.setOutput("gates", JSON.stringify(gates));
}

// action/src/github-action/report/targets.ts
var PULL_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var SWEEP_EVENTS = /* @__PURE__ */ new Set(["schedule", "workflow_dispatch"]);
async function reportTargets(ctx, client) {
  const { name, payload } = ctx.event;
  if (PULL_EVENTS.has(name)) {
    const number = payload.pull_request?.number;
    if (typeof number !== "number") return { kind: "none", why: `the ${name} event has no pull request number` };
    if (payload.action === "closed") return { kind: "none", why: `pull request #${number} was closed` };
    const pr = await getPullRequest(client, ctx.repo, number);
    if (pr.state !== "open") return { kind: "none", why: `pull request #${number} is ${pr.state}` };
    return { kind: "pulls", pulls: [pr] };
  }
  if (SWEEP_EVENTS.has(name)) return { kind: "pulls", pulls: await listOpenPullRequests(client, ctx.repo) };
  if (name === "issues") {
    const issue2 = payload.issue;
    const key = typeof issue2?.body === "string" ? readIssueKey(issue2.body) : void 0;
    if (!key) return { kind: "none", why: "the issue is not a Rollbook checklist issue" };
    return { kind: "pulls", pulls: await listOpenPullRequests(client, ctx.repo), plan: key.plan };
  }
  return { kind: "none", why: `there is nothing to report on a ${name} event` };
}

// action/src/github-action/report.ts
async function runReport(ctx) {
  const { log, runner } = ctx;
  const client = ctx.github();
  const targets = await reportTargets(ctx, client);
  if (targets.kind === "none") {
    log.info(`report: ${targets.why}; nothing to do`);
    writeReportSummary(runner.summary, [], targets.why);
    setReportOutputs(runner, []);
    return [];
  }
  const session = await createSession(ctx, client);
  const reported = [];
  const warned = /* @__PURE__ */ new Set();
  for (const pr of targets.pulls) {
    let outcome;
    try {
      outcome = await evaluatePull(session, pr);
    } catch (error2) {
      const status = statusOf(error2);
      if (status === 404 && targets.pulls.length > 1) {
        log.warning(`PR #${pr.number} disappeared during the run; skipped`);
        continue;
      }
      if (status !== void 0) throw error2;
      const expected = isExpectedError(error2);
      session.unevaluated.push({
        text: `PR #${pr.number}: ${error2 instanceof Error ? error2.message : String(error2)}`,
        expected
      });
      debugUnexpected(log, error2);
      outcome = {
        pr,
        rollouts: [],
        failures: [
          {
            plan: "rollbook",
            why: expected ? "a template or input on the base branch is wrong (see the job log)" : "internal error while evaluating this pull request (see the job log)"
          }
        ],
        statuses: await latestStatuses(session.client, session.repo, pr.headSha),
        warnings: []
      };
    }
    for (const warning2 of outcome.warnings) {
      if (!warned.has(warning2)) log.warning(warning2);
      warned.add(warning2);
    }
    const waitsFor = (rollout, plan) => rollout.report?.evaluation.gates.some((g) => g.dependency?.phase.startsWith(`${plan}/`)) === true;
    const concerns = (plan) => outcome.rollouts.some((r) => r.plan === plan || waitsFor(r, plan)) || outcome.failures.some((f) => f.plan === plan);
    if (targets.plan !== void 0 && !concerns(targets.plan)) continue;
    const published = await publishPull(session, outcome);
    logOutcome(log, outcome, published);
    reported.push({ outcome, published });
  }
  const { requested, fetched } = session.pool.stats;
  if (requested > 0) log.info(`report: ${fetched} metric queries for ${requested} readings (identical ones shared)`);
  writeReportSummary(runner.summary, reported);
  setReportOutputs(runner, reported);
  for (const failure of session.unevaluated) log.error(`report: ${failure.text}`);
  if (session.unevaluated.length > 0) {
    const message = `could not evaluate ${session.unevaluated.length} plan(s) or pull request(s); their pull requests have an error status, the others were reported`;
    throw session.unevaluated.every((f) => f.expected) ? new UnevaluatedError(message) : new Error(message);
  }
  return reported;
}
var UnevaluatedError = class extends ExpectedError {
  name = "UnevaluatedError";
};
function logOutcome(log, { pr, rollouts, failures }, published) {
  for (const failure of failures) log.warning(`PR #${pr.number}: ${failure.plan} cannot be evaluated: ${failure.why}`);
  if (rollouts.length === 0 && failures.length === 0) {
    log.info(`PR #${pr.number}: not a rollout PR; status ${published.status}`);
    return;
  }
  for (const [i, rollout] of rollouts.entries()) {
    log.info(
      `PR #${pr.number}: ${rollout.plan} \u2192 ${rollout.phase ?? "?"}: ${rollout.verdict}; comment ${published.comments[i]?.action}`
    );
  }
  log.info(`PR #${pr.number}: ${published.desired.context} ${published.desired.state}; status ${published.status}`);
}

// action/src/github-action/sync.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve as resolve2 } from "node:path";

// action/src/checklist/templates.ts
var PHASE_TEMPLATE = "phase-issue.md.hbs";
var PARENT_TEMPLATE = "parent-issue.md.hbs";
var KPI_REVIEW_TEMPLATE = "kpi-review.md.hbs";
var CHECKLIST_TEMPLATES = {
  kind: "checklist",
  files: { phase: PHASE_TEMPLATE, parent: PARENT_TEMPLATE, review: KPI_REVIEW_TEMPLATE },
  // Extra partials only from the checklist/ subdirectory, so partials meant for other templates
  // in the same override directory are not picked up.
  extraPartialsInRoot: false
};
function builtinChecklistTemplateDir(start) {
  return builtinDirOf(CHECKLIST_TEMPLATES, start);
}
async function loadChecklistTemplates(overrideDir, builtinDir = builtinChecklistTemplateDir(), cwd) {
  return compileTemplateSet(
    await loadTemplateSources(CHECKLIST_TEMPLATES, {
      builtinDir,
      ...overrideDir ? { overrideDir } : {},
      ...cwd ? { cwd } : {}
    })
  );
}

// action/src/github/actions.ts
async function dispatchWorkflow(github, repo, workflow, ref, inputs) {
  const send = (details) => github.request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", {
    ...repo,
    workflow_id: workflow,
    ref,
    inputs,
    ...details ? { return_run_details: true } : {},
    request: { retries: 0 }
  });
  let data;
  try {
    ({ data } = await send(true));
  } catch (error2) {
    if (!isUnprocessable(error2)) throw error2;
    ({ data } = await send(false));
  }
  const url = data?.html_url;
  return typeof url === "string" ? { runUrl: url } : {};
}
async function defaultBranch(github, repo) {
  const { data } = await github.request("GET /repos/{owner}/{repo}", { ...repo });
  return data.default_branch;
}

// action/src/github-action/sync/branch.ts
var isRecord = (v) => typeof v === "object" && v !== null;
function payloadDefaultBranch(payload) {
  const repository = payload.repository;
  if (!isRecord(repository)) return void 0;
  const branch = repository.default_branch;
  return typeof branch === "string" && branch !== "" ? branch : void 0;
}
function defaultRefOnce(github, repo, payload = {}) {
  const known = payloadDefaultBranch(payload);
  let branch = known !== void 0 ? Promise.resolve(known) : void 0;
  return () => {
    branch ??= defaultBranch(github(), repo);
    return branch;
  };
}
function namesBranch(ref, branch) {
  return ref === branch || ref === `refs/heads/${branch}`;
}
async function onDefaultBranch(ref, branchOf) {
  let branch;
  try {
    branch = await branchOf();
  } catch (error2) {
    return { ok: false, why: `the default branch could not be read (${errorMessage(error2)})` };
  }
  if (ref === `refs/heads/${branch}`) return { ok: true, branch };
  return { ok: false, why: `this run is on ${ref ?? "an unknown ref"}, not the default branch ${branch}` };
}
function breachRefProblem(ref, branch) {
  if (ref === void 0 || namesBranch(ref, branch)) return void 0;
  return `onBreach.ref names ${ref}, but a breach workflow is dispatched only on the default branch ${branch} (ADR 63)`;
}
function breachRefDiagnostics(plans, branch) {
  return plans.flatMap((parsed) => {
    const ref = parsed.plan?.onBreach?.ref;
    const problem = breachRefProblem(ref, branch);
    if (problem === void 0) return [];
    const locator = parsed.locator ?? parseYamlSource(parsed.text, parsed.file).locator;
    return [
      {
        file: parsed.file,
        ...locator.locate(["onBreach", "ref"]),
        severity: "error",
        code: "sync/on-breach-ref",
        message: `${problem}; no workflow is dispatched for this plan`,
        expected: `${branch}, refs/heads/${branch}, or no ref`,
        hint: `remove \`ref\` (the default branch is used): a branch or tag anyone with push access can move would run unreviewed code on a breach`
      }
    ];
  });
}

// action/src/github-action/sync/broken-lessons.ts
function brokenLessons(lessons) {
  return lessons.flatMap((parsed) => {
    if (parsed.lesson) return [];
    const first = parsed.diagnostics.find((d) => d.severity === "error");
    const where = first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : `${parsed.file}:1:1: the lesson did not validate`;
    return [{ file: parsed.file, where }];
  });
}
function liveItems(body) {
  const parsed = parseIssueBody(body);
  const removed = parsed.state?.removed ?? {};
  return new Set(parsed.items.map((item) => item.id).filter((id) => !(id in removed)));
}
function lostItems(current, next) {
  const keep = liveItems(next);
  return [...liveItems(current)].filter((id) => !keep.has(id));
}
var GuardsUnknownError = class extends ExpectedError {
  constructor(lost, broken) {
    const issues = lost.map(
      (l) => `${l.issue === void 0 ? "the deleted issue" : `#${l.issue}`} (${l.phaseId}: ${l.items.join(", ")})`
    ).join("; ");
    const lessons = broken.map((b) => b.where).join("; ");
    super(
      `not written: its issues would lose items the broken lessons may give, ${issues}; broken: ${lessons}. Fix the lessons: until then its issues keep every item, tick and note as they are (ADR 64)`
    );
    this.name = "GuardsUnknownError";
  }
};

// action/src/github/labels.ts
async function listLabelNames(github, repo) {
  const names = /* @__PURE__ */ new Set();
  for (let page = 1; ; page++) {
    const { data } = await github.request("GET /repos/{owner}/{repo}/labels", { ...repo, per_page: PAGE_SIZE, page });
    for (const label of data) names.add(label.name.toLowerCase());
    if (data.length < PAGE_SIZE) break;
  }
  return names;
}
async function createLabel(github, repo, label) {
  try {
    await github.request("POST /repos/{owner}/{repo}/labels", { ...repo, ...label });
    return "created";
  } catch (error2) {
    if (isUnprocessable(error2)) return "exists";
    throw error2;
  }
}

// action/src/github-action/sync/labels.ts
var LABEL_COLORS = { base: "0e8a16", plan: "1d76db", phase: "c5def5" };
var MAX_DESCRIPTION = 100;
var cap = (s) => truncate(s, MAX_DESCRIPTION);
function wantedLabels(plans, prefix) {
  const out = /* @__PURE__ */ new Map();
  const add = (name, color, description) => {
    if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), { name, color, description: cap(description) });
  };
  add(prefix, LABEL_COLORS.base, "Rollbook checklist issue: tick boxes here, Rollbook keeps the state");
  for (const plan of plans) {
    const [, planLabel] = issueLabels(plan.metadata.name, void 0, prefix);
    add(planLabel, LABEL_COLORS.plan, `Rollbook: rollout plan ${plan.metadata.name}`);
    for (const phase of plan.phases) {
      const phaseLabel = issueLabels(plan.metadata.name, phase.id, prefix)[2];
      add(phaseLabel, LABEL_COLORS.phase, `Rollbook: rollout phase ${phase.id}`);
    }
  }
  return [...out.values()];
}
async function ensureLabels(github, repo, writer, wanted, issues) {
  const seen = new Set(issues.flatMap((i) => i.labels.map((l) => l.toLowerCase())));
  const unseen = wanted.filter((l) => !seen.has(l.name.toLowerCase()));
  if (unseen.length === 0) return 0;
  const existing = await listLabelNames(github, repo);
  const missing = unseen.filter((l) => !existing.has(l.name.toLowerCase()));
  for (const label of missing) await writer.createLabel(label);
  return missing.length;
}

// action/src/checklist/audit.ts
function recordEntries(state, entries, limit = MAX_AUDIT_ENTRIES) {
  const ticks = { ...state.ticks };
  for (const entry of entries) {
    if (entry.checked) ticks[entry.itemId] = { by: entry.by, at: entry.at };
    else delete ticks[entry.itemId];
  }
  return compactLog({ ...state, ticks, log: [...state.log, ...entries] }, limit);
}

// action/src/checklist/authorize.ts
var REPO_PERMISSIONS = ["none", "read", "triage", "write", "maintain", "admin"];
function permissionAtLeast(have, need) {
  return have !== void 0 && REPO_PERMISSIONS.indexOf(have) >= REPO_PERMISSIONS.indexOf(need);
}
function lookup(record, key) {
  if (!record) return void 0;
  const wanted = loginKey(key);
  for (const [k, v] of Object.entries(record)) if (loginKey(k) === wanted) return v;
  return void 0;
}
function approverFor(login, approvers, directory, policy) {
  if (approvers.some((a) => !a.includes("/") && loginKey(a) === login)) return null;
  for (const team of approvers.filter((a) => a.includes("/"))) {
    const members = lookup(directory.teams, team);
    if (members) {
      if (members.some((m) => loginKey(m) === login)) return team;
    } else if (policy.minPermission && permissionAtLeast(lookup(directory.permissions, login), policy.minPermission)) {
      return team;
    }
  }
  return void 0;
}
var REASONS = {
  "not-approver": "who is not an approver for it",
  author: "who is an author of the change and may not approve it",
  duplicate: "who had already signed off this gate",
  unverified: "but GitHub's edit history does not show who ticked it",
  "state-only": "only in the hidden state block: Rollbook takes a sign-off only from GitHub's edit history"
};
function checkSignoffTicks(input) {
  const { plan, phaseId, directory = {}, policy = {} } = input;
  const parsed = parseIssueBody(input.body);
  const state = input.state ?? parsed.state ?? emptyState("phase", plan.metadata.name, phaseId);
  const authors = new Set(
    [plan.metadata.author, ...policy.authors ?? []].filter((a) => !!a).map(loginKey)
  );
  const accepted = [];
  const refused = [];
  const slots = phaseEntries(plan, phaseId, input.guards ?? []).filter((e) => e.kind === "signoff");
  const byGate = /* @__PURE__ */ new Map();
  for (const slot of slots) byGate.set(slot.gate.id, [...byGate.get(slot.gate.id) ?? [], slot]);
  for (const [gateId, gateSlots] of byGate) {
    const gate = gateSlots[0].gate;
    const ticked = gateSlots.filter((e) => parsed.ticks.get(e.id) === true).map((e) => ({ entry: e, info: state.ticks[e.id] ?? {} })).sort((a, b) => compareCodePoints(a.info.at ?? "\uFFFF", b.info.at ?? "\uFFFF") || a.entry.slot - b.entry.slot);
    const counted = /* @__PURE__ */ new Set();
    for (const { entry, info: info2 } of ticked) {
      const base = { itemId: entry.id, gateId, slot: entry.slot, ...info2.at ? { at: info2.at } : {} };
      if (!info2.by) {
        if (policy.revertUnverified !== false) refused.push({ ...base, reason: "unverified" });
        continue;
      }
      const who = loginKey(info2.by);
      const withBy = { ...base, by: info2.by };
      const as = approverFor(who, gate.signoff ?? [], directory, policy);
      if (as === void 0) refused.push({ ...withBy, reason: "not-approver" });
      else if (authors.has(who) && !authorMaySignOff(gate, policy.allowAuthor))
        refused.push({ ...withBy, reason: "author" });
      else if (counted.has(who)) refused.push({ ...withBy, reason: "duplicate" });
      else {
        counted.add(who);
        accepted.push(as === null ? withBy : { ...withBy, as });
      }
    }
  }
  for (const claim of input.claimed ?? []) {
    const slot = slots.find((s) => s.id === claim.itemId);
    if (!slot || parsed.ticks.get(slot.id) === true) continue;
    refused.push({
      itemId: slot.id,
      gateId: slot.gate.id,
      slot: slot.slot,
      ...claim.by ? { by: claim.by } : {},
      reason: "state-only"
    });
  }
  if (refused.length === 0) return { body: input.body, state, accepted, refused };
  const at = isoSeconds(input.now);
  const actor = input.actor ?? "rollbook";
  const entries = refused.map((r) => ({
    itemId: r.itemId,
    checked: false,
    by: actor,
    at,
    note: `reverted: ${r.reason}`
  }));
  const revertIds = new Set(refused.map((r) => r.itemId));
  const nextState = recordEntries(state, entries);
  const revertLines = new Set(parsed.items.filter((i) => revertIds.has(i.id)).map((i) => i.bodyLine));
  const lines = input.body.split("\n").map((line, index) => revertLines.has(index) ? setCheckbox(line, false) : line);
  const body = withState(lines.join("\n"), nextState);
  return { body, state: nextState, accepted, refused, comment: signoffComment(plan, phaseId, refused, slots, policy) };
}
function signoffComment(plan, phaseId, refused, slots, policy) {
  const hidden = signoffRevertedMarker(plan.metadata.name, phaseId);
  const count = refused.length;
  const lines = [
    hidden,
    `**Rollbook unticked ${count === 1 ? "a sign-off" : `${count} sign-offs`} on this phase.**`,
    ""
  ];
  for (const r of refused) {
    const total = slots.filter((s) => s.gate.id === r.gateId).length;
    const who = r.by ? ` by ${inertLogin(r.by)}` : "";
    const what = r.reason === "state-only" ? `was claimed${r.by ? ` for ${inertLogin(r.by)}` : ""}` : `was ticked${who},`;
    lines.push(`- Sign-off ${r.slot} of ${total} for gate ${code(r.gateId)} ${what} ${REASONS[r.reason]}.`);
  }
  lines.push("");
  const gates = [...new Set(refused.map((r) => r.gateId))];
  for (const gateId of gates) {
    const gate = slots.find((s) => s.gate.id === gateId).gate;
    const authorRule = authorMaySignOff(gate, policy.allowAuthor) ? "" : " Authors of the change may not sign off.";
    const team = (gate.signoff ?? []).some((a) => a.includes("/")) && policy.minPermission ? ` Members of a team Rollbook cannot see count with ${policy.minPermission} access or more.` : "";
    lines.push(
      `Who may sign off ${code(gateId)}: ${handleList(gate.signoff ?? [], "or")} (${signoffsNeeded(gate)} needed).${authorRule}${team}`
    );
  }
  if (refused.some((r) => r.reason === "unverified"))
    lines.push("", "If you are an approver, tick it again: the edit history then shows that you did.");
  return `${lines.join("\n")}
`;
}

// action/src/checklist/render.ts
var TemplateContractError = class extends ExpectedError {
  name = "TemplateContractError";
};
function renderContent(templates, which2, view, expectedIds) {
  const text2 = templates[which2](view);
  const lines = tidyLines(
    text2.replace(/\r\n?/g, "\n").split("\n").map((l) => ({ text: normalizeLine(l) }))
  ).map((l) => l.text);
  const expected = new Set(expectedIds);
  const seen = /* @__PURE__ */ new Set();
  const file = which2 === "phase" ? PHASE_TEMPLATE : PARENT_TEMPLATE;
  const itemHint = which2 === "phase" ? `hint: write each item once, on its own line, with {{> item}} as the built-in ${file} does` : `hint: the built-in ${file} writes no checklist items; remove that line`;
  const broken = (what, hint) => new TemplateContractError(`the ${which2} template (${file}) ${what}; ${hint}`);
  const markerHint = "hint: remove it: Rollbook writes its own markers around what the template writes";
  for (const line of lines) {
    const marked = splitItemMarker(line);
    if (marked) {
      if (!expected.has(marked.id)) throw broken(`wrote an unknown item ${marked.id}`, itemHint);
      if (seen.has(marked.id)) throw broken(`wrote item ${marked.id} twice`, itemHint);
      if (!parseTaskLine(marked.before)) throw broken(`wrote item ${marked.id} without its checkbox`, itemHint);
      if (MARKER_OPENING.test(marked.before)) throw broken(`wrote a marker inside item ${marked.id}`, markerHint);
      seen.add(marked.id);
    } else if (MARKER_OPENING.test(line)) {
      throw broken(`wrote a Rollbook marker of its own: ${line.slice(0, 80)}`, markerHint);
    }
  }
  const missing = expectedIds.filter((id) => !seen.has(id));
  if (missing.length > 0) throw broken(`left out items: ${missing.join(", ")}`, itemHint);
  return lines;
}

// action/src/checklist/size.ts
var DEGRADE_LEVELS = ["full", "collapsed", "truncated", "minimal", "bare"];
function levelIndex(level) {
  return DEGRADE_LEVELS.indexOf(level);
}
function textLimit(level) {
  if (levelIndex(level) >= levelIndex("minimal")) return MINIMAL_TEXT_CHARS;
  if (level === "truncated") return TRUNCATED_TEXT_CHARS;
  return void 0;
}
function showsCommands(level) {
  return level === "full";
}
function auditLimit(level) {
  return levelIndex(level) >= levelIndex("truncated") ? MIN_AUDIT_ENTRIES : MAX_AUDIT_ENTRIES;
}
function fitBody(build, bodyOf, limit = MAX_BODY_CHARS) {
  let value;
  for (const level of DEGRADE_LEVELS) {
    value = build(level);
    if (bodyOf(value).length <= limit) return { value, level, overLimit: false };
  }
  return { value, level: "bare", overLimit: true };
}

// action/src/checklist/view-phase.ts
var COMMAND_LANGUAGE = "sh";
var INDENT = "  ";
var HEADINGS = {
  steps: "Steps",
  stages: "Ramp stages",
  gates: "Gates",
  checklist: "Checklist",
  exit: "Exit criteria",
  done: "Done",
  rollback: "If it goes wrong"
};
function resolveHref(href, linkBase2) {
  if (href === void 0) return void 0;
  if (safeHttpUrl(href)) return href;
  if (!linkBase2) return void 0;
  try {
    return new URL(href.replace(/^\.?\//, ""), linkBase2.endsWith("/") ? linkBase2 : `${linkBase2}/`).href;
  } catch {
    return void 0;
  }
}
function targetsView(phase, max) {
  const targets = phase.targets ?? [];
  if (targets.length === 0) return null;
  const labels = targets.map((t) => truncatedText(targetLabel(t), max));
  if (!targets.some(isStructuredTarget)) return fixed(labels.join(", "));
  return fixed(labels.map((label, i) => `${i + 1}. ${label}`).join(" \u2192 "));
}
function whyView(why, options) {
  if (!why || options.level === "bare") return null;
  const label = whyLabel(why);
  const href = resolveHref(why.href, options.linkBase);
  const shown = href ? link(label, href) : truncatedText(label, textLimit(options.level));
  return fixed(`Why: ${shown}`);
}
function fence(command) {
  return codeFence(breakCommentsInCode(command), COMMAND_LANGUAGE).replace(/\n$/, "").split("\n").map((line) => line === "" ? "" : INDENT + line).join("\n");
}
function rollbackCommand(entry) {
  if (entry.kind === "rollforward") return entry.rollForwardCommand;
  const rollback = entry.step?.rollback;
  return typeof rollback === "object" ? rollback.command : void 0;
}
function bareText(entry) {
  const ref = parseItemId(entry.id);
  return ref.key ? fixed(code(ref.key)) : fixed(ref.kind);
}
function entryText(entry, phase, options) {
  if (options.level === "bare") return bareText(entry);
  const max = textLimit(options.level);
  const t = (value) => truncatedText(value, max);
  switch (entry.kind) {
    case "step": {
      const owner = entry.step.owner ? ` \u2014 ${handle(entry.step.owner)}` : "";
      const bake = entry.activates && phase.bake && !phase.stages?.length ? ` \u2014 *ticking this starts the ${text(phase.bake)} bake*` : "";
      return fixed(`**${entry.stepNumber}.** ${t(entry.text)}${owner}${bake}`);
    }
    case "stage":
      return stageText(entry, phase, t);
    case "signoff": {
      const gate = entry.gate;
      const who = handleList(gate.signoff ?? [], "or");
      const author = authorMaySignOff(gate, options.authorsMaySignOff) ? "" : ", not by the author";
      return fixed(`**${entry.text}**, by ${who}${author}`);
    }
    case "gate": {
      const classified = classifyGate(entry.gate);
      if (classified?.kind === "metric") {
        const { metric } = classified.gate;
        const condition = entry.text.slice(metric.length).trim();
        const measured = options.measured?.get(entry.id);
        const who = measured === void 0 ? "" : measured ? " \u2014 *measured by Rollbook, which ticks it from the data*" : " \u2014 *not measured by Rollbook: tick it when it holds*";
        return fixed(`**Metric:** ${code(metric, max)}${condition ? ` ${t(condition)}` : ""}${who}`);
      }
      if (classified?.kind === "check") return fixed(`**Check:** ${code(classified.gate.check, max)} succeeded`);
      return fixed(`**Confirm:** ${t(entry.text)}`);
    }
    case "rollback":
      if (!entry.step) return fixed(`**${t(entry.text)}**`);
      return fixed(`Rolled back step ${entry.stepNumber} (${code(entry.step.id)}): ${t(entry.text)}`);
    case "rollforward":
      if (!entry.step) return fixed(`**Rolled the phase forward** (it cannot be undone): ${t(entry.text)}`);
      return fixed(
        `Rolled forward step ${entry.stepNumber} (${code(entry.step.id)}), which cannot be undone: ${t(entry.text)}`
      );
    case "complete":
      return fixed(`**${entry.text}**`);
    default:
      return t(entry.text);
  }
}
function stageText(entry, phase, t) {
  const stage = entry.stage;
  const number = entry.stageNumber;
  const cohort = stage.cohort === void 0 ? "" : ` (${t(stage.cohort)})`;
  const head = `**Stage ${number} of ${entry.stageCount}: ${stage.percent}%**${cohort}: ${t(entry.text)}`;
  const last = number === entry.stageCount;
  const waits = [];
  if (stage.hold !== void 0) waits.push(`ticking this starts a ${text(stage.hold)} hold`);
  if (stage.pause !== void 0 && !last) waits.push(`then a person checks: ${t(stage.pause)}`);
  if (last && phase.bake)
    waits.push(
      stage.hold === void 0 ? `ticking this starts the ${text(phase.bake)} bake` : `then the ${text(phase.bake)} bake`
    );
  return fixed(waits.length ? `${head} \u2014 *${waits.join(", ")}*` : head);
}
function entryDetail(entry, options) {
  if (!showsCommands(options.level)) return null;
  const command = entry.kind === "step" ? entry.step?.command : entry.kind === "stage" ? entry.stage?.command : entry.kind === "rollback" || entry.kind === "rollforward" ? rollbackCommand(entry) : void 0;
  return command === void 0 ? null : fence(command);
}
function itemView(entry, phase, options) {
  return {
    checkbox: "- [ ]",
    text: entryText(entry, phase, options),
    why: whyView(entry.why, options),
    marker: itemMarker(entry.id),
    detail: entryDetail(entry, options)
  };
}
function sectionIntro(section, entries, phase, options) {
  if (section === "steps") {
    const activating = entries.find((e) => e.activates);
    if (!activating || !phase.bake || phase.stages?.length) return fixed("Tick each step when it is done.");
    return fixed(`Tick each step when it is done; ticking step ${activating.stepNumber} starts the bake.`);
  }
  if (section === "stages")
    return fixed(
      "Tick each stage, in order, when its share is live: ticking a stage starts its hold, and the next stage waits until the hold is over and, after a pause, until a person decides to go on."
    );
  if (section === "gates")
    return [...options.measured?.values() ?? []].some(Boolean) ? fixed(
      "Rollbook ticks the metric gates it measures, from the data; tick the others when they hold. Only the approvers named may tick a sign-off."
    ) : fixed("Tick a gate when it holds. Only the approvers named may tick a sign-off.");
  if (section === "rollback") {
    return entries.some((e) => e.kind === "rollforward") ? fixed(
      "Tick what you rolled back (the tracking issue will say so) or rolled forward. What cannot be undone is rolled forward, as its plan says."
    ) : fixed("Tick what you rolled back; the tracking issue will say so.");
  }
  return null;
}
function time(at) {
  return at ? fixed(formatTime(at)) : fixed("an unknown time");
}
function byWhom(by) {
  return by ? ` by ${inertLogin(by)}` : "";
}
var PHASE_STATE_WORDS = {
  "not-started": "not started",
  "in-progress": "in progress",
  baking: "baking",
  ready: "ready",
  done: "done",
  "rolled-back": "rolled back"
};
function joinWords(parts) {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
function statusView(status, plan) {
  if (!status) return null;
  const titleOf = (id) => plan.phases.find((p) => p.id === id)?.title ?? id;
  const waitingParts = [
    ...status.waitingFor ? [`${text(titleOf(status.waitingFor))} (${code(status.waitingFor)})`] : [],
    ...(status.waitingForPlans ?? []).map(
      ({ phase, state }) => `${code(phase)}${state ? ` (${PHASE_STATE_WORDS[state]})` : ""}`
    )
  ];
  const waiting = waitingParts.length > 0 ? fixed(joinWords(waitingParts)) : void 0;
  switch (status.state) {
    case "not-started":
      return waiting ? {
        headline: fixed(`Waiting for ${waiting}.`),
        detail: fixed(
          waitingParts.length > 1 ? "Start this phase once those are done." : "Start this phase once that one is done."
        )
      } : { headline: fixed("Not started."), detail: fixed("Tick each step as you do it.") };
    case "in-progress": {
      const stages = plan.phases.find((p) => p.id === status.phaseId)?.stages;
      const ramp = status.ramp && stages ? describeRamp(stages, status.ramp) : void 0;
      const parts = [
        waiting ? `Out of order: ${waiting} ${waitingParts.length > 1 ? "are" : "is"} not done yet.` : void 0,
        ramp
      ].filter(Boolean);
      return { headline: fixed("In progress."), detail: parts.length ? fixed(parts.join(" ")) : null };
    }
    case "baking":
      return status.bake?.endsAt ? {
        headline: fixed(`Baking until ${formatTime(status.bake.endsAt)}.`),
        detail: fixed("Then tick what is left.")
      } : {
        headline: fixed("Baking."),
        detail: fixed(
          status.ramp ? "When the last stage was ticked is not known yet." : "When the activating step was ticked is not known yet."
        )
      };
    case "ready":
      return {
        headline: fixed("Ready."),
        detail: fixed("The bake is over and everything is ticked: tick **Phase complete** to open the next phase.")
      };
    case "done":
      return { headline: fixed(`Done on ${time(status.completed?.at)}${byWhom(status.completed?.by)}.`), detail: null };
    case "rolled-back": {
      const what = status.rolledBack.map((r) => {
        const step = r.itemId.split("/rollback:")[1];
        return `${step ? `step ${code(step)}` : "the whole phase"}${byWhom(r.by)}${r.at ? ` on ${formatTime(r.at)}` : ""}`;
      });
      return { headline: fixed("Rolled back."), detail: fixed(`${what.join("; ")}.`) };
    }
  }
}
function phaseIssueView(plan, phase, entries, status, options) {
  const index = plan.phases.indexOf(phase);
  const order = ["steps", "stages", "gates", "checklist", "exit", "done", "rollback"];
  const sections = order.flatMap((key) => {
    const inSection = entries.filter((e) => e.section === key);
    if (inSection.length === 0) return [];
    return [
      {
        key,
        heading: HEADINGS[key],
        intro: sectionIntro(key, inSection, phase, options),
        items: inSection.map((e) => itemView(e, phase, options))
      }
    ];
  });
  const runbookHref = resolveHref(options.runbookUrl, options.linkBase);
  const runbook = runbookHref ? link("the runbook", runbookHref) : null;
  const full = options.level === "full" || options.level === "collapsed" || options.level === "truncated";
  const hasCommands = entries.some(
    (e) => e.step?.command !== void 0 || e.stage?.command !== void 0 || rollbackCommand(e) !== void 0
  );
  return {
    plan: {
      name: code(plan.metadata.name),
      title: text(plan.metadata.title),
      owners: handleList(plan.metadata.owners),
      runbook
    },
    phase: { id: code(phase.id), title: text(phase.title), number: index + 1, total: plan.phases.length },
    facts: full ? {
      environment: text(phase.environment),
      strategy: text(phase.strategy),
      audience: phase.audience === void 0 ? null : text(phase.audience),
      bake: phase.bake === void 0 ? null : text(phase.bake),
      targets: targetsView(phase, textLimit(options.level))
    } : null,
    status: statusView(status, plan),
    collapsedNote: !showsCommands(options.level) && hasCommands ? fixed(`This issue is shortened to fit GitHub's size limit: commands are in ${runbook ?? "the runbook"}.`) : null,
    sections
  };
}

// action/src/checklist/view-parent.ts
var EMPTY = "\u2014";
function cell(md) {
  return md;
}
function stateWords(phase, watched) {
  const active = phase.state === "in-progress" || phase.state === "baking" || phase.state === "ready";
  const verdict = active ? watched : void 0;
  const words = checklistWords(phase, verdict);
  if (verdict === "ROLL BACK" || verdict === "ROLL FORWARD")
    return fixed(`${words}; the watch says **${verdict.toLowerCase()}**`);
  return words;
}
function checklistWords(phase, verdict) {
  switch (phase.state) {
    case "not-started":
      return phase.waitingFor ? fixed(`waiting for ${code(phase.waitingFor)}`) : fixed("not started");
    case "in-progress":
      return fixed(phase.outOfOrder ? `in progress (before ${code(phase.waitingFor ?? "")} is done)` : "in progress");
    case "baking":
      return fixed(phase.bake?.endsAt ? `baking until ${formatTime(phase.bake.endsAt)}` : "baking");
    case "ready":
      return fixed(verdict === void 0 || verdict === "PROMOTE" ? "ready to promote" : "items done, gates hold");
    case "done":
      return fixed(phase.completed?.at ? `done ${formatTime(phase.completed.at)}` : "done");
    case "rolled-back":
      return fixed("**rolled back**");
  }
}
function issueCell(ref) {
  if (ref === void 0) return EMPTY;
  if (typeof ref === "number") return cell(`#${ref}`);
  return cell(link("issue", ref));
}
function whatWords(event) {
  const step = event.stepId ? ` (step ${code(event.stepId)})` : "";
  if (event.what === "activated") return fixed(`activated${step}`);
  if (event.what === "staged" && event.stage)
    return fixed(`ramped to ${event.stage.percent}% (stage ${code(event.stage.key)})`);
  if (event.what === "rolled-back") return fixed(`**rolled back**${event.stepId ? step : " (whole phase)"}`);
  return fixed(event.itemId ? "completed" : "completed (issue closed)");
}
function reviewWords(completion) {
  const { review, reviewDue } = completion;
  if (review) {
    const counts = `${review.met} met, ${review.missed} missed, ${review.noData} without data`;
    const unasked = review.unasked ?? 0;
    const awaiting = awaitingProvider(review) - unasked;
    const changed = unasked > 0 ? `${unasked === 1 ? "a KPI" : `${unasked} KPIs`} without data changed in the plan since the review (${unasked === 1 ? "its" : "their"} \`expect\` or \`baseline\`, or ${unasked === 1 ? "its place" : "their places"} among the reviewed KPIs), so no run measures ${unasked === 1 ? "it" : "them"} into it` : "";
    const outcome = review.missed > 0 ? "a KPI missed its expectation, so this issue stays open" : awaiting > 0 ? `${awaiting === 1 ? "a KPI awaits" : `${awaiting} KPIs await`} a scheduled run with its metric provider configured, which measures it into the review, so this issue stays open until then${changed ? `; ${changed}` : ""}` : changed ? `${changed}: this issue stays open for you to close once you have reviewed ${unasked === 1 ? "it" : "them"}` : "closed as completed";
    return fixed(`**KPI review** posted ${formatTime(review.at)}: ${counts}; ${outcome}.`);
  }
  if (completion.state === "closable") return null;
  return fixed(
    reviewDue ? `**KPI review** due ${formatTime(reviewDue)}: the scheduled run measures each KPI then and posts the review here; this issue stays open until it does.` : "**KPI review** pending: no phase recorded when it was done, so the review date is unknown."
  );
}
function completionView(completion) {
  if (!completion) return null;
  const by = completion.releasedBy.length === 0 ? "nobody recorded" : completion.releasedBy.map((login) => inertLogin(login)).join(", ");
  return {
    at: completion.at ? fixed(formatTime(completion.at)) : fixed("an unrecorded time"),
    by: fixed(`Released by ${by}, as the verified audit trail below records.`),
    review: reviewWords(completion)
  };
}
function parentCompletion(plan, rollout, options) {
  return completionOf(plan, rollout, options.review);
}
function parentIssueView(plan, rollout, options) {
  const max = textLimit(options.level);
  const titleOf = (id) => plan.phases.find((p) => p.id === id)?.title ?? id;
  const runbookHref = resolveHref(options.runbookUrl, options.linkBase);
  const current = rollout.phases.find((p) => p.phaseId === rollout.current);
  const now = current ? fixed(
    `phase ${current.number} of ${rollout.phases.length}, ${truncatedText(current.title, max)} (${code(current.phaseId)}): ${stateWords(current, own(options.verdicts, current.phaseId))}`
  ) : fixed("every phase is done");
  return {
    plan: {
      name: code(plan.metadata.name),
      title: text(plan.metadata.title),
      owners: handleList(plan.metadata.owners),
      services: fixed(plan.metadata.services.map((s) => code(s)).join(", ")),
      runbook: runbookHref ? link("the runbook", runbookHref) : null
    },
    rolledBack: rollout.rolledBack.map((r) => {
      const what = r.stepId ? `step ${code(r.stepId)}` : "the whole phase";
      const by = r.by ? ` by ${inertLogin(r.by)}` : "";
      const when = r.at ? ` on ${formatTime(r.at)}` : "";
      return fixed(`${truncatedText(titleOf(r.phaseId), max)} (${code(r.phaseId)}): ${what} rolled back${by}${when}`);
    }),
    now,
    phases: rollout.phases.map((p) => ({
      number: p.number,
      title: cell(truncatedText(p.title, max)),
      environment: cell(text(plan.phases.find((x) => x.id === p.phaseId)?.environment ?? "")),
      state: cell(stateWords(p, own(options.verdicts, p.phaseId))),
      issue: issueCell(own(options.issues, p.phaseId))
    })),
    released: rollout.released.map((e) => ({
      at: e.at ? cell(formatTime(e.at)) : cell("unknown"),
      phase: cellCodeSpan(e.phaseId),
      what: cell(whatWords(e)),
      by: e.by ? cell(inertLogin(e.by)) : EMPTY
    })),
    completion: completionView(parentCompletion(plan, rollout, options))
  };
}

// action/src/checklist/build-parent.ts
function buildParentIssue(input) {
  const { plan } = input;
  const view = parentIssueView(plan, input.rollout, {
    level: input.level ?? "full",
    ...input.issues ? { issues: input.issues } : {},
    ...input.runbookUrl === void 0 ? {} : { runbookUrl: input.runbookUrl },
    ...input.linkBase === void 0 ? {} : { linkBase: input.linkBase },
    ...input.review ? { review: input.review } : {},
    ...input.verdicts ? { verdicts: input.verdicts } : {}
  });
  const lines = renderContent(input.templates, "parent", view, []);
  const completion = parentCompletion(plan, input.rollout, input.review ? { review: input.review } : {});
  if (completion) lines.push("", completionMarker(completion.state));
  const key = { kind: "parent", plan: plan.metadata.name };
  return {
    title: parentIssueTitle(plan, input.titlePrefix ?? TITLE_PREFIX),
    body: assembleRegion(
      key,
      lines.map((text2) => ({ text: text2 })),
      emptyState("parent", key.plan)
    ),
    labels: issueLabels(plan.metadata.name, void 0, input.labelPrefix ?? DEFAULT_LABEL_PREFIX)
  };
}

// action/src/watch/render.ts
var STATUS_WORD = {
  pass: "\u2705 pass",
  pending: "\u23F3 pending",
  fail: "\u274C fail",
  inconclusive: "\u2754 no data",
  error: "\u26A0\uFE0F error",
  rollback: "\u{1F6D1} roll back"
};
var cell2 = (text2) => breakComments(escapeMarkdownInline(text2));
function statusCell(g) {
  const failing = failureProgress(g);
  if (failing) {
    if (!hasFailed(g))
      return `\u274C failing, ${failing.count} of ${failing.limit}${g.status === "rollback" ? " before a roll back" : ""}`;
    return `${STATUS_WORD[g.status]}, ${failing.limit} in a row`;
  }
  const noData = noDataProgress(g);
  if (noData) {
    if (isNoDataProblem(g)) return `${STATUS_WORD[g.status]}, ${noData.count} in a row: a problem`;
    return `${STATUS_WORD[g.status]}, ${noData.count} of ${noData.limit}`;
  }
  return STATUS_WORD[g.status];
}
function dataAge(reading, evaluatedAt) {
  if (reading.sampledAt === void 0)
    return reading.status === "pass" || reading.status === "fail" || reading.status === "rollback" ? "not dated" : "\u2014";
  const ms = Date.parse(evaluatedAt) - Date.parse(reading.sampledAt);
  const age = ms === 0 ? "at evaluation" : `${formatDuration(Math.abs(ms))} ${ms > 0 ? "before" : "after"} evaluation`;
  return `${formatTime(reading.sampledAt)} (${age})`;
}
function renderReadings(record, options = {}) {
  const lines = [
    `**Gate readings** (measured by Rollbook; evaluated ${formatTime(record.evaluatedAt)})`,
    "",
    ...record.gates.length > 0 ? [`Verdict of the measured gates: **${watchVerdict(record, options.response ?? "roll-back").verdict}**.`, ""] : [],
    "| Gate | Value | Threshold | Status | Newest sample |",
    "| --- | --- | --- | --- | --- |",
    ...record.gates.map(
      (g) => `| ${cell2(g.title)} | ${cell2(g.value)} | ${cell2(g.threshold)} | ${statusCell(g)} | ${dataAge(g, record.evaluatedAt)} |`
    )
  ];
  if (!options.withoutHistory && record.days.length > 0 && record.gates.length > 0) {
    lines.push(
      "",
      `<details><summary>Daily history (worst reading of each day, last ${plural(record.days.length, "day")})</summary>`,
      "",
      `| Day | ${record.gates.map((g) => cell2(g.title)).join(" | ")} |`,
      `| --- |${record.gates.map(() => " --- |").join("")}`
    );
    for (const day of [...record.days].reverse()) {
      const cells = record.gates.map((g) => {
        const reading = Object.hasOwn(day.gates, g.gate) ? day.gates[g.gate] : void 0;
        if (!reading) return "\u2014";
        const measured = reading.status === "pass" || reading.status === "fail" || reading.status === "rollback";
        return measured ? `${STATUS_WORD[reading.status]} ${cell2(reading.value)}` : STATUS_WORD[reading.status];
      });
      lines.push(`| ${day.day} | ${cells.join(" | ")} |`);
    }
    lines.push("", "</details>");
  }
  return lines;
}

// action/src/checklist/measured.ts
var MEASURED_NOTE = "measured";
var MEASURED_REVERT_NOTE = "reverted: measured by Rollbook";
function metricGateItems(plan, phaseId, providers, guards = []) {
  return phaseEntries(plan, phaseId, guards).flatMap((entry) => {
    if (entry.kind !== "gate" || !entry.gate) return [];
    const classified = classifyGate(entry.gate);
    if (classified?.kind !== "metric") return [];
    const metric = own(plan.metrics, classified.gate.metric);
    return [
      {
        itemId: entry.id,
        gateId: entry.gate.id,
        metric: classified.gate.metric,
        measured: metric !== void 0 && providers.has(metric.provider)
      }
    ];
  });
}
var sameLogin2 = (a, b) => a !== void 0 && a.toLowerCase() === b.toLowerCase();
function personsLastEdit(edits, itemId, actor) {
  const last = edits.findLast((e) => e.itemId === itemId);
  return last && !sameLogin2(last.by, actor) ? last : void 0;
}
function setMeasuredTicks(input) {
  const { actor, passing } = input;
  const parsed = parseIssueBody(input.body);
  const at = isoSeconds(input.now);
  const entries = [];
  const reattributed = {};
  const reverted = [];
  const flip = /* @__PURE__ */ new Map();
  for (const gate of input.gates) {
    if (!gate.measured) continue;
    const want = passing.has(gate.gateId);
    const info2 = input.state.ticks[gate.itemId];
    const ticked = parsed.ticks.get(gate.itemId) ?? info2 !== void 0;
    const ownTick = ticked && sameLogin2(info2?.by, actor);
    if (ticked === want) {
      if (ticked && !ownTick) reattributed[gate.itemId] = { by: actor, at };
      continue;
    }
    const person = ticked ? !ownTick : personsLastEdit(input.edits ?? [], gate.itemId, actor) !== void 0;
    const by = ticked ? info2?.by : personsLastEdit(input.edits ?? [], gate.itemId, actor)?.by;
    flip.set(gate.itemId, want);
    entries.push({
      itemId: gate.itemId,
      checked: want,
      by: actor,
      at,
      note: person ? MEASURED_REVERT_NOTE : MEASURED_NOTE
    });
    if (person)
      reverted.push({
        itemId: gate.itemId,
        gateId: gate.gateId,
        metric: gate.metric,
        checked: ticked,
        ...by ? { by } : {}
      });
  }
  if (entries.length === 0 && Object.keys(reattributed).length === 0)
    return { body: input.body, state: input.state, reverted };
  const recorded = recordEntries(input.state, entries);
  const state = { ...recorded, ticks: { ...recorded.ticks, ...reattributed } };
  const lines = new Map(parsed.items.filter((i) => flip.has(i.id)).map((i) => [i.bodyLine, flip.get(i.id)]));
  const body = input.body.split("\n").map((line, index) => lines.has(index) ? setCheckbox(line, lines.get(index)) : line).join("\n");
  return { body: withState(body, state), state, reverted };
}
function measuredRevertComment(reverted) {
  const lines = [
    `**Rollbook set ${reverted.length === 1 ? "a metric gate" : `${reverted.length} metric gates`} back to what the data says.**`,
    ""
  ];
  for (const r of reverted) {
    const who = r.by ? ` by ${inertLogin(r.by)}` : "";
    lines.push(
      `- Gate ${code(r.gateId)} (${code(r.metric)}) was ${r.checked ? "ticked" : "unticked"}${who}. Rollbook measures this gate and sets its box from the data: ticked while the reading passes, unticked while it fails or has no data.`
    );
  }
  lines.push(
    "",
    "The gate readings in the issue show the latest values. A gate Rollbook measures cannot be confirmed by hand; to judge it yourself, remove its provider from the action inputs.",
    "",
    ...reverted.map((r) => measuredRevertMarker(r.itemId))
  );
  return `${lines.join("\n")}
`;
}

// action/src/checklist/build-phase.ts
function buildPhaseIssue(input) {
  const { plan, templates } = input;
  const phase = findPhase(plan, input.phaseId);
  const entries = phaseEntries(plan, phase.id, input.guards ?? []);
  const measured = input.measured ? new Map(metricGateItems(plan, phase.id, input.measured, input.guards ?? []).map((g) => [g.itemId, g.measured])) : void 0;
  const view = phaseIssueView(plan, phase, entries, input.status, {
    level: input.level ?? "full",
    ...measured ? { measured } : {},
    ...input.runbookUrl === void 0 ? {} : { runbookUrl: input.runbookUrl },
    ...input.linkBase === void 0 ? {} : { linkBase: input.linkBase },
    ...input.authorsMaySignOff ? { authorsMaySignOff: true } : {}
  });
  const lines = renderContent(
    templates,
    "phase",
    view,
    entries.map((e) => e.id)
  );
  const content = lines.map((text2) => ({ text: text2 }));
  if (input.readings)
    content.push(
      { text: "" },
      ...renderReadings(input.readings, { response: phaseResponse(plan, phase) }).map((text2) => ({ text: text2 })),
      {
        text: encodeReadings(input.readings)
      }
    );
  const key = { kind: "phase", plan: plan.metadata.name, phase: phase.id };
  return {
    title: phaseIssueTitle(plan, phase, input.titlePrefix ?? TITLE_PREFIX),
    body: assembleRegion(key, content, emptyState("phase", key.plan, key.phase)),
    labels: issueLabels(plan.metadata.name, phase.id, input.labelPrefix ?? DEFAULT_LABEL_PREFIX),
    entries
  };
}

// action/src/checklist/sync.ts
function sameIssue(state, plan, phase) {
  return state !== void 0 && state.kind === "phase" && state.plan === plan && state.phase === phase;
}
function prepare(input, phaseId) {
  const plan = input.plan.metadata.name;
  const snapshot = own(input.phases, phaseId);
  const current = snapshot?.body;
  const parsed = parseIssueBody(current ?? "");
  const state = sameIssue(snapshot?.state, plan, phaseId) ? snapshot.state : sameIssue(parsed.state, plan, phaseId) ? withoutProvenance(parsed.state) : emptyState("phase", plan, phaseId);
  if (current === void 0)
    return { body: void 0, state, accepted: [], refused: [], measuredReverted: [], problems: [] };
  const guards = own(input.guards, phaseId);
  const readings = watchRecord(input, phaseId);
  const desired = buildPhaseIssue({
    ...common(input),
    ...measuredOption(input),
    ...authorOption(input),
    phaseId,
    ...guards ? { guards } : {},
    ...readings ? { readings } : {}
  }).body;
  const merged = mergeTicks(desired, current, { now: input.now, state });
  const check = checkSignoffTicks({
    plan: input.plan,
    phaseId,
    body: merged,
    now: input.now,
    ...snapshot?.claimed?.length ? { claimed: snapshot.claimed } : {},
    ...guards ? { guards } : {},
    ...input.directory ? { directory: input.directory } : {},
    ...input.policy ? { policy: input.policy } : {},
    ...input.actor ? { actor: input.actor } : {}
  });
  const measured = measuredTicks(input, phaseId, check.body, check.state, readings, snapshot);
  return {
    body: measured.body,
    state: measured.state,
    accepted: check.accepted,
    refused: check.refused,
    ...check.comment ? { comment: check.comment } : {},
    measuredReverted: measured.reverted,
    problems: parsed.problems
  };
}
function measuredTicks(input, phaseId, body, state, record, snapshot) {
  const unchanged = { body, state, reverted: [] };
  if (!input.measured || !input.actor) return unchanged;
  const guards = own(input.guards, phaseId);
  const gates = metricGateItems(input.plan, phaseId, input.measured, guards ?? []);
  if (!gates.some((g) => g.measured)) return unchanged;
  const status = derivePhaseState(input.plan, phaseId, parseIssueBody(body).ticks, state, input.now, {
    ...snapshot?.issue ? { issue: snapshot.issue } : {},
    ...guards ? { guards } : {}
  });
  if (status.state === "done" || status.state === "rolled-back") return unchanged;
  return setMeasuredTicks({
    body,
    state,
    gates,
    passing: passingGates(record),
    ...snapshot?.edits ? { edits: snapshot.edits } : {},
    actor: input.actor,
    now: input.now
  });
}
function watchRecord(input, phaseId) {
  const snapshot = own(input.phases, phaseId);
  const previous = writtenReadings(snapshot?.recordBody ?? snapshot?.body ?? "");
  const readings = own(input.readings, phaseId);
  return readings ? recordReadings(previous, readings, input.now).record : previous;
}
function common(input) {
  return {
    plan: input.plan,
    templates: input.templates,
    ...input.runbookUrl === void 0 ? {} : { runbookUrl: input.runbookUrl },
    ...input.linkBase === void 0 ? {} : { linkBase: input.linkBase },
    ...input.titlePrefix === void 0 ? {} : { titlePrefix: input.titlePrefix },
    ...input.labelPrefix === void 0 ? {} : { labelPrefix: input.labelPrefix }
  };
}
function completionState(body) {
  if (body === void 0) return void 0;
  for (const line of parseIssueBody(body).lines) {
    if (line.role !== "generated") continue;
    const state = parseCompletionLine(line.text.trim());
    if (state) return state;
  }
  return void 0;
}
function becameClosable(current, next) {
  return completionState(next) === "closable" && completionState(current) !== "closable";
}
function authorOption(input) {
  return input.policy?.allowAuthor ? { authorsMaySignOff: true } : {};
}
function measuredOption(input) {
  return input.measured === void 0 ? {} : { measured: input.measured };
}
function syncRollout(input) {
  const { plan, now } = input;
  const prepared = new Map(plan.phases.map((p) => [p.id, prepare(input, p.id)]));
  const statuses = plan.phases.map((p) => {
    const ready = prepared.get(p.id);
    const ticks = parseIssueBody(ready.body ?? "").ticks;
    const issue2 = own(input.phases, p.id)?.issue;
    const guards = own(input.guards, p.id);
    return derivePhaseState(plan, p.id, ticks, ready.state, now, {
      ...issue2 ? { issue: issue2 } : {},
      ...guards ? { guards } : {}
    });
  });
  const rollout = deriveRolloutState(plan, statuses, input.others);
  const phases = rollout.phases.map((status) => {
    const ready = prepared.get(status.phaseId);
    const current = own(input.phases, status.phaseId)?.body;
    const guards = own(input.guards, status.phaseId);
    const readings = watchRecord(input, status.phaseId);
    const fitted = fitBody(
      (level) => {
        const built = buildPhaseIssue({
          ...common(input),
          ...measuredOption(input),
          ...authorOption(input),
          phaseId: status.phaseId,
          status,
          level,
          ...guards ? { guards } : {},
          ...readings ? { readings } : {}
        });
        const body2 = ready.body === void 0 ? built.body : mergeTicks(built.body, ready.body, { now, state: ready.state, auditLimit: auditLimit(level) });
        return { ...built, body: body2 };
      },
      (built) => built.body
    );
    const body = fitted.value.body;
    return {
      phaseId: status.phaseId,
      status,
      title: fitted.value.title,
      labels: fitted.value.labels,
      body,
      changed: current === void 0 || !isSameBody(body, current),
      level: fitted.level,
      overLimit: fitted.overLimit,
      accepted: ready.accepted,
      refused: ready.refused,
      ...ready.comment ? { comment: ready.comment } : {},
      measuredReverted: ready.measuredReverted,
      problems: ready.problems,
      ...readings ? { record: readings } : {}
    };
  });
  const verdicts = idRecord();
  for (const phase of phases) {
    const verdict = phase.record && phaseWatchVerdict(plan, phase.phaseId, phase.record);
    if (verdict) verdicts[phase.phaseId] = verdict.verdict;
  }
  const issues = idRecord();
  for (const [phaseId, snapshot] of Object.entries(input.phases))
    if (snapshot.number !== void 0) issues[phaseId] = snapshot.number;
  const parentCurrent = input.parent?.body;
  const fittedParent = fitBody(
    (level) => {
      const built = buildParentIssue({
        ...common(input),
        rollout,
        issues,
        level,
        verdicts,
        ...input.review ? { review: input.review } : {}
      });
      return {
        ...built,
        body: parentCurrent === void 0 ? built.body : mergeTicks(built.body, parentCurrent, { now })
      };
    },
    (built) => built.body
  );
  const parent = {
    close: becameClosable(parentCurrent, fittedParent.value.body),
    title: fittedParent.value.title,
    labels: fittedParent.value.labels,
    body: fittedParent.value.body,
    changed: parentCurrent === void 0 || !isSameBody(fittedParent.value.body, parentCurrent),
    level: fittedParent.level,
    overLimit: fittedParent.overLimit
  };
  return { rollout, phases, parent };
}

// action/src/watch/evaluate.ts
function isWatched(plan, phaseId, configured) {
  const phase = plan.phases.find((p) => p.id === phaseId);
  return (phase?.gates ?? []).some((gate) => {
    const classified = classifyGate(gate);
    if (classified?.kind !== "metric") return false;
    const metric = own(plan.metrics, classified.gate.metric);
    return metric !== void 0 && configured.has(metric.provider);
  });
}
async function readPhaseGates(input) {
  const { plan, at, configured } = input;
  const phase = plan.phases.find((p) => p.id === input.phaseId);
  if (!phase) return [];
  const ids = gateIds(phase);
  const stored = new Map((input.previous?.gates ?? []).map((g) => [g.gate, g]));
  const watched = (phase.gates ?? []).flatMap((gate, i) => {
    const classified = classifyGate(gate);
    if (classified?.kind !== "metric") return [];
    const metric = own(plan.metrics, classified.gate.metric);
    if (!metric || !configured.has(metric.provider)) return [];
    const limits = analysisLimits(plan, gate);
    const old = stored.get(ids[i]);
    return [{ gate, id: ids[i], limits, old, due: !old || isDue(old.countedAt, limits, at) }];
  });
  const only = new Set(watched.filter((w) => w.due).map((w) => w.id));
  const measurements = only.size === 0 ? {} : await collectPhaseMeasurements({ plan, phase, at, resolve: input.resolve, history: false, only });
  const context = { plan, phase, at, facts: {}, pr: {}, measurements };
  const act = phaseResponse(plan, phase) === "roll-forward" ? "roll forward" : "roll back";
  return watched.flatMap(({ gate, id, limits, old, due }) => {
    if (!due && old) return [{ ...old, kept: true }];
    const result = evaluateGate(gate, id, context);
    const reading = toReading(result, result.metric ? describeThresholds(result.metric, act) : "", limits);
    return reading ? [reading] : [];
  });
}

// action/src/watch/breach-comment.ts
var ICON = { "ROLL BACK": "\u{1F6D1}", "ROLL FORWARD": "\u23E9" };
function breachComment(input) {
  const { plan, phaseId, record, verdict, key } = input;
  const phase = plan.phases.find((p) => p.id === phaseId);
  if (!phase || verdict.verdict !== "ROLL BACK" && verdict.verdict !== "ROLL FORWARD")
    throw new Error(`breachComment: ${phaseId} is not a breached phase of ${plan.metadata.name}`);
  const word = verdict.verdict;
  const owners = handleList(plan.metadata.owners);
  const lines = [
    breachMarker(key),
    `### ${ICON[word]} ${word}: ${text(phase.title)} (${code(phase.id)})`,
    "",
    `${owners}: Rollbook's watch read ${verdict.breached.length === 1 ? "a gate" : `${verdict.breached.length} gates`} of ${text(plan.metadata.title)} past ${verdict.breached.length === 1 ? "its" : "their"} rollback threshold in this phase (evaluated ${formatTime(record.evaluatedAt)}).`,
    "",
    ...verdict.reasons.map((reason) => `- ${text(reason)}`),
    "",
    ...renderReadings(record, { withoutHistory: true })
  ];
  const remedy = remedyFor(phase, word);
  if (remedy) {
    const view = remedyView(
      remedy,
      phase.title,
      text,
      (value, language) => codeBlock(value, language)
    );
    lines.push(
      "",
      view.rollBack ? `### Roll back ${view.phase}: its steps, last first` : `### Roll forward ${view.phase}: the plan for what cannot be undone`
    );
    for (const step of view.steps) {
      lines.push("", `**${step.title}:** ${step.do}`);
      if (step.command) lines.push("", step.command.trimEnd());
    }
  }
  lines.push(
    "",
    `Rollbook changes nothing by itself: undoing the steps, ticking this issue's rollback items and promoting stay people's decisions. This comment is posted once per breach; a new breach after the gates recover gets its own.`
  );
  return withDispatch(`${lines.join("\n")}
`, input.workflow ? "pending" : "none", input.workflow);
}
function dispatchSection(state, workflow, detail) {
  if (state === "none" || workflow === void 0) return [];
  const name = code(workflow);
  const on = detail.ref ? ` on ${code(detail.ref)}` : "";
  switch (state) {
    case "pending":
      return [`**Automation:** the plan asks to dispatch ${name} with this plan, phase and reason; not sent yet.`];
    case "sending":
      return [`**Automation:** dispatching ${name}${on} with this plan, phase and reason.`];
    case "sent":
      return [
        `**Automation:** dispatched ${name}${on} with this plan, phase and reason${detail.runUrl ? ` (${link("the run", detail.runUrl)})` : ""}.`
      ];
    case "failed":
      return [
        `**Automation:** could not dispatch ${name}${on}: ${text(detail.problem ?? "GitHub refused it")}. It is not retried for this breach.`
      ];
    case "unknown":
      return [
        `**Automation:** a run stopped while dispatching ${name}${on}, so whether it was sent is unknown: see the repository's Actions tab. It is not sent again for this breach.`
      ];
  }
}
function withDispatch(body, state, workflow, detail = {}) {
  const found = readDispatchMarker(body);
  const head = found ? body.slice(0, found.index) : body;
  return `${[head.trimEnd(), "", dispatchMarker(state), ...dispatchSection(state, workflow, detail)].join("\n")}
`;
}

// action/src/github-action/sync/create.ts
var REJECTED_ATTEMPTS = 3;
async function writeOnce(io, what, write, exists2) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error2) {
      const wait = rejectedRetryAfter(error2);
      if (wait !== void 0 && attempt < REJECTED_ATTEMPTS) {
        io.log.warning(`${what}: GitHub asked to retry in ${wait}s (${errorMessage(error2)})`);
        await io.clock.sleep(wait * 1e3);
        continue;
      }
      if (!isOutcomeUnknown(error2)) throw error2;
      io.log.warning(`${what} failed (${errorMessage(error2)}); checking whether it was made`);
      const earlier = await exists2();
      if (earlier) return earlier.made;
      return write();
    }
  }
}
var sameKey = (a, b) => a !== void 0 && a.kind === b.kind && a.plan === b.plan && (a.phase ?? "") === (b.phase ?? "");
function createIssueChecked(io, key, issue2) {
  return writeOnce(
    io,
    `creating "${issue2.title}"`,
    () => io.writer.createIssue(issue2),
    async () => {
      const planLabel = issue2.labels[1] ?? issue2.labels[0];
      const { issues } = await readManagedIssues(io.github, io.repo, [planLabel], planLabel, io.log);
      const found = issues.filter((i) => sameKey(readIssueKey(i.body), key)).sort((a, b) => a.number - b.number)[0];
      return found ? { made: found } : void 0;
    }
  );
}

// action/src/github-action/sync/breach.ts
var MAX_REASON_CHARS = 1e3;
function dispatchReason(verdict) {
  const lines = verdict.reasons.slice(0, verdict.breached.length);
  return truncate(`${verdict.verdict}: ${lines.join("; ")}`.replace(/\s+/g, " "), MAX_REASON_CHARS);
}
async function actOnBreach(io, input) {
  const { plan, phaseId, issue: issue2, record, verdict } = input;
  if (!isBreachVerdict(verdict.verdict)) return "none";
  const key = { plan: plan.metadata.name, phase: phaseId, after: breachKey(record) };
  const author = io.viewer ?? REST_FALLBACK_AUTHOR;
  const ours = async () => (await listComments(io.github, io.repo, issue2)).filter((c) => sameLogin(c.author, author) && sameBreach(readBreachMarker(c.body), key)).sort((a, b) => a.id - b.id);
  let found = (await ours())[0];
  let outcome = "known";
  if (!found) {
    const body = breachComment({
      plan,
      phaseId,
      record,
      verdict,
      key,
      ...plan.onBreach ? { workflow: plan.onBreach.workflow } : {}
    });
    const posted = await writeOnce(
      io,
      `posting the breach comment on #${issue2}`,
      () => io.writer.createComment(issue2, body),
      async () => {
        const earlier = (await ours())[0];
        return earlier ? { made: earlier.id } : void 0;
      }
    );
    io.log.notice(`${key.plan} \xB7 ${phaseId}: ${verdict.verdict}; posted the breach comment on #${issue2}`);
    if (io.writer.dryRun) return "posted";
    const all = await ours();
    found = all[0];
    if (found && posted !== void 0 && found.id !== posted) {
      await io.writer.deleteComment(posted);
      io.log.info(`#${issue2}: another run posted this breach's comment first; deleted ours`);
      return "yielded";
    }
    if (!found) return "posted";
    outcome = "posted";
  }
  await dispatchOnce(io, input, found, key);
  return outcome;
}
function refusal(error2, workflow, ref) {
  switch (statusOf(error2)) {
    case 403:
      return "GitHub answered 403: the workflow running Rollbook needs `permissions: actions: write`";
    case 404:
      return `GitHub answered 404: no workflow ${workflow} on ${ref}, or the token cannot see it`;
    case 422:
      return `GitHub answered 422: the workflow has no workflow_dispatch trigger on ${ref}, or does not declare the inputs plan, phase and reason`;
    default:
      return `GitHub refused it (${statusOf(error2) ?? "no status"})`;
  }
}
async function dispatchOnce(io, input, comment, key) {
  const target = input.plan.onBreach;
  const state = readDispatchMarker(comment.body)?.state;
  if (!target || state === void 0 || state === "none") return;
  const where = `${key.plan} \xB7 ${key.phase}`;
  const update = async (body, before) => {
    await io.writer.updateComment(comment.id, body, before);
    return body;
  };
  if (state === "sending") {
    io.log.warning(
      `${where}: a run stopped while dispatching ${target.workflow}; whether it was sent is unknown, so it is not sent again (see the Actions tab)`
    );
    await update(withDispatch(comment.body, "unknown", target.workflow), comment.body);
    return;
  }
  if (state !== "pending") return;
  let ref;
  try {
    ref = await (io.defaultRef ?? defaultRefOnce(() => io.github, io.repo))();
  } catch (error2) {
    io.log.warning(
      `${where}: could not read the default branch to dispatch ${target.workflow} (${errorMessage(error2)}); the next run tries again`
    );
    return;
  }
  const refused = breachRefProblem(target.ref, ref);
  if (refused !== void 0) {
    io.log.warning(`${where}: ${target.workflow} was not dispatched: ${refused}`);
    const detail2 = { ref: target.ref, problem: refused };
    await update(withDispatch(comment.body, "failed", target.workflow, detail2), comment.body);
    return;
  }
  const sending = await update(withDispatch(comment.body, "sending", target.workflow, { ref }), comment.body);
  const inputs = { plan: key.plan, phase: key.phase, reason: dispatchReason(input.verdict) };
  let detail = { ref };
  let final;
  try {
    const run2 = await io.writer.dispatchWorkflow(target.workflow, ref, inputs);
    if (run2?.runUrl) detail = { ...detail, runUrl: run2.runUrl };
    final = "sent";
    io.log.notice(`${where}: dispatched ${target.workflow} on ${ref}`);
  } catch (error2) {
    if (isOutcomeUnknown(error2)) {
      final = "unknown";
      io.log.warning(
        `${where}: dispatching ${target.workflow} failed without an answer (${errorMessage(error2)}); it is not sent again`
      );
    } else {
      final = "failed";
      const problem = refusal(error2, target.workflow, ref);
      detail = { ...detail, problem };
      io.log.warning(`${where}: could not dispatch ${target.workflow}: ${problem}`);
    }
  }
  await update(withDispatch(sending, final, target.workflow, detail), sending);
}

// action/src/kpi-review/comment.ts
var OUTCOME_WORDS = {
  met: "\u2705 met",
  missed: "\u274C missed",
  "no-data": "\u26AA no data"
};
function countOutcomes(results) {
  return {
    met: results.filter((r) => r.outcome === "met").length,
    missed: results.filter((r) => r.outcome === "missed").length,
    noData: results.filter((r) => r.outcome === "no-data").length,
    outcomes: results.map((r) => r.outcome)
  };
}
function measuredCell(result) {
  if (result.measured === void 0) return text(result.reason ?? "no data");
  const window = result.window ? ` over ${result.window}` : "";
  return fixed(`${formatMeasured(result.measured, result.unit)}${window} at ${formatTime(result.at)}`);
}
function reviewView(plan, completedAt2, results) {
  const counts = countOutcomes(results);
  return {
    plan: { name: code(plan.metadata.name), title: text(plan.metadata.title) },
    completedAt: fixed(formatTime(completedAt2)),
    kpis: results.map((r) => ({
      kpi: text(r.kpi),
      baseline: r.baseline ? text(r.baseline) : "\u2014",
      expect: cellCode(r.expect),
      measured: measuredCell(r),
      outcome: OUTCOME_WORDS[r.outcome]
    })),
    counts: { met: counts.met, missed: counts.missed, noData: counts.noData },
    missed: counts.missed > 0,
    missedWords: counts.missed === 1 ? "A KPI" : `${counts.missed} KPIs`,
    owners: handleList(plan.metadata.owners)
  };
}
function reviewComment(templates, plan, completedAt2, results) {
  const body = templates.review(reviewView(plan, completedAt2, results)).replace(/\r\n?/g, "\n");
  if (MARKER_OPENING.test(body)) throw new TemplateContractError("the KPI review template wrote a Rollbook marker");
  return `${kpiReviewMarker(countOutcomes(results), encodeReviewRecord(recordedKpis(results)))}
${body.trim()}
`;
}

// action/src/kpi-review/measure.ts
async function measureOne(input, impact) {
  const { plan } = input;
  const at = new Date(Date.parse(input.completedAt) + (parseDuration(impact.reviewAfter ?? "") ?? 0));
  const metric = own(plan.metrics, impact.metric);
  const base = {
    kpi: impact.kpi,
    ...impact.baseline ? { baseline: impact.baseline } : {},
    expect: impact.expect,
    ...impact.metric ? { metric: impact.metric } : {},
    ...metric?.unit ? { unit: metric.unit } : {},
    at: isoSeconds(at),
    outcome: "no-data"
  };
  const reading = kpiThreshold(impact, plan.metrics);
  if (!reading.measurable) return { ...base, reason: `not measurable: ${reading.reason}` };
  if (!metric) return { ...base, reason: "no metric" };
  const threshold = reading.threshold;
  if (!input.configured.has(metric.provider))
    return {
      ...base,
      threshold,
      reason: `no ${metric.provider} provider is configured for this run`,
      awaitsProvider: true
    };
  const last = plan.phases.at(-1);
  const gate = { metric: impact.metric, ...impact.window ? { window: impact.window } : {} };
  const queries = gateQueries(plan, last, gate, metric);
  const window = queries.window;
  const withWindow = { ...base, threshold, ...window ? { window } : {} };
  const problem = unfilledProblem(queries.value);
  if (problem) return { ...withWindow, reason: problem };
  const source = input.resolve({ metricName: impact.metric, metric, role: "value", query: queries.value.text });
  if ("error" in source) return { ...withWindow, reason: source.error };
  const value = await source.provider.instant({
    query: source.query,
    at,
    ...source.field ? { field: source.field } : {},
    ...source.timeField ? { timeField: source.timeField } : {},
    ...queries.maxAgeMs !== void 0 ? { maxAgeMs: queries.maxAgeMs } : {}
  });
  if (value.status === "error") return { ...withWindow, reason: value.error };
  if (value.status === "no-data") return { ...withWindow, reason: `no data (${value.reason})` };
  return {
    ...withWindow,
    measured: value.value,
    outcome: meetsThreshold(value.value, threshold) ? "met" : "missed"
  };
}
async function measureKpis(input, only) {
  const reviewed = reviewedImpact(input.plan).filter((_, i) => only === void 0 || only.has(i));
  return Promise.all(reviewed.map((impact) => measureOne(input, impact)));
}

// action/src/github-action/sync/kpi-review.ts
async function kpiReview(input) {
  const review = await postedReview(input);
  if (!review) return void 0;
  const awaiting = awaitingProvider(review);
  const unasked = awaiting > 0 ? awaiting - stillAsked(reviewedImpact(input.plan), review.kpis ?? []).size : 0;
  return unasked > 0 ? { ...review, unasked } : review;
}
async function postedReview(input) {
  const { plan, rollout, now } = input;
  const due = reviewDueAt(plan, rollout);
  const done = completedAt(rollout);
  if (due === void 0 || done === void 0 || now.getTime() < Date.parse(due)) return void 0;
  const find = async () => findPostedReview(await listComments(input.github, input.repo, input.issue), input.viewer);
  const read = async () => (await find())?.review;
  const posted = await find();
  if (posted && input.watch) return completeReview(input, input.watch, done, posted);
  if (posted || !input.watch) return posted?.review;
  const results = await measureKpis({
    plan,
    completedAt: done,
    resolve: input.watch.resolve,
    configured: input.watch.configured
  });
  const body = reviewComment(input.templates, plan, done, results);
  await writeOnce(
    input,
    `posting the KPI review on #${input.issue}`,
    () => input.writer.createComment(input.issue, body),
    async () => await read() ? { made: void 0 } : void 0
  );
  input.log.notice(`Rollbook: posted the KPI review of ${plan.metadata.name} on #${input.issue}`);
  return read();
}
async function completeReview(input, watch, done, posted) {
  const { plan } = input;
  const { review, comment } = posted;
  const reviewed = reviewedImpact(plan);
  const kpis = review.kpis;
  const outcomes = review.outcomes;
  if (!kpis || !outcomes || kpis.length !== reviewed.length) return review;
  const due = /* @__PURE__ */ new Set();
  for (const i of stillAsked(reviewed, kpis)) {
    const provider = own(plan.metrics, reviewed[i].metric)?.provider;
    if (provider !== void 0 && watch.configured.has(provider)) due.add(i);
  }
  if (due.size === 0) return review;
  const fresh = await measureKpis(
    { plan, completedAt: done, resolve: watch.resolve, configured: watch.configured },
    due
  );
  const measured = [...due];
  const results = kpis.map((k, i) => {
    const at = measured.indexOf(i);
    return at >= 0 ? { ...fresh[at], kpi: reviewedName(fresh[at].kpi, k) } : recordedResult(k, outcomes[i], review.at);
  });
  const body = reviewComment(input.templates, plan, done, results);
  if (body === comment.body) return review;
  await input.writer.updateComment(comment.id, body, comment.body);
  input.log.notice(
    `Rollbook: measured ${due.size} KPI(s) of the review of ${plan.metadata.name} that awaited a provider, on #${input.issue}`
  );
  const again = findPostedReview(await listComments(input.github, input.repo, input.issue), input.viewer);
  return again?.review ?? review;
}

// action/src/github-action/sync/measured-comment.ts
async function postMeasuredComment(io, number, reverted) {
  const author = io.viewer ?? REST_FALLBACK_AUTHOR;
  const explained = async () => {
    const items = /* @__PURE__ */ new Set();
    for (const c of await listComments(io.github, io.repo, number))
      if (sameLogin(c.author, author)) for (const id of measuredRevertItems(c.body)) items.add(id);
    return items;
  };
  const before = await explained();
  const fresh = reverted.filter((r) => !before.has(r.itemId));
  if (fresh.length === 0) return;
  await writeOnce(
    io,
    `posting the measured-gate comment on #${number}`,
    () => io.writer.createComment(number, measuredRevertComment(fresh)),
    async () => {
      const after = await explained();
      return fresh.every((r) => after.has(r.itemId)) ? { made: void 0 } : void 0;
    }
  );
}

// action/src/github-action/sync/refusals.ts
import { createHash as createHash2 } from "node:crypto";
var KEY_CHARS = 16;
function refusalKey(refused) {
  const parts = refused.map((r) => `${r.itemId}|${r.by ?? ""}|${r.at ?? ""}|${r.reason}`).sort();
  return createHash2("sha256").update(parts.join("\n")).digest("hex").slice(0, KEY_CHARS);
}
async function postRefusalComment(io, number, comment, refused) {
  const key = refusalKey(refused);
  const posted = async () => (await listComments(io.github, io.repo, number)).some(
    (c) => hasRefusalMarker(c.body, key) && (io.viewer === void 0 || sameLogin(c.author, io.viewer))
  );
  if (await posted()) return;
  const body = `${withMarker(comment.trimEnd(), refusalMarker(key))}
`;
  await writeOnce(
    io,
    `posting the sign-off comment on #${number}`,
    () => io.writer.createComment(number, body),
    async () => await posted() ? { made: void 0 } : void 0
  );
}

// action/src/github-action/sync/signoffs.ts
function lookupsFor(plan, guards, refusals) {
  const wanted = /* @__PURE__ */ new Map();
  for (const { phaseId, refused } of refusals) {
    const gates = new Map(
      phaseEntries(plan, phaseId, guards[phaseId] ?? []).flatMap((e) => e.gate ? [[e.gate.id, e.gate]] : [])
    );
    for (const r of refused) {
      if (r.reason !== "not-approver" || !r.by) continue;
      for (const team of (gates.get(r.gateId)?.signoff ?? []).filter((a) => a.includes("/"))) {
        const logins = wanted.get(team) ?? /* @__PURE__ */ new Set();
        logins.add(r.by.replace(/^@/, ""));
        wanted.set(team, logins);
      }
    }
  }
  return wanted;
}
async function lookUpDirectory(github, repo, wanted, policy) {
  const teams = {};
  const unreadableLogins = /* @__PURE__ */ new Set();
  for (const [team, logins] of wanted) {
    const members = [];
    let readable = true;
    for (const login of logins) {
      const membership = await teamMembership(github, team, login);
      if (membership === "member") members.push(login);
      if (membership === "unreadable") {
        readable = false;
        unreadableLogins.add(login);
      }
    }
    teams[team] = readable ? members : null;
  }
  const permissions = {};
  if (policy.minPermission)
    for (const login of unreadableLogins) permissions[login] = await collaboratorPermission(github, repo, login);
  return { teams, permissions };
}

// action/src/github/sub-issues.ts
async function addSubIssue(github, repo, parentNumber, childId, replaceParent) {
  try {
    await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
      ...repo,
      issue_number: parentNumber,
      sub_issue_id: childId,
      ...replaceParent ? { replace_parent: true } : {}
    });
    return "added";
  } catch (error2) {
    if (isNotFound(error2)) return "unavailable";
    if (isUnprocessable(error2)) return "refused";
    throw error2;
  }
}
async function listSubIssueNumbers(github, repo, parentNumber) {
  try {
    const numbers = /* @__PURE__ */ new Set();
    for (let page = 1; ; page++) {
      const { data } = await github.request("GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
        ...repo,
        issue_number: parentNumber,
        per_page: 100,
        page
      });
      for (const issue2 of data) numbers.add(issue2.number);
      if (data.length < 100) break;
    }
    return numbers;
  } catch (error2) {
    if (isNotFound(error2)) return void 0;
    throw error2;
  }
}

// action/src/github-action/sync/sub-issues.ts
async function linkSubIssues(io, plan, parent, children, links) {
  if (links.available === false) return;
  let unlinked = children.filter((c) => c.parent !== parent.number);
  if (unlinked.length === 0) return;
  if (links.available === void 0 || unlinked.some((c) => c.parent === void 0)) {
    const linked = await listSubIssueNumbers(io.github, io.repo, parent.number);
    links.available = linked !== void 0;
    if (!linked) {
      io.log.notice(
        "The sub-issues API is not available here: tracking issues link their phase issues in their table instead"
      );
      return;
    }
    unlinked = unlinked.filter((c) => !linked.has(c.number));
  }
  for (const child of unlinked) {
    const current = child.parent == null ? void 0 : io.keys.get(child.parent);
    const replace = current?.kind === "parent" && current.plan === plan;
    if (child.parent != null && !replace) {
      io.log.info(`#${child.number} is a sub-issue of #${child.parent}, not of the tracking issue; left there`);
      continue;
    }
    const result = await io.writer.addSubIssue(parent.number, child, replace);
    if (result === "unavailable") {
      links.available = false;
      io.log.notice("The sub-issues API answered 404: tracking issues link their phase issues in their table instead");
      return;
    }
    if (result === "refused") io.log.info(`#${child.number} could not be added as a sub-issue of #${parent.number}`);
  }
}

// action/src/github-action/sync/watch.ts
var WATCH_EVENTS = /* @__PURE__ */ new Set(["schedule", "workflow_dispatch"]);
function watchedProviders(inputs, sync) {
  const names = /* @__PURE__ */ new Set();
  if (inputs.prometheusUrl) names.add("prometheus");
  if (inputs.metricsFile) names.add("json-file");
  if (sync.watchHttpJson) names.add("http-json");
  return names;
}
function syncWatch(ctx) {
  if (!WATCH_EVENTS.has(ctx.event.name)) return void 0;
  const configured = watchedProviders(ctx.inputs.report, ctx.inputs.sync);
  if (configured.size === 0) return void 0;
  const pool = new SharedQueries();
  const providers = createProviders(providerSettings(ctx.inputs.report, ctx.cwd), pool);
  return { resolve: planSources(providers), configured, pool };
}
function isActivePhase(phase) {
  return phase.activation.ticked && (phase.state === "in-progress" || phase.state === "baking" || phase.state === "ready");
}

// action/src/github-action/sync/plan-sync.ts
function facts(issue2) {
  return { state: issue2.state, stateReason: issue2.stateReason, closedAt: issue2.closedAt };
}
function snapshotInput(snapshot) {
  if (!snapshot || snapshot.issue === void 0 && snapshot.body === void 0) return void 0;
  return {
    ...snapshot.body !== void 0 ? { body: snapshot.body } : {},
    ...snapshot.trust?.verified ? {
      state: snapshot.trust.state,
      claimed: snapshot.trust.claimed,
      edits: snapshot.trust.added,
      recordBody: snapshot.trust.ownBody
    } : { recordBody: "" },
    ...snapshot.issue ? { number: snapshot.issue.number, issue: facts(snapshot.issue) } : {}
  };
}
var hasLabel = (issue2, label) => issue2.labels.some((l) => l.toLowerCase() === label.toLowerCase());
var PlanSync = class {
  #in;
  #name;
  #phases = /* @__PURE__ */ new Map();
  #parent = {};
  /** syncRollout's last result; dropped whenever a snapshot changes. */
  #cached;
  #directory = { teams: {}, permissions: {} };
  #looked = /* @__PURE__ */ new Set();
  /** What people did on each phase issue since the action's last revision (from its history). */
  #added = /* @__PURE__ */ new Map();
  #duplicates = /* @__PURE__ */ new Map();
  /** ROLL BACK verdicts acted on in this run (#actOnVerdicts), for the draft lessons. */
  #acted = [];
  /** The KPI review, once posted on the tracking issue (#review). */
  #review;
  /** This run's readings by phase id (#watch). */
  #readings = {};
  constructor(input) {
    this.#in = input;
    this.#name = input.plan.metadata.name;
    const { issues, trigger } = input;
    for (const phase of input.plan.phases) {
      const issue2 = issues.phases.get(phase.id);
      if (issue2) this.#setPhase(phase.id, { issue: issue2, body: issue2.body });
    }
    if (issues.parent) this.#setParent({ issue: issues.parent, body: issues.parent.body });
    this.#carryDeleted(trigger);
  }
  /** Verifies a phase issue's ticks against its history, and takes the body the history ends in. */
  async #verify(phaseId, issue2) {
    const key = { plan: this.#name, phase: phaseId };
    const trust = await verifyPhaseIssue(this.#in.github, this.#in.repo, issue2, key, this.#in.viewer);
    if (!trust.verified)
      this.#in.log.warning(
        `#${issue2.number} (${this.#name} \xB7 ${phaseId}): its edit history could not be read (${trust.reason}); its ticks do not count in this run and it is left unchanged`
      );
    else this.#added.set(phaseId, trust.added);
    const carried = trust.verified ? await this.#duplicateTicks(issue2.number, key) : {};
    const proven = trust.verified ? { ...trust, state: { ...trust.state, ticks: { ...carried, ...trust.state.ticks } } } : trust;
    this.#setPhase(phaseId, {
      issue: { ...issue2, body: trust.body },
      body: foldDuplicateTicks(trust.body, this.#duplicateBodies(issue2.number)),
      trust: proven
    });
  }
  /** Attributed ticks of the winner's open duplicates, each duplicate's history read once per run. */
  async #duplicateTicks(winner, key) {
    const ticks = {};
    for (const { issue: issue2 } of this.#in.issues.duplicates.filter((d) => d.winner.number === winner)) {
      let proven = this.#duplicates.get(issue2.number);
      if (!proven) {
        proven = verifyPhaseIssue(this.#in.github, this.#in.repo, issue2, key, this.#in.viewer);
        this.#duplicates.set(issue2.number, proven);
      }
      const trust = await proven;
      if (!trust.verified) continue;
      for (const [id, info2] of Object.entries(trust.state.ticks)) if (info2.by && !(id in ticks)) ticks[id] = info2;
    }
    return ticks;
  }
  /** After the action's own write, its body is the checkpoint: nothing more to prove. */
  #ownTrust(body) {
    const state = parseIssueBody(body).state;
    if (!state) return void 0;
    return { verified: true, body, state, added: [], unattributed: [], claimed: [], reads: 0, ownBody: body };
  }
  #setPhase(phaseId, snapshot) {
    this.#phases.set(phaseId, snapshot);
    this.#cached = void 0;
  }
  #setParent(snapshot) {
    this.#parent = snapshot;
    this.#cached = void 0;
  }
  /** An `issues.deleted` event for a phase issue that no longer exists: recreate it from its last body. */
  #carryDeleted(trigger) {
    const deleted = trigger.deleted;
    if (!deleted) return;
    const key = this.#in.keys.get(deleted.issueNumber) ?? readIssueKey(deleted.body);
    if (!key || key.plan !== this.#name || key.kind !== "phase" || !key.phase) return;
    if (this.#phases.get(key.phase)?.issue) return;
    this.#setPhase(key.phase, { body: deleted.body });
  }
  #input(directory) {
    const phases = {};
    for (const [id, snapshot] of this.#phases) {
      const s = snapshotInput(snapshot);
      if (s) phases[id] = s;
    }
    const parent = snapshotInput(this.#parent);
    const { plan, templates, now, guards, policy, labelPrefix, runbookUrl, linkBase: linkBase2, viewer, others, measured } = this.#in;
    return {
      plan,
      templates,
      now,
      phases,
      guards,
      directory,
      policy,
      labelPrefix,
      ...parent ? { parent } : {},
      ...runbookUrl !== void 0 ? { runbookUrl } : {},
      ...linkBase2 !== void 0 ? { linkBase: linkBase2 } : {},
      ...viewer ? { actor: viewer } : {},
      ...others ? { others } : {},
      ...measured ? { measured } : {},
      ...Object.keys(this.#readings).length > 0 ? { readings: this.#readings } : {},
      ...this.#review ? { review: this.#review } : {}
    };
  }
  /** syncRollout, after looking up whatever team memberships its refusals depend on. */
  async #compute() {
    if (this.#cached) return this.#cached;
    for (; ; ) {
      const result = syncRollout(this.#input(this.#directory));
      const wanted = lookupsFor(
        this.#in.plan,
        this.#in.guards,
        result.phases.map((p) => ({ phaseId: p.phaseId, refused: p.refused }))
      );
      const fresh = /* @__PURE__ */ new Map();
      for (const [team, logins] of wanted) {
        const unseen = [...logins].filter((l) => !this.#looked.has(`${team} ${l}`.toLowerCase()));
        if (unseen.length > 0) fresh.set(team, new Set(unseen));
      }
      if (fresh.size === 0) {
        this.#cached = result;
        return result;
      }
      const found = await lookUpDirectory(this.#in.github, this.#in.repo, fresh, this.#in.policy);
      for (const [team, logins] of fresh) for (const l of logins) this.#looked.add(`${team} ${l}`.toLowerCase());
      this.#directory = mergeDirectory(this.#directory, found);
    }
  }
  async run() {
    const before = this.#in.writer.count;
    for (const phase of this.#in.plan.phases) {
      const issue2 = this.#phases.get(phase.id)?.issue;
      if (issue2) await this.#verify(phase.id, issue2);
    }
    if (this.#in.brokenLessons && this.#in.brokenLessons.length > 0) await this.#refuseLoss(this.#in.brokenLessons);
    if (this.#in.watch) await this.#watch(this.#in.watch);
    for (const phase of this.#in.plan.phases) await this.#syncPhase(phase.id);
    const existed = this.#parent.issue !== void 0;
    if (existed) await this.#readReview();
    await this.#syncParent();
    if (!existed && await this.#readReview()) await this.#syncParent();
    if (this.#in.watch) await this.#actOnVerdicts();
    const parent = this.#parent.issue;
    if (parent) {
      const children = this.#in.plan.phases.flatMap((p) => {
        const issue2 = this.#phases.get(p.id)?.issue;
        return issue2 ? [issue2] : [];
      });
      await linkSubIssues(this.#in, this.#name, parent, children, this.#in.subIssues);
    }
    await this.#closeDuplicates();
    const final = await this.#compute();
    if (this.#in.lessonDrafts) await this.#draftLessons(final.rollout, this.#in.lessonDrafts);
    return {
      plan: this.#name,
      title: this.#in.plan.metadata.title,
      rollout: final.rollout,
      phases: final.rollout.phases.map((p) => {
        const issue2 = this.#phases.get(p.phaseId)?.issue;
        return {
          phaseId: p.phaseId,
          title: p.title,
          state: p.state,
          ...issue2 ? { issue: { number: issue2.number, url: issue2.url } } : {}
        };
      }),
      ...parent ? { parent: { number: parent.number, url: parent.url } } : {},
      writes: this.#in.writer.count - before
    };
  }
  /**
   * While lessons are broken, the items they gave cannot be computed: throws, before any write,
   * when a phase issue would lose a live item, so its items, ticks and notes stay as they are.
   */
  async #refuseLoss(broken) {
    const result = await this.#compute();
    const lost = result.phases.flatMap((out) => {
      const snapshot = this.#phases.get(out.phaseId);
      if (snapshot?.body === void 0) return [];
      const items = lostItems(snapshot.body, out.body);
      if (items.length === 0) return [];
      return [{ ...snapshot.issue ? { issue: snapshot.issue.number } : {}, phaseId: out.phaseId, items }];
    });
    if (lost.length > 0) throw new GuardsUnknownError(lost, broken);
  }
  /** The KPI review's outcome into #review; true when it changed. */
  async #readReview() {
    const parent = this.#parent.issue;
    if (!parent) return false;
    const { rollout } = await this.#compute();
    const { github, repo, writer, log, clock, viewer, plan, now, watch, templates } = this.#in;
    const review = await kpiReview({
      templates,
      github,
      repo,
      writer,
      log,
      clock,
      ...viewer ? { viewer } : {},
      plan,
      rollout,
      issue: parent.number,
      now,
      ...watch ? { watch } : {}
    });
    if (review === void 0) return false;
    this.#review = review;
    this.#cached = void 0;
    return true;
  }
  /** After the issues are in line: a draft lesson for each rollback that has none yet. */
  async #draftLessons(rollout, drafts) {
    const { github, repo, log, plan, labelPrefix, viewer, writer } = this.#in;
    await openLessonDrafts({
      github,
      repo,
      log,
      mode: drafts.mode,
      dryRun: writer.dryRun,
      plan,
      rollout,
      lessonsDir: drafts.lessonsDir,
      labelPrefix,
      ...viewer ? { viewer } : {},
      acted: this.#acted,
      readings: (phaseId) => {
        const trust = this.#phases.get(phaseId)?.trust;
        return trust?.verified ? writtenReadings(trust.ownBody) : void 0;
      }
    });
  }
  /** Reads the gates of each active phase whose issue's ticks are proven; the readings go into its issue. */
  async #watch(watch) {
    const { rollout } = await this.#compute();
    const readings = {};
    for (const phase of rollout.phases) {
      const snapshot = this.#phases.get(phase.phaseId);
      if (!snapshot?.issue || !snapshot.trust?.verified || !isActivePhase(phase)) continue;
      if (!isWatched(this.#in.plan, phase.phaseId, watch.configured)) continue;
      const previous = writtenReadings(snapshot.trust.ownBody);
      readings[phase.phaseId] = await readPhaseGates({
        plan: this.#in.plan,
        phaseId: phase.phaseId,
        at: this.#in.now,
        resolve: watch.resolve,
        configured: watch.configured,
        ...previous ? { previous } : {}
      });
    }
    this.#readings = readings;
    this.#cached = void 0;
  }
  /**
   * After the readings are written: the watched phases' verdicts (watch/verdict.ts, the one
   * function that reads them), a comment and dispatch on a breach, and the plan's commit status.
   */
  async #actOnVerdicts() {
    const result = await this.#compute();
    const verdicts = [];
    for (const phaseId of Object.keys(this.#readings)) {
      const record = this.#phaseOut(result, phaseId).record;
      const snapshot = this.#phases.get(phaseId);
      if (!record || !snapshot?.issue || !snapshot.trust?.verified) continue;
      const verdict = phaseWatchVerdict(this.#in.plan, phaseId, record);
      if (!verdict) continue;
      verdicts.push({ phase: phaseId, verdict: verdict.verdict, reasons: verdict.reasons });
      const outcome = await actOnBreach(this.#in, {
        plan: this.#in.plan,
        phaseId,
        issue: snapshot.issue.number,
        record,
        verdict
      });
      if (verdict.verdict === "ROLL BACK" && (outcome === "posted" || outcome === "known"))
        this.#acted.push({ phaseId, at: breachKey(record) });
    }
    await this.#in.statuses?.update(this.#name, verdicts);
  }
  #phaseOut(result, phaseId) {
    return result.phases.find((p) => p.phaseId === phaseId);
  }
  /**
   * Someone ticked "Phase complete" since the action's last revision (whether or not this run's
   * event says so) and the phase is done: close its issue, open the next.
   */
  #completedByEdit(phaseId, out) {
    if (out.status.state !== "done") return false;
    const complete = `${this.#name}/${phaseId}/complete`;
    return (this.#added.get(phaseId) ?? []).some((e) => e.checked && e.itemId === complete);
  }
  #nextOpens(phaseId, result) {
    const index = this.#in.plan.phases.findIndex((p) => p.id === phaseId);
    const previous = this.#in.plan.phases[index - 1];
    return previous !== void 0 && this.#completedByEdit(previous.id, this.#phaseOut(result, previous.id));
  }
  #patchFor(issue2, out, close, reopen) {
    const patch = {};
    if (!isSameBody(out.body, issue2.body)) {
      if (out.overLimit)
        this.#in.log.warning(
          `#${issue2.number}: the body would exceed GitHub's limit even at its barest (people's own text is too long); left as it is`
        );
      else patch.body = out.body;
    }
    if (out.title !== issue2.title) patch.title = out.title;
    if (close && issue2.state === "open") {
      patch.state = "closed";
      patch.state_reason = "completed";
    }
    if (reopen && issue2.state === "closed") patch.state = "open";
    return patch;
  }
  async #syncPhase(phaseId) {
    let result = await this.#compute();
    let out = this.#phaseOut(result, phaseId);
    const snapshot = this.#phases.get(phaseId);
    if (!snapshot?.issue) {
      await this.#createPhase(phaseId, out, snapshot?.body !== void 0);
      return;
    }
    if (snapshot.trust && !snapshot.trust.verified) return;
    const initial = this.#patchFor(
      snapshot.issue,
      out,
      this.#completedByEdit(phaseId, out),
      this.#nextOpens(phaseId, result)
    );
    const missing = out.labels.filter((l) => !hasLabel(snapshot.issue, l));
    if (Object.keys(initial).length === 0 && missing.length === 0 && !out.comment && out.measuredReverted.length === 0)
      return;
    const fresh = await getIssue(this.#in.github, this.#in.repo, snapshot.issue.number);
    if (!fresh.found) {
      this.#in.log.warning(
        `#${snapshot.issue.number} (${this.#name} \xB7 ${phaseId}) answered ${fresh.status}: it was deleted. Recreating it with the ticks and audit trail it had.`
      );
      this.#setPhase(phaseId, { body: snapshot.body ?? snapshot.issue.body });
      result = await this.#compute();
      await this.#createPhase(phaseId, this.#phaseOut(result, phaseId), true);
      return;
    }
    if (fresh.issue.body !== snapshot.issue.body || !snapshot.trust) {
      await this.#verify(phaseId, fresh.issue);
      if (!this.#phases.get(phaseId)?.trust?.verified) return;
    }
    const issue2 = this.#phases.get(phaseId).issue;
    result = await this.#compute();
    out = this.#phaseOut(result, phaseId);
    if (out.comment && out.refused.length > 0)
      await postRefusalComment(this.#in, issue2.number, out.comment, out.refused);
    if (out.measuredReverted.length > 0) await postMeasuredComment(this.#in, issue2.number, out.measuredReverted);
    const patch = this.#patchFor(issue2, out, this.#completedByEdit(phaseId, out), this.#nextOpens(phaseId, result));
    if (Object.keys(patch).length > 0) {
      const updated = await this.#in.writer.updateIssue(issue2.number, patch, issue2.body);
      const next = updated ?? { ...issue2, body: patch.body ?? issue2.body, state: patch.state ?? issue2.state };
      const trust = patch.body === void 0 ? this.#phases.get(phaseId)?.trust : this.#ownTrust(next.body);
      this.#setPhase(phaseId, {
        issue: { ...next, parent: issue2.parent },
        body: next.body,
        ...trust ? { trust } : {}
      });
    }
    const stillMissing = out.labels.filter((l) => !hasLabel(issue2, l));
    if (stillMissing.length > 0) await this.#in.writer.addLabels(issue2.number, stillMissing);
  }
  #duplicateBodies(winner) {
    return this.#in.issues.duplicates.filter((d) => d.winner.number === winner).map((d) => d.issue.body);
  }
  async #createPhase(phaseId, out, carried) {
    const key = { kind: "phase", plan: this.#name, phase: phaseId };
    const created = await this.#create(key, { title: out.title, body: out.body, labels: out.labels });
    if (carried && created)
      this.#in.log.warning(
        `${this.#name} \xB7 ${phaseId}: recreated as #${created.number}, with the ticks its last body had`
      );
    const trust = created ? this.#ownTrust(created.body) : void 0;
    this.#setPhase(
      phaseId,
      created ? { issue: created, body: created.body, ...trust ? { trust } : {} } : { body: out.body }
    );
  }
  async #create(key, issue2) {
    return createIssueChecked(this.#in, key, issue2);
  }
  async #syncParent() {
    let out = (await this.#compute()).parent;
    const current = this.#parent.issue;
    const unproven = [...this.#phases.values()].some((s) => s.trust && !s.trust.verified);
    if (current && unproven) return;
    if (!current) {
      await this.#createParent(out);
      return;
    }
    const missing = out.labels.filter((l) => !hasLabel(current, l));
    if (Object.keys(this.#patchFor(current, out, out.close, false)).length === 0 && missing.length === 0) return;
    const fresh = await getIssue(this.#in.github, this.#in.repo, current.number);
    if (!fresh.found) {
      this.#in.log.warning(`#${current.number} (tracking issue of ${this.#name}) was deleted; recreating it`);
      this.#setParent({});
      await this.#createParent((await this.#compute()).parent);
      return;
    }
    this.#setParent({ issue: fresh.issue, body: fresh.issue.body });
    out = (await this.#compute()).parent;
    const patch = this.#patchFor(fresh.issue, out, out.close, false);
    if (Object.keys(patch).length > 0) {
      const updated = await this.#in.writer.updateIssue(fresh.issue.number, patch, fresh.issue.body);
      if (updated) this.#setParent({ issue: updated, body: updated.body });
    }
    const stillMissing = out.labels.filter((l) => !hasLabel(fresh.issue, l));
    if (stillMissing.length > 0) await this.#in.writer.addLabels(fresh.issue.number, stillMissing);
  }
  /** A new tracking issue; one created for a rollout that is already closable is closed right away. */
  async #createParent(out) {
    let created = await this.#create({ kind: "parent", plan: this.#name }, out);
    if (created && out.close) {
      const closed = await this.#in.writer.updateIssue(
        created.number,
        { state: "closed", state_reason: "completed" },
        created.body
      );
      created = closed ?? { ...created, state: "closed" };
    }
    this.#setParent(created ? { issue: created, body: created.body } : { body: out.body });
  }
  /** Closed with a note at the top that links the issue that stays; its ticks were carried over already. */
  async #closeDuplicates() {
    for (const { issue: issue2, winner } of this.#in.issues.duplicates) {
      const note = `> [!NOTE]
> Duplicate of #${winner.number}. Rollbook keeps one issue per phase (the oldest); ticks made here were carried over to #${winner.number}.

`;
      const body = issue2.body.startsWith("> [!NOTE]\n> Duplicate of #") ? issue2.body : note + issue2.body;
      this.#in.log.notice(`#${issue2.number} duplicates #${winner.number} (${this.#name}); closing it with a link`);
      await this.#in.writer.updateIssue(
        issue2.number,
        { body, state: "closed", state_reason: "not_planned" },
        issue2.body
      );
    }
  }
};
function mergeDirectory(a, b) {
  const teams = { ...a.teams };
  for (const [team, members] of Object.entries(b.teams ?? {})) {
    const previous = teams[team];
    teams[team] = members === null || previous === null ? null : [...previous ?? [], ...members];
  }
  return { teams, permissions: { ...a.permissions, ...b.permissions } };
}

// action/src/github-action/sync/summary.ts
function phaseStates(results) {
  const out = {};
  for (const r of results) out[r.plan] = Object.fromEntries(r.phases.map((p) => [p.phaseId, p.state]));
  return out;
}
function link2(issue2) {
  if (!issue2) return "\u2014";
  return /^https?:\/\//.test(issue2.url) ? `<a href="${escapeCell(issue2.url)}">#${issue2.number}</a>` : `#${issue2.number}`;
}
function addSyncSummary(summary2, results, totals) {
  summary2.addHeading(totals.dryRun ? "Rollbook: checklist issues (dry run)" : "Rollbook: checklist issues", 2);
  const header = ["Plan", "Phase", "State", "Issue"].map((data) => ({ data, header: true }));
  const rows = results.flatMap((r) => [
    [
      `<strong>${escapeCell(r.plan)}</strong>`,
      escapeCell(r.title),
      r.rollout.complete ? "complete" : "",
      link2(r.parent)
    ],
    ...r.phases.map((p) => ["", escapeCell(`${p.phaseId}: ${p.title}`), escapeCell(p.state), link2(p.issue)])
  ]);
  summary2.addTable([header, ...rows]);
  const writes = totals.dryRun ? `${plural(totals.writes, "write")} would be made (dry run: none were).` : `${plural(totals.writes, "write")} made.`;
  summary2.addRaw(`<p>${writes}</p>`, true);
  if (totals.failed.length > 0)
    summary2.addRaw(`<p>Failed: ${totals.failed.map((f) => escapeCell(f)).join(", ")}</p>`, true);
}
function addSkippedSyncSummary(summary2, why) {
  summary2.addHeading("Rollbook: checklist issues", 2);
  summary2.addRaw(`<p>Not synced: ${escapeCell(why)}. Nothing was written.</p>`, true);
}

// action/src/github-action/sync/trigger.ts
var SYNC_EVENTS = /* @__PURE__ */ new Set(["push", "schedule", "issues", "workflow_dispatch"]);
var isRecord2 = (v) => typeof v === "object" && v !== null;
function issueOf(payload) {
  const issue2 = payload.issue;
  if (!isRecord2(issue2)) return void 0;
  const labels = Array.isArray(issue2.labels) ? issue2.labels.flatMap((l) => isRecord2(l) && typeof l.name === "string" ? [l.name] : []) : [];
  return {
    number: typeof issue2.number === "number" ? issue2.number : void 0,
    body: typeof issue2.body === "string" ? issue2.body : "",
    labels
  };
}
function readTrigger(command, event, labelPrefix) {
  if (command === "all" && !SYNC_EVENTS.has(event.name))
    return { run: false, reason: `the ${event.name} event does not call for a sync` };
  if (event.name !== "issues") return { run: true, reason: `${event.name} event: full sync` };
  const issue2 = issueOf(event.payload);
  const action = String(event.payload.action ?? "");
  const ours = issue2 !== void 0 && (readIssueKey(issue2.body) !== void 0 || issue2.labels.some((l) => l.toLowerCase() === labelPrefix.toLowerCase()));
  if (!ours) return { run: false, reason: `issue #${issue2?.number ?? "?"} is not a Rollbook checklist issue` };
  const trigger = { run: true, reason: `issues.${action} on #${issue2.number}` };
  if (action === "deleted" && issue2.number !== void 0 && readIssueKey(issue2.body))
    trigger.deleted = { issueNumber: issue2.number, body: issue2.body };
  return trigger;
}

// action/src/github-action/sync/watch-status.ts
function worstVerdict(phases) {
  let worst;
  for (const p of phases)
    if (!worst || VERDICT_PRECEDENCE.indexOf(p.verdict) < VERDICT_PRECEDENCE.indexOf(worst.verdict)) worst = p;
  return worst;
}
var WatchStatusBoard = class {
  #io;
  #sha;
  #current;
  #disabled = false;
  constructor(io, sha) {
    this.#io = io;
    this.#sha = sha;
  }
  #read() {
    this.#current ??= latestStatuses(this.#io.github, this.#io.repo, this.#sha);
    return this.#current;
  }
  /**
   * Sets plan `plan`'s status from its watched phases' verdicts. A plan with no watched phase gets
   * "nothing watched" only when the commit already carries its status (one a phase left behind).
   */
  async update(plan, phases) {
    if (this.#disabled) return;
    const worst = worstVerdict(phases);
    const wanted = statusForWatch(plan, worst);
    try {
      const shown = (await this.#read()).find((s) => s.context === wanted.context);
      if (!worst && !shown) return;
      if (shown && shown.state === wanted.state && (shown.description ?? "") === wanted.description) return;
      await this.#io.writer.setCommitStatus(this.#sha, wanted);
    } catch (error2) {
      if (isForbidden(error2)) {
        this.#disabled = true;
        this.#io.log.warning(
          `the ${WATCH_STATUS_PREFIX}<plan> commit statuses were not set: GitHub answered 403 (${errorMessage(error2)}); give the workflow \`permissions: statuses: write\` to have them`
        );
        return;
      }
      if (!isNotFound(error2) && !isUnprocessable(error2)) throw error2;
      this.#disabled = true;
      this.#io.log.warning(
        `the ${WATCH_STATUS_PREFIX}<plan> commit statuses were not set: GitHub does not know commit ${this.#sha} (${errorMessage(error2)})`
      );
    }
  }
};

// action/src/github-action/sync/body-diff.ts
var MAX_DIFF_LINES = 20;
var MAX_DIFF_INPUT = 2e3;
function bodyDiff(before, after) {
  const a = before.replace(/\r\n?/g, "\n").split("\n");
  const b = after.replace(/\r\n?/g, "\n").split("\n");
  if (a.length > MAX_DIFF_INPUT || b.length > MAX_DIFF_INPUT) {
    return { added: b.length, removed: a.length, lines: [`(${a.length} lines replaced by ${b.length})`] };
  }
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i2 = a.length - 1; i2 >= 0; i2--)
    for (let j2 = b.length - 1; j2 >= 0; j2--)
      lcs[i2][j2] = a[i2] === b[j2] ? lcs[i2 + 1][j2 + 1] + 1 : Math.max(lcs[i2 + 1][j2], lcs[i2][j2 + 1]);
  const out = [];
  let added = 0;
  let removed = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      added++;
      if (out.length < MAX_DIFF_LINES) out.push(`+ ${b[j]}`);
      j++;
    } else {
      removed++;
      if (out.length < MAX_DIFF_LINES) out.push(`- ${a[i]}`);
      i++;
    }
  }
  if (added + removed > out.length) out.push(`\u2026 ${added + removed - out.length} more changed lines`);
  return { added, removed, lines: out };
}

// action/src/github-action/sync/writer.ts
var LiveWriter = class {
  dryRun = false;
  count = 0;
  #github;
  #repo;
  constructor(github, repo) {
    this.#github = github;
    this.#repo = repo;
  }
  async createLabel(label) {
    this.count++;
    await createLabel(this.#github, this.#repo, label);
  }
  async createIssue(issue2) {
    this.count++;
    return createIssueOnce(this.#github, this.#repo, issue2);
  }
  async updateIssue(number, patch) {
    this.count++;
    return updateIssue(this.#github, this.#repo, number, patch);
  }
  async addLabels(number, labels) {
    this.count++;
    await addLabels(this.#github, this.#repo, number, labels);
  }
  async addSubIssue(parent, child, replaceParent) {
    this.count++;
    return addSubIssue(this.#github, this.#repo, parent, child.id, replaceParent);
  }
  async createComment(number, body) {
    this.count++;
    return createCommentOnce(this.#github, this.#repo, number, body);
  }
  async updateComment(id, body) {
    this.count++;
    await updateIssueComment(this.#github, this.#repo, id, body);
  }
  async deleteComment(id) {
    this.count++;
    await deleteIssueComment(this.#github, this.#repo, id);
  }
  async dispatchWorkflow(workflow, ref, inputs) {
    this.count++;
    return dispatchWorkflow(this.#github, this.#repo, workflow, ref, inputs);
  }
  async setCommitStatus(sha, status) {
    this.count++;
    await setCommitStatus(this.#github, this.#repo, sha, status);
  }
};
var quote = (s) => JSON.stringify(s);
var DryRunWriter = class {
  dryRun = true;
  count = 0;
  #base;
  #print;
  constructor(repo, print) {
    this.#base = `/repos/${repo.owner}/${repo.repo}`;
    this.#print = print;
  }
  #write(method, path, fields, detail = []) {
    this.count++;
    this.#print(`[dry-run] ${method} ${this.#base}${path} ${fields}`.trimEnd());
    for (const line of detail) this.#print(`    ${line}`);
  }
  async createLabel(label) {
    this.#write("POST", "/labels", `name=${quote(label.name)} color=${label.color}`);
  }
  async createIssue(issue2) {
    const lines = issue2.body.split("\n").length;
    this.#write(
      "POST",
      "/issues",
      `title=${quote(issue2.title)} labels=${quote(issue2.labels.join(","))} body=(${lines} lines, ${issue2.body.length} chars)`
    );
    return void 0;
  }
  async updateIssue(number, patch, before) {
    const fields = [
      ...patch.title !== void 0 ? [`title=${quote(patch.title)}`] : [],
      ...patch.state !== void 0 ? [`state=${patch.state}`] : [],
      ...patch.state_reason !== void 0 ? [`state_reason=${patch.state_reason}`] : []
    ];
    let detail = [];
    if (patch.body !== void 0) {
      const diff = bodyDiff(before, patch.body);
      fields.push(`body=(+${diff.added} -${diff.removed} lines)`);
      detail = diff.lines;
    }
    this.#write("PATCH", `/issues/${number}`, fields.join(" "), detail);
    return void 0;
  }
  async addLabels(number, labels) {
    this.#write("POST", `/issues/${number}/labels`, `labels=${quote(labels.join(","))}`);
  }
  async addSubIssue(parent, child, replaceParent) {
    this.#write(
      "POST",
      `/issues/${parent}/sub_issues`,
      `sub_issue_id=${child.id} (#${child.number})${replaceParent ? " replace_parent=true" : ""}`
    );
    return "added";
  }
  async createComment(number, body) {
    this.#write("POST", `/issues/${number}/comments`, `body=(${body.split("\n").length} lines)`, [
      ...withoutMarkers(body.trimEnd()).split("\n").slice(0, 6)
    ]);
    return void 0;
  }
  async updateComment(id, body, before) {
    const diff = bodyDiff(before, body);
    this.#write("PATCH", `/issues/comments/${id}`, `body=(+${diff.added} -${diff.removed} lines)`, diff.lines);
  }
  async deleteComment(id) {
    this.#write("DELETE", `/issues/comments/${id}`, "");
  }
  async dispatchWorkflow(workflow, ref, inputs) {
    this.#write(
      "POST",
      `/actions/workflows/${workflow}/dispatches`,
      `ref=${quote(ref)} inputs=${quote(JSON.stringify(inputs))}`
    );
    return void 0;
  }
  async setCommitStatus(sha, status) {
    this.#write(
      "POST",
      `/statuses/${sha}`,
      `context=${quote(status.context)} state=${status.state} description=${quote(status.description)}`
    );
  }
};

// action/src/github-action/sync.ts
var RUNBOOK_DIR = "runbooks";
function plansToSync(ctx) {
  return guardedPlans(ctx.validation.plans, ctx.validation.lessons);
}
function linkBase(ctx) {
  return blobBaseUrl(ctx.runner.env, ctx.repo, "HEAD");
}
function runbookPath(ctx, file, name) {
  const absolute = isAbsolute(file) ? file : join(ctx.cwd, file);
  const runbook = join(dirname(absolute), RUNBOOK_DIR, runbookFileName(name, "md"));
  if (!existsSync2(runbook)) return void 0;
  return relative(ctx.cwd, runbook).split("\\").join("/");
}
async function runSync(ctx) {
  const { inputs, log } = ctx;
  const trigger = readTrigger(inputs.command, ctx.event, inputs.labelPrefix);
  if (!trigger.run) {
    log.info(`Rollbook sync: skipped, ${trigger.reason}`);
    return { ran: false, states: {}, writes: 0, failed: [] };
  }
  const defaultRef = defaultRefOnce(() => ctx.github(), ctx.repo, ctx.event.payload);
  const branch = await onDefaultBranch(ctx.runner.env.GITHUB_REF, defaultRef);
  if (!branch.ok) {
    const why = `${branch.why}, and the checklist issues are written only from the default branch's plans`;
    log.warning(`Rollbook sync: skipped, ${why} (ADR 63); the plans were validated, nothing was written`);
    addSkippedSyncSummary(ctx.runner.summary, why);
    return { ran: false, states: {}, writes: 0, failed: [] };
  }
  log.info(`Rollbook sync: ${trigger.reason}${inputs.dryRun ? " (dry run: no writes)" : ""}`);
  const unread = ctx.validation.shared?.failed ?? [];
  if (unread.length > 0) {
    log.error(
      `Rollbook sync: skipped: the lessons of ${unread.map((f) => f.repository).join(", ")} could not be read, and the checklist issues would lose their guards (see the error on rollbook.config.yaml)`
    );
    return { ran: false, states: {}, writes: 0, failed: [] };
  }
  const badRefs = breachRefDiagnostics(ctx.validation.plans, branch.branch);
  for (const d of badRefs) annotate(d, log);
  const plans = dependencyOrder(plansToSync(ctx), (p) => p.plan);
  const others = /* @__PURE__ */ new Map();
  if (plans.length === 0) {
    log.info("Rollbook sync: no valid plans, nothing to do");
    return { ran: true, states: {}, writes: 0, failed: [] };
  }
  const templatesDir = inputs.templatesDir ?? ctx.validation.config.templates;
  const inputProblem = inputs.templatesDir && await templatesDirProblem(resolve2(ctx.cwd, inputs.templatesDir));
  if (inputProblem) {
    log.warning(
      `the templates input "${inputs.templatesDir}" ${inputProblem}, so the built-in checklist templates are used`
    );
  }
  const templates = await loadChecklistTemplates(
    templatesDir ? resolve2(ctx.cwd, templatesDir) : void 0,
    void 0,
    ctx.cwd
  );
  const github = ctx.github();
  const repo = ctx.repo;
  const prefix = inputs.labelPrefix;
  const planLabels = plans.map((p) => issueLabels(p.plan.metadata.name, void 0, prefix)[1]);
  const read = await readManagedIssues(github, repo, [prefix, ...planLabels], prefix, log);
  const inventory = buildInventory(await adoptedIssues(github, repo, read.issues, read.viewer, log));
  const writer = inputs.dryRun ? new DryRunWriter(repo, (line) => log.info(line)) : new LiveWriter(github, repo);
  await ensureLabels(
    github,
    repo,
    writer,
    wantedLabels(
      plans.map((p) => p.plan),
      prefix
    ),
    read.issues
  );
  const policy = {
    allowAuthor: inputs.sync.allowAuthorSignoff,
    ...inputs.sync.signoffPermission ? { minPermission: inputs.sync.signoffPermission } : {}
  };
  const watch = syncWatch(ctx);
  const measured = watchedProviders(inputs.report, inputs.sync);
  const sha = ctx.runner.env.GITHUB_SHA;
  const statuses = watch && sha ? new WatchStatusBoard({ github, repo, writer, log }, sha) : void 0;
  const broken = brokenLessons(ctx.validation.lessons);
  const subIssues = {};
  const results = [];
  const failed = [];
  for (const { plan, file, guards } of plans) {
    const name = plan.metadata.name;
    const runbookUrl = runbookPath(ctx, file, name);
    try {
      const sync = new PlanSync({
        github,
        repo,
        writer,
        log,
        clock: ctx.clock,
        plan,
        guards,
        templates,
        now: ctx.now,
        labelPrefix: prefix,
        linkBase: linkBase(ctx),
        ...runbookUrl ? { runbookUrl } : {},
        policy,
        ...read.viewer ? { viewer: read.viewer } : {},
        trigger,
        issues: planIssues(inventory, name),
        keys: inventory.keys,
        subIssues,
        others,
        ...watch ? { watch, defaultRef } : {},
        ...statuses ? { statuses } : {},
        ...broken.length > 0 ? { brokenLessons: broken } : {},
        measured,
        ...inputs.sync.lessonDrafts === "off" ? {} : {
          lessonDrafts: {
            mode: inputs.sync.lessonDrafts,
            lessonsDir: lessonsDirOf(ctx.validation.config)
          }
        }
      });
      const result = await sync.run();
      results.push(result);
      for (const phase of result.rollout.phases) others.set(`${name}/${phase.phaseId}`, phase.state);
    } catch (error2) {
      failed.push(name);
      log.error(`Rollbook sync of plan ${name} (${file}) failed: ${errorMessage(error2)}${forbiddenHint(error2)}`);
      debugUnexpected(log, error2);
    }
  }
  if (watch && watch.pool.stats.requested > 0)
    log.info(
      `Rollbook sync: watched active phases with ${watch.pool.stats.fetched} metric queries for ${watch.pool.stats.requested} readings`
    );
  const states = phaseStates(results);
  ctx.runner.setOutput("phase-states", JSON.stringify(states));
  addSyncSummary(ctx.runner.summary, results, { writes: writer.count, dryRun: writer.dryRun, failed });
  const verb = writer.dryRun ? "would make" : "made";
  log.info(`Rollbook sync: ${results.length} plan(s), ${writer.count} write(s) ${verb}`);
  if (failed.length > 0)
    ctx.runner.setFailed(`Rollbook sync failed for ${failed.length} plan(s): ${failed.join(", ")}`);
  else if (badRefs.length > 0)
    ctx.runner.setFailed(
      `Rollbook sync: ${badRefs.length} plan(s) name an onBreach.ref other than the default branch ${branch.branch}: see the annotations`
    );
  return { ran: true, states, writes: writer.count, failed };
}

// action/src/main.ts
var NOT_VALIDATED = {
  config: {},
  plans: [],
  lessons: [],
  diagnostics: [],
  errors: 0,
  warnings: 0
};
async function run(host = runnerHost()) {
  const { runner, log } = host;
  try {
    const inputs = readInputs(runner);
    const cwd = runner.env.GITHUB_WORKSPACE ?? process.cwd();
    const now = host.clock.now();
    const today = formatUtcDay(now);
    const lessonSources = actionLessonSources(inputs, runner.env, (token) => host.github(token));
    const validation = inputs.command === "report" ? NOT_VALIDATED : await validateForAction(inputs, cwd, today, runner, log, lessonSources);
    if (validation.errors > 0) {
      if (inputs.command === "sync" || inputs.command === "all")
        await runSync(createActionContext(inputs, validation, host, { cwd, now, lessonSources }));
      await runner.summary.write();
      runner.setFailed(validationFailure(validation.diagnostics));
      return;
    }
    const context = createActionContext(inputs, validation, host, { cwd, now, lessonSources });
    if (inputs.command === "sync" || inputs.command === "all") await runSync(context);
    if (inputs.command === "report" || inputs.command === "all") await runReport(context);
    await runner.summary.write();
  } catch (error2) {
    if (isExpectedError(error2)) {
      runner.setFailed(error2.message);
      return;
    }
    debugUnexpected(log, error2);
    const status = statusOf(error2);
    if (status !== void 0) {
      runner.setFailed(`Rollbook: a GitHub API request failed: ${errorMessage(error2)}${forbiddenHint(error2)}`);
      return;
    }
    runner.setFailed(`Rollbook internal error: ${errorMessage(error2)}`);
  }
}

// action/src/index.ts
await run();
