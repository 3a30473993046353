import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { loadConfig } from '../../config/load.ts';
import { DEFAULT_LESSONS_DIR } from '../../lessons/load.ts';
import { type LessonSeed, scaffoldLesson, slugify } from '../../lessons/scaffold.ts';
import { LESSON_ID_PATTERN, TRIGGERS } from '../../lessons/schema.ts';
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

export const lessonCommand: Command = {
  name: 'lesson',
  help: `Usage: rollbook lesson new [options]

Writes <dir>/<id>.md: a lesson whose front matter validates, with one guard to edit and an
outline for the story. See docs/lessons.md for the format and guard semantics.

Options:
  --id <L-YYYY-MM-slug>  the lesson id (default: L-, the date's year and month, a slug of the title)
  --title <text>         what went wrong, in one line
  --date <YYYY-MM-DD>    day of the incident (default today, UTC)
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
    const seed = seedFrom(values, todayUtc(io.now()));
    let dir = values.dir as string | undefined;
    if (dir === undefined) {
      const loaded = await loadConfig(io.cwd, values.config as string | undefined);
      dir = loaded.config.lessons ?? DEFAULT_LESSONS_DIR;
    }
    const file = join(resolve(io.cwd, dir), `${seed.id}.md`);
    const display = relative(io.cwd, file).split(sep).join('/');
    if (existsSync(file) && !values.force) throw new UsageError(`${display} already exists (use --force to overwrite)`);
    await mkdir(resolve(io.cwd, dir), { recursive: true });
    await writeFile(file, scaffoldLesson(seed), 'utf8');
    io.stdout(
      `Wrote ${display}. Tell the story, point its guard at the plans it should protect, then run \`rollbook lessons\`.\n`,
    );
    return EXIT.ok;
  },
};
