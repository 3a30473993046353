// Lookups by ids that users choose (metric names, phase, step and gate ids, flag keys, lesson
// ids...). A plain object answers `constructor`, `toString` or `__proto__` from Object.prototype,
// so `plan.metrics["constructor"]` would be a function and an undeclared metric would pass as
// declared. Every record keyed by user ids is created with `idRecord()` (no prototype) and read
// with `own()` (own properties only); YAML documents are turned into null-prototype objects where
// they are parsed (yaml-source.ts).

/** An empty record without a prototype: only what is put in it is in it. */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The record's own value for `key`, never an inherited one. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string | undefined): T | undefined {
  return record !== undefined && key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `Object.fromEntries` into a record without a prototype. */
export function idRecordFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = idRecord<T>();
  for (const [key, value] of entries) out[key] = value;
  return out;
}
