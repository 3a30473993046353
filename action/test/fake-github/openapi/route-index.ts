// Matches a concrete request path to the OpenAPI path template it instantiates. Where templates
// overlap (`/issues/comments` vs `/issues/{issue_number}`) the one with a literal segment earlier
// wins, as GitHub's router does.
import type { OperationEntry } from './spec-index.ts';

export interface RouteMatch {
  operation: OperationEntry;
  /** Decoded path parameter values by name. */
  pathParams: Record<string, string>;
}

interface CompiledRoute {
  operation: OperationEntry;
  /** A literal segment, or null for a `{param}` segment. */
  segments: (string | null)[];
  paramNames: string[];
}

/** Trailing parameters that name a file path or git ref may carry unencoded slashes. */
const SLASHED_TAIL_PARAMS = new Set(['path', 'ref']);

export class RouteIndex {
  readonly #byMethod = new Map<string, CompiledRoute[]>();
  /** Routes ending in a SLASHED_TAIL_PARAMS parameter, longest template first. */
  readonly #slashedTails = new Map<string, CompiledRoute[]>();

  constructor(operations: readonly OperationEntry[]) {
    for (const operation of operations) {
      const parts = splitPath(operation.template);
      const route: CompiledRoute = {
        operation,
        segments: parts.map((part) => (/^\{.+\}$/.test(part) ? null : part)),
        paramNames: parts.filter((part) => /^\{.+\}$/.test(part)).map((part) => part.slice(1, -1)),
      };
      const list = this.#byMethod.get(operation.method) ?? [];
      list.push(route);
      this.#byMethod.set(operation.method, list);
    }
    for (const [method, list] of this.#byMethod) {
      list.sort(byLiteralFirst);
      const tails = list.filter(
        (route) => route.segments.at(-1) === null && SLASHED_TAIL_PARAMS.has(route.paramNames.at(-1)!),
      );
      this.#slashedTails.set(
        method,
        tails.sort((a, b) => b.segments.length - a.segments.length),
      );
    }
  }

  match(method: string, pathname: string): RouteMatch | undefined {
    const segments = splitPath(pathname);
    const routes = this.#byMethod.get(method.toLowerCase()) ?? [];
    for (const route of routes) {
      const values = matchSegments(route, segments, false);
      if (values) return toMatch(route, values);
    }
    // a trailing `{path}` or `{ref}` may also arrive with its slashes unencoded
    for (const route of this.#slashedTails.get(method.toLowerCase()) ?? []) {
      const values = matchSegments(route, segments, true);
      if (values) return toMatch(route, values);
    }
    return undefined;
  }

  operationById(operationId: string): OperationEntry | undefined {
    for (const list of this.#byMethod.values()) {
      const found = list.find((route) => route.operation.operationId === operationId);
      if (found) return found.operation;
    }
    return undefined;
  }
}

/** `/a/b/` → ['a', 'b', '']: a trailing slash is an empty last segment (`contents/` lists the root). */
function splitPath(path: string): string[] {
  return path.split('/').slice(1);
}

function matchSegments(route: CompiledRoute, segments: string[], greedyTail: boolean): string[] | undefined {
  const expected = route.segments;
  if (greedyTail ? segments.length <= expected.length : segments.length !== expected.length) {
    return undefined;
  }
  const values: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    const literal = expected[i];
    const actual = segments[i]!;
    if (literal === null) values.push(actual);
    else if (literal !== actual) return undefined;
  }
  if (greedyTail) values[values.length - 1] = segments.slice(expected.length - 1).join('/');
  return values;
}

function toMatch(route: CompiledRoute, rawValues: string[]): RouteMatch {
  const pathParams: Record<string, string> = {};
  route.paramNames.forEach((name, i) => {
    pathParams[name] = safeDecode(rawValues[i]!);
  });
  return { operation: route.operation, pathParams };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Literal segments sort before parameters, position by position. */
function byLiteralFirst(a: CompiledRoute, b: CompiledRoute): number {
  const length = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < length; i++) {
    const aLiteral = a.segments[i] !== null;
    const bLiteral = b.segments[i] !== null;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return a.segments.length - b.segments.length;
}
