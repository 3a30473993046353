// A compact, validation-only index of GitHub's OpenAPI description: one entry per operation with
// parameter and body schemas resolved out of `components.parameters/responses`, and the component
// schemas converted to JSON Schema (see dialect.ts). Building it parses 13 MB of JSON, so the
// result is kept per process and on disk (openapi/cache-dir.ts, keyed by the spec file's size and mtime) for the next
// test file or process.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FAKE_CACHE_DIR } from './cache-dir.ts';
import { convertSchema, isObject, type JsonSchema } from './dialect.ts';

/** Bump when the index shape or the conversion changes, to ignore older disk caches. */
const INDEX_FORMAT_VERSION = 3;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type SchemaOrBoolean = JsonSchema | boolean;

/** Media type → schema; an empty object means "declared without a body". */
export type ContentEntry = Record<string, SchemaOrBoolean>;

export interface OperationEntry {
  method: string;
  template: string;
  operationId: string;
  /** Object schemas over the decoded path and query parameters by name. */
  pathParams: JsonSchema;
  queryParams: JsonSchema;
  requestBody?: { required: boolean; content: ContentEntry };
  /** Keyed by status code ("200", "404") or "default". */
  responses: Record<string, ContentEntry>;
}

export interface SpecIndex {
  formatVersion: number;
  specVersion: string;
  operations: OperationEntry[];
  components: { schemas: Record<string, SchemaOrBoolean> };
}

type RawSpec = {
  info: { version: string };
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
};

const require = createRequire(import.meta.url);

export function specFilePath(): string {
  return require.resolve('@octokit/openapi/generated/api.github.com.json');
}

let cached: SpecIndex | undefined;

/** The index for api.github.com, built at most once per process and cached on disk. */
export function loadSpecIndex(): SpecIndex {
  if (cached) return cached;
  const file = specFilePath();
  const { size, mtimeMs } = statSync(file);
  const cacheFile = join(FAKE_CACHE_DIR, `api.github.com-v${INDEX_FORMAT_VERSION}-${size}-${Math.trunc(mtimeMs)}.json`);
  cached = readCache(cacheFile) ?? writeCache(cacheFile, buildSpecIndex(JSON.parse(readFileSync(file, 'utf8'))));
  return cached;
}

function readCache(cacheFile: string): SpecIndex | undefined {
  try {
    const index = JSON.parse(readFileSync(cacheFile, 'utf8')) as SpecIndex;
    return index.formatVersion === INDEX_FORMAT_VERSION ? index : undefined;
  } catch {
    return undefined; // missing or half-written: rebuild
  }
}

function writeCache(cacheFile: string, index: SpecIndex): SpecIndex {
  try {
    mkdirSync(FAKE_CACHE_DIR, { recursive: true });
    // write-then-rename so a parallel test worker never reads half a file
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(index));
    renameSync(partial, cacheFile);
  } catch {
    // a cache directory that cannot be written only costs the next process a rebuild
  }
  return index;
}

export function buildSpecIndex(spec: RawSpec): SpecIndex {
  const resolve = (node: unknown): Record<string, unknown> => resolveComponentRef(spec, node);
  const operations: OperationEntry[] = [];
  for (const [template, pathItem] of Object.entries(spec.paths)) {
    const shared = (pathItem['parameters'] as unknown[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const op = pathItem[method];
      if (!isObject(op)) continue;
      const params = [...shared, ...((op['parameters'] as unknown[] | undefined) ?? [])].map(resolve);
      const body = op['requestBody'] ? resolve(op['requestBody']) : undefined;
      operations.push({
        method,
        template,
        operationId: op['operationId'] as string,
        pathParams: parametersSchema(params.filter((p) => p['in'] === 'path')),
        queryParams: parametersSchema(params.filter((p) => p['in'] === 'query')),
        ...(body && { requestBody: { required: body['required'] === true, content: convertContent(body['content']) } }),
        responses: convertResponses(op['responses'], resolve),
      });
    }
  }
  const schemas: Record<string, SchemaOrBoolean> = {};
  for (const [name, schema] of Object.entries(spec.components['schemas'] ?? {})) schemas[name] = convertSchema(schema);
  return { formatVersion: INDEX_FORMAT_VERSION, specVersion: spec.info.version, operations, components: { schemas } };
}

/** GitHub ignores unknown query parameters, but a client sending one has drifted: reject them. */
function parametersSchema(params: Record<string, unknown>[]): JsonSchema {
  const properties: Record<string, SchemaOrBoolean> = {};
  for (const p of params) properties[p['name'] as string] = convertSchema(p['schema']);
  const required = params.filter((p) => p['required'] === true).map((p) => p['name'] as string);
  return { type: 'object', properties, required, additionalProperties: false };
}

function convertResponses(
  responses: unknown,
  resolve: (node: unknown) => Record<string, unknown>,
): Record<string, ContentEntry> {
  const out: Record<string, ContentEntry> = {};
  for (const [status, response] of Object.entries((responses as Record<string, unknown>) ?? {})) {
    out[status] = convertContent(resolve(response)['content']);
  }
  return out;
}

function convertContent(content: unknown): ContentEntry {
  const out: ContentEntry = {};
  for (const [mediaType, media] of Object.entries((content as Record<string, { schema?: unknown }>) ?? {})) {
    out[mediaType] = convertSchema(media.schema);
  }
  return out;
}

/** Follows `$ref: '#/components/<kind>/<name>'` for parameters, request bodies and responses. */
function resolveComponentRef(spec: RawSpec, node: unknown): Record<string, unknown> {
  let current = node as Record<string, unknown>;
  while (typeof current['$ref'] === 'string') {
    const [, , kind, name] = (current['$ref'] as string).split('/');
    current = spec.components[kind!]?.[decodeURIComponent(name!)] as Record<string, unknown>;
    if (!current) throw new Error(`Unresolvable reference ${String(node && (node as JsonSchema)['$ref'])}`);
  }
  return current;
}
