// `rollbook <command> [options]`: dispatch, --help/--version, and the exit-code contract.
// Expected errors (runtime/expected-error.ts) are reported by their message alone, never with a
// stack trace; an unexpected one is an internal error, its stack printed only with ROLLBOOK_DEBUG.
import { parseArgs } from 'node:util';
import { OutsideRootError } from '../files/contained.ts';
import { PlanDiscoveryError } from '../plan/discovery-error.ts';
import { didYouMeanSuffix } from '../plan/suggest.ts';
import { isExpectedError } from '../runtime/expected-error.ts';
import { type CliIO, type Command, EXIT, UsageError } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { checkGitHubApiUrl } from './github-api-url.ts';
import { VERSION } from './version.ts';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'rollbook: rollout plans as code',
    '',
    'Usage: rollbook <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help for rollbook or a command',
    '  -v, --version  print the version',
    '',
    'Exit codes: 0 success, 1 problems found (plan errors, stale runbooks, broken templates;',
    '            for gate, any verdict but PROMOTE), 2 bad usage (unknown option, missing path),',
    '            3 internal error.',
    '',
    "Run 'rollbook <command> --help' for a command's options.",
  ].join('\n');
}

/** `: did you mean "--format"?` for an unknown option close to one the command takes. */
function unknownOptionHint(code: unknown, message: string, command: Command): string {
  const given = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(--[^'=]+)/.exec(message)?.[1] : undefined;
  return given
    ? didYouMeanSuffix(
        given,
        Object.keys(command.options).map((name) => `--${name}`),
      )
    : '';
}

function parseStrictly(command: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      const message = error.message.replace(/\. To specify a positional argument.*$/s, '');
      throw new UsageError(`${message}${unknownOptionHint(error.code, message, command)}`);
    }
    throw error;
  }
}

function parseCommandArgs(command: Command, argv: string[]) {
  const parsed = parseStrictly(command, argv);
  // An empty value (`--templates "$UNSET"`) would otherwise mean the working directory, or nothing.
  for (const [name, value] of Object.entries(parsed.values) as [string, unknown][]) {
    if (value === '' || (Array.isArray(value) && value.includes(''))) {
      throw new UsageError(`--${name} needs a value, and was given an empty one`);
    }
  }
  return parsed;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const target = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    // `rollbook help nosuch` is told the command does not exist, as `rollbook nosuch` is.
    if (first === 'help' && rest[0] !== undefined && !target) return main([rest[0]], io);
    io.stdout(`${target ? (await target.load()).help : overview()}\n`);
    return EXIT.ok;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`rollbook ${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === first);
  let command: Command | undefined;
  try {
    if (!entry) {
      throw new UsageError(
        `unknown command "${first}"${didYouMeanSuffix(
          first,
          COMMANDS.map((c) => c.name),
        )}`,
      );
    }
    checkGitHubApiUrl(io.env);
    command = await entry.load();
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      io.stdout(`${command.help}\n`);
      return EXIT.ok;
    }
    // A command that reads the repository's files, run below the directory that holds them.
    if ('config' in command.options && (values as Record<string, unknown>).config === undefined) {
      // Imported here: it reads the config schema's names, which --help and --version never load.
      const { belowRootWarning } = await import('./repository-root.ts');
      const warning = belowRootWarning(io.cwd);
      if (warning) io.stderr(warning);
    }
    return await command.run({ values, positionals }, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PlanDiscoveryError || error instanceof OutsideRootError) {
      const helpHint = entry ? `rollbook ${entry.name} --help` : 'rollbook --help';
      io.stderr(`rollbook: ${error.message}\nRun '${helpHint}' for usage.\n`);
      return EXIT.usage;
    }
    // A broken template, say: its message names the file and what to fix; exit 1 as for other problems found.
    if (isExpectedError(error)) {
      io.stderr(`rollbook: ${error.message}\n`);
      return EXIT.problems;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `rollbook: internal error: ${message}\nThis is a bug in Rollbook; set ROLLBOOK_DEBUG=1 for details and please report it.\n`,
    );
    if (io.env.ROLLBOOK_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.internal;
  }
}
