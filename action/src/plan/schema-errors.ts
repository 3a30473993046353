// Turns Ajv's errors into Rollbook diagnostics: one readable message per problem, with what
// was expected and a hint. Ajv reports in JSON-pointer terms; we translate to data paths so
// the locator can find the YAML node.
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { MAX_DIAGNOSTICS_PER_FILE } from '../diagnostics/diagnostic.ts';
import { isRecord } from '../runtime/is-record.ts';
import { plural } from '../text/plural.ts';
import { idSlug } from '../text/slug.ts';
import { truncate } from '../text/truncate.ts';
import { type DataPath, formatPath, type Locator } from './locate.ts';
import { AUDIENCE_PATTERN, AUDIENCE_UNITS } from './schema.ts';
import { closest, didYouMean, listOf } from './suggest.ts';

interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  pattern?: string;
  enum?: unknown[];
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  /** What a number counts (plan/schema.ts): "the metric's unit", "percent (0 to 100)", "minutes"… */
  unit?: string;
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment;
    });
}

function describe(schema: SchemaNode | undefined): string | undefined {
  if (!schema) return undefined;
  const parts: string[] = [];
  if (schema.description) parts.push(schema.description);
  if (schema.examples?.length) parts.push(`e.g. ${schema.examples.map((e) => JSON.stringify(e)).join(', ')}`);
  return parts.join(' ') || undefined;
}

