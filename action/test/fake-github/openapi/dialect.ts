// GitHub's description is OpenAPI 3.0.3: nullability is the `nullable: true` keyword, not a
// `type: [..., "null"]` array, and schema objects carry annotations (example, x-github-*, readOnly)
// that Ajv's strict mode rejects. This turns one 3.0 Schema Object into plain JSON Schema
// (draft-07 vocabulary) that keeps only what validates.

export type JsonSchema = { [keyword: string]: unknown };

/** Keywords whose value is copied unchanged. */
const PLAIN_KEYWORDS = new Set([
  'type',
  'enum',
  'required',
  'format',
  'minimum',
  'maximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  '$ref',
]);

/** Keywords whose value is one subschema. */
const SUBSCHEMA_KEYWORDS = new Set(['items', 'not']);

/** Keywords whose value is a list of subschemas. */
const SUBSCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf']);

/** 3.0 integer formats are annotations on numbers; Ajv formats apply to strings. */
const NUMERIC_FORMATS = new Set(['int32', 'int64', 'float', 'double']);

export function convertSchema(schema: unknown): JsonSchema | boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) return true;
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'format' && NUMERIC_FORMATS.has(value as string)) continue;
    if (PLAIN_KEYWORDS.has(keyword)) out[keyword] = value;
    else if (SUBSCHEMA_KEYWORDS.has(keyword)) out[keyword] = convertSchema(value);
    else if (SUBSCHEMA_LIST_KEYWORDS.has(keyword)) out[keyword] = (value as unknown[]).map(convertSchema);
    else if (keyword === 'properties') out[keyword] = mapValues(value as Record<string, unknown>, convertSchema);
    else if (keyword === 'additionalProperties') out[keyword] = convertSchema(value);
    // everything else (description, example, default, readOnly, x-*) is annotation only
  }
  return schema['nullable'] === true ? allowNull(out) : out;
}

/** The 3.1 / JSON Schema spelling of 3.0's `nullable: true`. */
function allowNull(schema: JsonSchema): JsonSchema {
  const composed = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not'].some((k) => k in schema);
  if (!('type' in schema) && !composed) return schema; // no constraint on type: null already passes
  if (composed) return { anyOf: [{ type: 'null' }, schema] };
  const types = Array.isArray(schema['type']) ? schema['type'] : [schema['type']];
  const widened: JsonSchema = { ...schema, type: [...new Set([...types, 'null'])] };
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(null)) widened['enum'] = [...schema['enum'], null];
  return widened;
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [key, value] of Object.entries(record)) out[key] = fn(value);
  return out;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
