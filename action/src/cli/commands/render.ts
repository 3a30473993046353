// `rollbook render`: every plan into a runbook (Markdown or HTML) plus an index, or with --check,
// the list of runbooks that no longer match their plans. The I/O edge of rendering: it reads
// plans, lessons, templates and the existing outputs, and writes files; everything between is pure.
import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadConfig } from '../../config/load.ts';
import { countBySeverity } from '../../diagnostics/diagnostic.ts';
import { formatDiagnosticText, PLAIN } from '../../diagnostics/format-text.ts';
import { hrefFrom } from '../../lessons/href.ts';
import { matchGuards } from '../../lessons/match.ts';
import type { LessonRef } from '../../lessons/parse.ts';
import { validLessons } from '../../lessons/parse.ts';
import { runbookGuards, withGuardFreezes } from '../../lessons/views.ts';
import type { ParsedPlan } from '../../plan/parse.ts';
import { readGeneratedMarker } from '../../render/output/marker.ts';
import { type OutputFile, outputChanges } from '../../render/output/sync.ts';
import {
  INDEX_NAME,
  indexFileName,
  RUNBOOK_FORMATS,
  type RunbookFormat,
  renderIndex,
  renderRunbook,
  runbookFileName,
} from '../../render/render.ts';
import { type CompiledTemplates, compileTemplates, loadRunbookTemplates } from '../../render/templates.ts';
import type { IndexEntry } from '../../render/view/index-view.ts';
import { TemplateError } from '../../templates/compile.ts';
import { checkPlans } from '../../workspace/check-plans.ts';
import { type CliIO, type Command, EXIT, UsageError } from '../command.ts';
import { isoDate, oneOf, todayUtc } from '../options.ts';

export interface RenderOptions {
  paths: string[];
  /** The output directory, relative to cwd or absolute. */
  out: string;
  format: RunbookFormat;
  /** The calendar start; undefined: today, or with check, the start recorded in each existing file. */
  start?: string;
  check: boolean;
  /** Delete generated files in the output directory that no plan renders to any more. */
  prune: boolean;
  /** A templates directory overriding the built-in templates (CLI flag, else config `templates`). */
  templates?: string;
  config?: string;
}

const toDisplay = (absolute: string, cwd: string) => {
  const rel = relative(cwd, absolute);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute).split(sep).join('/');
};

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Files with the format's extension already in the output directory (not recursive). */
async function siblingFiles(outDir: string, format: RunbookFormat, cwd: string): Promise<Map<string, string>> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  const out = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith(`.${format}`)).sort()) {
    const text = await readIfExists(join(outDir, name));
    if (text !== undefined) out.set(toDisplay(join(outDir, name), cwd), text);
  }
  return out;
}

interface Planned {
  parsed: ParsedPlan & { plan: NonNullable<ParsedPlan['plan']> };
  fileName: string;
  path: string;
}

/** Which plans render to which files; plans that cannot be rendered are reported and left out. */
function planOutputs(plans: readonly ParsedPlan[], outDir: string, options: RenderOptions, io: CliIO) {
  const planned: Planned[] = [];
  const owners = new Map<string, string>([[indexFileName(options.format), '(the index)']]);
  let skipped = 0;
  for (const parsed of plans) {
    if (!parsed.plan) {
      skipped++;
      const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
      io.stderr(`rollbook: cannot render ${parsed.file}: it is not a valid plan (${errors.length} errors)\n`);
      for (const d of errors) io.stderr(`${formatDiagnosticText(d, parsed.text, PLAIN)}\n\n`);
      continue;
    }
    const fileName = runbookFileName(parsed.plan.metadata.name, options.format);
    const other = owners.get(fileName);
    if (other) {
      skipped++;
      io.stderr(`rollbook: cannot render ${parsed.file}: its runbook ${fileName} is already taken by ${other}\n`);
      continue;
    }
    owners.set(fileName, parsed.file);
    const path = toDisplay(join(outDir, fileName), io.cwd);
    planned.push({ parsed: parsed as Planned['parsed'], fileName, path });
  }
  return { planned, skipped };
}

