// The bundled CLI runs from its own files: a command loads the bin, the bundle's entry and its
// chunks, and nothing from node_modules. fdir's run-time lookup of picomatch used to load six
// unbundled files on every start (scripts/fdir-bundled-picomatch.ts, docs/adr/0061-lessons-kept-too.md).
// `--version` and `--help` load only the entry's own small chunks, not the parser and schemas, and
// the bundles carry package.json's version and nothing else of it (docs/adr/0070-small-cli-entry.md).
// The schema validators are compiled with their module (docs/adr/0071-validators-compiled-with-their-module.md).
// What `validate` loads is ASCII, so Node reads each file into a one-byte string (scripts/bundle.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.ts';
import { builtAction } from '../helpers/run-action.ts';

let cli = '';
beforeAll(async () => {
  cli = join(dirname(await builtAction()), 'cli.js');
}, 120_000);

/** Preloaded: prints the file URL of every module the process loads from disk. */
const LOAD_PROBE = `data:text/javascript,${encodeURIComponent(
  "import module from 'node:module'; module.registerHooks({ load(url, context, next) { if (url.startsWith('file:')) process._rawDebug('loaded ' + url); return next(url, context); } });",
)}`;

function loadedFiles(args: string[], cwd: string): string[] {
  const run = spawnSync(process.execPath, ['--import', LOAD_PROBE, cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NODE_DISABLE_COMPILE_CACHE: '1' },
  });
  expect(run.status, run.stderr).toBe(0);
  return [...run.stderr.matchAll(/^loaded (file:\S+)$/gm)].map((m) => fileURLToPath(m[1]!));
}

/** What `--version` and `--help` may load, bin and entry included: the entry and its error classes, not the 1 MB parser chunk. */
const ENTRY_LOAD_BUDGET_BYTES = 64 * 1024;

describe('the bundled CLI', () => {
  it('loads only its own files, for --version and for validate', () => {
    const dir = tempDir();
    cpSync(join(import.meta.dirname, '../../../playbooks'), join(dir, 'playbooks'), {
      recursive: true,
      filter: (src) => !src.includes('runbooks'),
    });
    const bundleDir = dirname(cli);
    for (const args of [['--version'], ['validate', '--start', '2026-11-02']]) {
      const files = loadedFiles(args, dir);
      expect(files).toContain(cli);
      expect(files.filter((file) => dirname(file) !== bundleDir)).toEqual([]);
    }
  });

  it('loads only ASCII files for validate', () => {
    const dir = tempDir();
    cpSync(join(import.meta.dirname, '../../../playbooks'), join(dir, 'playbooks'), {
      recursive: true,
      filter: (src) => !src.includes('runbooks'),
    });
    const files = loadedFiles(['validate', '--start', '2026-11-02'], dir);
    expect(files.length).toBeGreaterThan(1);
    const nonAscii = files.filter((file) => readFileSync(file).some((byte) => byte > 0x7f));
    expect(nonAscii).toEqual([]);
  });

  it('loads only its entry and small chunks for --version and --help', () => {
    const dir = tempDir();
    for (const args of [['--version'], ['--help']]) {
      const files = loadedFiles(args, dir);
      const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
      expect(bytes, files.join('\n')).toBeLessThan(ENTRY_LOAD_BUDGET_BYTES);
    }
  });

  it("carries package.json's version and nothing else of it", () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
      version: string;
      scripts: Record<string, string>;
    };
    const run = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe(`rollbook ${manifest.version}`);
    const bundleDir = dirname(cli);
    const texts = readdirSync(bundleDir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(bundleDir, file), 'utf8'));
    for (const text of texts) {
      expect(text).not.toContain('"devDependencies"');
      expect(text).not.toContain(manifest.scripts['test:fast']);
    }
  });

  it('compiles the precompiled validators with their module, so the compile cache keeps them', () => {
    const bundleDir = dirname(cli);
    const texts = readdirSync(bundleDir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(bundleDir, file), 'utf8'));
    const validators = texts.flatMap((text) => [...text.matchAll(/^(?:var|const|let) (validate\d+) = \(function /gm)]);
    expect(validators.length).toBeGreaterThanOrEqual(3); // plans, lessons, the configuration
    for (const text of texts) expect(text).not.toMatch(/^function validate\d+\(/m);
  });
});
