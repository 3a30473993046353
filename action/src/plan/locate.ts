// Maps a data path (['phases', 2, 'steps', 0, 'rollback']) back to a line and column in the
// YAML source. Diagnostics are computed on plain data; positions are looked up only when a
// diagnostic is reported, so a clean file pays nothing for them.
import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml';
import { type Position, START_OF_FILE } from '../diagnostics/diagnostic.ts';

export type DataPath = readonly (string | number)[];

/** Which part of a `key: value` pair to point at. */
export type Anchor = 'key' | 'value';

/** A piece of a scalar to point at instead of the whole value: the n-th (0-based) occurrence of `text`. */
export interface Within {
  text: string;
  occurrence: number;
}

export interface Locator {
  /**
   * Position of the node at `path`, or of its nearest existing ancestor. With `within`, the
   * position of that text inside the node's source, when it is written there as is (a
   * `{placeholder}` in a query); else the whole node.
   */
  locate(path: DataPath, anchor?: Anchor, within?: Within): Position;
}

interface Found {
  key?: Node;
  value?: Node;
}

/** Each mapping's pairs by key text, built on first lookup: one diagnostic per key of a huge mapping stays linear. */
const indexes = new WeakMap<object, Map<string, Found>>();

function indexOf(map: YAMLMap): Map<string, Found> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const key = pair.key;
      const text = String(isScalar(key) ? key.value : key);
      // The first pair with a key wins, as the linear search did.
      if (!index.has(text)) index.set(text, { key: key as Node, value: (pair.value ?? undefined) as Node | undefined });
    }
    indexes.set(map, index);
  }
  return index;
}

function child(node: unknown, segment: string | number): Found | undefined {
  if (isMap(node)) return indexOf(node).get(String(segment));
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item as Node };
  }
  return undefined;
}

function rangeOf(node: Node | undefined): [number, number] | undefined {
  const range = node?.range;
  if (!range) return undefined;
  return [range[0], range[1]];
}

/** The source range of the `occurrence`-th `text` inside [start, end), if it is there. */
function rangeWithin(source: string, [start, end]: [number, number], within: Within): [number, number] | undefined {
  let from = start;
  for (let n = 0; ; n++) {
    const found = source.indexOf(within.text, from);
    if (found < 0 || found + within.text.length > end) return undefined;
    if (n === within.occurrence) return [found, found + within.text.length];
    from = found + within.text.length;
  }
}

export function createLocator(doc: Document, lineCounter: LineCounter, source?: string): Locator {
  const toPosition = ([start, end]: [number, number]): Position => {
    const from = lineCounter.linePos(start);
    // A range ending at a newline belongs to the line it ends; step back one char for the end.
    const to = lineCounter.linePos(Math.max(start, end - 1));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col + 1 };
  };
  return {
    locate(path, anchor = 'value', within) {
      let node: unknown = doc.contents;
      let best = rangeOf(node as Node);
      for (let i = 0; i < path.length; i++) {
        const found = child(node, path[i]!);
        if (!found) break;
        const last = i === path.length - 1;
        const pick = last && anchor === 'key' && found.key ? found.key : (found.value ?? found.key);
        best = rangeOf(pick) ?? best;
        node = found.value;
        if (node === undefined) break;
        if (last && within && source !== undefined && best) best = rangeWithin(source, best, within) ?? best;
      }
      return best ? toPosition(best) : START_OF_FILE;
    },
  };
}

/** `phases[2].steps[0].rollback` — how a path reads in a message. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out || '(top level)';
}