/** What is expected, then what the schema says of it: a description alone does not name the key. */
const withDescription = (what: string, description: string | undefined) =>
  description ? `${what}: ${description}` : what;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  // YAML's .inf and .nan: JSON would print them as null.
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value)
      ? 'not a number (.nan)'
      : `${value < 0 ? 'minus ' : ''}infinity (${value < 0 ? '-' : ''}.inf)`;
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(truncate(value, MAX_QUOTED_CHARS))}`;
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

/** Characters of a wrong value quoted in an error, the ellipsis included. */
const MAX_QUOTED_CHARS = 41;

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value)',
  array: 'a list',
};

function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * Ajv with allErrors reports every failing branch of an anyOf plus the anyOf itself. When
 * exactly one branch has the value's type (e.g. the object form of `rollback`), its errors are
 * the useful ones; otherwise keep the single anyOf message and drop the branch noise.
 */
function pruneUnionNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const keep = new Set<ErrorObject>(errors);
  for (const union of unions) {
    const branches = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(`${union.schemaPath}/`) || !e.instancePath.startsWith(union.instancePath)) continue;
      const branch = e.schemaPath.slice(union.schemaPath.length + 1).split('/')[0]!;
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
      keep.delete(e);
    }
    const typeMatching = [...branches.values()].filter(
      (list) => !list.some((e) => e.keyword === 'type' && e.instancePath === union.instancePath),
    );
    if (typeMatching.length === 1) {
      keep.delete(union);
      for (const e of typeMatching[0]!) keep.add(e);
    }
  }
  return errors.filter((e) => keep.has(e));
}

/**
 * Keys missing from one mapping that are each told apart, with what the schema says of each.
 * More than this (a file begun from scratch) is one error listing them: the same location and
 * the same hint several times over hide the file's other errors.
 */
const MAX_MISSING_KEYS_APART = 3;

function manyMissingKeys(path: DataPath, group: readonly ErrorObject[], starter: string | undefined) {
  const keys = group.map((e) => String(e.params.missingProperty));
  const where = formatPath(path);
  return {
    at: path,
    anchor: 'key' as const,
    severity: 'error' as const,
    code: 'schema/missing-key',
    message:
      path.length === 0
        ? `the file is missing ${keys.length} required keys`
        : `${where} is missing ${keys.length} required keys`,
    expected: `the keys ${listOf(keys, 'and')}`,
    hint:
      path.length > 0
        ? `add them to ${where}`
        : starter
          ? `add them at the top level, or start from ${starter}, which has every one`
          : 'add them at the top level',
  };
}

/** `instancePath/key`: a key of one mapping, as the misspelling table names it. */
const keyAt = (instancePath: string, key: unknown) => `${instancePath}/${String(key)}`;

/**
 * Unknown keys that are misspellings of a required key missing from the same mapping: `meant`,
 * by `keyAt(mapping, unknown key)`, the key each should be; `missing`, those required keys, by
 * `keyAt(mapping, required key)`. Only when some key is missing are edit distances computed.
 */
function misspeltRequiredKeys(errors: readonly ErrorObject[]): { meant: Map<string, string>; missing: Set<string> } {
  const required = new Set<string>();
  for (const e of errors) if (e.keyword === 'required') required.add(keyAt(e.instancePath, e.params.missingProperty));
  const meant = new Map<string, string>();
  const missing = new Set<string>();
  if (required.size === 0) return { meant, missing };
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const { allowed } = allowedKeysOf(e.parentSchema as SchemaNode | undefined);
    const match = closest(String(e.params.additionalProperty), allowed);
    if (match === undefined || !required.has(keyAt(e.instancePath, match))) continue;
    meant.set(keyAt(e.instancePath, e.params.additionalProperty), match);
    missing.add(keyAt(e.instancePath, match));
  }
  return { meant, missing };
}

/** The keys a mapping allows, and how a message lists them: once per schema, not once per unknown key. */
const allowedKeys = new WeakMap<object, { allowed: string[]; expected: string }>();

function allowedKeysOf(schema: SchemaNode | undefined): { allowed: string[]; expected: string } {
  const cached = schema && allowedKeys.get(schema);
  if (cached) return cached;
  const allowed = Object.keys(schema?.properties ?? {}).filter((k) => k !== '$schema');
  const result = { allowed, expected: allowed.length ? `one of ${listOf(allowed)}` : 'no other keys' };
  if (schema) allowedKeys.set(schema, result);
  return result;
}

export function schemaErrorsToDiagnostics(
  errors: readonly ErrorObject[],
  data: unknown,
  file: string,
  locator: Locator,
  /** What writes a whole document of this kind (`the plan \`rollbook init\` writes`), for the hint when most of one is missing. */
  starter?: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  // A value outside a list of words is told so once: its wrong type (a boolean for `off`) is
  // part of that message, not a second error at the same place.
  const enumPaths = new Set(errors.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  // A key missing where an unknown key is its misspelling (`titel:` for `title:`) is one mistake:
  // told once, at the misspelt key, whose hint names the key it should be.
  const misspelt = misspeltRequiredKeys(errors);
  const reported = pruneUnionNoise(errors).filter(
    (e) => !(e.keyword === 'required' && misspelt.missing.has(keyAt(e.instancePath, e.params.missingProperty))),
  );
  // Keys missing from one place, in schema order: past a few, one error names them all.
  const missingAt = new Map<string, ErrorObject[]>();
  for (const e of reported) {
    if (e.keyword !== 'required') continue;
    const group = missingAt.get(e.instancePath);
    if (group) group.push(e);
    else missingAt.set(e.instancePath, [e]);
  }
  for (const error of reported) {
    if (error.keyword === 'type' && enumPaths.has(error.instancePath)) continue;
    const path = pointerToPath(error.instancePath);
    const where = formatPath(path);
    const parentSchema = error.parentSchema as SchemaNode | undefined;
    let diagnostic: Omit<Diagnostic, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> & {
      at: DataPath;
      anchor: 'key' | 'value';
    };
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(error.params.additionalProperty);
        const { allowed, expected } = allowedKeysOf(parentSchema);
        const meant = misspelt.meant.get(keyAt(error.instancePath, key));
        diagnostic = {
          at: [...path, key],
          anchor: 'key',
          severity: 'error',
          code: 'schema/unknown-key',
          message: `unknown key "${key}" ${path.length === 0 ? 'at the top level' : `in ${where}`}`,
          expected,
          // Suggestions cost an edit distance per known key; past the shown diagnostics, skip them.
          hint:
            meant !== undefined
              ? `did you mean "${meant}"? ${path.length === 0 ? 'the file' : where} needs it`
              : ((out.length < MAX_DIAGNOSTICS_PER_FILE ? didYouMean(key, allowed) : undefined) ??
                'remove it, or check the indentation: it may belong to another level'),
        };
        break;
      }
      case 'required': {
        const group = missingAt.get(error.instancePath)!;
        if (group.length > MAX_MISSING_KEYS_APART) {
          if (group[0] !== error) continue;
          diagnostic = manyMissingKeys(path, group, starter);
          break;
        }
        const key = String(error.params.missingProperty);
        const keySchema = parentSchema?.properties?.[key];
        diagnostic = {
          at: path,
          anchor: 'key',
          severity: 'error',
          code: 'schema/missing-key',
          message:
            path.length === 0
              ? `the file is missing the required key "${key}"`
              : `${where} is missing the required key "${key}"`,
          expected: withDescription(`a key "${key}"`, describe(keySchema)),
          hint: path.length === 0 ? `add \`${key}:\` at the top level` : `add \`${key}:\` to ${where}`,
        };
        break;
      }
      case 'enum': {
        const allowed = (error.params.allowedValues as unknown[]).map(String);
        const actual = valueAt(data, path);
        diagnostic = {
          at: path,
          anchor: 'value',
          severity: 'error',
          code: 'schema/not-allowed',
          message: `${where} is ${typeName(actual)}, which is not allowed`,
          expected: `one of ${listOf(allowed)}`,
          hint:
            actual === null
              ? 'the value is empty: write one of them, or remove the key'
              : ((typeof actual === 'string'
                  ? (didYouMean(actual, allowed) ?? otherWordHint(actual, allowed))
                  : readAsWordHint(actual, allowed)) ?? 'write one of them, as it is spelt there'),
        };
        break;
      }
      case 'const': {
        const wanted = JSON.stringify(error.params.allowedValue);
        diagnostic = {
          at: path,
          anchor: 'value',
          severity: 'error',
          code: 'schema/not-allowed',
          message: `${where} must be ${wanted}`,
          expected: wanted,
          hint: `write \`${path[path.length - 1]}: ${error.params.allowedValue}\``,
        };
        break;
      }
      case 'type': {
        let wanted = String(error.params.type)
          .split(',')
          .map((t) => TYPE_WORDS[t] ?? t)
          .join(' or ');
        const actual = valueAt(data, path);
        if (typeof actual === 'number' && !Number.isFinite(actual)) {
          wanted = `a finite ${wanted.replace(/^an? /, '')}`;
        }
        diagnostic = {
          at: path,
          anchor: 'value',
          severity: 'error',
          code: 'schema/wrong-type',
          message: `${where} is ${typeName(actual)}, but should be ${wanted}`,
          expected: describe(parentSchema) ? `${wanted}: ${describe(parentSchema)}` : wanted,
          hint: typeHint(wanted, actual, path.length === 0, parentSchema?.unit, declaredUnit(data, path)),
        };
        break;
      }
      case 'pattern': {
        const actual = valueAt(data, path);
        const pattern = String(error.params.pattern);
        const format = textFormatOf(pattern);
        diagnostic = {
          at: path,
          anchor: 'value',
          severity: 'error',
          code: 'schema/bad-format',
          message: `${where} is ${typeName(actual)}, which is not ${format?.noun ?? 'in the expected format'}`,
          expected: describe(parentSchema) ?? `text matching /${pattern}/`,
          hint: format?.hint(actual, pattern),
        };
        break;
      }
      case 'minItems':
        diagnostic = {
          at: path,
          anchor: 'value',
          severity: 'error',
          code: 'schema/too-few',
          message: `${where} needs at least ${plural(error.params.limit, 'item')}`,
          expected: withDescription(`a list of at least ${plural(error.params.limit, 'item')}`, describe(parentSchema)),
          hint: `add ${error.params.limit === 1 ? 'one' : `at least ${error.params.limit}`}, or remove the key if it is optional`,
        };
        break;
      case 'minLength':
        diagnostic = {
          at: path,
          anchor: 'value',
          severity: 'error',
          code: 'schema/empty',
          message: `${where} is empty`,
          expected: describe(parentSchema) ?? 'some text',
          hint: 'fill it in, or remove the key if it is optional',
        };
        break;
      case 'maxLength': {
        const actual = valueAt(data, path);
        const limit = Number(error.params.limit);
        diagnostic = {
          at: path,
          anchor: 'value',
          severity: 'error',
          code: 'schema/too-long',
          message: `${where} is ${plural(typeof actual === 'string' ? [...actual].length : 0, 'character')} long; at most ${limit} are allowed`,
          expected: describe(parentSchema) ?? `text of at most ${plural(limit, 'character')}`,
          hint: `shorten it to ${plural(limit, 'character')} or fewer`,
        };
        break;
      }
      case 'maxItems': {
        const actual = valueAt(data, path);
        const limit = Number(error.params.limit);
        diagnostic = {
          at: path,
          anchor: 'value',
          severity: 'error',
          code: 'schema/too-many',
          message: `${where} has ${plural(Array.isArray(actual) ? actual.length : 0, 'item')}; at most ${limit} are allowed`,
          expected: withDescription(`a list of at most ${plural(limit, 'item')}`, describe(parentSchema)),
          hint: `merge or drop items until ${limit} are left`,
        };
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum': {
        const bound =
          error.keyword === 'maximum'
            ? `at most ${error.params.limit}`
            : error.keyword === 'minimum'
              ? `at least ${error.params.limit}`
              : `more than ${error.params.limit}`;
        diagnostic = {
          at: path,
          anchor: 'value',
          severity: 'error',
          code: 'schema/out-of-range',
          message: `${where} is ${typeName(valueAt(data, path))}, but must be ${bound}`,
          expected: describe(parentSchema) ? `a number ${bound}: ${describe(parentSchema)}` : `a number ${bound}`,
          hint: rangeHint(parentSchema),
        };
        break;
      }
      case 'anyOf':
      case 'oneOf':
        diagnostic = {
          at: path,
          anchor: 'value',
          severity: 'error',
          code: 'schema/wrong-shape',
          message: `${where} has the wrong shape`,
          expected: describe(parentSchema) ?? 'one of the documented forms',
          hint: 'see the JSON Schema (action/schema/rollout-plan.schema.json) for the accepted forms',
        };
        break;
      default:
        diagnostic = {
          at: path,
          anchor: 'value',
          severity: 'error',
          code: `schema/${error.keyword}`,
          message: `${where} ${error.message ?? 'is not valid'}`,
          expected: describe(parentSchema),
        };
    }
    const key = `${diagnostic.code}|${formatPath(diagnostic.at)}|${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(positioned(diagnostic, file, locator));
  }
  return out;
}

/**
 * The diagnostic at its position, fields in the order they are printed (JSON output keeps it),
 * without the undefined ones: built in that shape rather than copied and pruned, since a file
 * with thousands of errors builds thousands of these.
 */
function positioned(
  d: Omit<Diagnostic, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> & { at: DataPath; anchor: 'key' | 'value' },
  file: string,
  locator: Locator,
): Diagnostic {
  const { line, column, endLine, endColumn } = locator.locate(d.at, d.anchor);
  const out: Diagnostic = {
    file,
    line,
    column,
    endLine,
    endColumn,
    severity: d.severity,
    code: d.code,
    message: d.message,
  };
  if (d.expected !== undefined) out.expected = d.expected;
  if (d.hint !== undefined) out.hint = d.hint;
  return out;
}

/** An item a flow list `[a, b]` may hold unquoted: it starts with a letter or digit and holds nothing YAML reads as structure. */
const PLAIN_FLOW_ITEM = /^[A-Za-z0-9_][^,[\]{}#:"'\n]*$/;
/** Characters of one item shown back in a hint, the ellipsis included. */
const MAX_SHOWN_ITEM_CHARS = 41;

/**
 * A value as the list it was most likely meant to be, written so that it fits wherever the value
 * stood, in a block or inside braces: `a, b` becomes `[a, b]`, and an item YAML would misread
 * (`@team`, `a: b`) is quoted.
 */
function asFlowList(actual: unknown): string {
  const items =
    typeof actual === 'string'
      ? actual
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== '')
      : [String(actual)];
  const shown = items.map((item) =>
    PLAIN_FLOW_ITEM.test(item) && item.length <= MAX_SHOWN_ITEM_CHARS
      ? item
      : JSON.stringify(truncate(item, MAX_SHOWN_ITEM_CHARS)),
  );
  return `[${shown.join(', ')}]`;
}

/**
 * Words people use for what a plan names with one of its own (a step kind, an environment),
 * by the plan's word. Offered only where the plan's word is one the field allows.
 */
const OTHER_WORDS: Record<string, readonly string[]> = {
  binary: ['deploy', 'deployment', 'release', 'build', 'code'],
  config: ['configuration', 'settings', 'setting'],
  flag: ['feature-flag', 'toggle', 'feature'],
  migration: ['schema', 'database', 'db', 'backfill'],
  test: ['check', 'verify', 'verification', 'qa', 'uat', 'testing'],
  manual: ['human', 'person', 'approval'],
  dev: ['development', 'local'],
  staging: ['stage', 'stg', 'preprod', 'pre-prod', 'pre-production'],
  production: ['prd', 'live'],
};
const PLAN_WORD_FOR = new Map(Object.entries(OTHER_WORDS).flatMap(([word, others]) => others.map((o) => [o, word])));

/** `kind: deploy`: did you mean "binary"? The plan's word for what was written in another's. */
function otherWordHint(actual: string, allowed: readonly string[]): string | undefined {
  const word = PLAN_WORD_FOR.get(actual.trim().toLowerCase());
  return word !== undefined && allowed.includes(word) ? `did you mean "${word}"?` : undefined;
}

/** A number or boolean YAML read where text was meant: quote it. */
function quoteItHint(actual: number | boolean): string {
  return `YAML reads it as a ${typeof actual}: put it in quotes, "${String(actual)}"`;
}

/**
 * A boolean or number where words are wanted: YAML read `false` or `1` as a value of its own. The
 * word it stands for (`off` for false), or the same text quoted when that is a word allowed.
 */
function readAsWordHint(actual: unknown, allowed: readonly string[]): string | undefined {
  if (typeof actual !== 'boolean' && typeof actual !== 'number') return undefined;
  const text = String(actual);
  if (allowed.includes(text)) return quoteItHint(actual);
  const word = actual === false ? 'off' : actual === true ? 'on' : undefined;
  if (word !== undefined && allowed.includes(word)) return `YAML reads ${text} as a boolean: write ${word}`;
  return undefined;
}

interface MetricUnit {
  metric: string;
  unit: string;
}

/** A gate's metric and the unit its catalogue entry declares, for a threshold at `path` (a lesson's gate has none). */
function declaredUnit(data: unknown, path: DataPath): MetricUnit | undefined {
  const metric = (valueAt(data, path.slice(0, -1)) as { metric?: unknown } | undefined)?.metric;
  const metrics = valueAt(data, ['metrics']);
  if (typeof metric !== 'string' || !isRecord(metrics) || !Object.hasOwn(metrics, metric)) return undefined;
  const entry = metrics[metric];
  const unit = isRecord(entry) ? entry.unit : undefined;
  return typeof unit === 'string' ? { metric, unit } : undefined;
}

/** How to write a value of the wanted type, from the value that was written. */
function typeHint(
  wanted: string,
  actual: unknown,
  topLevel: boolean,
  unit: string | undefined,
  declared?: MetricUnit,
): string {
  if (actual === null) return 'the value is empty: fill it in or remove the key';
  if (typeof actual === 'number' && !Number.isFinite(actual)) {
    return `write ${wanted} here, or remove the key if it is optional`;
  }
  if (wanted === 'a list' && typeof actual !== 'object') return `write it as a list: \`${asFlowList(actual)}\``;
  if (wanted.startsWith(TYPE_WORDS.string!) && (typeof actual === 'number' || typeof actual === 'boolean')) {
    return quoteItHint(actual);
  }
  if (wanted.startsWith(TYPE_WORDS.object!)) {
    return topLevel
      ? 'write the document as `key: value` lines, each key at the start of a line'
      : 'write its keys on the lines below, each indented under it';
  }
  if (Array.isArray(actual)) return `write ${wanted}, not a list`;
  if (typeof actual === 'object') return `write ${wanted}, not keys under it`;
  if ((wanted === TYPE_WORDS.number || wanted === TYPE_WORDS.integer) && typeof actual === 'string') {
    const number = numberHint(actual, unit, declared);
    if (number) return number;
  }
  return `write ${wanted} here`;
}

