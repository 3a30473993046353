// Where the JSON Schemas live: committed in action/schema/ (written by scripts/gen-schema.ts),
// shipped in the npm package, and served from it by jsDelivr at a URL that names the major
// version, so a plan's `$schema` line keeps working across releases (docs/adr/0019). Editors
// with the YAML language server read these; SchemaStore's catalog entry points at the plan's.

/** The package's major version; a breaking schema change publishes under the next one. */
export const SCHEMA_MAJOR = 1;
const CDN = `https://cdn.jsdelivr.net/npm/rollbook@${SCHEMA_MAJOR}`;

export interface PublishedSchema {
  /** Path in the repository and in the npm package. */
  file: string;
  /** Stable public URL (also the schema's `$id`). */
  url: string;
}

function published(file: string): PublishedSchema {
  return { file, url: `${CDN}/${file}` };
}

export const PLAN_SCHEMA = published('action/schema/rollout-plan.schema.json');
export const CONFIG_SCHEMA = published('action/schema/rollbook-config.schema.json');
export const LESSON_SCHEMA = published('action/schema/lesson.schema.json');
