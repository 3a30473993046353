import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIO } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { TEST_PACING } from './in-process.ts';

export const CLI_ENTRY = resolve(import.meta.dirname, '../../src/cli/index.ts');

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(argv: string[], cwd: string, overrides: Partial<CliIO> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd,
    color: false,
    now: () => new Date('2026-11-23T09:00:00Z'),
    env: {},
    // The fake GitHub has no secondary rate limit to protect: GraphQL queries and writes unspaced.
    pacing: TEST_PACING,
    ...overrides,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

let compileCache: string | undefined;

/**
 * Runs the real entry point in a child process, as a user's shell would (no TTY). The processes of
 * one test worker share a Node compile cache, as the installed bin gives its users (ADR 15): the
 * first compiles the CLI's modules, the others read them (about a third of each one's CPU, ADR
 * 75). The source CLI keeps no results beside it (it has no build id), so only compiling is saved.
 */
export function runCliProcess(argv: string[], cwd: string, env: Record<string, string> = {}): Captured {
  compileCache ??= tempDir('rollbook-compile-cache-');
  const result = spawnSync(process.execPath, [CLI_ENTRY, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NODE_COMPILE_CACHE: compileCache, ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'rollbook-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
