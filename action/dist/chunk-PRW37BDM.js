import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  byPosition,
  decodeSource,
  findingToDiagnostic,
  isRecord,
  parseValidated
} from "./chunk-PWZWRRNJ.js";
import {
  RULES_BY_ID,
  RULE_ID_EXPECTED,
  unknownRuleHint
} from "./chunk-4UT3FWL7.js";
import {
  CONFIG_FILE,
  RollbookConfig
} from "./chunk-4EVLPBYK.js";
import {
  templatesDirProblem
} from "./chunk-NHGUQWO3.js";
import {
  START_OF_FILE,
  capDiagnostics
} from "./chunk-2Y4U2LYP.js";
import {
  OUTSIDE_ROOT_HINT,
  OutsideRootError,
  containedPath
} from "./chunk-GX3IQWWC.js";

// action/src/config/load.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
function ruleIdsOf(data) {
  const rules = isRecord(data) ? data.rules : void 0;
  return isRecord(rules) ? Object.keys(rules) : [];
}
function parseConfig(text, file) {
  const validated = parseValidated(text, file, RollbookConfig, "Rollbook configuration", {
    proseCheck: false
  });
  const diagnostics = [...validated.diagnostics];
  const config = validated.data ?? {};
  if (validated.locator) {
    for (const id of ruleIdsOf(validated.data ?? validated.invalidData)) {
      if (!RULES_BY_ID.has(id)) {
        diagnostics.push(
          findingToDiagnostic(
            {
              path: ["rules", id],
              anchor: "key",
              code: "ref/unknown-rule",
              message: `unknown rule "${id}"`,
              expected: RULE_ID_EXPECTED,
              hint: unknownRuleHint(id)
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
  if (validated.data?.templates !== void 0 && validated.locator) {
    loaded.templatesPosition = validated.locator.locate(["templates"]);
  }
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
            expected: "each repository once: a waiver names a shared lesson by its repository (owner/name#L-\u2026)",
            hint: "keep one entry; move the lessons you need into one directory of that repository"
          },
          file,
          locator,
          "error"
        )
      );
    });
  }
  loaded.diagnostics = capDiagnostics(diagnostics.sort(byPosition));
  return loaded;
}
var UNREADABLE_WORDS = {
  ENOENT: "there is no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied"
};
async function loadConfig(cwd, explicitPath, options = {}) {
  const file = explicitPath ?? CONFIG_FILE;
  let bytes;
  try {
    bytes = await readFile(await containedPath(file, cwd));
  } catch (error) {
    const code = error.code;
    if (!explicitPath && code === "ENOENT") return { config: {}, diagnostics: [] };
    if (code === "ENOENT" || code === "EISDIR" || code === "EACCES" || code === "EPERM") {
      const diagnostic = { file, ...START_OF_FILE, severity: "error", code: "file/unreadable" };
      const hint = code === "EACCES" || code === "EPERM" ? "check its permissions" : explicitPath ? "check the path given for it (the action's `config` input, or the CLI's --config)" : `${CONFIG_FILE} must be a file`;
      const message = `cannot read the configuration file: ${UNREADABLE_WORDS[code]}`;
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
  const loaded = parseConfig(decoded.text, file);
  const missing = options.templatesGiven ? void 0 : await missingTemplatesDir(loaded, cwd);
  if (missing) loaded.diagnostics.push(missing);
  return loaded;
}
var TEMPLATES_NOT_FOUND = "config/templates-not-found";
async function missingTemplatesDir(loaded, cwd) {
  const dir = loaded.config.templates;
  if (dir === void 0 || loaded.file === void 0 || !loaded.templatesPosition) return void 0;
  const what = await templatesDirProblem(resolve(cwd, dir));
  if (what === void 0) return void 0;
  return {
    file: loaded.file,
    ...loaded.templatesPosition,
    severity: "warning",
    code: TEMPLATES_NOT_FOUND,
    message: `the templates directory "${dir}" ${what}, so the built-in templates are used`,
    expected: "a directory of .hbs files named like the built-in templates they replace",
    hint: "the path is relative to the directory Rollbook runs in (the repository root in the action); fix it, or remove `templates` to use the built-in templates on purpose"
  };
}

export {
  parseConfig,
  loadConfig
};
