// The fake's compiled checks, kept on disk for the next test worker. Ajv turns each check (a JSON
// pointer into the converted index) into JavaScript; compiling the checks a sync scenario uses cost
// every fresh worker most of a CPU-second. Each compiled check is written as Ajv's standalone code
// under a directory named by a hash of everything that shapes that code (the index itself, Ajv's
// version and options, the formats' source, this file's format), so a worker loads what another
// compiled, and any change to GitHub's description, its conversion or Ajv compiles afresh (ADR 81).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _, Ajv, type Options, type ValidateFunction } from 'ajv';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { FAKE_CACHE_DIR } from './cache-dir.ts';
import { GITHUB_FORMATS } from './formats.ts';
import type { SpecIndex } from './spec-index.ts';

/** Bump when what is written changes shape, to ignore older directories. */
const CHECKS_FORMAT_VERSION = 1;
/** What the written code calls `require` with to reach the formats (answered by `requireForChecks`). */
const FORMATS_MODULE = 'rollbook:github-formats';
const FORMATS_SOURCE = new URL('./formats.ts', import.meta.url);
const SPEC_SCHEMA_ID = 'https://rollbook.test/github-openapi.json';

const require = createRequire(import.meta.url);
const AJV_VERSION = (require('ajv/package.json') as { version: string }).version;
// The CommonJS module's `exports.default` (its `module.exports` is the same function).
const standaloneCode = standaloneCodeModule.default;

/** What a check's code may require: Ajv's runtime helpers, and the formats. */
function requireForChecks(id: string): unknown {
  return id === FORMATS_MODULE ? GITHUB_FORMATS : require(id);
}

function ajvOptions(coerceParameters: boolean): Options {
  return {
    allErrors: true,
    strict: true,
    strictRequired: false, // `required` may name properties declared in another allOf branch
    strictTypes: false, // 3.0 schemas often give `properties` without `type: object`
    allowUnionTypes: true,
    coerceTypes: coerceParameters ? 'array' : false,
    validateSchema: false,
    // Each referenced component compiles once and is called, not inlined again into every
    // operation that uses it, and the generated code is not optimized: the same checks, compiled
    // in about 40 % of the time (ADR 59). A validator runs a handful of times per test.
    inlineRefs: false,
    // `source` keeps the generated code, to be written out; the formats are reached by name.
    code: { optimize: false, source: true, formats: _`require(${FORMATS_MODULE})` },
  };
}

/**
 * Compiled checks against one index, with or without parameter coercion: from memory, else from
 * the disk, else compiled by Ajv (made on the first miss) and written for the next worker.
 */
export class CompiledChecks {
  readonly #index: SpecIndex;
  readonly #options: Options;
  readonly #dir: string;
  readonly #checks = new Map<string, ValidateFunction | undefined>();
  #ajv: Ajv | undefined;
  /** How many checks this instance compiled itself (the rest came from the disk). */
  compiled = 0;

  constructor(index: SpecIndex, coerceParameters: boolean, cacheDir = FAKE_CACHE_DIR) {
    this.#index = index;
    this.#options = ajvOptions(coerceParameters);
    this.#dir = join(cacheDir, `checks-v${CHECKS_FORMAT_VERSION}-${cacheKey(index, this.#options)}`);
  }

  /** The check at `pointer` (`#/operations/3/pathParams`), or undefined when the index has none. */
  get(pointer: string): ValidateFunction | undefined {
    if (this.#checks.has(pointer)) return this.#checks.get(pointer);
    const file = join(this.#dir, `${createHash('sha256').update(pointer).digest('hex').slice(0, 32)}.cjs`);
    const check = readCheck(file) ?? this.#compile(pointer, file);
    this.#checks.set(pointer, check);
    return check;
  }

  #compile(pointer: string, file: string): ValidateFunction | undefined {
    this.#ajv ??= createAjv(this.#index, this.#options);
    const compiled = this.#ajv.getSchema(`${SPEC_SCHEMA_ID}${pointer}`) as ValidateFunction | undefined;
    if (!compiled) return undefined;
    this.compiled++;
    writeCheck(file, standaloneCode(this.#ajv, compiled));
    return compiled;
  }
}

function createAjv(index: SpecIndex, options: Options): Ajv {
  const ajv = new Ajv(options);
  for (const [name, format] of Object.entries(GITHUB_FORMATS)) ajv.addFormat(name, format);
  // the document's top-level members are containers, not keywords
  ajv.addVocabulary(['formatVersion', 'specVersion', 'operations', 'components']);
  ajv.addSchema({ $id: SPEC_SCHEMA_ID, ...index });
  return ajv;
}

/** Everything the written code depends on; the formats by their module's source, as the code calls them. */
function cacheKey(index: SpecIndex, options: Options): string {
  const formats = readFileSync(FORMATS_SOURCE, 'utf8');
  const code = { ...options.code, formats: String(options.code?.formats) };
  return createHash('sha256')
    .update(JSON.stringify({ ajv: AJV_VERSION, options: { ...options, code }, formats }))
    .update(JSON.stringify(index))
    .digest('hex')
    .slice(0, 32);
}

function readCheck(file: string): ValidateFunction | undefined {
  let code: string;
  try {
    code = readFileSync(file, 'utf8');
  } catch {
    return undefined; // not compiled yet
  }
  const module = { exports: undefined as unknown };
  try {
    new Function('require', 'module', code)(requireForChecks, module);
  } catch {
    return undefined; // not code this version wrote: compile again
  }
  return typeof module.exports === 'function' ? (module.exports as ValidateFunction) : undefined;
}

function writeCheck(file: string, code: string): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    // write-then-rename so a parallel test worker never reads half a file
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  } catch {
    // a cache directory that cannot be written only costs the next worker a compile
  }
}
