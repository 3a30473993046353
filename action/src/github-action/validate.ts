// The action's `validate` step: the same checks as `rollbook validate`, reported as workflow
// annotations on the plan files and as a job summary table.
import { loadConfig } from '../config/load.ts';
import type { RollbookConfig } from '../config/schema.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { countBySeverity } from '../diagnostics/diagnostic.ts';
import { annotationBody } from '../diagnostics/format-github.ts';
import type { ParsedLesson } from '../lessons/parse.ts';
import type { SharedLessons } from '../lessons/shared/reader.ts';
import type { ParsedPlan } from '../plan/parse.ts';
import type { Logger } from '../runtime/logger.ts';
import { compareCodePoints } from '../text/order.ts';
import { plural } from '../text/plural.ts';
import { checkPlans } from '../workspace/check-plans.ts';
import type { Runner } from './host.ts';
import type { ActionInputs } from './inputs.ts';
import { type SharedLessonsOf, sharedLessonsOfLoaded } from './lesson-sources.ts';

export const DEFAULT_CONFIG_PATH = 'rollbook.config.yaml';

export interface ValidationOutcome {
  config: RollbookConfig;
  plans: ParsedPlan[];
  /** The lessons checkPlans loaded (the shared ones too), for the guards sync and report add to phases. */
  lessons: ParsedLesson[];
  /** The configuration's lesson sources as read, when it names any. */
  shared?: SharedLessons;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

export function annotate(d: Diagnostic, log: Logger): void {
  const properties = {
    title: `rollbook ${d.code}`,
    file: d.file,
    startLine: d.line,
    startColumn: d.column,
    endLine: d.endLine,
    // GitHub only accepts column ranges on a single line.
    ...(d.endLine === d.line ? { endColumn: d.endColumn } : {}),
  };
  if (d.severity === 'error') log.error(annotationBody(d), properties);
  else log.warning(annotationBody(d), properties);
}

export async function validateForAction(
  inputs: ActionInputs,
  cwd: string,
  today: string,
  runner: Runner,
  log: Logger,
  readShared: SharedLessonsOf,
): Promise<ValidationOutcome> {
  const explicit = inputs.configPath !== DEFAULT_CONFIG_PATH ? inputs.configPath : undefined;
  // The `templates` input replaces the configuration's directory (sync.ts checks the input).
  const loaded = await loadConfig(cwd, explicit, { templatesGiven: inputs.templatesDir !== undefined });
  let diagnostics = [...loaded.diagnostics];
  let plans: ParsedPlan[] = [];
  let lessons: ParsedLesson[] = [];
  let shared: SharedLessons | undefined;
  if (countBySeverity(diagnostics).errors === 0) {
    shared = await sharedLessonsOfLoaded(readShared, loaded, inputs.configPath);
    const result = await checkPlans(inputs.plans, {
      cwd,
      config: loaded.config,
      start: inputs.start ?? today,
      ...(shared ? { shared } : {}),
    });
    plans = result.plans;
    lessons = result.lessons;
    diagnostics = [...diagnostics, ...result.diagnostics];
  }
  for (const d of diagnostics) annotate(d, log);
  const { errors, warnings } = countBySeverity(diagnostics);
  runner.setOutput('errors', String(errors));
  runner.setOutput('warnings', String(warnings));
  runner.summary.addHeading('Rollbook: plan validation', 2);
  runner.summary.addTable([
    [
      { data: 'Plan file', header: true },
      { data: 'Plan', header: true },
      { data: 'Errors', header: true },
      { data: 'Warnings', header: true },
    ],
    ...plans.map((p) => {
      const counts = countBySeverity(p.diagnostics);
      return [
        escapeCell(p.file),
        escapeCell(p.plan?.metadata.name ?? '—'),
        String(counts.errors),
        String(counts.warnings),
      ];
    }),
  ]);
  return { config: loaded.config, plans, lessons, ...(shared ? { shared } : {}), diagnostics, errors, warnings };
}

/** How many files a failed run names in its one-line failure; the annotations carry the rest. */
export const MAX_FILES_IN_FAILURE = 3;

/**
 * The run's failure line: how many errors, in which files (a plan, a lesson, the configuration),
 * so that an error in rollbook.config.yaml is not sent looking among the plans.
 */
export function validationFailure(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const files = [...new Set(errors.map((d) => d.file))].sort(compareCodePoints);
  const named = files.slice(0, MAX_FILES_IN_FAILURE).join(', ');
  const more =
    files.length > MAX_FILES_IN_FAILURE ? ` and ${plural(files.length - MAX_FILES_IN_FAILURE, 'more file')}` : '';
  return `${plural(errors.length, 'error')} in ${named}${more}: see the annotations on those files`;
}

/** Summary tables are HTML; plan text must not become markup. */
export function escapeCell(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
