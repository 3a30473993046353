// `rollbook validate`: the configuration first (a broken one stops the run), then every plan and
// lesson through checkPlans (schema, references, policy rules, lesson guards) and runbook template
// overrides. Prints diagnostics as text, JSON or workflow annotations; exits 1 on errors (warnings
// too with --strict). Reads files and, for shared lessons, GitHub; writes nothing but stdout.
import { loadConfig } from '../../config/load.ts';
import { CONFIG_FILE } from '../../config/schema.ts';
import { countBySeverity, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { formatDiagnosticGithub } from '../../diagnostics/format-github.ts';
import { ANSI, formatDiagnosticText, formatSummaryText, PLAIN, type TextStyle } from '../../diagnostics/format-text.ts';
import { isFileSystemError } from '../../files/file-system-error.ts';
import { isExpectedError } from '../../runtime/expected-error.ts';
import { plural } from '../../text/plural.ts';
import { formatUtcDay } from '../../text/time.ts';
import { checkPlans } from '../../workspace/check-plans.ts';
import { openResultCache } from '../../workspace/result-cache.ts';
import { type Command, EXIT } from '../command.ts';
import { calendarStart, oneOf } from '../options.ts';
import { readSharedLessons } from '../shared-lessons.ts';

const FORMATS = ['text', 'json', 'github'] as const;

export const validateCommand: Command = {
  name: 'validate',
  help: `Usage: rollbook validate [paths…] [options]

Checks each plan (*.rollout.yaml) against the plan schema, its internal references, and the
policy rules. Paths may be files, directories (searched for *.rollout.yaml) or globs; the
default is \`plans\` from rollbook.config.yaml, else ./playbooks. Every run checks the lessons
too; a lesson (.md) among the paths is checked with them, and named alone it checks the default
plans, which its guards act on.

Options:
  --format <text|json|github>  output format (default text; github prints workflow annotations)
  --config <file>              configuration file (default ./rollbook.config.yaml if present)
  --start <date|time>          start of the rollout, for calendar rules: YYYY-MM-DD (its midnight in
                               the plan's time zone) or a time with Z or an offset (default today)
  --strict                     treat warnings as errors
  -h, --help                   show this help

With \`lessonSources\` in rollbook.config.yaml, the shared lessons are read through the GitHub API
with GITHUB_TOKEN (GITHUB_API_URL for GitHub Enterprise Server); without it they are not
checked, and a warning says so.

Exit codes: 0 no errors, 1 errors found, 2 bad usage (unknown option, missing path, no plans).`,
  options: {
    format: { type: 'string' },
    config: { type: 'string' },
    start: { type: 'string' },
    strict: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const format = oneOf(values.format, FORMATS, 'format', 'text');
    const start = calendarStart(values.start, 'start') ?? formatUtcDay(io.now());
    const loaded = await loadConfig(io.cwd, values.config as string | undefined);
    const sources = new Map<string, string>();
    if (loaded.file && loaded.text !== undefined) sources.set(loaded.file, loaded.text);
    let diagnostics: Diagnostic[] = [...loaded.diagnostics];
    let files = 0;
    let lessons = 0;
    const configErrors = countBySeverity(diagnostics).errors;
    if (configErrors === 0) {
      // Without GITHUB_TOKEN the shared lessons are not read: a warning says so (--strict fails on it).
      const shared = await readSharedLessons(loaded, io, 'warning');
      const result = await checkPlans(positionals, {
        cwd: io.cwd,
        config: loaded.config,
        start,
        retainPlans: false,
        ...(shared ? { shared } : {}),
        ...(io.resultCache ? { results: openResultCache(io.resultCache) } : {}),
      });
      for (const plan of result.plans) sources.set(plan.file, plan.text);
      for (const lesson of result.lessons) sources.set(lesson.file, lesson.text);
      diagnostics = [...diagnostics, ...result.diagnostics];
      files = result.plans.length;
      lessons = result.lessons.length;
      // Runbook template overrides that lose a section Rollbook relies on (ADR 31). A template
      // that cannot be read is `render`'s to report, with its place.
      if (loaded.config.templates !== undefined) {
        const { runbookTemplateWarnings } = await import('../template-warnings.ts');
        const templates = await runbookTemplateWarnings(loaded.config.templates, io.cwd).catch((error: unknown) => {
          // A refused link or a file system error: render reports it, with its place. Anything else
          // (Node's own argument errors included, which also carry a code) is a bug, not hidden.
          if (isExpectedError(error) || isFileSystemError(error)) return undefined;
          throw error;
        });
        for (const [file, text] of templates?.texts ?? []) sources.set(file, text);
        diagnostics = [...diagnostics, ...(templates?.diagnostics ?? [])];
      }
    }
    let { errors, warnings } = countBySeverity(diagnostics);
    if (values.strict) {
      errors += warnings;
      warnings = 0;
    }
    // A broken configuration stops the run before any plan is read: say so, not "0 plans checked".
    const summary = (style: TextStyle) =>
      configErrors > 0
        ? style.red(
            `No plan checked: ${loaded.file ?? CONFIG_FILE} has ${plural(configErrors, 'error')}; fix it first.`,
          )
        : formatSummaryText(files, errors, warnings, style, lessons);
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ files, lessons, errors, warnings, diagnostics }, null, 2)}\n`);
    } else if (format === 'github') {
      for (const d of diagnostics) io.stdout(`${formatDiagnosticGithub(d)}\n`);
      io.stdout(`${summary(PLAIN)}\n`);
    } else {
      const style = io.color ? ANSI : PLAIN;
      for (const d of diagnostics) io.stdout(`${formatDiagnosticText(d, sources.get(d.file), style)}\n\n`);
      io.stdout(`${summary(style)}\n`);
    }
    return errors > 0 ? EXIT.problems : EXIT.ok;
  },
};
