// The contract every `rollbook` sub-command implements. The dispatcher (cli/main.ts) parses
// options with node:util parseArgs from `options`, prints `help` for --help, and maps
// UsageError to exit code 2. Commands write only through `io`, so tests can capture output.
import type { ParseArgsConfig } from 'node:util';
import type { Pacing } from '../github/client.ts';
import { ExpectedError } from '../runtime/expected-error.ts';
import type { ResultCacheLocation } from '../workspace/result-cache.ts';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /** True only when colour is wanted (a TTY, and neither NO_COLOR nor CI=true without FORCE_COLOR). */
  color: boolean;
  /** The clock, injectable for deterministic tests. */
  now(): Date;
  env: Record<string, string | undefined>;
  /** Where `validate` keeps each file's result between runs; none in tests unless they give one. */
  resultCache?: ResultCacheLocation;
  /** How the GitHub client waits (retry-after, back-off, write spacing); GitHub's own unless a test gives another. */
  pacing?: Pacing;
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandArgs {
  values: OptionValues;
  positionals: string[];
}

export interface Command {
  name: string;
  /** Full --help text, including usage and options. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Resolves to the exit code. */
  run(args: CommandArgs, io: CliIO): Promise<number>;
}

/** Bad invocation: unknown option, missing argument, path that does not exist. Exit code 2. */
export class UsageError extends ExpectedError {
  override name = 'UsageError';
}

export const EXIT = {
  ok: 0,
  /** The input has errors (plan errors, stale runbooks). */
  problems: 1,
  usage: 2,
  /** A bug in Rollbook; reported without a stack trace unless ROLLBOOK_DEBUG is set. */
  internal: 3,
} as const;
