// Plan text → typed plan + positioned diagnostics. Pure: no file system access.
import type { TSchema } from '@sinclair/typebox';
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { compareCodePoints } from '../text/order.ts';
import { crossReference, crossReferenceSalvaged } from './crossref.ts';
import type { Finding } from './finding.ts';
import type { Locator } from './locate.ts';
import { type SalvagedPlan, salvagePlan } from './salvage.ts';
import { RolloutPlan } from './schema.ts';
import { schemaErrorsToDiagnostics } from './schema-errors.ts';
import { validatorFor } from './validator.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface ParsedPlan {
  file: string;
  text: string;
  /** Set when the file matches the schema (it may still have cross-reference errors). */
  plan?: RolloutPlan;
  /**
   * Set when the file parsed as YAML but does not match the schema: its valid rest, for the
   * policy rules only (plan/salvage.ts). Nothing is rendered or synced from it.
   */
  salvaged?: SalvagedPlan;
  diagnostics: Diagnostic[];
  locator?: Locator;
}

export interface ValidatedDocument<T> {
  data?: T;
  /** The parsed YAML when it does not match the schema. */
  invalidData?: unknown;
  /** The validator's errors on `invalidData`. */
  schemaErrors?: readonly ErrorObject[];
  diagnostics: Diagnostic[];
  locator?: Locator;
}

export interface ValidateOptions {
  /** Warn about free text a comment cut short (plan/comment-cut.ts); default true. */
  proseCheck?: boolean;
  /** The file's line the text starts on, for line numbers in messages (parseYamlSource); default 1. */
  firstLine?: number;
  /** What writes a whole document of this kind, offered when most of one is missing. */
  starter?: string;
}

/**
 * YAML text checked against a schema; shared by plans, lessons and the config file. With
 * `proseCheck`, unquoted free text cut short by ` #` gets a warning (plan/comment-cut.ts); the
 * config turns it off, since its only free strings are paths, after which a comment is a comment.
 */
export function parseValidated<T>(
  text: string,
  file: string,
  schema: TSchema,
  what: string,
  { proseCheck = true, firstLine = 1, starter }: ValidateOptions = {},
): ValidatedDocument<T> {
  const source = parseYamlSource(text, file, proseCheck ? schema : undefined, firstLine);
  if (source.data === undefined || source.data === null) {
    if (!source.diagnostics.some((d) => d.severity === 'error')) {
      source.diagnostics.push({
        file,
        ...source.locator.locate([]),
        severity: 'error',
        code: 'schema/empty-file',
        message: `the file is empty`,
        expected: `a ${what}`,
        hint: 'run `rollbook init <name>` to scaffold a plan',
      });
    }
    return { diagnostics: source.diagnostics, locator: source.locator };
  }
  const validate = validatorFor(schema);
  if (validate(source.data)) {
    return { data: source.data as T, diagnostics: source.diagnostics, locator: source.locator };
  }
  const schemaErrors = validate.errors ?? [];
  const diagnostics = [
    ...source.diagnostics,
    ...schemaErrorsToDiagnostics(schemaErrors, source.data, file, source.locator, starter),
  ];
  return { diagnostics, locator: source.locator, invalidData: source.data, schemaErrors };
}

export function findingToDiagnostic(
  finding: Finding,
  file: string,
  locator: Locator,
  severity: Diagnostic['severity'],
  /** The file's line of the text's first line, for a line named in the message (a lesson's front matter starts at 2). */
  firstLine = 1,
): Diagnostic {
  const { path, anchor, within, firstAt, ...rest } = finding;
  const diagnostic: Diagnostic = {
    file,
    ...locator.locate(path, anchor, within),
    severity,
    code: rest.code,
    message:
      firstAt === undefined
        ? rest.message
        : `${rest.message} (first on line ${locator.locate(firstAt).line + firstLine - 1})`,
  };
  if (rest.expected !== undefined) diagnostic.expected = rest.expected;
  if (rest.hint !== undefined) diagnostic.hint = rest.hint;
  return diagnostic;
}

/** What writes a whole plan: offered when most of one is missing. */
const PLAN_STARTER = 'the plan `rollbook init` writes';

export function parsePlan(text: string, file: string): ParsedPlan {
  const validated = parseValidated<RolloutPlan>(text, file, RolloutPlan, 'rollout plan', { starter: PLAN_STARTER });
  const parsed: ParsedPlan = { file, text, diagnostics: validated.diagnostics };
  if (validated.locator) parsed.locator = validated.locator;
  if (validated.data && validated.locator) {
    const locator = validated.locator;
    parsed.plan = validated.data;
    parsed.diagnostics.push(
      ...crossReference(validated.data).map((f) => findingToDiagnostic(f, file, locator, 'error')),
    );
  } else if (validated.invalidData !== undefined) {
    const salvaged = salvagePlan(validated.invalidData, validated.schemaErrors);
    if (salvaged) {
      parsed.salvaged = salvaged;
      const locator = validated.locator;
      if (locator) {
        parsed.diagnostics.push(
          ...crossReferenceSalvaged(salvaged).map((f) => findingToDiagnostic(f, file, locator, 'error')),
        );
      }
    }
  }
  parsed.diagnostics.sort(byPosition);
  return parsed;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    compareCodePoints(a.file, b.file) || a.line - b.line || a.column - b.column || compareCodePoints(a.code, b.code)
  );
}
