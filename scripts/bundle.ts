// esbuild settings for the action and CLI bundles, shared by `npm run build` and the tests that
// run the bundled action as a runner would. Each `import()` in the source becomes a chunk that
// loads only when reached (the CLI's commands, see action/src/cli/commands/index.ts), so a
// command pays only for the modules it uses; chunks sit beside the entries in the same directory.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { precompiledValidators } from './precompiled-validators.ts';

export const ROOT = join(import.meta.dirname, '..');
export const ENTRIES = [
  { in: join(ROOT, 'action/src/index.ts'), out: 'index' },
  { in: join(ROOT, 'action/src/cli/index.ts'), out: 'cli' },
].filter((entry) => existsSync(entry.in));
/** Two levels below the root, like every bundle dir, so `../../templates` resolves the same. */
export const DIST = join(ROOT, 'action/dist');
/** Shared and lazily loaded code; `[hash]` changes with content, so a stale chunk never lingers unseen. */
const CHUNK_PREFIX = 'chunk-';

/** The bundle's files (entries and chunks) in `outdir`, sorted. */
export function bundleFiles(outdir: string): string[] {
  if (!existsSync(outdir)) return [];
  const entries = new Set(ENTRIES.map((e) => `${e.out}.js`));
  return readdirSync(outdir)
    .filter((f) => entries.has(f) || (f.startsWith(CHUNK_PREFIX) && f.endsWith('.js')))
    .sort();
}

export async function bundle(outdir: string): Promise<void> {
  // Chunks from an earlier build would otherwise stay beside the new ones.
  for (const file of bundleFiles(outdir)) rmSync(join(outdir, file));
  await build({
    entryPoints: ENTRIES,
    // Paths in the bundle's comments are relative to this; pin it so output never depends on cwd.
    absWorkingDir: ROOT,
    // A checkout may reach node_modules through a symlink (worktrees); keep paths as written.
    preserveSymlinks: true,
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: `${CHUNK_PREFIX}[hash]`,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [precompiledValidators(ROOT)],
    // Some CommonJS dependencies call require(); give each ESM output file one.
    banner: {
      js: "import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);",
    },
  });
}
