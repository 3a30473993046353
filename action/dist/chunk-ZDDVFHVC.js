import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  RULES_BY_ID
} from "./chunk-ARUMFXNW.js";
import {
  CONFIG_FILE,
  RollbookConfig,
  START_OF_FILE,
  decodeSource,
  findingToDiagnostic,
  parseValidated
} from "./chunk-7OX5MYS7.js";
import {
  OUTSIDE_ROOT_HINT,
  OutsideRootError,
  containedPath
} from "./chunk-7W52S7RF.js";
import {
  didYouMean
} from "./chunk-YAWAESAG.js";

// action/src/config/load.ts
import { readFile } from "node:fs/promises";
function parseConfig(text, file) {
  const validated = parseValidated(text, file, RollbookConfig, "Rollbook configuration", false);
  const diagnostics = [...validated.diagnostics];
  const config = validated.data ?? {};
  if (validated.data && validated.locator) {
    for (const id of Object.keys(validated.data.rules ?? {})) {
      if (!RULES_BY_ID.has(id)) {
        diagnostics.push(
          findingToDiagnostic(
            {
              path: ["rules", id],
              anchor: "key",
              code: "ref/unknown-rule",
              message: `unknown rule "${id}"`,
              expected: "a rule id; `rollbook explain` lists them",
              hint: didYouMean(id, RULES_BY_ID.keys())
            },
            file,
            validated.locator,
            "error"
          )
        );
      }
    }
  }
  const loaded = { config, file, text, diagnostics };
  if (validated.data?.lessonSources && validated.locator) {
    const locator = validated.locator;
    const sources = validated.data.lessonSources;
    loaded.lessonSourcePositions = sources.map((_, i) => locator.locate(["lessonSources", i, "repository"]));
    const seen = /* @__PURE__ */ new Set();
    sources.forEach((source, i) => {
      const key = source.repository.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        return;
      }
      diagnostics.push(
        findingToDiagnostic(
          {
            path: ["lessonSources", i, "repository"],
            code: "config/duplicate-lesson-source",
            message: `repository "${source.repository}" is listed twice in lessonSources`,
            expected: "each repository once: a waiver names a shared lesson by its repository (owner/name#L-…)",
            hint: "keep one entry; move the lessons you need into one directory of that repository"
          },
          file,
          locator,
          "error"
        )
      );
    });
  }
  return loaded;
}
async function loadConfig(cwd, explicitPath) {
  const file = explicitPath ?? CONFIG_FILE;
  let bytes;
  try {
    bytes = await readFile(await containedPath(file, cwd));
  } catch (error) {
    const code = error.code;
    if (!explicitPath && code === "ENOENT") return { config: {}, diagnostics: [] };
    if (code === "ENOENT" || code === "EISDIR" || code === "EACCES" || code === "EPERM") {
      const diagnostic = { file, ...START_OF_FILE, severity: "error", code: "file/unreadable" };
      const hint = code === "EACCES" || code === "EPERM" ? "check its permissions" : "check the --config path";
      const message = `cannot read the configuration file (${code})`;
      return { config: {}, file, diagnostics: [{ ...diagnostic, message, expected: "a readable YAML file", hint }] };
    }
    if (error instanceof OutsideRootError) {
      const diagnostic = { file, ...START_OF_FILE, severity: "error", code: "file/outside-repository" };
      return { config: {}, file, diagnostics: [{ ...diagnostic, message: error.message, hint: OUTSIDE_ROOT_HINT }] };
    }
    throw error;
  }
  const decoded = decodeSource(bytes, file);
  if (decoded.text === void 0) return { config: {}, file, diagnostics: decoded.diagnostics };
  return parseConfig(decoded.text, file);
}

// action/src/diagnostics/visible.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
var INVISIBLE = /[\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
var ANY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
function visible(text) {
  if (!ANY.test(text)) return text;
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`).replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

export {
  parseConfig,
  loadConfig,
  visible
};
