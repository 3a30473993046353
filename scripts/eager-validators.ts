// Ajv's standalone code declares each validator as a top-level `function validateN(…) {…}`. V8
// compiles such a function lazily, on its first call, and Node's compile cache keeps only what was
// compiled with the module: every `rollbook validate` that checks a plan compiled the largest
// validator (about 300 KB of code) again. A function literal in parentheses is compiled with
// the module instead (V8's hint for functions about to be called), so this rewrites each one to
// `const validateN = (function validateN(…) {…});`, which esbuild keeps, and moves the exports
// that name them after their definitions. docs/adr/0071-validators-compiled-with-their-module.md.

const TOP_LEVEL_VALIDATOR = /\bfunction (validate\d+)\(/g;
const EXPORT_ALIAS = /export const (validate\w+) = (validate\d+);/g;

/** The index just past the string literal that starts at `start`. */
function stringEnd(code: string, start: number): number {
  const quote = code[start];
  for (let i = start + 1; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === quote) return i + 1;
  }
  throw new Error(`unterminated string at ${start}`);
}

/** The index just past the regular expression literal that starts at `start`, flags included. */
function regExpEnd(code: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      let end = i + 1;
      while (/[a-z]/.test(code[end] ?? '')) end++;
      return end;
    }
  }
  throw new Error(`unterminated regular expression at ${start}`);
}

/** The last character before `at` that is not white space. */
function previousToken(code: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /\s/.test(code[i]!)) i--;
  return code[i] ?? '';
}

/** Where a `/` starts a regular expression literal rather than a division: after these. */
const BEFORE_REGEXP = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';']);

/**
 * The index just past the bracket that closes the one at `open`, skipping string and regular
 * expression literals (Ajv writes `/~/g` to escape JSON pointers). Ajv's code has no template
 * literals or comments; meeting one (or a stray bracket) fails the build rather than guessing.
 */
function closingBracket(code: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'") {
      i = stringEnd(code, i) - 1;
    } else if (c === '/' && BEFORE_REGEXP.has(previousToken(code, i))) {
      i = regExpEnd(code, i) - 1;
    } else if (c === '`' || (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*'))) {
      throw new Error(`unexpected ${c} at ${i} in Ajv's standalone code: update scripts/eager-validators.ts`);
    } else if (pairs[c]) {
      stack.push(pairs[c]);
    } else if (c === ')' || c === '}' || c === ']') {
      if (stack.pop() !== c) throw new Error(`unbalanced ${c} at ${i} in Ajv's standalone code`);
      if (stack.length === 0) return i + 1;
    }
  }
  throw new Error(`no bracket closes the one at ${open} in Ajv's standalone code`);
}

/** `code` with each top-level validator compiled when its module is, and its exports after it. */
export function eagerValidators(code: string): string {
  const aliases = [...code.matchAll(EXPORT_ALIAS)].map((m) => m[0]);
  let out = code.replace(EXPORT_ALIAS, '');
  const found: { name: string; start: number; end: number }[] = [];
  for (const match of out.matchAll(TOP_LEVEL_VALIDATOR)) {
    if (found.some((f) => match.index < f.end)) continue; // declared inside another validator
    const params = match.index + match[0].length - 1;
    const paramsEnd = closingBracket(out, params);
    const body = out.indexOf('{', paramsEnd);
    if (out.slice(paramsEnd, body).trim() !== '') throw new Error(`no body after ${match[1]}'s parameters`);
    found.push({ name: match[1]!, start: match.index, end: closingBracket(out, body) });
  }
  if (found.length === 0) throw new Error("no validator function in Ajv's standalone code");
  for (const { name, start, end } of found.reverse()) {
    out = `${out.slice(0, start)}const ${name} = (${out.slice(start, end)});${out.slice(end)}`;
  }
  return `${out}\n${aliases.join('\n')}\n`;
}
