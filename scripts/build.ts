// Bundles the engine for places that cannot run TypeScript: the GitHub Action (runs
// action/dist/index.js on node24) and the published `rollbook` bin (action/dist/cli.js).
// Deterministic output, committed; `--check` rebuilds into a temp dir and fails when the
// committed bundle is stale (what the check-dist workflow runs).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, DIST, ENTRIES } from './bundle.ts';

if (process.argv.includes('--check')) {
  const temp = mkdtempSync(join(tmpdir(), 'rollbook-dist-'));
  try {
    await bundle(temp);
    const stale = ENTRIES.filter(({ out }) => {
      const committed = join(DIST, `${out}.js`);
      return (
        !existsSync(committed) || readFileSync(committed, 'utf8') !== readFileSync(join(temp, `${out}.js`), 'utf8')
      );
    });
    if (stale.length > 0) {
      console.error(
        `${stale.map((e) => `action/dist/${e.out}.js`).join(', ')} out of date: run \`npm run build\` and commit action/dist.`,
      );
      process.exitCode = 1;
    } else console.log('action/dist is up to date.');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
} else {
  await bundle(DIST);
  console.log(`bundled ${ENTRIES.map((e) => e.out).join(', ')} into action/dist`);
}
