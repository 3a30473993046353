// Reads, validates and lints a set of plans: the one routine behind `rollbook validate`, the
// action's validate command, `render` and the site build, so they all agree on what is valid.
import type { RollbookConfig } from '../config/schema.ts';
import { DEFAULT_PLAN_PATHS } from '../config/schema.ts';
import { countBySeverity, type Diagnostic, START_OF_FILE } from '../diagnostics/diagnostic.ts';
import { lintPlan } from '../lint/lint.ts';
import { discoverPlanFiles, readPlanFile } from '../plan/load.ts';
import { byPosition, type ParsedPlan } from '../plan/parse.ts';

export interface CheckOptions {
  cwd: string;
  config: RollbookConfig;
  /** First day of the rollout for calendar rules, YYYY-MM-DD. */
  start: string;
}

export interface CheckResult {
  plans: ParsedPlan[];
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

async function readSafely(file: string, cwd: string): Promise<ParsedPlan> {
  try {
    return await readPlanFile(file, cwd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EISDIR' || code === 'ENOENT' || code === 'EPERM') {
      return {
        file,
        text: '',
        diagnostics: [
          {
            file,
            ...START_OF_FILE,
            severity: 'error',
            code: 'file/unreadable',
            message: `cannot read the file (${code})`,
            expected: 'a readable YAML file',
            hint: code === 'EACCES' || code === 'EPERM' ? 'check its permissions' : 'check the path',
          },
        ],
      };
    }
    throw error;
  }
}

export async function checkPlans(inputs: readonly string[], options: CheckOptions): Promise<CheckResult> {
  const paths = inputs.length > 0 ? inputs : (options.config.plans ?? DEFAULT_PLAN_PATHS);
  const files = await discoverPlanFiles(paths, options.cwd);
  const plans = await Promise.all(files.map((f) => readSafely(f, options.cwd)));
  const diagnostics: Diagnostic[] = [];
  const lintOptions = {
    start: options.start,
    noFridays: options.config.calendar?.noFridays ?? true,
    ...(options.config.rules ? { severities: options.config.rules } : {}),
  };
  for (const parsed of plans) {
    parsed.diagnostics.push(...lintPlan(parsed, lintOptions));
    parsed.diagnostics.sort(byPosition);
    diagnostics.push(...parsed.diagnostics);
  }
  const names = new Map<string, string>();
  for (const parsed of plans) {
    const name = parsed.plan?.metadata.name;
    if (!name || !parsed.locator) continue;
    const other = names.get(name);
    if (other) {
      diagnostics.push({
        file: parsed.file,
        ...parsed.locator.locate(['metadata', 'name']),
        severity: 'error',
        code: 'ref/duplicate-plan',
        message: `plan name "${name}" is also used by ${other}`,
        expected: 'a plan name unique in the repository',
        hint: 'plan names key the checklist issues and labels; rename one plan',
      });
    } else names.set(name, parsed.file);
  }
  return { plans, diagnostics, ...countErrors(diagnostics) };
}

function countErrors(diagnostics: Diagnostic[]) {
  const { errors, warnings } = countBySeverity(diagnostics);
  return { errors, warnings };
}
