// Finds and validates rollbook.config.yaml. A missing file is fine (defaults apply); a broken
// one is reported with positions like a plan.
import { readFile } from 'node:fs/promises';
import { type Diagnostic, START_OF_FILE } from '../diagnostics/diagnostic.ts';
import { containedPath, OUTSIDE_ROOT_HINT, OutsideRootError } from '../files/contained.ts';
import { RULES_BY_ID } from '../lint/rules.ts';
import { findingToDiagnostic, parseValidated } from '../plan/parse.ts';
import { didYouMean } from '../plan/suggest.ts';
import { decodeSource } from '../plan/yaml-source.ts';
import { CONFIG_FILE, RollbookConfig } from './schema.ts';

export interface LoadedConfig {
  config: RollbookConfig;
  /** Display path of the file read, if any. */
  file?: string;
  text?: string;
  diagnostics: Diagnostic[];
}

export function parseConfig(text: string, file: string): LoadedConfig {
  const validated = parseValidated<RollbookConfig>(text, file, RollbookConfig, 'Rollbook configuration', false);
  const diagnostics = [...validated.diagnostics];
  const config = validated.data ?? {};
  if (validated.data && validated.locator) {
    for (const id of Object.keys(validated.data.rules ?? {})) {
      if (!RULES_BY_ID.has(id)) {
        diagnostics.push(
          findingToDiagnostic(
            {
              path: ['rules', id],
              anchor: 'key',
              code: 'ref/unknown-rule',
              message: `unknown rule "${id}"`,
              expected: 'a rule id; `rollbook explain` lists them',
              hint: didYouMean(id, RULES_BY_ID.keys()),
            },
            file,
            validated.locator,
            'error',
          ),
        );
      }
    }
  }
  return { config, file, text, diagnostics };
}

/** Reads `explicitPath`, or rollbook.config.yaml in cwd when it exists. */
export async function loadConfig(cwd: string, explicitPath?: string): Promise<LoadedConfig> {
  const file = explicitPath ?? CONFIG_FILE;
  let bytes: Buffer;
  try {
    bytes = await readFile(await containedPath(file, cwd));
  } catch (error) {
    if (!explicitPath && (error as NodeJS.ErrnoException).code === 'ENOENT') return { config: {}, diagnostics: [] };
    if (error instanceof OutsideRootError) {
      const diagnostic = { file, ...START_OF_FILE, severity: 'error' as const, code: 'file/outside-repository' };
      return { config: {}, file, diagnostics: [{ ...diagnostic, message: error.message, hint: OUTSIDE_ROOT_HINT }] };
    }
    throw error;
  }
  const decoded = decodeSource(bytes, file);
  if (decoded.text === undefined) return { config: {}, file, diagnostics: decoded.diagnostics };
  return parseConfig(decoded.text, file);
}
