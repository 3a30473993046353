// esbuild settings for the action and CLI bundles, shared by `npm run build` and the tests that
// run the bundled action as a runner would. The build also writes the licence texts of every
// package it compiles in (THIRD-PARTY-LICENSES.txt). Each `import()` in the source becomes a chunk that
// loads only when reached (the CLI's commands, see action/src/cli/commands/index.ts), so a
// command pays only for the modules it uses; chunks sit beside the entries in the same directory.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { fdirBundledPicomatch } from './fdir-bundled-picomatch.ts';
import { manifestVersionOnly } from './manifest-version-only.ts';
import { precompiledValidators } from './precompiled-validators.ts';
import { yamlBrowserBuild } from './yaml-browser-build.ts';

export const ROOT = join(import.meta.dirname, '..');
export const ENTRIES = [
  { in: join(ROOT, 'action/src/index.ts'), out: 'index' },
  { in: join(ROOT, 'action/src/cli/index.ts'), out: 'cli' },
].filter((entry) => existsSync(entry.in));
/** Two levels below the root, like every bundle dir, so `../../templates` resolves the same. */
export const DIST = join(ROOT, 'action/dist');
/** Shared and lazily loaded code; `[hash]` changes with content, so a stale chunk never lingers unseen. */
const CHUNK_PREFIX = 'chunk-';

/**
 * Stands for the build id (action/src/cli/build-id.ts) while bundling; then replaced by a hash of
 * every bundle file as built with it, so the id changes whenever any bundled code does.
 */
const BUILD_ID_PLACEHOLDER = 'rollbook-build-id-placeholder-0000000000000000000000000000000000';

/** The licence texts of every package compiled into the bundle (their licences ask for it). */
const LICENSES_FILE = 'THIRD-PARTY-LICENSES.txt';
/**
 * The same packages, machine-readable: where each sits in node_modules, its name and version.
 * `npm run audit:bundled` checks these for advisories (what users run, though all are
 * devDependencies: ADR 18).
 */
export const BUNDLED_PACKAGES_FILE = 'bundled-packages.json';

/** One package compiled into the bundle, as bundled-packages.json lists it. */
export interface BundledPackage {
  /** `node_modules/<name>`, or deeper for a copy nested under another package. */
  path: string;
  name: string;
  version: string;
}

/** The bundle's files (entries, chunks, licences, the list of bundled packages) in `outdir`, sorted. */
export function bundleFiles(outdir: string): string[] {
  if (!existsSync(outdir)) return [];
  const entries = new Set([...ENTRIES.map((e) => `${e.out}.js`), LICENSES_FILE, BUNDLED_PACKAGES_FILE]);
  return readdirSync(outdir)
    .filter((f) => entries.has(f) || (f.startsWith(CHUNK_PREFIX) && f.endsWith('.js')))
    .sort();
}

/** `node_modules/<name>` (or `<@scope/name>`) of each bundled input, innermost package first. */
function bundledPackages(metafile: Metafile): string[] {
  const dirs = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) dirs.add(match[1]!);
  }
  return [...dirs].sort();
}

interface Manifest {
  name: string;
  version: string;
  license?: string;
}

function manifestOf(dir: string): Manifest {
  return JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as Manifest;
}

function bundledPackagesText(metafile: Metafile): string {
  const packages: BundledPackage[] = bundledPackages(metafile).map((path) => {
    const { name, version } = manifestOf(path);
    return { path, name, version };
  });
  return `${JSON.stringify({ packages }, null, 2)}\n`;
}

function licensesText(metafile: Metafile): string {
  const sections = bundledPackages(metafile).map((dir) => {
    const manifest = manifestOf(dir);
    const file = readdirSync(join(ROOT, dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file
      ? readFileSync(join(ROOT, dir, file), 'utf8').trim()
      : `License: ${manifest.license ?? 'unknown'}`;
    return `${manifest.name} ${manifest.version}\n\n${text}\n`;
  });
  const unique = [...new Set(sections)];
  return `Packages compiled into Rollbook's bundles, with their licences.\n\n${unique.join('\n---\n\n')}`;
}

/** Replaces the placeholder with a hash of the code files' names and contents (deterministic, as the build is). */
function writeBuildId(outdir: string): void {
  const files = bundleFiles(outdir).filter((file) => file.endsWith('.js'));
  const texts = new Map(files.map((file) => [file, readFileSync(join(outdir, file), 'utf8')]));
  const hash = createHash('sha256');
  for (const [file, text] of texts) hash.update(`${file}\0${text.length}\0`).update(text);
  const id = hash.digest('hex').slice(0, 32);
  for (const [file, text] of texts) {
    if (text.includes(BUILD_ID_PLACEHOLDER))
      writeFileSync(join(outdir, file), text.replaceAll(BUILD_ID_PLACEHOLDER, id));
  }
}

export async function bundle(outdir: string): Promise<void> {
  // Chunks from an earlier build would otherwise stay beside the new ones.
  for (const file of bundleFiles(outdir)) rmSync(join(outdir, file));
  const { metafile } = await build({
    entryPoints: ENTRIES,
    metafile: true,
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
    // Non-ASCII characters as escapes. One such character makes Node read the whole file into a
    // two-byte string, and a cold `validate` spent about 6-9 % more time on its main thread with
    // its chunks that way (docs/benchmarks.md, the eighth pass). What `validate` loads is kept
    // ASCII (action/test/cli/bundle-loads.bundled.test.ts); comments esbuild keeps, and tagged
    // templates, stay as written.
    charset: 'ascii',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [precompiledValidators(ROOT), yamlBrowserBuild(ROOT), fdirBundledPicomatch(), manifestVersionOnly(ROOT)],
    // Some CommonJS dependencies call require(); give each ESM output file one.
    banner: {
      js: "import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);",
    },
    define: { ROLLBOOK_BUILD_ID: JSON.stringify(BUILD_ID_PLACEHOLDER) },
  });
  writeBuildId(outdir);
  writeFileSync(join(outdir, LICENSES_FILE), licensesText(metafile));
  writeFileSync(join(outdir, BUNDLED_PACKAGES_FILE), bundledPackagesText(metafile));
}
