// Text cut short by a comment. In YAML, ` #` starts a comment even in the middle of an unquoted
// value, so `do: Triage the #rollout channel` is the text "Triage the". This finds unquoted
// (plain) values of free-text fields that have a comment on their last line, and warns with the
// value quoted as the fix. Free text is what the schema says: a string without an enum, a
// pattern or a constant (ids, durations and handles cannot hold ` #` anyway, and a comment after
// `environment: staging` is a comment). Pure; one walk over the document, no recursion.
import type { TSchema } from '@sinclair/typebox';
import { type Document, isMap, isScalar, isSeq, type LineCounter, Scalar } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { truncate } from '../text/truncate.ts';

export const COMMENT_CUT_CODE = 'yaml/comment-cuts-text';
/** How much of a value a message quotes. */
const QUOTED_MAX = 60;

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
}

/** The schemas that may describe the child `key` of a value described by `schemas`. */
function childSchemas(schemas: readonly SchemaNode[], key: string | number): SchemaNode[] {
  const out: SchemaNode[] = [];
  const visit = (node: SchemaNode) => {
    if (node.anyOf) for (const branch of node.anyOf) visit(branch);
    if (typeof key === 'number' && node.items) out.push(node.items);
    if (typeof key !== 'string') return;
    const named = node.properties?.[key];
    if (named) out.push(named);
    else if (node.patternProperties) out.push(...Object.values(node.patternProperties));
    else if (typeof node.additionalProperties === 'object') out.push(node.additionalProperties);
  };
  for (const schema of schemas) visit(schema);
  return out;
}

function isFreeText(schemas: readonly SchemaNode[]): boolean {
  return schemas.some((node) =>
    node.anyOf
      ? isFreeText(node.anyOf)
      : node.type === 'string' &&
        node.enum === undefined &&
        node.const === undefined &&
        node.pattern === undefined &&
        node.format === undefined,
  );
}

/** The value as a double-quoted YAML string: backslashes and double quotes escaped. */
export function doubleQuoted(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A plain string value with a comment after it: the only kind of node a comment can cut short. */
function isCutCandidate(node: unknown): node is Scalar & { range: [number, number, number] } {
  return isScalar(node) && node.type === Scalar.PLAIN && node.comment !== undefined && Boolean(node.range);
}

/**
 * Whether a node is worth its schemas: a collection, or a candidate. Most values are scalars
 * without a comment; looking up their schemas would be most of the walk.
 */
const mayHoldCut = (node: unknown): boolean => isMap(node) || isSeq(node) || isCutCandidate(node);

/**
 * A warning for each plain free-text value that a comment cut short. `text` is the document's
 * source; `schema` the schema it is checked against.
 */
export function commentCutWarnings(
  doc: Document,
  text: string,
  lineCounter: LineCounter,
  file: string,
  schema: TSchema,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: [unknown, SchemaNode[]][] = [[doc.contents, [schema as SchemaNode]]];
  while (stack.length > 0) {
    const [node, schemas] = stack.pop()!;
    if (schemas.length === 0) continue;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined && mayHoldCut(pair.value)) stack.push([pair.value, childSchemas(schemas, key)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (mayHoldCut(item)) stack.push([item, childSchemas(schemas, i)]);
      });
    } else if (isCutCandidate(node)) {
      if (typeof node.value !== 'string' || !isFreeText(schemas)) continue;
      const warning = cutWarning(node.value, node.range[1], text, lineCounter, file);
      if (warning) out.push(warning);
    }
  }
  return out;
}

function cutWarning(
  value: string,
  valueEnd: number,
  text: string,
  lineCounter: LineCounter,
  file: string,
): Diagnostic | undefined {
  // The comment must start on the value's own line: only spaces or tabs between them.
  let hash = valueEnd;
  while (text[hash] === ' ' || text[hash] === '\t') hash++;
  if (text[hash] !== '#' || hash === valueEnd) return undefined;
  const lineEnd = text.indexOf('\n', hash);
  const comment = text.slice(hash, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const whole = `${value}${text.slice(valueEnd, hash)}${comment}`;
  const from = lineCounter.linePos(hash);
  return {
    file,
    line: from.line,
    column: from.col,
    endLine: from.line,
    endColumn: from.col + comment.length,
    severity: 'warning',
    code: COMMENT_CUT_CODE,
    message: `the text stops before " #": YAML reads "${truncate(comment, QUOTED_MAX)}" as a comment, so the value is only "${truncate(value, QUOTED_MAX)}"`,
    expected: 'text that contains " #" written in quotes',
    hint: `quote the whole value: ${truncate(doubleQuoted(whole), QUOTED_MAX * 2)} (if the rest really is a comment, put it on a line of its own)`,
  };
}
