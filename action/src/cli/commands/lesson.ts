// `rollbook lesson new`: writes one lesson file that validates, from a title or, with --from, the
// draft of a phase's rollback (the action's draft when GitHub can be read: lessons/draft.ts).
// Refuses to overwrite without --force; says on stderr what a draft left out.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../config/load.ts';
import { DEFAULT_PLAN_PATHS } from '../../config/schema.ts';
import { isInside, toDisplay } from '../../files/contained.ts';
import { apiBaseUrl, createGitHubClient } from '../../github/client.ts';
import { rollbackDraft } from '../../github-action/sync/lesson-drafts.ts';
import { draftLesson, type LessonDraft } from '../../lessons/draft.ts';
import { DEFAULT_LESSONS_DIR, lessonsDirOf } from '../../lessons/load.ts';
import { type LessonSeed, scaffoldLesson, slugify } from '../../lessons/scaffold.ts';
import { LESSON_ID_PATTERN, TRIGGERS } from '../../lessons/schema.ts';
import { discoverPlanFiles, readPlanFile } from '../../plan/load.ts';
import { PHASE_REF_PATTERN, type RolloutPlan } from '../../plan/schema.ts';
import { didYouMeanSuffix } from '../../plan/suggest.ts';
import { DEFAULT_LABEL_PREFIX } from '../../text/label-prefix.ts';
import { formatUtcDay } from '../../text/time.ts';
import { type CliIO, type Command, EXIT, UsageError } from '../command.ts';
import { reportConfigErrors } from '../config-errors.ts';
import { actorOption, DEFAULT_ACTION_LOGIN, labelPrefixOption, optionalRepo } from '../github-options.ts';
import { stderrLogger } from '../logger.ts';
import { isoDate, oneOf } from '../options.ts';
import { checkOutputDir } from '../output-dir.ts';
import { readPhaseRecord } from '../phase-record.ts';
import { unreachableHint } from '../unreachable-hint.ts';

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

/**
 * How to get what a plan-only draft leaves out: only what was not given is asked for, and with
 * both given the read itself failed, for the reason said before this.
 */
function howToFill(token: boolean, repo: boolean): string {
  const missing = [
    ...(token ? [] : ['set GITHUB_TOKEN (read access to issues)']),
    ...(repo ? [] : ['pass --repo owner/name']),
  ];
  return missing.length
    ? `${missing.join(' and ')}, then run this again`
    : 'run this again once the checklist issue can be read';
}

/**
 * The draft of a phase's rollback. With a token and a repository, from the phase's checklist
 * issue as the action drafts it (timeline and gate readings); without, or when the issue cannot
 * be read, the plan's facts only, saying in the draft and on stderr what was left out and why.
 */
async function draftFrom(
  plan: RolloutPlan,
  phaseId: string,
  values: Record<string, unknown>,
  io: CliIO,
): Promise<LessonDraft> {
  const name = `${plan.metadata.name}/${phaseId}`;
  const given = isoDate(values.date, 'date');
  const date = given ?? formatUtcDay(io.now());
  const repo = optionalRepo(values.repo, io.env);
  const labelPrefix = labelPrefixOption(values['label-prefix']);
  const actor = actorOption(values.actor);
  const token = io.env.GITHUB_TOKEN;
  const offline = !token
    ? 'GITHUB_TOKEN is not set, so the checklist issue was not read'
    : !repo
      ? 'no repository was given (--repo owner/name or GITHUB_REPOSITORY), so the checklist issue was not read'
      : undefined;
  let why = offline;
  let unreachable = false;
  if (token && repo) {
    const log = stderrLogger(io);
    const github = createGitHubClient(token, { baseUrl: apiBaseUrl(io.env), log, pacing: io.pacing });
    const record = await readPhaseRecord({ github, repo, log, plan, phaseId, labelPrefix, actor, now: io.now() });
    // The action's draft of this rollback, dated --date when given instead of the rollback's day.
    if (record.read && record.rollback) {
      if (record.rollback.via === 'verdict')
        io.stderr(
          `rollbook: ${name}: Rollbook's watch read a ROLL BACK verdict at ${record.rollback.at} and acted on it (#${record.issue}), but nobody has ticked its roll-back: drafted as a rollback; tick the roll-back on #${record.issue} once it is rolled back\n`,
        );
      return rollbackDraft(plan, record.rollout, record.rollback, record.readings, given);
    }
    if (record.read) {
      const state = record.rollout.phases.find((p) => p.phaseId === phaseId)?.state ?? 'not-started';
      io.stderr(
        `rollbook: ${name} is ${state}, not rolled back (#${record.issue}): drafted with its timeline so far and its last gate readings\n`,
      );
      return draftLesson({
        plan,
        phaseId,
        date,
        timeline: record.rollout.released.filter((e) => e.phaseId === phaseId),
        ...(record.readings ? { readings: record.readings } : {}),
      });
    }
    why = record.why;
    unreachable = record.unreachable === true;
  }
  const unread = `${why}; the timeline from its audit trail and the gate readings at the breach are left out. To fill them, ${howToFill(Boolean(token), repo !== undefined)}.`;
  io.stderr(`rollbook: ${unread}\n`);
  if (unreachable) io.stderr(unreachableHint(apiBaseUrl(io.env)));
  return draftLesson({ plan, phaseId, date, unread });
}

/** Options that only a draft from a rollback reads, and those only a blank lesson reads: given to the other, a usage error. */
const FROM_ONLY = ['repo', 'label-prefix', 'actor'] as const;
const SEED_ONLY = ['id', 'title', 'trigger'] as const;

/**
 * The title given as `lesson new`'s argument, as `init` takes its name. Refused when it is also
 * given with --title, with --from (whose draft takes the rollback's title), or unquoted: words
 * the shell split apart are most likely one title, and the hint shows it quoted.
 */
