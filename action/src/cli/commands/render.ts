// `rollbook render`: every plan into a runbook (Markdown or HTML) plus an index, or with --check,
// the list of runbooks that no longer match their plans. The I/O edge of rendering: it reads
// plans, lessons, templates and the existing outputs, and writes files; everything between is pure.
import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type CalendarRules, calendarRulesOf } from '../../config/calendar-rules.ts';
import { loadConfig } from '../../config/load.ts';
import { formatDiagnosticText, PLAIN } from '../../diagnostics/format-text.ts';
import { toDisplay } from '../../files/contained.ts';
import { type KpiReviewStatus, statusKpiReviews } from '../../kpi-review/status.ts';
import { hrefFrom } from '../../lessons/href.ts';
import { matchGuards } from '../../lessons/match.ts';
import { type LessonRef, type ParsedLesson, validLessons } from '../../lessons/parse.ts';
import { runbookGuards, withGuardFreezes } from '../../lessons/views.ts';
import { dependencyOrder } from '../../plan/links.ts';
import { isGlob } from '../../plan/load.ts';
import type { ParsedPlan } from '../../plan/parse.ts';
import { notBeforeOf, recordFinishes } from '../../plan/plan-calendars.ts';
import { INDEX_NAME } from '../../plan/reserved-names.ts';
import type { OutputChanges } from '../../render/output/sync.ts';
import {
  indexFileName,
  lessonPageName,
  RUNBOOK_FORMATS,
  type RunbookFormat,
  renderIndex,
  renderLessonPage,
  renderRunbook,
  runbookFileName,
} from '../../render/render.ts';
import {
  type CompiledTemplates,
  compileTemplates,
  loadRunbookTemplates,
  RUNBOOK_TEMPLATES,
} from '../../render/templates.ts';
import type { IndexEntry } from '../../render/view/index-view.ts';
import type { RunbookInput } from '../../render/view/runbook.ts';
import { TemplateError } from '../../templates/compile.ts';
import { readGeneratedMarker } from '../../text/markers.ts';
import { plural } from '../../text/plural.ts';
import { formatUtcDay } from '../../text/time.ts';
import { checkPlans, namesLesson } from '../../workspace/check-plans.ts';
import { type CliIO, type Command, EXIT, UsageError } from '../command.ts';
import { reportConfigErrors, reportConfigWarnings } from '../config-errors.ts';
import { calendarStart, oneOf, templatesOption } from '../options.ts';
import { checkOutputDir } from '../output-dir.ts';
import { readSharedLessons } from '../shared-lessons.ts';
import { warnLostSections } from '../template-warnings.ts';

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
  /** The status file `rollbook status --out` wrote: each plan's KPI review goes into its runbook. */
  status?: string;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Names of the files with the format's extension in the output directory (not recursive). */
async function siblingNames(outDir: string, format: RunbookFormat): Promise<string[]> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(`.${format}`)).sort();
}

/**
 * The paths name plan files one by one: no directory, no glob, and not lessons alone (which
 * render the configured plans).
 */
async function namesPlanFilesOnly(paths: readonly string[], cwd: string): Promise<boolean> {
  const plans = paths.filter((path) => !namesLesson(path));
  if (plans.length === 0) return false;
  for (const path of plans) {
    if (isGlob(path)) return false;
    const found = await stat(resolve(cwd, path)).catch(() => undefined);
    if (!found?.isFile()) return false;
  }
  return true;
}

function report(io: CliIO, lines: [string, readonly string[]][]): void {
  for (const [label, paths] of lines) for (const path of paths) io.stdout(`${label}: ${path}\n`);
}

/**
 * Renders plan by plan: each plan is rendered as soon as it is checked, compared with the file on
 * disk and written if it changed, then dropped, so memory does not grow with the number of plans.
 * Plans are handled in file order (a few checked ahead are held until their turn), so which plan
 * keeps a contested file name does not depend on timing.
 */
interface RenderTask {
  path: string;
  input: RunbookInput;
  /** The plan's place in file order. */
  index: number;
}

