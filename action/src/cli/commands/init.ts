import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PLAN_SCHEMA } from '../../plan/published-schemas.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { scaffoldPlan } from '../scaffold.ts';

/**
 * The `$schema` a new plan points at: the published URL, or inside a checkout of Rollbook itself
 * (where the schema may be ahead of the last release) the committed file, relative to the plan.
 */
function schemaReference(cwd: string, planDir: string): string {
  const local = resolve(cwd, PLAN_SCHEMA.file);
  return existsSync(local) ? relative(planDir, local).split(sep).join('/') : PLAN_SCHEMA.url;
}

export const initCommand: Command = {
  name: 'init',
  help: `Usage: rollbook init <name> [options]

Writes <dir>/<name>.rollout.yaml: a three-phase flag rollout (staging, canary, production)
that passes validation, with a schema line (the published JSON Schema) so editors complete and
document every key.

Options:
  --dir <dir>   where to write it (default ./playbooks if it exists, else .)
  --force       overwrite an existing file
  -h, --help    show this help`,
  options: { dir: { type: 'string' }, force: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const [name, extra] = positionals;
    if (name === undefined) throw new UsageError('init needs a plan name, e.g. `rollbook init checkout-v2`');
    if (extra !== undefined) throw new UsageError('init takes one plan name');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || name.length > 64) {
      throw new UsageError(`"${name}" is not a plan name: use lower-case letters, digits and dashes (at most 64)`);
    }
    const dir = resolve(
      io.cwd,
      (values.dir as string | undefined) ?? (existsSync(join(io.cwd, 'playbooks')) ? 'playbooks' : '.'),
    );
    const file = join(dir, `${name}.rollout.yaml`);
    const display = relative(io.cwd, file).split(sep).join('/');
    if (existsSync(file) && !values.force) throw new UsageError(`${display} already exists (use --force to overwrite)`);
    const schema = schemaReference(io.cwd, dir);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, scaffoldPlan(name, schema), 'utf8');
    io.stdout(`Wrote ${display}. Edit it, then run \`rollbook validate ${display}\`.\n`);
    return EXIT.ok;
  },
};
