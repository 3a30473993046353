import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  TEMPLATE_ERROR_CODE,
  TemplateError,
  compileTemplateSet,
  forEachSyntaxNode,
  require_lib
} from "./chunk-LSURUNZ5.js";
import {
  PLAIN,
  formatDiagnosticText
} from "./chunk-B2FHZXDX.js";
import {
  PARTIALS_DIR,
  loadTemplateSources,
  partialName
} from "./chunk-NHGUQWO3.js";
import {
  START_OF_FILE
} from "./chunk-2Y4U2LYP.js";
import {
  __toESM
} from "./chunk-4AQ7M4HS.js";

// action/src/cli/template-warnings.ts
import { resolve } from "node:path";

// action/src/render/templates.ts
var RUNBOOK_TEMPLATES = {
  kind: "runbook",
  files: { runbook: "runbook.md.hbs", index: "index.md.hbs", page: "page.html.hbs" },
  extraPartialsInRoot: true,
  reliedOn: [
    {
      from: "runbook.md.hbs",
      path: "story.review",
      file: "partials/story.hbs",
      what: "the KPI review that `rollbook render --status` puts in the runbook"
    }
  ]
};
function loadRunbookTemplates(options = {}) {
  return loadTemplateSources(RUNBOOK_TEMPLATES, options);
}
function compileTemplates(sources) {
  return compileTemplateSet(sources);
}

// action/src/templates/relied-on.ts
var import_handlebars = __toESM(require_lib(), 1);
var LOST_SECTION_CODE = "template/section-left-out";
function factsOf(source) {
  const facts = { paths: [], calls: [], parsed: true };
  let ast;
  try {
    ast = import_handlebars.default.parseWithoutProcessing(source.text);
  } catch {
    return { ...facts, parsed: false };
  }
  forEachSyntaxNode(ast, (n) => {
    if (n.type === "PathExpression" && Array.isArray(n.parts)) {
      const parts = n.parts;
      facts.paths.push(n.data === true && parts[0] === "root" ? parts.slice(1) : parts);
    }
    if ((n.type === "PartialStatement" || n.type === "PartialBlockStatement") && n.name) {
      const name = n.name.original;
      if (typeof name === "string") facts.calls.push(name);
    }
  });
  return facts;
}
function mentions(facts, path) {
  const want = path.split(".");
  return facts.paths.some(
    (parts) => want.some((_, from) => {
      const tail = want.slice(from);
      return tail.length <= parts.length && tail.every((segment, i) => parts[i] === segment);
    })
  );
}
var optOut = (path) => new RegExp(`\\{\\{!(?:--)?\\s*rollbook:\\s*without\\s+${path.replace(/\./g, "\\.")}(?![\\w.])`);
function lostSections(spec, sources) {
  const all = [...Object.values(sources.main), ...sources.partials];
  if (!all.some((s) => s.override)) return [];
  const facts = new Map(all.map((s) => [s, factsOf(s)]));
  const partials = new Map(sources.partials.map((s) => [s.name, s]));
  const diagnostics = [];
  for (const section of spec.reliedOn ?? []) {
    const main = all.find((s) => s.name === section.from && !partials.has(s.name));
    if (!main) continue;
    if (all.some((s) => s.override && optOut(section.path).test(s.text))) continue;
    const reached = /* @__PURE__ */ new Set([main]);
    const queue = [main];
    while (queue.length > 0)
      for (const name of facts.get(queue.shift()).calls) {
        const partial = partials.get(name);
        if (partial && !reached.has(partial)) {
          reached.add(partial);
          queue.push(partial);
        }
      }
    if ([...reached].some((s) => !facts.get(s).parsed || mentions(facts.get(s), section.path))) continue;
    const blamed = culprit(section, main, partials, all);
    if (blamed) diagnostics.push(lostSection(section, blamed));
  }
  return diagnostics;
}
function culprit(section, main, partials, all) {
  const file = section.file.startsWith(`${PARTIALS_DIR}/`) ? partials.get(partialName(section.file.slice(PARTIALS_DIR.length + 1))) : all.find((s) => s.name === section.file);
  return [file, main, ...all].find((s) => s?.override);
}
function lostSection(section, override) {
  const builtin = section.file.split("/").pop();
  return {
    file: override.path,
    ...START_OF_FILE,
    severity: "warning",
    code: LOST_SECTION_CODE,
    message: `with this override, ${section.from} never shows ${section.path} (${section.what}), so it is left out`,
    expected: `a template reached from ${section.from} that uses ${section.path}, as the built-in ${section.file} does`,
    hint: `copy the part of the built-in ${builtin} that uses {{${section.path}}} into your ${builtin}, or write {{!-- rollbook: without ${section.path} --}} in it to leave it out on purpose`
  };
}

// action/src/cli/template-warnings.ts
function warningsOf(spec, sources) {
  const all = [...Object.values(sources.main), ...sources.partials];
  return { diagnostics: lostSections(spec, sources), texts: new Map(all.map((s) => [s.path, s.text])) };
}
function warnLostSections(spec, sources, io) {
  const { diagnostics, texts } = warningsOf(spec, sources);
  for (const d of diagnostics) io.stderr(`${formatDiagnosticText(d, texts.get(d.file), PLAIN)}

`);
  return diagnostics.length;
}
function compileProblem(error) {
  const line = error.line ?? 1;
  const column = error.column ?? 1;
  return {
    file: error.template,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    severity: "error",
    code: TEMPLATE_ERROR_CODE,
    message: error.reason,
    expected: "a template that compiles: tags closed, partials that exist",
    hint: "fix the template; `rollbook render` stops at this error"
  };
}
async function runbookTemplateWarnings(dir, cwd) {
  const sources = await loadRunbookTemplates({ cwd, overrideDir: resolve(cwd, dir) });
  const found = warningsOf(RUNBOOK_TEMPLATES, sources);
  try {
    compileTemplateSet(sources);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    found.diagnostics.unshift(compileProblem(error));
  }
  return found;
}

export {
  RUNBOOK_TEMPLATES,
  loadRunbookTemplates,
  compileTemplates,
  warnLostSections,
  runbookTemplateWarnings
};
