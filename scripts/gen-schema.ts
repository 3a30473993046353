// Writes the published JSON Schemas from the TypeBox definitions (the single source of truth).
// `--check` exits 1 when the committed files are stale, for CI.
import { readFile, writeFile } from 'node:fs/promises';
import { RollbookConfig } from '../action/src/config/schema.ts';
import { RolloutPlan } from '../action/src/plan/schema.ts';

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const OUTPUTS = [
  {
    file: 'action/schema/rollout-plan.schema.json',
    schema: RolloutPlan,
    description: 'A Rollbook rollout plan (*.rollout.yaml). See docs/plan-format.md.',
  },
  {
    file: 'action/schema/rollbook-config.schema.json',
    schema: RollbookConfig,
    description: 'Repository settings for Rollbook (rollbook.config.yaml).',
  },
];

export function renderSchema(schema: object, description: string): string {
  // JSON.stringify drops TypeBox's symbol keys, leaving plain JSON Schema.
  return `${JSON.stringify({ $schema: DRAFT, ...schema, description }, null, 2)}\n`;
}

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, schema, description } of OUTPUTS) {
  const wanted = renderSchema(schema, description);
  if (check) {
    const actual = await readFile(file, 'utf8').catch(() => '');
    if (actual !== wanted) {
      console.error(`${file} is stale: run \`npm run schema\` and commit the result`);
      stale++;
    }
  } else {
    await writeFile(file, wanted);
    console.log(`wrote ${file}`);
  }
}
process.exitCode = stale ? 1 : 0;
