// GitHub's public GraphQL schema (@octokit/graphql-schema), built once per process. Executing
// against it is what keeps the fake's GraphQL answers honest: a field the resolvers return with
// the wrong type or as null where GitHub promises a value fails execution.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSchema, type GraphQLScalarType, type GraphQLSchema } from 'graphql';

const require = createRequire(import.meta.url);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

let schema: GraphQLSchema | undefined;

export function githubGraphqlSchema(): GraphQLSchema {
  if (schema) return schema;
  const file = schemaFile();
  // assumeValid: graphql 17 rejects deprecated implementations of non-deprecated interface
  // fields, which GitHub's schema has; GitHub serves it regardless
  schema = buildSchema(readFileSync(file, 'utf8'), { assumeValidSDL: true, assumeValid: true });
  checkScalar(schema, 'DateTime', (value) => typeof value === 'string' && DATE_TIME.test(value));
  checkScalar(schema, 'URI', (value) => typeof value === 'string' && URL.canParse(value));
  return schema;
}

/** The package exports only its JS entry, so look for the SDL file where Node would find the package. */
function schemaFile(): string {
  for (const dir of require.resolve.paths('@octokit/graphql-schema') ?? []) {
    const candidate = join(dir, '@octokit/graphql-schema/schema.graphql');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('@octokit/graphql-schema is not installed');
}

/** Custom scalars pass anything through by default; make wrong output values an error. */
function checkScalar(target: GraphQLSchema, name: string, isValid: (value: unknown) => boolean): void {
  const scalar = target.getType(name) as GraphQLScalarType;
  const coerce = (value: unknown) => {
    if (!isValid(value)) throw new TypeError(`${name} cannot represent ${JSON.stringify(value)}`);
    return value;
  };
  Object.assign(scalar, { coerceOutputValue: coerce, serialize: coerce });
}