class PlanByPlanRenderer {
  readonly changes: OutputChanges = { missing: [], stale: [], orphaned: [], upToDate: 0 };
  readonly expected = new Set<string>();
  /** With --check and no --start: the calendar starts the existing files record. */
  readonly recordedStarts = new Set<string>();
  /** Index entries by the plan's place in file order (a deferred plan fills its place later). */
  readonly #entries: (IndexEntry | undefined)[] = [];
  /** Projected finishes of the plans rendered so far, by `plan/phase`, for `dependsOn`. */
  readonly #finishes = new Map<string, number>();
  readonly #rendered = new Set<string>();
  /** Plans that wait for a plan later in file order: rendered at the end, in dependency order. */
  readonly #deferred: RenderTask[] = [];
  readonly #owners = new Map<string, string>();
  readonly #waiting = new Map<
    number,
    { parsed: ParsedPlan; lessons: readonly ParsedLesson[]; done: { resolve(): void; reject(error: unknown): void } }
  >();
  #failed: unknown;
  #next = 0;
  #turn: Promise<void> = Promise.resolve();
  skipped = 0;
  /** Plans skipped for their errors (not for a runbook name another plan took). */
  invalid = 0;
  runbooks = 0;
  /**
   * Why this run did not render the whole set the output directory holds, so its index and
   * orphans are left alone: a plan that cannot be rendered keeps its runbook and its index row
   * until it is fixed, and a run that names a few plan files does not drop the others' runbooks.
   */
  incomplete: string | undefined;
  /** Lesson pages written beside HTML runbooks, by lesson id. */
  readonly #lessonPages = new Set<string>();

  readonly io: CliIO;
  readonly options: RenderOptions;
  readonly outDir: string;
  readonly templates: CompiledTemplates;
  readonly today: string;
  readonly calendarRules: CalendarRules;
  /** Each plan's KPI review, by plan name (from --status). */
  readonly reviews: ReadonlyMap<string, KpiReviewStatus>;

  constructor(
    io: CliIO,
    options: RenderOptions,
    outDir: string,
    templates: CompiledTemplates,
    today: string,
    calendarRules: CalendarRules,
    reviews: ReadonlyMap<string, KpiReviewStatus> = new Map(),
  ) {
    this.reviews = reviews;
    this.io = io;
    this.options = options;
    this.outDir = outDir;
    this.templates = templates;
    this.today = today;
    this.calendarRules = calendarRules;
    this.#owners.set(indexFileName(options.format), '(the index)');
  }

