// `rollbook init <name>`: scaffolds a plan where the other commands and the action look for plans
// by default (the first directory of `plans` in rollbook.config.yaml, else ./playbooks), so a
// bare `rollbook validate` right after it checks the new plan (docs/adr/0044-init-writes-where-plans-are-read.md).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadConfig } from '../../config/load.ts';
import { DEFAULT_PLAN_PATHS, type RollbookConfig } from '../../config/schema.ts';
import { toDisplay } from '../../files/contained.ts';
import { PLAN_SCHEMA } from '../../plan/published-schemas.ts';
import { reservedPlanName } from '../../plan/reserved-names.ts';
import { ID_PATTERN, MAX_ID_CHARS } from '../../plan/schema.ts';
import { idSlugWithin } from '../../text/slug.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { reportConfigErrors } from '../config-errors.ts';
import { checkOutputDir } from '../output-dir.ts';
import { scaffoldPlan } from '../scaffold.ts';

/**
 * The `$schema` a new plan points at: the published URL, or inside a checkout of Rollbook itself
 * (where the schema may be ahead of the last release) the committed file, relative to the plan.
 */
function schemaReference(cwd: string, planDir: string): string {
  const local = resolve(cwd, PLAN_SCHEMA.file);
  return existsSync(local) ? relative(planDir, local).split(sep).join('/') : PLAN_SCHEMA.url;
}

/** A `plans` entry that is a glob or a single plan file names no directory to write into. */
const NOT_A_DIRECTORY = /[*?[\]{}]|\.ya?ml$/;

/**
 * Where a new plan goes when `--dir` is not given: the first directory `plans` names, so every
 * command that reads `plans` finds it. Undefined when `plans` names only globs and files.
 */
export function defaultPlanDir(config: RollbookConfig): string | undefined {
  return (config.plans ?? DEFAULT_PLAN_PATHS).find((entry) => !NOT_A_DIRECTORY.test(entry));
}

export const initCommand: Command = {
  name: 'init',
  help: `Usage: rollbook init <name> [options]

Writes <dir>/<name>.rollout.yaml: a three-phase flag rollout (staging, canary, production)
that passes validation, with a schema line (the published JSON Schema) so editors complete and
document every key.

Options:
  --dir <dir>       where to write it (default: the first directory in \`plans\` of
                    rollbook.config.yaml, else ./playbooks, where validate, render and the
                    action look; created if missing)
  --force           overwrite an existing file
  --config <file>   configuration file (default ./rollbook.config.yaml if present)
  -h, --help        show this help

Exit codes: 0 written, 1 the configuration has errors, 2 bad usage (unknown option, bad name,
file exists).`,
  options: { dir: { type: 'string' }, force: { type: 'boolean' }, config: { type: 'string' } },
  async run({ values, positionals }, io) {
    const [name, extra] = positionals;
    if (name === undefined) throw new UsageError('init needs a plan name, e.g. `rollbook init checkout-v2`');
    if (extra !== undefined) throw new UsageError('init takes one plan name');
    if (!new RegExp(ID_PATTERN).test(name) || name.length > MAX_ID_CHARS) {
      const slug = idSlugWithin(name, MAX_ID_CHARS);
      throw new UsageError(
        `"${name}" is not a plan name: use lower-case letters, digits and dashes (at most ${MAX_ID_CHARS})${slug ? `, e.g. \`rollbook init ${slug}\`` : ''}`,
      );
    }
    const reserved = reservedPlanName(name);
    if (reserved) throw new UsageError(`${reserved}; choose another plan name, e.g. \`rollbook init checkout-v2\``);
    let target = values.dir as string | undefined;
    if (target === undefined) {
      const loaded = await loadConfig(io.cwd, values.config as string | undefined);
      if (reportConfigErrors(loaded, io, 'fix the configuration, or pass --dir <directory>')) return EXIT.problems;
      target = defaultPlanDir(loaded.config);
      if (target === undefined) {
        throw new UsageError(
          '`plans` in rollbook.config.yaml names only globs and files; pass --dir <directory> to say where the plan goes',
        );
      }
    }
    await checkOutputDir(target, values.dir === undefined ? `"${target}"` : `--dir "${target}"`, io.cwd);
    const dir = resolve(io.cwd, target);
    const file = join(dir, `${name}.rollout.yaml`);
    const display = toDisplay(file, io.cwd);
    if (existsSync(file) && !values.force) throw new UsageError(`${display} already exists (use --force to overwrite)`);
    const schema = schemaReference(io.cwd, dir);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, scaffoldPlan(name, schema), 'utf8');
    io.stdout(`Wrote ${display}. Edit it, then run \`rollbook validate ${display}\`.\n`);
    return EXIT.ok;
  },
};