function renderAll(
  planned: readonly Planned[],
  existing: ReadonlyMap<string, string | undefined>,
  indexPath: string,
  lessons: readonly LessonRef[],
  templates: CompiledTemplates,
  options: RenderOptions,
  today: string,
  noFridays: boolean,
): OutputFile[] {
  // With --check and no --start, each file is compared as rendered from the start it records.
  const startFor = (path: string) =>
    options.start ?? (options.check ? readGeneratedMarker(existing.get(path) ?? '')?.start : undefined) ?? today;
  const files: OutputFile[] = [];
  const entries: IndexEntry[] = [];
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

function report(io: CliIO, lines: [string, readonly string[]][]): void {
  for (const [label, paths] of lines) for (const path of paths) io.stdout(`${label}: ${path}\n`);
}

export async function runRender(options: RenderOptions, io: CliIO): Promise<number> {
  const loaded = await loadConfig(io.cwd, options.config);
  if (countBySeverity(loaded.diagnostics).errors > 0) {
    for (const d of loaded.diagnostics) io.stderr(`${formatDiagnosticText(d, loaded.text, PLAIN)}\n\n`);
    return EXIT.problems;
  }
  const config = loaded.config;
  const templatesDir = options.templates ?? config.templates;
  const noFridays = config.calendar?.noFridays ?? true;
  const today = todayUtc(io.now());

  let templates: CompiledTemplates;
  try {
    const overrideDir = templatesDir === undefined ? undefined : resolve(io.cwd, templatesDir);
    templates = compileTemplates(await loadRunbookTemplates({ cwd: io.cwd, ...(overrideDir ? { overrideDir } : {}) }));
  } catch (error) {
    if (error instanceof TemplateError) {
      io.stderr(`rollbook: template error: ${error.message}\n`);
      return EXIT.problems;
    }
    throw error;
  }

  const checked = await checkPlans(options.paths, { cwd: io.cwd, config, start: options.start ?? today });
  const outDir = resolve(io.cwd, options.out);
  const { planned, skipped } = planOutputs(checked.plans, outDir, options, io);
  const indexPath = toDisplay(join(outDir, indexFileName(options.format)), io.cwd);
  const existing = new Map<string, string | undefined>();
  for (const path of [...planned.map((p) => p.path), indexPath])
    existing.set(path, await readIfExists(resolve(io.cwd, path)));

  let files: OutputFile[];
  try {
    files = renderAll(
      planned,
      existing,
      indexPath,
      validLessons(checked.lessons),
      templates,
      options,
      today,
      noFridays,
    );
  } catch (error) {
    if (error instanceof TemplateError) {
      io.stderr(`rollbook: template error: ${error.message}\n`);
      return EXIT.problems;
    }
    throw error;
  }
  const changes = outputChanges(files, existing, await siblingFiles(outDir, options.format, io.cwd));

  if (options.check) {
    report(io, [
      ['missing', changes.missing],
      ['stale', changes.stale],
      ['orphaned', changes.orphaned],
    ]);
    const problems = changes.missing.length + changes.stale.length + changes.orphaned.length;
    if (problems > 0) {
      const fix = `rollbook render ${options.paths.join(' ')}${options.paths.length ? ' ' : ''}--out ${options.out}`;
      io.stdout(
        `${problems} of ${files.length + changes.orphaned.length} files out of date. Run \`${fix}\`${changes.orphaned.length ? ' --prune' : ''} to update them.\n`,
      );
    } else {
      io.stdout(`All ${files.length} files in ${toDisplay(outDir, io.cwd)} are up to date.\n`);
    }
    return problems > 0 || skipped > 0 ? EXIT.problems : EXIT.ok;
  }

  await mkdir(outDir, { recursive: true });
  const changed = new Set([...changes.missing, ...changes.stale]);
  for (const file of files) {
    if (!changed.has(file.path)) continue;
    await writeFile(resolve(io.cwd, file.path), file.text);
    io.stdout(`wrote ${file.path}\n`);
  }
  for (const path of changes.orphaned) {
    if (options.prune) {
      await unlink(resolve(io.cwd, path));
      io.stdout(`removed ${path}\n`);
    } else {
      io.stderr(`rollbook: ${path} was generated from a plan that is no longer rendered; delete it or use --prune\n`);
    }
  }
  io.stdout(
    `Rendered ${files.length - 1} runbooks and the index into ${toDisplay(outDir, io.cwd)} (${changed.size} changed).\n`,
  );
  return skipped > 0 ? EXIT.problems : EXIT.ok;
}

export const renderCommand: Command = {
  name: 'render',
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
    out: { type: 'string' },
    format: { type: 'string' },
    start: { type: 'string' },
    templates: { type: 'string' },
    check: { type: 'boolean' },
    prune: { type: 'boolean' },
    config: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out <dir> is required');
    if (values.check && values.prune) throw new UsageError('--check and --prune cannot be combined');
    const start = isoDate(values.start, 'start');
    return runRender(
      {
        paths: positionals,
        out: values.out,
        format: oneOf(values.format, RUNBOOK_FORMATS, 'format', 'md'),
        ...(start ? { start } : {}),
        check: values.check === true,
        prune: values.prune === true,
        ...(typeof values.templates === 'string' ? { templates: values.templates } : {}),
        ...(typeof values.config === 'string' ? { config: values.config } : {}),
      },
      io,
    );
  },
};
