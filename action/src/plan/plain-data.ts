// A YAML document as plain data, in one walk: what the library's `toJS` followed by a reviver
// that drops each mapping's prototype produces (plan/yaml-source.ts), for the documents plans
// are: YAML 1.2's core schema, no aliases, scalar keys. Mappings become objects without a
// prototype (plan/own.ts), sequences arrays, scalars their values. Anything else (an alias, a
// mapping or list used as a key, another schema with its merge keys, dates and sets) returns
// undefined, and the caller converts with the library, which handles every case. Pure.
//
// Why: `toJS` then the reviver walked every node twice, through generic code, and was about a
// fifth of reading a large plan (docs/adr/0037-hot-paths-measured-against-the-yaml-floor.md).
// The depth is bounded before this runs (MAX_NESTING_DEPTH), so recursion is safe.
import { type Document, isMap, isPair, isScalar, isSeq, type Pair } from 'yaml';

const MERGE_TAG = 'tag:yaml.org,2002:merge';

/** Thrown inside the walk when a node needs the library's conversion; never escapes. */
class NeedsLibrary extends Error {}

/** `{ data }`, or undefined when the document needs the library's conversion. */
export function plainData(doc: Document): { data: unknown } | undefined {
  if (doc.schema.name !== 'core' || doc.schema.tags.some((tag) => tag.tag === MERGE_TAG)) return undefined;
  try {
    return { data: plainValue(doc.contents) };
  } catch (error) {
    if (error instanceof NeedsLibrary) return undefined;
    throw error;
  }
}

function plainValue(node: unknown): unknown {
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === 'bigint') return Number(value);
    if (value === undefined || (value !== null && typeof value === 'object')) throw new NeedsLibrary();
    return value;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = Object.create(null);
    for (const pair of node.items) addPair(out, pair);
    return out;
  }
  if (isSeq(node)) {
    const out: unknown[] = new Array(node.items.length);
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i];
      if (isPair(item)) {
        // A `key: value` inside a flow list is a mapping of that one pair.
        const single: Record<string, unknown> = Object.create(null);
        addPair(single, item);
        out[i] = single;
      } else out[i] = plainValue(item);
    }
    return out;
  }
  if (node === null) return null;
  // An alias, or no node at all (the library's reviver would delete that key or leave a hole).
  throw new NeedsLibrary();
}

/** The library's key text: `String` of a scalar's value, `''` for an empty key. */
function addPair(out: Record<string, unknown>, pair: Pair<unknown, unknown>): void {
  const key = pair.key;
  let text: string;
  if (key === null) text = '';
  else if (isScalar(key)) {
    const value = key.value;
    if (value !== null && typeof value === 'object') throw new NeedsLibrary();
    text = value === null ? '' : String(typeof value === 'bigint' ? Number(value) : value);
  } else throw new NeedsLibrary();
  out[text] = plainValue(pair.value);
}
