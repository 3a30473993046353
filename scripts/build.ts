// Bundles the engine for places that cannot run TypeScript: the GitHub Action (runs
// action/dist/index.js on node24) and the published `rollbook` bin (action/dist/cli.js), with
// the chunks they share and load lazily (action/dist/chunk-*.js).
// Deterministic output, committed; `--check` rebuilds into a temp dir and fails when the
// committed bundle is stale or has a file the build no longer makes (what check-dist runs).
// `--check --keep <dir>` leaves that fresh bundle in <dir> (an empty folder) for the tests that
// run the bundle (`npm test` hands it to vitest instead of bundling again, ADR 60).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundle, bundleFiles, DIST, ENTRIES } from './bundle.ts';

if (process.argv.includes('--check')) {
  const keepAt = process.argv.indexOf('--keep');
  const keep = keepAt === -1 ? undefined : process.argv[keepAt + 1];
  if (keepAt !== -1 && !keep) {
    console.error('--keep needs a folder: node scripts/build.ts --check --keep <dir>');
    process.exit(2);
  }
  const temp = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'rollbook-dist-'));
  try {
    await bundle(temp);
    const wanted = bundleFiles(temp);
    const committed = bundleFiles(DIST);
    const stale = [...new Set([...wanted, ...committed])].sort().filter((file) => {
      const path = join(DIST, file);
      return (
        !wanted.includes(file) ||
        !existsSync(path) ||
        readFileSync(path, 'utf8') !== readFileSync(join(temp, file), 'utf8')
      );
    });
    if (stale.length > 0) {
      console.error(
        `${stale.map((file) => `action/dist/${file}`).join(', ')} out of date: run \`npm run build\` and commit action/dist.`,
      );
      process.exitCode = 1;
    } else console.log('action/dist is up to date.');
  } finally {
    if (!keep) rmSync(temp, { recursive: true, force: true });
  }
} else {
  await bundle(DIST);
  console.log(`bundled ${ENTRIES.map((e) => e.out).join(', ')} into action/dist`);
}
