// The action's run(): read inputs once, do the command, write the job summary, and turn any
// failure into a failed step. Expected failures (runtime/expected-error.ts: bad inputs, invalid
// plans, broken templates) get their message alone; a GitHub API failure is said as one, with a
// hint on a 403; anything else is reported as an internal error. Stack traces only at debug level.
// Everything from outside (runner, logger, clock, GitHub client) comes in as the host; the
// production host is the default, built at this edge from @actions/core.
import { errorMessage, statusOf } from './github/errors.ts';
import { createActionContext } from './github-action/context.ts';
import { forbiddenHint } from './github-action/forbidden-hint.ts';
import { type ActionHost, runnerHost } from './github-action/host.ts';
import { readInputs } from './github-action/inputs.ts';
import { actionLessonSources } from './github-action/lesson-sources.ts';
import { runReport } from './github-action/report.ts';
import { runSync } from './github-action/sync.ts';
import { type ValidationOutcome, validateForAction, validationFailure } from './github-action/validate.ts';
import { debugUnexpected, isExpectedError } from './runtime/expected-error.ts';
import { formatUtcDay } from './text/time.ts';

const NOT_VALIDATED: ValidationOutcome = {
  config: {},
  plans: [],
  lessons: [],
  diagnostics: [],
  errors: 0,
  warnings: 0,
};

export async function run(host: ActionHost = runnerHost()): Promise<void> {
  const { runner, log } = host;
  try {
    const inputs = readInputs(runner);
    const cwd = runner.env.GITHUB_WORKSPACE ?? process.cwd();
    const now = host.clock.now();
    const today = formatUtcDay(now);
    const lessonSources = actionLessonSources(inputs, runner.env, (token) => host.github(token));
    // `report` alone reads plans from each PR's base commit through the API: no checkout to validate.
    const validation =
      inputs.command === 'report'
        ? NOT_VALIDATED
        : await validateForAction(inputs, cwd, today, runner, log, lessonSources);
    if (validation.errors > 0) {
      // One broken plan does not stall the others: their checklist issues are still synced.
      if (inputs.command === 'sync' || inputs.command === 'all')
        await runSync(createActionContext(inputs, validation, host, { cwd, now, lessonSources }));
      await runner.summary.write();
      runner.setFailed(validationFailure(validation.diagnostics));
      return;
    }
    const context = createActionContext(inputs, validation, host, { cwd, now, lessonSources });
    if (inputs.command === 'sync' || inputs.command === 'all') await runSync(context);
    if (inputs.command === 'report' || inputs.command === 'all') await runReport(context);
    await runner.summary.write();
  } catch (error) {
    // Bad inputs, a plan path with no plan, a broken template: the message says what to fix.
    if (isExpectedError(error)) {
      runner.setFailed(error.message);
      return;
    }
    debugUnexpected(log, error);
    const status = statusOf(error);
    if (status !== undefined) {
      // GitHub answered (or the connection failed): not a bug in Rollbook, and often the workflow's to fix.
      runner.setFailed(`Rollbook: a GitHub API request failed: ${errorMessage(error)}${forbiddenHint(error)}`);
      return;
    }
    runner.setFailed(`Rollbook internal error: ${errorMessage(error)}`);
  }
}
