// `rollbook lessons`: the lessons of the repository and its lessonSources, with counts by trigger,
// severity and quarter and, for each guard, the plans and phases it matches. Text or JSON; exits 1
// when a lesson has errors.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../../config/load.ts';
import { DEFAULT_PLAN_PATHS } from '../../config/schema.ts';
import { countBySeverity, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { formatDiagnosticText, PLAIN } from '../../diagnostics/format-text.ts';
import { checkSharedDuplicateIds } from '../../lessons/lesson-set.ts';
import { DEFAULT_LESSONS_DIR, lessonsDirOf, loadLessons } from '../../lessons/load.ts';
import { validLessons } from '../../lessons/parse.ts';
import { summarizeLessons } from '../../lessons/summary.ts';
import { formatLessonsText } from '../../lessons/summary-text.ts';
import { discoverPlanFiles, readPlanFile } from '../../plan/load.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { reportConfigErrors } from '../config-errors.ts';
import { readSharedLessons } from '../shared-lessons.ts';

export const lessonsCommand: Command = {
  name: 'lessons',
  help: `Usage: rollbook lessons [plan paths…] [options]

Lists the lessons in the lessons directory (\`lessons\` in rollbook.config.yaml, default
${DEFAULT_LESSONS_DIR}) with counts by trigger, severity and quarter, and for every guard the
plans and phases it applies to, and where a plan waives it. Plan paths default to \`plans\` from
rollbook.config.yaml, else ./playbooks.

Options:
  --json           print as JSON
  --config <file>  configuration file (default ./rollbook.config.yaml if present)
  -h, --help       show this help

Exit codes: 0 listed, 1 some lesson has errors (they are printed; valid lessons are still
listed), 2 bad usage (unknown option, missing path, no lessons directory).`,
  options: { json: { type: 'boolean' }, config: { type: 'string' } },
  async run({ values, positionals }, io) {
    const configLoaded = await loadConfig(io.cwd, values.config as string | undefined);
    if (reportConfigErrors(configLoaded, io)) return EXIT.problems;
    const { config } = configLoaded;
    const loaded = await loadLessons(lessonsDirOf(config), io.cwd);
    // Lessons other repositories share (GITHUB_TOKEN), listed after this repository's own.
    const shared = await readSharedLessons(configLoaded, io, 'warning');
    if (!loaded.found && !shared) {
      if (existsSync(resolve(io.cwd, loaded.dir))) {
        throw new UsageError(
          `"${loaded.dir}" is a file, not a lessons directory; fix \`lessons:\` in rollbook.config.yaml`,
        );
      }
      throw new UsageError(`no lessons directory at "${loaded.dir}"; create one with \`rollbook lesson new\``);
    }
    const files = await discoverPlanFiles(
      positionals.length ? positionals : (config.plans ?? DEFAULT_PLAN_PATHS),
      io.cwd,
    );
    const plans = [];
    for (const file of files) {
      const parsed = await readPlanFile(file, io.cwd);
      if (parsed.plan) plans.push({ file, plan: parsed.plan });
    }
    const sharedLessons = shared?.lessons ?? [];
    checkSharedDuplicateIds(loaded.lessons, sharedLessons);
    const lessons = [...loaded.lessons, ...sharedLessons];
    const summary = summarizeLessons(validLessons(lessons), plans);
    const diagnostics: Diagnostic[] = [...(shared?.diagnostics ?? []), ...lessons.flatMap((l) => l.diagnostics)];
    const { errors } = countBySeverity(diagnostics);
    if (values.json) {
      io.stdout(`${JSON.stringify({ dir: loaded.dir, ...summary, diagnostics }, null, 2)}\n`);
    } else {
      const sources = new Map(lessons.map((l) => [l.file, l.text]));
      if (configLoaded.file && configLoaded.text !== undefined) sources.set(configLoaded.file, configLoaded.text);
      for (const d of diagnostics) io.stderr(`${formatDiagnosticText(d, sources.get(d.file), PLAIN)}\n\n`);
      io.stdout(formatLessonsText(summary, loaded.dir));
    }
    return errors > 0 ? EXIT.problems : EXIT.ok;
  },
};