/**
 * `1%`, `1,000`, `250ms`: a number written with what YAML cannot read as part of one. `unit` is
 * what the schema says the number counts.
 */
function numberHint(text: string, unit: string | undefined, declared?: MetricUnit): string | undefined {
  const value = text.trim();
  const metric = unit === "the metric's unit";
  const percent = /^(-?[0-9]+(?:\.[0-9]+)?)\s*%$/.exec(value);
  if (percent && metric && declared && /^ratio$/i.test(declared.unit)) {
    return `${declared.metric} counts a ratio: write ${Number(percent[1]) / 100}`;
  }
  if (percent && metric && declared && /^(?:percent|%)$/i.test(declared.unit)) {
    return `${declared.metric} counts percent: write ${percent[1]}`;
  }
  if (percent && metric) {
    const ratio = Number(percent[1]) / 100;
    return `write the number alone, in the metric's unit: ${percent[1]} if it counts percent, ${ratio} if it is a ratio`;
  }
  const counts = unit ? `; it counts ${unit}` : '';
  if (percent) return `write the number alone: ${percent[1]}${counts}`;
  if (/^-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/.test(value))
    return `write it without commas: ${value.replaceAll(',', '')}`;
  const suffixed = /^(-?[0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z/\u00b5\u03bc]+)$/.exec(value);
  if (suffixed) return `write the number alone: ${suffixed[1]}${counts}`;
  return undefined;
}

