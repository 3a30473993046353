import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  INDEX_NAME,
  RUNBOOK_FORMATS,
  indexFileName,
  readGeneratedMarker,
  renderIndex,
  renderRunbook,
  runbookFileName
} from "./chunk-V7BSVQIU.js";
import {
  PLAIN,
  formatDiagnosticText
} from "./chunk-ZV4A4YRO.js";
import {
  checkPlans
} from "./chunk-MCSDSVUC.js";
import {
  matchGuards
} from "./chunk-WYQSAJBS.js";
import {
  TemplateError,
  compileTemplateSet,
  loadTemplateSources
} from "./chunk-Y4VGM64D.js";
import "./chunk-PEGETCWH.js";
import {
  loadConfig,
  validLessons
} from "./chunk-2XDDATPK.js";
import "./chunk-DVLT7SYL.js";
import {
  isoDate,
  oneOf,
  todayUtc
} from "./chunk-ONTZONNV.js";
import {
  countBySeverity
} from "./chunk-LRRYENRH.js";
import "./chunk-TAB3DVBK.js";
import {
  idRecord
} from "./chunk-IXFXR4NH.js";
import {
  EXIT,
  UsageError
} from "./chunk-R6GXAJDK.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/render.ts
import { mkdir, readdir, readFile, unlink, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

// action/src/lessons/href.ts
import { posix } from "node:path";
function hrefFrom(outputFile) {
  const dir = posix.dirname(outputFile.split("\\").join("/"));
  return (ref) => posix.relative(dir, ref.file.split("\\").join("/"));
}

// action/src/lessons/views.ts
function runbookGuards(guards) {
  const out = idRecord();
  for (const phase of guards.phases) {
    out[phase.phaseId] = phase.guards.flatMap((g) => {
      if (g.waived) return [];
      if (g.action.kind === "checklist") return [{ kind: "checklist", text: g.action.text, why: g.why }];
      if (g.action.kind === "gate") return [{ kind: "gate", gate: g.action.gate, why: g.why }];
      return [];
    });
  }
  return out;
}
function withGuardFreezes(plan, guards) {
  if (guards.freezes.length === 0) return plan;
  return { ...plan, freezes: [...plan.freezes ?? [], ...guards.freezes.map((f) => f.freeze)] };
}

// action/src/render/output/sync.ts
function outputChanges(expected, existing, siblings) {
  const changes = { missing: [], stale: [], orphaned: [], upToDate: 0 };
  const expectedPaths = new Set(expected.map((file) => file.path));
  for (const file of expected) {
    const current = existing.get(file.path);
    if (current === void 0) changes.missing.push(file.path);
    else if (current !== file.text) changes.stale.push(file.path);
    else changes.upToDate++;
  }
  for (const [path, text] of siblings) {
    if (!expectedPaths.has(path) && readGeneratedMarker(text)) changes.orphaned.push(path);
  }
  changes.orphaned.sort();
  return changes;
}

// action/src/render/templates.ts
var RUNBOOK_TEMPLATES = {
  kind: "runbook",
  files: { runbook: "runbook.md.hbs", index: "index.md.hbs", page: "page.html.hbs" },
  extraPartialsInRoot: true
};
function loadRunbookTemplates(options = {}) {
  return loadTemplateSources(RUNBOOK_TEMPLATES, options);
}
function compileTemplates(sources) {
  return compileTemplateSet(sources);
}

// action/src/cli/commands/render.ts
var toDisplay = (absolute, cwd) => {
  const rel = relative(cwd, absolute);
  return (rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute).split(sep).join("/");
};
async function readIfExists(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function siblingFiles(outDir, format, cwd) {
  const names = await readdir(outDir).catch(() => []);
  const out = /* @__PURE__ */ new Map();
  for (const name of names.filter((n) => n.endsWith(`.${format}`)).sort()) {
    const text = await readIfExists(join(outDir, name));
    if (text !== void 0) out.set(toDisplay(join(outDir, name), cwd), text);
  }
  return out;
}
function planOutputs(plans, outDir, options, io) {
  const planned = [];
  const owners = /* @__PURE__ */ new Map([[indexFileName(options.format), "(the index)"]]);
  let skipped = 0;
  for (const parsed of plans) {
    if (!parsed.plan) {
      skipped++;
      const errors = parsed.diagnostics.filter((d) => d.severity === "error");
      io.stderr(`rollbook: cannot render ${parsed.file}: it is not a valid plan (${errors.length} errors)
`);
      for (const d of errors) io.stderr(`${formatDiagnosticText(d, parsed.text, PLAIN)}

`);
      continue;
    }
    const fileName = runbookFileName(parsed.plan.metadata.name, options.format);
    const other = owners.get(fileName);
    if (other) {
      skipped++;
      io.stderr(`rollbook: cannot render ${parsed.file}: its runbook ${fileName} is already taken by ${other}
`);
      continue;
    }
    owners.set(fileName, parsed.file);
    const path = toDisplay(join(outDir, fileName), io.cwd);
    planned.push({ parsed, fileName, path });
  }
  return { planned, skipped };
}
function renderAll(planned, existing, indexPath, lessons, templates, options, today, noFridays) {
  const startFor = (path) => options.start ?? (options.check ? readGeneratedMarker(existing.get(path) ?? "")?.start : void 0) ?? today;
  const files = [];
  const entries = [];
  for (const { parsed, path } of planned) {
    const guards = matchGuards(parsed.plan, lessons, { href: hrefFrom(path) });
    const input = { file: parsed.file, plan: withGuardFreezes(parsed.plan, guards), guards: runbookGuards(guards) };
    const rendered = renderRunbook(input, { start: startFor(path), noFridays }, templates, options.format);
    files.push({ path, text: rendered.text });
    entries.push(rendered.entry);
  }
  files.push({ path: indexPath, text: renderIndex(entries, startFor(indexPath), templates, options.format) });
  return files;
}
function report(io, lines) {
  for (const [label, paths] of lines) for (const path of paths) io.stdout(`${label}: ${path}
`);
}
async function runRender(options, io) {
  const loaded = await loadConfig(io.cwd, options.config);
  if (countBySeverity(loaded.diagnostics).errors > 0) {
    for (const d of loaded.diagnostics) io.stderr(`${formatDiagnosticText(d, loaded.text, PLAIN)}

`);
    return EXIT.problems;
  }
  const config = loaded.config;
  const templatesDir = options.templates ?? config.templates;
  const noFridays = config.calendar?.noFridays ?? true;
  const today = todayUtc(io.now());
  let templates;
  try {
    const overrideDir = templatesDir === void 0 ? void 0 : resolve(io.cwd, templatesDir);
    templates = compileTemplates(await loadRunbookTemplates({ cwd: io.cwd, ...overrideDir ? { overrideDir } : {} }));
  } catch (error) {
    if (error instanceof TemplateError) {
      io.stderr(`rollbook: template error: ${error.message}
`);
      return EXIT.problems;
    }
    throw error;
  }
  const checked = await checkPlans(options.paths, { cwd: io.cwd, config, start: options.start ?? today });
  const outDir = resolve(io.cwd, options.out);
  const { planned, skipped } = planOutputs(checked.plans, outDir, options, io);
  const indexPath = toDisplay(join(outDir, indexFileName(options.format)), io.cwd);
  const existing = /* @__PURE__ */ new Map();
  for (const path of [...planned.map((p) => p.path), indexPath])
    existing.set(path, await readIfExists(resolve(io.cwd, path)));
  let files;
  try {
    files = renderAll(
      planned,
      existing,
      indexPath,
      validLessons(checked.lessons),
      templates,
      options,
      today,
      noFridays
    );
  } catch (error) {
    if (error instanceof TemplateError) {
      io.stderr(`rollbook: template error: ${error.message}
`);
      return EXIT.problems;
    }
    throw error;
  }
  const changes = outputChanges(files, existing, await siblingFiles(outDir, options.format, io.cwd));
  if (options.check) {
    report(io, [
      ["missing", changes.missing],
      ["stale", changes.stale],
      ["orphaned", changes.orphaned]
    ]);
    const problems = changes.missing.length + changes.stale.length + changes.orphaned.length;
    if (problems > 0) {
      const fix = `rollbook render ${options.paths.join(" ")}${options.paths.length ? " " : ""}--out ${options.out}`;
      io.stdout(
        `${problems} of ${files.length + changes.orphaned.length} files out of date. Run \`${fix}\`${changes.orphaned.length ? " --prune" : ""} to update them.
`
      );
    } else {
      io.stdout(`All ${files.length} files in ${toDisplay(outDir, io.cwd)} are up to date.
`);
    }
    return problems > 0 || skipped > 0 ? EXIT.problems : EXIT.ok;
  }
  await mkdir(outDir, { recursive: true });
  const changed = /* @__PURE__ */ new Set([...changes.missing, ...changes.stale]);
  for (const file of files) {
    if (!changed.has(file.path)) continue;
    await writeFile(resolve(io.cwd, file.path), file.text);
    io.stdout(`wrote ${file.path}
`);
  }
  for (const path of changes.orphaned) {
    if (options.prune) {
      await unlink(resolve(io.cwd, path));
      io.stdout(`removed ${path}
`);
    } else {
      io.stderr(`rollbook: ${path} was generated from a plan that is no longer rendered; delete it or use --prune
`);
    }
  }
  io.stdout(
    `Rendered ${files.length - 1} runbooks and the index into ${toDisplay(outDir, io.cwd)} (${changed.size} changed).
`
  );
  return skipped > 0 ? EXIT.problems : EXIT.ok;
}
var renderCommand = {
  name: "render",
  help: `Usage: rollbook render [paths…] --out <dir> [options]

Renders each rollout plan (*.rollout.yaml) into a runbook an on-call engineer can follow step by
step — KPI story, flags, phase flow, projected calendar, and per phase: entry criteria, steps with
their rollbacks, flag ramp, metrics, gates, sign-offs, freezes, checklist and what to do when it
goes wrong — plus ${INDEX_NAME}.md (or .html) listing them. Output is byte-identical across runs.
Paths may be files, directories or globs; the default is \`plans\` from rollbook.config.yaml,
else ./playbooks. Plans that are not schema-valid are reported and not rendered.

Options:
  --out <dir>            directory to write the runbooks to (required)
  --format <md|html>     md: GitHub-flavoured Markdown (default); html: standalone sanitized pages
  --start <YYYY-MM-DD>   first day of the projected calendar (default today, UTC; with --check,
                         the start recorded in each existing file)
  --templates <dir>      templates overriding the built-in ones, by file name (default: \`templates\`
                         from rollbook.config.yaml)
  --check                write nothing; list missing, stale and orphaned files and exit 1 if any
  --prune                delete generated files in <dir> that no plan renders to any more
  --config <file>        configuration file (default ./rollbook.config.yaml if present)
  -h, --help             show this help

Exit codes: 0 done (or up to date), 1 out of date with --check, a plan that cannot be rendered,
or a template error; 2 bad usage (unknown option, missing --out, no plans).`,
  options: {
    out: { type: "string" },
    format: { type: "string" },
    start: { type: "string" },
    templates: { type: "string" },
    check: { type: "boolean" },
    prune: { type: "boolean" },
    config: { type: "string" }
  },
  async run({ values, positionals }, io) {
    if (typeof values.out !== "string" || values.out === "") throw new UsageError("--out <dir> is required");
    if (values.check && values.prune) throw new UsageError("--check and --prune cannot be combined");
    const start = isoDate(values.start, "start");
    return runRender(
      {
        paths: positionals,
        out: values.out,
        format: oneOf(values.format, RUNBOOK_FORMATS, "format", "md"),
        ...start ? { start } : {},
        check: values.check === true,
        prune: values.prune === true,
        ...typeof values.templates === "string" ? { templates: values.templates } : {},
        ...typeof values.config === "string" ? { config: values.config } : {}
      },
      io
    );
  }
};
export {
  renderCommand,
  runRender
};
