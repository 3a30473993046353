// One test for "a plain mapping" in data read from outside (JSON files, YAML, API payloads): an
// object that is not null and not an array.
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