/** Where a number may go, as one sentence, from the bounds its schema gives. */
function rangeHint(schema: SchemaNode | undefined): string {
  const low = schema?.minimum;
  const high = schema?.maximum;
  if (low !== undefined && high !== undefined) return `use a number from ${low} to ${high}`;
  if (low !== undefined) return `use a number of ${low} or more`;
  if (high !== undefined) return `use a number of ${high} or less`;
  if (schema?.exclusiveMinimum !== undefined) return `use a number above ${schema.exclusiveMinimum}`;
  return 'use a number in the documented range';
}

/** `5% of people`: did you mean `5% of users`? Else how an audience is written. */
function audienceHint(actual: unknown): string {
  const match = typeof actual === 'string' ? /^\s*([0-9]+(?:\.[0-9]+)?)\s*%?\s*(?:of\s+)?(.*)$/.exec(actual) : null;
  const unit = match?.[2]?.trim().toLowerCase();
  const suggestion = unit ? closest(unit, AUDIENCE_UNITS) : undefined;
  if (match && suggestion) return `did you mean "${match[1]}% of ${suggestion}"?`;
  return `write a percentage and what it counts, such as \`10% of users\` (${AUDIENCE_UNITS.join(', ')})`;
}

/** The letter of a duration for the words people write for its units. */
const DURATION_UNITS: Record<string, string> = {
  w: 'w',
  wk: 'w',
  wks: 'w',
  week: 'w',
  weeks: 'w',
  d: 'd',
  day: 'd',
  days: 'd',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
};
/** One amount and its unit, then what may stand between two: spaces, a comma, "and". */
const DURATION_PART = /([0-9]+)\s*([a-zA-Z]+)[\s,]*(?:and\s+)?/y;

