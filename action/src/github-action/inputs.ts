// The action's inputs, read once into a typed object. Everything else receives this object.
import { normalizeCalendarStart } from '../plan/schedule.ts';
import { ExpectedError } from '../runtime/expected-error.ts';
import { DEFAULT_LABEL_PREFIX, isLabelPrefix, LABEL_PREFIX_EXPECTED } from '../text/label-prefix.ts';
import type { Runner } from './host.ts';
import { type ReportInputs, readReportInputs } from './report/inputs.ts';
import { readSyncInputs, type SyncInputs } from './sync/inputs.ts';

export const ACTION_COMMANDS = ['validate', 'sync', 'report', 'all'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

export interface ActionInputs {
  command: ActionCommand;
  token: string;
  /** Token for reading `lessonSources` repositories; empty: `token` (docs/adr/0049-shared-lessons.md). */
  lessonsToken: string;
  plans: string[];
  configPath: string;
  templatesDir?: string;
  dryRun: boolean;
  labelPrefix: string;
  start?: string;
  /** Inputs of the `report` command (metric providers, comment mode). */
  report: ReportInputs;
  /** Inputs of the `sync` command (who may sign off beyond the named approvers). */
  sync: SyncInputs;
}

/** An input the user got wrong: reported with the input's name, never as a stack trace. */
export class InputError extends ExpectedError {
  override name = 'InputError';
}

export function readInputs(runner: Pick<Runner, 'getInput' | 'setSecret'>): ActionInputs {
  const getInput = (name: string) => runner.getInput(name);
  const command = getInput('command') || 'all';
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new InputError(`input "command" must be one of ${ACTION_COMMANDS.join(', ')} (got "${command}")`);
  }
  const dryRunText = (getInput('dry-run') || 'false').toLowerCase();
  if (!['true', 'false'].includes(dryRunText))
    throw new InputError(`input "dry-run" must be true or false (got "${dryRunText}")`);
  const labelPrefix = getInput('label-prefix') || DEFAULT_LABEL_PREFIX;
  if (!isLabelPrefix(labelPrefix)) {
    throw new InputError(`input "label-prefix" must be ${LABEL_PREFIX_EXPECTED} (got "${labelPrefix}")`);
  }
  const startText = getInput('start') || undefined;
  const parsedStart = startText === undefined ? undefined : normalizeCalendarStart(startText);
  if (parsedStart && !parsedStart.ok) {
    throw new InputError(
      `input "start" must be a date (YYYY-MM-DD) or a time with Z or an offset (got "${startText}", which ${parsedStart.error})`,
    );
  }
  const start = parsedStart?.start;
  const token = getInput('token');
  if (token) runner.setSecret(token);
  const lessonsToken = getInput('lessons-token');
  if (lessonsToken) runner.setSecret(lessonsToken);
  const inputs: ActionInputs = {
    command: command as ActionCommand,
    token,
    lessonsToken,
    plans: getInput('plans')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    configPath: getInput('config') || 'rollbook.config.yaml',
    dryRun: dryRunText === 'true',
    labelPrefix,
    report: readReportInputs(
      getInput,
      (message) => {
        throw new InputError(message);
      },
      (secret) => runner.setSecret(secret),
    ),
    sync: readSyncInputs(getInput, (message) => {
      throw new InputError(message);
    }),
  };
  const templates = getInput('templates');
  if (templates) inputs.templatesDir = templates;
  if (start) inputs.start = start;
  return inputs;
}