  /**
   * checkPlans' onChecked: queue the plan and render every plan whose turn has come. Resolves
   * once this plan is rendered (checkPlans drops the plan after that), so a plan checked early
   * waits, with its worker, for the ones before it.
   */
  accept(parsed: ParsedPlan, index: number, lessons: readonly ParsedLesson[]): Promise<void> {
    if (this.#failed !== undefined) return Promise.reject(this.#failed);
    let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
    const done = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject };
    });
    this.#waiting.set(index, { parsed, lessons, done: settle! });
    this.#turn = this.#turn.then(async () => {
      for (let ready = this.#waiting.get(this.#next); ready; ready = this.#waiting.get(this.#next)) {
        this.#waiting.delete(this.#next++);
        try {
          await this.#renderPlan(ready.parsed, ready.lessons, this.#next - 1);
          ready.done.resolve();
        } catch (error) {
          // A template error stops the run: fail this plan and every one waiting for its turn.
          this.#failed = error;
          ready.done.reject(error);
          for (const waiting of this.#waiting.values()) waiting.done.reject(error);
          this.#waiting.clear();
          return;
        }
      }
    });
    return done;
  }

  async #renderPlan(parsed: ParsedPlan, lessons: readonly ParsedLesson[], index: number): Promise<void> {
    const { io, options } = this;
    // A schema-valid plan may still have broken references (two phases with one id, a gate on no
    // metric): parsePlan reports those as errors, and a runbook of such a plan would mislead.
    // The policy rules' findings are not among them: a plan under review still gets its runbook.
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    if (!parsed.plan || errors.length > 0) {
      this.skipped++;
      this.invalid++;
      io.stderr(`rollbook: cannot render ${parsed.file}: it is not a valid plan (${plural(errors.length, 'error')})\n`);
      for (const d of errors) io.stderr(`${formatDiagnosticText(d, parsed.text, PLAIN)}\n\n`);
      return;
    }
    const fileName = runbookFileName(parsed.plan.metadata.name, options.format);
    const other = this.#owners.get(fileName);
    if (other) {
      this.skipped++;
      io.stderr(`rollbook: cannot render ${parsed.file}: its runbook ${fileName} is already taken by ${other}\n`);
      return;
    }
    this.#owners.set(fileName, parsed.file);
    const path = toDisplay(join(this.outDir, fileName), io.cwd);
    // Markdown runbooks link to the lesson files, which GitHub shows; HTML runbooks to lesson pages beside them.
    const linked = new Map<string, LessonRef>();
    const href =
      options.format === 'html'
        ? (ref: LessonRef) => {
            linked.set(ref.lesson.id, ref);
            return lessonPageName(ref.lesson.id);
          }
        : hrefFrom(path);
    const guards = matchGuards(parsed.plan, validLessons(lessons), { href });
    const review = this.reviews.get(parsed.plan.metadata.name);
    const input = {
      file: parsed.file,
      plan: withGuardFreezes(parsed.plan, guards),
      guards: runbookGuards(guards),
      ...(review ? { kpiReview: review } : {}),
    };
    for (const ref of linked.values()) await this.#emitLessonPage(ref, lessons);
    const task = { path, input, index };
    // A phase that waits for a plan not rendered yet needs that plan's projected finish first.
    const later = (parsed.plan.phases ?? []).some((phase) =>
      (phase.dependsOn ?? []).some((ref) => !this.#rendered.has(ref.split('/')[0]!)),
    );
    if (later) this.#deferred.push(task);
    else await this.#renderTask(task);
  }

  async #renderTask({ path, input, index }: RenderTask): Promise<void> {
    const notBefore = notBeforeOf(input.plan, this.#finishes);
    await this.#emit(path, (start) => {
      const settings = { start, ...this.calendarRules, ...(notBefore ? { notBefore } : {}) };
      const rendered = renderRunbook(input, settings, this.templates, this.options.format);
      this.#entries[index] = rendered.entry;
      recordFinishes(this.#finishes, input.plan, rendered.windows);
      return rendered.text;
    });
    this.#rendered.add(input.plan.metadata.name);
    this.runbooks++;
  }

  /** A lesson's page, once per run, the first time a runbook links to it. */
  async #emitLessonPage(ref: LessonRef, lessons: readonly ParsedLesson[]): Promise<void> {
    if (this.#lessonPages.has(ref.lesson.id)) return;
    this.#lessonPages.add(ref.lesson.id);
    const fileName = lessonPageName(ref.lesson.id);
    const other = this.#owners.get(fileName);
    if (other) {
      this.io.stderr(
        `rollbook: cannot write the page of lesson ${ref.lesson.id}: ${fileName} is already taken by ${other}\n`,
      );
      return;
    }
    this.#owners.set(fileName, ref.file);
    const story = lessons.find((l) => l.file === ref.file)?.body ?? '';
    const path = toDisplay(join(this.outDir, fileName), this.io.cwd);
    await this.#emit(path, (start) => renderLessonPage(ref.lesson, story, start, this.templates));
  }

  /** The index, once every plan is rendered. */
  async finish(): Promise<void> {
    await this.#turn;
    if (this.#failed !== undefined) throw this.#failed;
    for (const task of dependencyOrder(this.#deferred, (t) => t.input.plan)) await this.#renderTask(task);
    this.incomplete = await this.#incompleteBecause();
    if (this.incomplete !== undefined) return;
    const entries = this.#entries.filter((entry): entry is IndexEntry => entry !== undefined);
    const indexPath = toDisplay(join(this.outDir, indexFileName(this.options.format)), this.io.cwd);
    await this.#emit(indexPath, (start) => renderIndex(entries, start, this.templates, this.options.format));
  }

  /** Compares one rendered file with the one on disk; writes it when it changed (unless --check). */
  async #emit(path: string, render: (start: string) => string): Promise<void> {
    this.expected.add(path);
    const current = await readIfExists(resolve(this.io.cwd, path));
    // With --check and no --start, each file is compared as rendered from the start it records.
    const recorded = this.options.check ? readGeneratedMarker(current ?? '')?.start : undefined;
    if (this.options.start === undefined && recorded !== undefined) this.recordedStarts.add(recorded);
    const start = this.options.start ?? recorded ?? this.today;
    const text = render(start);
    if (current === text) {
      this.changes.upToDate++;
      return;
    }
    (current === undefined ? this.changes.missing : this.changes.stale).push(path);
    if (this.options.check) return;
    await mkdir(this.outDir, { recursive: true });
    await writeFile(resolve(this.io.cwd, path), text);
    this.io.stdout(`wrote ${path}\n`);
  }

  /**
   * Why the index and the orphans are left alone, when they are: the output directory holds a
   * generated file this run did not render, and the run may not have read its plan (a plan
   * skipped for its errors, or plan files named one by one).
   */
  async #incompleteBecause(): Promise<string | undefined> {
    const reason =
      this.invalid > 0
        ? `${plural(this.invalid, 'plan')} could not be rendered, and a runbook is kept until its plan is fixed`
        : (await namesPlanFilesOnly(this.options.paths, this.io.cwd))
          ? 'only the named plan files were rendered, and it holds the runbooks of others; name their directory, or no path, to update it'
          : undefined;
    if (reason === undefined) return undefined;
    for await (const _ of this.#generatedNotWritten()) return reason;
    return undefined;
  }

  /** Generated files in the output directory that no plan rendered to: orphans. */
  async findOrphans(): Promise<void> {
    for await (const path of this.#generatedNotWritten()) this.changes.orphaned.push(path);
  }

  /**
   * The generated files (those with the marker) in the output directory that this run did not
   * write, read one at a time; the index is never one, written or left alone.
   */
  async *#generatedNotWritten(): AsyncGenerator<string> {
    for (const name of await siblingNames(this.outDir, this.options.format)) {
      const path = toDisplay(join(this.outDir, name), this.io.cwd);
      if (this.expected.has(path) || name === indexFileName(this.options.format)) continue;
      const text = await readIfExists(join(this.outDir, name));
      if (text !== undefined && readGeneratedMarker(text)) yield path;
    }
  }
}

/**
 * The command that brings `--out` up to date: the same paths and options as the --check run
 * (an HTML check is fixed by an HTML render), with --prune when files are orphaned. A check
 * without --start compared each file from the start it records; when they record one start, the
 * command keeps it, so the fix does not move every calendar to today.
 */
function fixCommand(options: RenderOptions, prune: boolean, recordedStarts: ReadonlySet<string>): string {
  const words = ['rollbook', 'render', ...options.paths, '--out', options.out];
  if (options.format !== 'md') words.push('--format', options.format);
  const start = options.start ?? (recordedStarts.size === 1 ? [...recordedStarts][0] : undefined);
  if (start !== undefined) words.push('--start', start);
  if (options.templates !== undefined) words.push('--templates', options.templates);
  if (options.status !== undefined) words.push('--status', options.status);
  if (options.config !== undefined) words.push('--config', options.config);
  if (prune) words.push('--prune');
  return words.map(shellWord).join(' ');
}

/** A word as a shell reads it: quoted when it holds anything but plain path characters. */
function shellWord(word: string): string {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Why the --status file could not be read, in words: a file system refusal, or the JSON's own error. */
function statusFileProblem(error: unknown): string {
  const { code, syscall, message } = error as NodeJS.ErrnoException;
  if (syscall === undefined) return message;
  if (code === 'ENOENT') return 'there is no such file; write it with `rollbook status --out <file>`';
  if (code === 'EISDIR') return 'it is a directory; name the file `rollbook status --out` wrote';
  return `the file cannot be read (${code})`;
}

export async function runRender(options: RenderOptions, io: CliIO): Promise<number> {
  await templatesOption(options.templates, io.cwd);
  const loaded = await loadConfig(io.cwd, options.config, { templatesGiven: options.templates !== undefined });
  if (reportConfigErrors(loaded, io)) return EXIT.problems;
  const config = loaded.config;
  reportConfigWarnings(loaded, io);
  // A runbook without the shared lessons' guards would be wrong, so nothing is rendered without them.
  const shared = await readSharedLessons(loaded, io, 'error');
  const unread = shared?.diagnostics.filter((d) => d.severity === 'error') ?? [];
  if (unread.length > 0) {
    for (const d of unread) io.stderr(`${formatDiagnosticText(d, loaded.text, PLAIN)}\n\n`);
    io.stderr('rollbook: nothing rendered: the runbooks would miss the guards of the shared lessons\n');
    return EXIT.problems;
  }
  const templatesDir = options.templates ?? config.templates;
  const calendarRules = calendarRulesOf(config);
  const today = formatUtcDay(io.now());

  let templates: CompiledTemplates;
  try {
    const overrideDir = templatesDir === undefined ? undefined : resolve(io.cwd, templatesDir);
    const sources = await loadRunbookTemplates({ cwd: io.cwd, ...(overrideDir ? { overrideDir } : {}) });
    templates = compileTemplates(sources);
    warnLostSections(RUNBOOK_TEMPLATES, sources, io);
  } catch (error) {
    if (error instanceof TemplateError) {
      io.stderr(`rollbook: template error: ${error.message}\n`);
      return EXIT.problems;
    }
    throw error;
  }

  let reviews: Map<string, KpiReviewStatus> | undefined;
  if (options.status !== undefined) {
    try {
      reviews = statusKpiReviews(JSON.parse(await readFile(resolve(io.cwd, options.status), 'utf8')), options.status);
    } catch (error) {
      io.stderr(`rollbook: cannot read the KPI reviews from --status ${options.status}: ${statusFileProblem(error)}\n`);
      return EXIT.problems;
    }
  }

  const outDir = resolve(io.cwd, options.out);
  const renderer = new PlanByPlanRenderer(io, options, outDir, templates, today, calendarRules, reviews);
  try {
    await checkPlans(options.paths, {
      cwd: io.cwd,
      config,
      start: options.start ?? today,
      retainPlans: false,
      ...(shared ? { shared } : {}),
      lintValidPlans: false,
      onChecked: (parsed, index, lessons) => renderer.accept(parsed, index, lessons),
    });
    await renderer.finish();
  } catch (error) {
    if (error instanceof TemplateError) {
      io.stderr(`rollbook: template error: ${error.message}\n`);
      return EXIT.problems;
    }
    // The output directory refused a write (permissions, a read-only or full disk).
    const { syscall, code } = error as NodeJS.ErrnoException;
    if (syscall === 'mkdir' || syscall === 'open' || syscall === 'write') {
      io.stderr(
        `rollbook: cannot write the runbooks into ${toDisplay(outDir, io.cwd)} (${code}); check that it can be written\n`,
      );
      return EXIT.problems;
    }
    throw error;
  }
  const { changes, skipped, incomplete } = renderer;
  const indexName = indexFileName(options.format);
  if (incomplete === undefined) await renderer.findOrphans();
  else
    io.stderr(
      `rollbook: ${indexName} left as it is and no file in ${toDisplay(outDir, io.cwd)} taken for an orphan: ${incomplete}\n`,
    );
  changes.orphaned.sort();
  const fileCount = renderer.expected.size;

  if (options.check) {
    report(io, [
      ['missing', changes.missing],
      ['stale', changes.stale],
      ['orphaned', changes.orphaned],
    ]);
    const problems = changes.missing.length + changes.stale.length + changes.orphaned.length;
    if (problems > 0) {
      io.stdout(
        `${problems} of ${fileCount + changes.orphaned.length} files out of date. Run \`${fixCommand(options, changes.orphaned.length > 0, renderer.recordedStarts)}\` to update them.\n`,
      );
    } else {
      io.stdout(`All ${fileCount} files in ${toDisplay(outDir, io.cwd)} are up to date.\n`);
    }
    return problems > 0 || skipped > 0 ? EXIT.problems : EXIT.ok;
  }

  for (const path of changes.orphaned) {
    if (options.prune) {
      await unlink(resolve(io.cwd, path));
      io.stdout(`removed ${path}\n`);
    } else {
      io.stderr(`rollbook: ${path} was generated from a plan that is no longer rendered; delete it or use --prune\n`);
    }
  }
  const changed = changes.missing.length + changes.stale.length;
  const indexes = incomplete === undefined ? 1 : 0;
  const lessonPages = fileCount - indexes - renderer.runbooks;
  const pages = lessonPages > 0 ? `, ${plural(lessonPages, 'lesson page')}` : '';
  const what = `${plural(renderer.runbooks, 'runbook')}${pages}${indexes ? ' and the index' : ''}`;
  io.stdout(`Rendered ${what} into ${toDisplay(outDir, io.cwd)} (${changed} changed).\n`);
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
else ./playbooks. A lesson (.md) among the paths is read with the lessons directory, as every
run reads it; named alone, it renders the default plans, whose runbooks its guards may change (a
pre-commit hook can name every changed file). Plans with schema or reference errors (two phases
with one id, a gate on a metric not in the catalogue) are reported and not rendered; policy
rules do not stop a runbook. With \`lessonSources\` in rollbook.config.yaml, the shared lessons
are read through the GitHub API with GITHUB_TOKEN; without it, or when a source cannot be read,
nothing is rendered.

Options:
  --out <dir>            directory to write the runbooks to (required)
  --format <md|html>     md: GitHub-flavoured Markdown (default); html: standalone sanitized pages
  --start <date|time>    start of the projected calendar: YYYY-MM-DD (its midnight in the plan's
                         time zone) or a time with Z or an offset, e.g. 2026-11-02T09:00+01:00
                         (default today; with --check, the start recorded in each existing file)
  --templates <dir>      templates overriding the built-in ones, by file name (default: \`templates\`
                         from rollbook.config.yaml)
  --status <file>        the status file \`rollbook status --out\` wrote: each done plan's KPI review
                         (each KPI measured beside its baseline and expectation) goes into its
                         runbook
  --check                write nothing; list missing, stale and orphaned files and exit 1 if any
  --prune                delete generated files in <dir> that no plan renders to any more (not
                         while a plan cannot be rendered, nor when plan files are named one by
                         one and <dir> holds other plans' runbooks: then the index is kept too)
  --config <file>        configuration file (default ./rollbook.config.yaml if present)
  -h, --help             show this help

Exit codes: 0 done (or up to date), 1 out of date with --check, a plan that cannot be rendered,
a template error, or <dir> cannot be written; 2 bad usage (unknown option, missing --out, an
--out that is a file, no plans).`,
  options: {
    out: { type: 'string' },
    format: { type: 'string' },
    start: { type: 'string' },
    templates: { type: 'string' },
    status: { type: 'string' },
    check: { type: 'boolean' },
    prune: { type: 'boolean' },
    config: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out <dir> is required');
    if (values.check && values.prune) throw new UsageError('--check and --prune cannot be combined');
    await checkOutputDir(values.out, `--out "${values.out}"`, io.cwd);
    const start = calendarStart(values.start, 'start');
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
        ...(typeof values.status === 'string' ? { status: values.status } : {}),
      },
      io,
    );
  },
};
