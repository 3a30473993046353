// Dotted paths into JSON documents: `data.value`, `data.0.value` (or `data[0].value`),
// and `-1` for the last element of an array.

/** When not found, `emptyArray` tells an index into an empty array (no data) from a wrong path. */
export type PathResult = { found: true; value: unknown } | { found: false; missing: string; emptyArray: boolean };

export function resolvePath(document: unknown, path: string | undefined): PathResult {
  if (!path) return { found: true, value: document };
  const segments = path
    .replace(/\[(-?\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  let current = document;
  for (const [index, segment] of segments.entries()) {
    const next = step(current, segment);
    if (next === undefined) {
      const emptyArray = Array.isArray(current) && current.length === 0;
      return { found: false, missing: segments.slice(0, index + 1).join('.'), emptyArray };
    }
    current = next;
  }
  return { found: true, value: current };
}

function step(current: unknown, segment: string): unknown {
  if (Array.isArray(current)) {
    if (!/^-?\d+$/.test(segment)) return undefined;
    const index = Number(segment);
    return current[index < 0 ? current.length + index : index];
  }
  if (typeof current === 'object' && current !== null && Object.hasOwn(current, segment)) {
    return (current as Record<string, unknown>)[segment];
  }
  return undefined;
}
