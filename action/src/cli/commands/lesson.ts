import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { loadConfig } from '../../config/load.ts';
import { DEFAULT_PLAN_PATHS } from '../../config/schema.ts';
import { draftLesson } from '../../lessons/draft.ts';
import { DEFAULT_LESSONS_DIR } from '../../lessons/load.ts';
import { type LessonSeed, scaffoldLesson, slugify } from '../../lessons/scaffold.ts';
import { LESSON_ID_PATTERN, TRIGGERS } from '../../lessons/schema.ts';
import { discoverPlanFiles, readPlanFile } from '../../plan/load.ts';
import { PHASE_REF_PATTERN, type RolloutPlan } from '../../plan/schema.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { isoDate, oneOf, todayUtc } from '../options.ts';

const SUBCOMMANDS = ['new'] as const;
const DEFAULT_TITLE = 'What went wrong, in one line';
const DEFAULT_SLUG = 'new-lesson';

/** Id, title and date from the options, each defaulting from the others. */
function seedFrom(values: Record<string, unknown>, today: string): LessonSeed {
  const trigger = oneOf(values.trigger, TRIGGERS, 'trigger', 'binary-push');
  const title = typeof values.title === 'string' && values.title.trim() ? values.title.trim() : DEFAULT_TITLE;
  const givenDate = isoDate(values.date, 'date');
  const givenId = values.id as string | undefined;
  if (givenId !== undefined && !new RegExp(LESSON_ID_PATTERN).test(givenId)) {
    throw new UsageError(
      `--id "${givenId}" is not a lesson id: L-, the incident's year and month, then a slug, e.g. L-2020-11-thread-exhaustion`,
    );
  }
  const date = givenDate ?? (givenId && !givenId.startsWith(`L-${today.slice(0, 7)}-`) ? undefined : today);
  if (date === undefined) {
    throw new UsageError(`--id ${givenId} is not from this month; pass --date YYYY-MM-DD with the incident's day`);
  }
  if (givenId !== undefined && !givenId.startsWith(`L-${date.slice(0, 7)}-`)) {
    throw new UsageError(`--id ${givenId} does not start with L-${date.slice(0, 7)}- although --date is ${date}`);
  }
  const slug = title === DEFAULT_TITLE ? DEFAULT_SLUG : slugify(title) || DEFAULT_SLUG;
  return { id: givenId ?? `L-${date.slice(0, 7)}-${slug}`, title, date, trigger };
}

function parseFrom(value: string): [string, string] {
  if (!new RegExp(PHASE_REF_PATTERN).test(value))
    throw new UsageError(`--from "${value}" is not <plan>/<phase>, e.g. --from checkout-v2/canary`);
  const [plan, phase] = value.split('/');
  return [plan!, phase!];
}

/** The valid plan named `name` among the repository's plans. */
async function findPlan(cwd: string, paths: readonly string[], name: string): Promise<RolloutPlan> {
  const names: string[] = [];
  for (const file of await discoverPlanFiles(paths, cwd)) {
    const parsed = await readPlanFile(file, cwd);
    if (!parsed.plan) continue;
    if (parsed.plan.metadata.name === name) {
      if (parsed.diagnostics.some((d) => d.severity === 'error'))
        throw new UsageError(`plan ${name} (${file}) has errors; run \`rollbook validate\` first`);
      return parsed.plan;
    }
    names.push(parsed.plan.metadata.name);
  }
  throw new UsageError(
    `no plan named "${name}" under ${paths.join(', ')}${names.length ? ` (plans: ${names.join(', ')})` : ''}`,
  );
}

export const lessonCommand: Command = {
  name: 'lesson',
  help: `Usage: rollbook lesson new [options]

Writes <dir>/<id>.md: a lesson whose front matter validates, with one guard to edit and an
outline for the story. See docs/lessons.md for the format and guard semantics.

With --from <plan>/<phase>, drafts the lesson of that phase's rollback: front matter prefilled
with the plan, phase, services, strategy and step kinds (under \`rollback:\`), the trigger
taxonomy to pick from, and the guard left to write. The action drafts the same for every
rollback it sees, with the timeline and gate readings (docs/lessons.md).

Options:
  --id <L-YYYY-MM-slug>  the lesson id (default: L-, the date's year and month, a slug of the title)
  --title <text>         what went wrong, in one line
  --date <YYYY-MM-DD>    day of the incident (default today, UTC)
  --from <plan>/<phase>  draft the lesson of this phase's rollback (--id, --title, --trigger do not apply)
  --trigger <trigger>    ${TRIGGERS.join(', ')}
                         (default binary-push)
  --dir <dir>            where to write it (default: \`lessons\` from rollbook.config.yaml, else ${DEFAULT_LESSONS_DIR})
  --config <file>        configuration file (default ./rollbook.config.yaml if present)
  --force                overwrite an existing file
  -h, --help             show this help

Exit codes: 0 written, 2 bad usage (unknown option, bad id or date, file exists).`,
  options: {
    id: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    trigger: { type: 'string' },
    from: { type: 'string' },
    dir: { type: 'string' },
    config: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const [sub, extra] = positionals;
    if (sub === undefined) throw new UsageError('lesson needs a subcommand: `rollbook lesson new`');
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) {
      throw new UsageError(`unknown subcommand "${sub}" (expected: ${SUBCOMMANDS.join(', ')})`);
    }
    if (extra !== undefined) throw new UsageError('lesson new takes options only; pass the title with --title');
    const loaded = await loadConfig(io.cwd, values.config as string | undefined);
    const dir = (values.dir as string | undefined) ?? loaded.config.lessons ?? DEFAULT_LESSONS_DIR;
    let lesson: { id: string; text: string };
    if (values.from !== undefined) {
      const [planName, phaseId] = parseFrom(values.from as string);
      const plan = await findPlan(io.cwd, loaded.config.plans ?? DEFAULT_PLAN_PATHS, planName);
      if (!plan.phases.some((p) => p.id === phaseId))
        throw new UsageError(
          `plan ${planName} has no phase "${phaseId}" (its phases: ${plan.phases.map((p) => p.id).join(', ')})`,
        );
      const date = isoDate(values.date, 'date') ?? todayUtc(io.now());
      lesson = draftLesson({ plan, phaseId, date });
    } else {
      const seed = seedFrom(values, todayUtc(io.now()));
      lesson = { id: seed.id, text: scaffoldLesson(seed) };
    }
    const file = join(resolve(io.cwd, dir), `${lesson.id}.md`);
    const display = relative(io.cwd, file).split(sep).join('/');
    if (existsSync(file) && !values.force) throw new UsageError(`${display} already exists (use --force to overwrite)`);
    await mkdir(resolve(io.cwd, dir), { recursive: true });
    await writeFile(file, lesson.text, 'utf8');
    io.stdout(
      `Wrote ${display}. Tell the story, point its guard at the plans it should protect, then run \`rollbook lessons\`.\n`,
    );
    return EXIT.ok;
  },
};
