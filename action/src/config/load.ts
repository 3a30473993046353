// Finds and validates rollbook.config.yaml. A missing file is fine (defaults apply); a broken
// one is reported with positions like a plan. A `templates` directory that is not there is a
// warning at the key: the built-in templates are used, which the user did not ask for.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { capDiagnostics, type Diagnostic, type Position, START_OF_FILE } from '../diagnostics/diagnostic.ts';
import { containedPath, OUTSIDE_ROOT_HINT, OutsideRootError } from '../files/contained.ts';
import { RULES_BY_ID } from '../lint/rules.ts';
import { RULE_ID_EXPECTED, unknownRuleHint } from '../lint/unknown-rule.ts';
import { byPosition, findingToDiagnostic, parseValidated } from '../plan/parse.ts';
import { decodeSource } from '../plan/yaml-source.ts';
import { isRecord } from '../runtime/is-record.ts';
import { templatesDirProblem } from '../templates/files.ts';
import { CONFIG_FILE, RollbookConfig } from './schema.ts';

export interface LoadedConfig {
  config: RollbookConfig;
  /** Display path of the file read, if any. */
  file?: string;
  text?: string;
  diagnostics: Diagnostic[];
  /** Where each `lessonSources` entry's repository is written, for errors about reading it. */
  lessonSourcePositions?: Position[];
  /** Where the `templates` directory is written, for the warning when it is not there. */
  templatesPosition?: Position;
}

/** The rule ids a `rules:` mapping names, if the data has one. */
function ruleIdsOf(data: unknown): string[] {
  const rules = isRecord(data) ? data.rules : undefined;
  return isRecord(rules) ? Object.keys(rules) : [];
}

export function parseConfig(text: string, file: string): LoadedConfig {
  const validated = parseValidated<RollbookConfig>(text, file, RollbookConfig, 'Rollbook configuration', {
    proseCheck: false,
  });
  const diagnostics = [...validated.diagnostics];
  const config = validated.data ?? {};
  if (validated.locator) {
    // Also when other keys break the schema: every error of the file is said in one run.
    for (const id of ruleIdsOf(validated.data ?? validated.invalidData)) {
      if (!RULES_BY_ID.has(id)) {
        diagnostics.push(
          findingToDiagnostic(
            {
              path: ['rules', id],
              anchor: 'key',
              code: 'ref/unknown-rule',
              message: `unknown rule "${id}"`,
              expected: RULE_ID_EXPECTED,
              hint: unknownRuleHint(id),
            },
            file,
            validated.locator,
            'error',
          ),
        );
      }
    }
  }
  const loaded: LoadedConfig = { config, file, text, diagnostics };
  if (validated.data?.templates !== undefined && validated.locator) {
    loaded.templatesPosition = validated.locator.locate(['templates']);
  }
  if (validated.data?.lessonSources && validated.locator) {
    const locator = validated.locator;
    const sources = validated.data.lessonSources;
    loaded.lessonSourcePositions = sources.map((_, i) => locator.locate(['lessonSources', i, 'repository']));
    const seen = new Set<string>();
    sources.forEach((source, i) => {
      const key = source.repository.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        return;
      }
      diagnostics.push(
        findingToDiagnostic(
          {
            path: ['lessonSources', i, 'repository'],
            code: 'config/duplicate-lesson-source',
            message: `repository "${source.repository}" is listed twice in lessonSources`,
            expected: 'each repository once: a waiver names a shared lesson by its repository (owner/name#L-…)',
            hint: 'keep one entry; move the lessons you need into one directory of that repository',
          },
          file,
          locator,
          'error',
        ),
      );
    });
  }
  // As for a plan: the first MAX_DIAGNOSTICS_PER_FILE in order, then how many more (40,000 unknown
  // keys printed 15 MB).
  loaded.diagnostics = capDiagnostics(diagnostics.sort(byPosition));
  return loaded;
}

/** What the caller already knows about the settings it reads beside the configuration. */
export interface LoadConfigOptions {
  /**
   * A templates directory given elsewhere (the CLI's --templates, the action's `templates` input)
   * replaces the configuration's: then whether that one exists changes nothing and is not checked.
   */
  templatesGiven?: boolean;
}

/** Why a configuration file could not be read, in words rather than an error code. */
const UNREADABLE_WORDS: Readonly<Record<'ENOENT' | 'EISDIR' | 'EACCES' | 'EPERM', string>> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/**
 * Reads `explicitPath`, or rollbook.config.yaml in cwd when it exists. A named file that cannot be
 * read is an error diagnostic, as a broken one is, never an exception.
 */
export async function loadConfig(
  cwd: string,
  explicitPath?: string,
  options: LoadConfigOptions = {},
): Promise<LoadedConfig> {
  const file = explicitPath ?? CONFIG_FILE;
  let bytes: Buffer;
  try {
    bytes = await readFile(await containedPath(file, cwd));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!explicitPath && code === 'ENOENT') return { config: {}, diagnostics: [] };
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' || code === 'EPERM') {
      const diagnostic = { file, ...START_OF_FILE, severity: 'error' as const, code: 'file/unreadable' };
      // loadConfig serves the CLI and the action alike: the hint names both ways to give the path.
      const hint =
        code === 'EACCES' || code === 'EPERM'
          ? 'check its permissions'
          : explicitPath
            ? "check the path given for it (the action's `config` input, or the CLI's --config)"
            : `${CONFIG_FILE} must be a file`;
      const message = `cannot read the configuration file: ${UNREADABLE_WORDS[code]}`;
      return { config: {}, file, diagnostics: [{ ...diagnostic, message, expected: 'a readable YAML file', hint }] };
    }
    if (error instanceof OutsideRootError) {
      const diagnostic = { file, ...START_OF_FILE, severity: 'error' as const, code: 'file/outside-repository' };
      return { config: {}, file, diagnostics: [{ ...diagnostic, message: error.message, hint: OUTSIDE_ROOT_HINT }] };
    }
    throw error;
  }
  const decoded = decodeSource(bytes, file);
  if (decoded.text === undefined) return { config: {}, file, diagnostics: decoded.diagnostics };
  const loaded = parseConfig(decoded.text, file);
  const missing = options.templatesGiven ? undefined : await missingTemplatesDir(loaded, cwd);
  if (missing) loaded.diagnostics.push(missing);
  return loaded;
}

/** The code of the warning when the configured templates directory is not there. */
const TEMPLATES_NOT_FOUND = 'config/templates-not-found';

/**
 * The warning when `templates` names no directory (a typo, or a folder not committed): every
 * command would quietly render with the built-in templates. A warning, not an error, so a sync
 * or a report still runs; `validate --strict` refuses it.
 */
async function missingTemplatesDir(loaded: LoadedConfig, cwd: string): Promise<Diagnostic | undefined> {
  const dir = loaded.config.templates;
  if (dir === undefined || loaded.file === undefined || !loaded.templatesPosition) return undefined;
  const what = await templatesDirProblem(resolve(cwd, dir));
  if (what === undefined) return undefined;
  return {
    file: loaded.file,
    ...loaded.templatesPosition,
    severity: 'warning',
    code: TEMPLATES_NOT_FOUND,
    message: `the templates directory "${dir}" ${what}, so the built-in templates are used`,
    expected: 'a directory of .hbs files named like the built-in templates they replace',
    hint: 'the path is relative to the directory Rollbook runs in (the repository root in the action); fix it, or remove `templates` to use the built-in templates on purpose',
  };
}