/** `3 days` → `3d`, `1 hour 30 mins` → `1h30m`, `24H` → `24h`: a duration in words, as the format writes it. */
function durationInWords(text: string): string | undefined {
  const value = text.trim();
  let written = '';
  DURATION_PART.lastIndex = 0;
  while (DURATION_PART.lastIndex < value.length) {
    const part = DURATION_PART.exec(value);
    const unit =
      part && Object.hasOwn(DURATION_UNITS, part[2]!.toLowerCase())
        ? DURATION_UNITS[part[2]!.toLowerCase()]
        : undefined;
    if (!part || unit === undefined) return undefined;
    written += `${part[1]}${unit}`;
  }
  return written === '' || written === value ? undefined : written;
}

/** A text format the schema writes as a pattern: what to call it, and a hint for a value that missed it. */
interface TextFormat {
  matches(pattern: string): boolean;
  /** `a duration`: the message says the value "is not" this. */
  noun: string;
  hint(actual: unknown, pattern: string): string | undefined;
}

/** The schema's text formats, told apart by their patterns; the first that matches is the one. */
const TEXT_FORMATS: readonly TextFormat[] = [
  {
    matches: (pattern) => pattern.includes('[wdhm]'),
    noun: 'a duration',
    hint(actual) {
      const written = typeof actual === 'string' ? durationInWords(actual) : undefined;
      return written ? `did you mean \`${written}\`?` : 'write a duration such as `30m`, `24h`, `2d` or `1d12h`';
    },
  },
  {
    matches: (pattern) => pattern.startsWith('^@'),
    noun: 'a GitHub handle',
    hint(actual, pattern) {
      // `alice` or `acme/sre-leads`: the handle without its @. Quoted, since YAML reserves @.
      const handle = typeof actual === 'string' ? `@${actual.trim()}` : undefined;
      return handle && new RegExp(pattern, 'u').test(handle)
        ? `did you mean "${handle}"? Quote it: YAML does not let a value start with @`
        : 'write a GitHub handle such as `@alice` or `@acme/sre-leads`';
    },
  },
  {
    matches: (pattern) => pattern.includes('[0-9]{4}-'),
    noun: 'a date',
    hint: () => 'write a date as YYYY-MM-DD, e.g. 2026-12-20',
  },
  {
    matches: (pattern) => pattern.includes('24:00'),
    noun: 'a time of day',
    hint(actual) {
      const padded = typeof actual === 'string' && /^[0-9]:[0-5][0-9]$/.test(actual) ? `0${actual}` : undefined;
      return padded ? `did you mean "${padded}"?` : 'write a time of day as HH:MM, from 00:00 to 24:00, e.g. "09:30"';
    },
  },
  {
    matches: (pattern) => pattern.includes('%$'),
    noun: 'a percentage',
    hint: () => 'write a percentage such as `10%`',
  },
  { matches: (pattern) => pattern === AUDIENCE_PATTERN, noun: 'an audience', hint: audienceHint },
  {
    matches: (pattern) => pattern.startsWith('^https?'),
    noun: 'a URL',
    hint: () => 'write a full URL starting with https://',
  },
  {
    matches: (pattern) => pattern.includes('[a-z0-9-]'),
    noun: 'an id',
    hint(actual) {
      if (typeof actual !== 'string') return undefined;
      const slug = idSlug(actual);
      return slug ? `ids are lower-case slugs: try "${slug}"` : 'ids are lower-case letters, digits and dashes';
    },
  },
];

function textFormatOf(pattern: string): TextFormat | undefined {
  return TEXT_FORMATS.find((format) => format.matches(pattern));
}