function titleArgument(words: string[], flag: unknown, from: unknown): string {
  const [title = ''] = words;
  if (words.length > 1) {
    throw new UsageError(
      `lesson new takes one title, and got ${words.length} words; quote it: rollbook lesson new "${words.join(' ')}"`,
    );
  }
  if (flag !== undefined)
    throw new UsageError(`the title is given twice: --title "${flag}" and "${title}"; give it once`);
  if (from !== undefined) {
    throw new UsageError(
      'a title does not apply with --from: the draft takes its id, title and trigger from the rollback',
    );
  }
  return title;
}

export const lessonCommand: Command = {
  name: 'lesson',
  help: `Usage: rollbook lesson new ["<title>"] [options]

Writes <dir>/<id>.md: a lesson whose front matter validates, with one guard to edit and an
outline for the story. See docs/lessons.md for the format and guard semantics.

With --from <plan>/<phase>, drafts the lesson of that phase's rollback: front matter prefilled
with the plan, phase, services, strategy and step kinds (under \`rollback:\`), the trigger
taxonomy to pick from, and the guard left to write. With GITHUB_TOKEN set and a repository
(--repo or GITHUB_REPOSITORY), it reads the phase's checklist issue and its edit history and
writes the draft the action writes for that rollback (docs/lessons.md): with the timeline from
the verified audit trail and the gate readings at the breach. Without them, the draft and stderr
say what was left out and how to get it.

Options:
  --id <L-YYYY-MM-slug>  the lesson id (default: L-, the date's year and month, a slug of the title)
  --title <text>         what went wrong, in one line (or give it as the argument, quoted)
  --date <YYYY-MM-DD>    day of the incident (default today, UTC)
  --from <plan>/<phase>  draft the lesson of this phase's rollback (--id, --title and --trigger
                         do not apply)
  --trigger <trigger>    ${TRIGGERS.slice(0, 4).join(', ')},
                         ${TRIGGERS.slice(4).join(', ')}
                         (default binary-push)
  --dir <dir>            where to write it (default: \`lessons\` from rollbook.config.yaml, else
                         ${DEFAULT_LESSONS_DIR})
  --config <file>        configuration file (default ./rollbook.config.yaml if present)
  --force                overwrite an existing file
  --repo <owner/name>    with --from: repository of the checklist issues (default
                         $GITHUB_REPOSITORY)
  --label-prefix <text>  with --from: label prefix the action was given (default ${DEFAULT_LABEL_PREFIX})
  --actor <login>        with --from: the account the action writes as (default ${DEFAULT_ACTION_LOGIN})
  -h, --help             show this help

Environment (with --from): GITHUB_TOKEN (read access to issues), GITHUB_API_URL (default
https://api.github.com).

Exit codes: 0 written, 1 the configuration has errors, 2 bad usage (unknown option, bad id or
date, file exists).`,
  options: {
    repo: { type: 'string' },
    'label-prefix': { type: 'string' },
    actor: { type: 'string' },
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
    if (extra !== undefined) values.title = titleArgument(positionals.slice(1), values.title, values.from);
    const misplaced = (values.from === undefined ? FROM_ONLY : SEED_ONLY).filter((name) => values[name] !== undefined);
    if (misplaced.length > 0)
      throw new UsageError(
        values.from === undefined
          ? `--${misplaced[0]} applies only with --from <plan>/<phase>`
          : `--${misplaced[0]} does not apply with --from: the draft takes its id, title and trigger from the rollback`,
      );
    const loaded = await loadConfig(io.cwd, values.config as string | undefined);
    if (reportConfigErrors(loaded, io)) return EXIT.problems;
    const dir = (values.dir as string | undefined) ?? lessonsDirOf(loaded.config);
    await checkOutputDir(dir, values.dir === undefined ? `the lessons directory "${dir}"` : `--dir "${dir}"`, io.cwd);
    let lesson: { id: string; text: string };
    if (values.from !== undefined) {
      const [planName, phaseId] = parseFrom(values.from as string);
      const plan = await findPlan(io.cwd, loaded.config.plans ?? DEFAULT_PLAN_PATHS, planName);
      if (!plan.phases.some((p) => p.id === phaseId))
        throw new UsageError(
          `plan ${planName} has no phase "${phaseId}" (its phases: ${plan.phases.map((p) => p.id).join(', ')})${didYouMeanSuffix(
            phaseId,
            plan.phases.map((p) => p.id),
          )}`,
        );
      lesson = await draftFrom(plan, phaseId, values, io);
    } else {
      const seed = seedFrom(values, formatUtcDay(io.now()));
      lesson = { id: seed.id, text: scaffoldLesson(seed) };
    }
    const file = join(resolve(io.cwd, dir), `${lesson.id}.md`);
    const display = toDisplay(file, io.cwd);
    if (existsSync(file) && !values.force) throw new UsageError(`${display} already exists (use --force to overwrite)`);
    await mkdir(resolve(io.cwd, dir), { recursive: true });
    await writeFile(file, lesson.text, 'utf8');
    // Lessons are read from one directory (and below): one written elsewhere guards no plan.
    const readFrom = lessonsDirOf(loaded.config);
    if (!isInside(file, resolve(io.cwd, readFrom))) {
      io.stdout(`Wrote ${display}.\n`);
      io.stderr(
        `rollbook: warning: lessons are read from "${readFrom}", so this one guards no plan; move it there, or set \`lessons: ${dir}\` in rollbook.config.yaml\n`,
      );
      return EXIT.ok;
    }
    io.stdout(
      `Wrote ${display}. Tell the story, point its guard at the plans it should protect, then run \`rollbook lessons\`.\n`,
    );
    return EXIT.ok;
  },
};
