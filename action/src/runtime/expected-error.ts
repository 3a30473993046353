// The one mark of an expected error: the user's input or repository is wrong in a way they can
// fix (a bad option or action input, a plan path that holds no plan, a link out of the
// repository, a template that does not parse or drops items, a broken lesson holding a sync back),
// as opposed to a bug in Rollbook. Every error class of that kind extends ExpectedError, here and
// nowhere else, and every place that reports a failure asks `isExpectedError`: the CLI's entry
// (cli/main.ts), the action's run() (main.ts) and the sync's per-plan catch. An expected error is
// reported by its message alone, never with a stack trace; anything else is an internal error,
// its stack at debug level (the action) or with ROLLBOOK_DEBUG (the CLI).
//
// A symbol brand rather than `instanceof` alone, so an error from another copy of this module
// (the CLI and the action are separate bundles) is still recognised.
import type { Logger } from './logger.ts';

const EXPECTED = Symbol.for('rollbook.expected-error');

/** An error the user can fix from its message; never shown with a stack trace. */
export class ExpectedError extends Error {
  readonly [EXPECTED] = true;
}

export function isExpectedError(error: unknown): error is ExpectedError {
  return error instanceof Error && (error as Partial<Record<typeof EXPECTED, unknown>>)[EXPECTED] === true;
}

/** An unexpected error's stack, at debug level, for whoever debugs the run; nothing for an expected one. */
export function debugUnexpected(log: Pick<Logger, 'debug'>, error: unknown): void {
  if (!isExpectedError(error) && error instanceof Error && error.stack) log.debug(error.stack);
}
