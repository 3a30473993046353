// The action's run(): read inputs once, do the command, write the job summary, and turn any
// failure into core.setFailed. Expected failures (bad inputs, invalid plans) get a plain
// message; anything else is reported as an internal error without a stack trace in the log.
import * as core from '@actions/core';
import { InputError, readInputs } from './action/inputs.ts';
import { validateForAction } from './action/validate.ts';
import { PlanDiscoveryError } from './plan/load.ts';

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const today = new Date().toISOString().slice(0, 10);
    const validation = await validateForAction(inputs, cwd, today);
    if (validation.errors > 0) {
      await core.summary.write();
      core.setFailed(
        `${validation.errors} plan error${validation.errors === 1 ? '' : 's'}: see the annotations on the plan files`,
      );
      return;
    }
    await core.summary.write();
  } catch (error) {
    if (error instanceof InputError || error instanceof PlanDiscoveryError) {
      core.setFailed(error.message);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(`Rollbook internal error: ${message}`);
  }
}
