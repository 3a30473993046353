// esbuild settings for the action and CLI bundles, shared by `npm run build` and the tests that
// run the bundled action as a runner would.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const ROOT = join(import.meta.dirname, '..');
export const ENTRIES = [
  { in: join(ROOT, 'action/src/index.ts'), out: 'index' },
  { in: join(ROOT, 'action/src/cli/index.ts'), out: 'cli' },
].filter((entry) => existsSync(entry.in));
/** Two levels below the root, like every bundle dir, so `../../templates` resolves the same. */
export const DIST = join(ROOT, 'action/dist');

export async function bundle(outdir: string): Promise<void> {
  await build({
    entryPoints: ENTRIES,
    // Paths in the bundle's comments are relative to this; pin it so output never depends on cwd.
    absWorkingDir: ROOT,
    // A checkout may reach node_modules through a symlink (worktrees); keep paths as written.
    preserveSymlinks: true,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);",
    },
  });
}
