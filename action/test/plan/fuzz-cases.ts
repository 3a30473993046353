// The fuzz's cases, apart from the test runner (the corpus tool, scripts/fuzz-corpus.ts, draws
// the same ones): a seeded generator of mutated plans, each the scaffold's plan edited in its YAML
// tree and/or its text, and the property every case must hold: parsing and linting never throw,
// and the result is a clean plan or at least one diagnostic with a real position in the file.
import { isMap, isPair, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { lintPlan } from '../../src/lint/lint.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { decodeSource } from '../../src/plan/yaml-source.ts';

const BASE = scaffoldPlan('fuzz', 'schema.json');
const JUNK = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&a',
  '*a',
  '!!binary',
  '\t',
  '"',
  "'",
  '|',
  '>',
  '%',
  '@',
  '`',
  '\u0000',
  '\ud83d\ude80',
  'é',
  '\r',
  '\n',
  '  ',
  '? ',
  '<<: ',
  '~',
  'null',
  '1e999',
  '-.inf',
  '.nan',
];
const VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  Number.NaN,
  '',
  ' ',
  'x'.repeat(300),
  [],
  {},
  [1, 'a'],
  { a: { b: [] } },
  true,
  '<script>',
  '{{x}}',
  '100%',
];

function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function textMutation(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  const pick = (n: number) => Math.floor(rnd() * n);
  const i = pick(lines.length);
  switch (pick(7)) {
    case 0:
      lines.splice(i, 1);
      break;
    case 1:
      lines.splice(i, 0, lines[pick(lines.length)]!);
      break;
    case 2: {
      const line = lines[i]!;
      const at = pick(line.length + 1);
      lines[i] = line.slice(0, at) + JUNK[pick(JUNK.length)] + line.slice(at);
      break;
    }
    case 3:
      lines[i] = lines[i]!.replace(/^ */, (m) => ' '.repeat(Math.max(0, m.length + pick(5) - 2)));
      break;
    case 4:
      return text.slice(0, pick(text.length));
    case 5: {
      const line = lines[i]!;
      const at = pick(line.length);
      lines[i] = line.slice(0, at) + line.slice(at + 1 + pick(4));
      break;
    }
    default:
      lines[i] = lines[pick(lines.length)]!;
  }
  return lines.join('\n');
}

const BASE_DOC = parseDocument(BASE);

type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;

/**
 * Edits one node of the base plan's tree, prints it, and puts the node back: neither re-parsing
 * nor cloning the tree for every case (either would dominate the run). The edit is the one
 * `doc.deleteIn` / `doc.setIn` makes; the scaffold's keys are unique, so a key names one pair.
 */
function structuralMutation(rnd: () => number): string {
  const doc = BASE_DOC;
  let node: unknown = doc.contents;
  let parent: Collection | undefined;
  let index = 0;
  const path: (string | number)[] = [];
  while ((isMap(node) || isSeq(node)) && node.items.length > 0 && rnd() < 0.8) {
    parent = node;
    index = Math.floor(rnd() * node.items.length);
    const item = node.items[index] as { key?: { value?: unknown }; value?: unknown } | unknown;
    if (isMap(node)) {
      const pair = item as { key: { value: unknown }; value: unknown };
      path.push(String(pair.key.value));
      node = pair.value;
    } else {
      path.push(index);
      node = item;
    }
  }
  if (!parent) return BASE;
  const items = parent.items as unknown[];
  const item = items[index];
  // What setIn may change in place: a map pair's value, a sequence's item, or a scalar's value.
  const held = isPair(item) ? item.value : item;
  const heldScalar = isScalar(held) ? held.value : undefined;
  const remove = rnd() < 0.3;
  try {
    if (remove) items.splice(index, 1);
    else doc.setIn(path, VALUES[Math.floor(rnd() * VALUES.length)]);
    return doc.toString();
  } catch {
    return BASE; // e.g. an edit the library cannot print; the next round mutates the text
  } finally {
    if (remove) items.splice(index, 0, item);
    else {
      if (isPair(item)) item.value = held;
      else items[index] = held;
      if (isScalar(held)) held.value = heldScalar;
    }
  }
}

/** The mutated plan text of the next case drawn from `rnd`: the base plan, edited in its tree and/or its text. */
export function mutatedPlan(rnd: () => number): string {
  let text = rnd() < 0.5 ? structuralMutation(rnd) : BASE;
  const rounds = Math.floor(rnd() * 3) + (text === BASE ? 1 : 0);
  for (let r = 0; r < rounds; r++) text = textMutation(text, rnd);
  return text;
}

/** What one case gave: a clean plan, or at least one positioned diagnostic. Throws on a bad position. */
export function checkCase(text: string): 'clean' | 'diagnostics' {
  const decoded = decodeSource(new TextEncoder().encode(text), 'f.yaml');
  const parsed = decoded.text === undefined ? { diagnostics: decoded.diagnostics } : parsePlan(decoded.text, 'f.yaml');
  const lint = 'plan' in parsed ? lintPlan(parsed, { start: '2026-11-23', noFridays: true }) : [];
  const all = [...parsed.diagnostics, ...lint];
  if (all.length === 0) {
    if (!('plan' in parsed && parsed.plan)) throw new Error(`no plan and no diagnostic for:\n${text}`);
    return 'clean';
  }
  const lineCount = text.split('\n').length;
  for (const d of all) {
    if (!(d.line >= 1 && d.line <= lineCount + 1 && d.column >= 1 && d.endLine >= d.line && d.message)) {
      throw new Error(`bad position ${JSON.stringify(d)} for:\n${text}`);
    }
  }
  return 'diagnostics';
}

/** The cases a seed draws, in order (the same seed draws the same plans on every machine). */
export function* casesOf(seed: number): Generator<string> {
  const rnd = prng(seed);
  for (;;) yield mutatedPlan(rnd);
}

/** What the first `iterations` cases of a seed gave. Throws on a bad position. */
export function runCases(seed: number, iterations: number): { clean: number; withDiagnostics: number } {
  let clean = 0;
  let withDiagnostics = 0;
  let n = 0;
  for (const text of casesOf(seed)) {
    if (n++ === iterations) break;
    if (checkCase(text) === 'clean') clean++;
    else withDiagnostics++;
  }
  return { clean, withDiagnostics };
}
