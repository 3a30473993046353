// What checking one plan file found, kept between runs (docs/adr/0054-results-kept-per-plan-file.md),
// and what parsing one lesson file gave (docs/adr/0061-lessons-kept-too.md). A pre-commit hook
// validates the same repository on every commit, mostly unchanged, and reading a plan or a
// lesson (the YAML parse, with the library's code still cold) is most of a small `validate`.
//
// An entry is found by a key over everything the check of that one file reads: the code that
// checks (the bundle's build id, the Node version, TZ), the run's settings (start, the whole
// config, the lessons' files and texts, cwd), the file's path and its text. The file is still
// read every run, through the same containment check; only parsing, the schema and the rules are
// skipped. What spans files (duplicate names, links between plans, duplicate lesson ids) is
// computed every run from the kept facts. A lesson's key is its path and text (parsing a lesson
// reads nothing else); its entry holds the lesson's data, rebuilt as the parser builds it. A cache is an optimisation only: a directory that cannot be created or written
// turns it off for the run, and an entry that cannot be read, does not parse, or does not have
// the shape below is a miss. Nothing here ever fails a run.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import type { KeptLessons, ParsedLessonFile } from '../lessons/kept.ts';
import type { PlanLinkFacts } from '../plan/links.ts';
import { isRecord } from '../runtime/is-record.ts';

/** Bumped whenever what an entry holds changes shape; part of every key and of every entry. */
const ENTRY_FORMAT = 1;
/** Entries kept per build; past this the directory is emptied and starts again (a hook's repository has tens of plans). */
export const MAX_RESULT_ENTRIES = 2000;
/** Subdirectory of the cache root (beside Node's compile cache) holding one directory per build. */
export const RESULTS_DIR = 'rollbook-results';
/** First input of a lesson's key; a plan's first input is a 64-digit hash, so the two never meet. */
const LESSON_KIND = 'lesson';

/** The kept outcome of checking one plan file: what checkPlans' worker has once the file is done. */
export interface CheckedFile {
  /** Its diagnostics, sorted and capped, before anything that spans files is added. */
  diagnostics: Diagnostic[];
  /** Its plan name and where it is written, when the plan matched the schema. */
  name?: { name: string; position: Position };
  /** What links between plans need of it, when the plan matched the schema. */
  links?: PlanLinkFacts;
}

export interface ResultCache extends KeptLessons {
  /** The kept result for exactly these inputs, or undefined. */
  get(inputs: readonly string[]): CheckedFile | undefined;
  /** Keeps a result for these inputs; failures are silent. */
  set(inputs: readonly string[], result: CheckedFile): void;
}

/** Where results live and what identifies the code that made them (the CLI's io carries it). */
export interface ResultCacheLocation {
  /** The cache root: Node's compile cache directory (ADR 15). */
  dir: string;
  /** Identifies the checking code: build id, Node version, TZ. Entries of another id are never read. */
  codeId: string;
}

function sha256(parts: readonly string[]): string {
  const hash = createHash('sha256');
  // Length-prefixed, so no two different lists hash the same text.
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

const isPosition = (value: unknown): boolean =>
  isRecord(value) &&
  Number.isInteger(value.line) &&
  Number.isInteger(value.column) &&
  Number.isInteger(value.endLine) &&
  Number.isInteger(value.endColumn);
const isDiagnostic = (value: unknown): boolean =>
  isPosition(value) &&
  isRecord(value) &&
  typeof value.file === 'string' &&
  (value.severity === 'error' || value.severity === 'warning') &&
  typeof value.code === 'string' &&
  typeof value.message === 'string';

/** The plan result in an entry, when it has the shape checkPlans keeps. */
function checkedFileOf(result: unknown): CheckedFile | undefined {
  if (!isRecord(result) || !Array.isArray(result.diagnostics) || !result.diagnostics.every(isDiagnostic)) {
    return undefined;
  }
  const { name, links } = result;
  if (name !== undefined && !(isRecord(name) && typeof name.name === 'string' && isPosition(name.position))) {
    return undefined;
  }
  if (links !== undefined && !(isRecord(links) && typeof links.name === 'string' && Array.isArray(links.phases))) {
    return undefined;
  }
  return result as unknown as CheckedFile;
}

/**
 * Data that JSON gives back unchanged: strings, booleans, null, finite numbers other than -0,
 * arrays, and mappings without a prototype (what plan/plain-data.ts builds). Anything else (a
 * library-converted value, Infinity from `.inf`) is not kept and the lesson is parsed every run.
 */
function isJsonData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    // A hole would come back as null.
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isJsonData(value[i])) return false;
    return true;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== null) return false;
  for (const key in value) if (!isJsonData((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** JSON data with each mapping's prototype dropped again, as the parser leaves them (plan/own.ts). */
function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (const item of value) withoutPrototypes(item);
  } else if (isRecord(value)) {
    Object.setPrototypeOf(value, null);
    for (const key of Object.keys(value)) withoutPrototypes(value[key]);
  }
  return value;
}

/** The lesson in an entry, when it has the parsed lesson's shape. */
function lessonOf(result: unknown): ParsedLessonFile | undefined {
  if (!isRecord(result) || !Array.isArray(result.diagnostics) || !result.diagnostics.every(isDiagnostic)) {
    return undefined;
  }
  const { body, id, lesson } = result;
  if ((body !== undefined && typeof body !== 'string') || (id !== undefined && typeof id !== 'string')) {
    return undefined;
  }
  if (
    lesson !== undefined &&
    !(
      isRecord(lesson) &&
      typeof lesson.id === 'string' &&
      Array.isArray(lesson.guards) &&
      lesson.guards.every(isRecord)
    )
  ) {
    return undefined;
  }
  if (lesson !== undefined) withoutPrototypes(lesson);
  return result as unknown as ParsedLessonFile;
}

/** A file-system error (unwritable, missing, full disk, not a directory…): the cache steps aside. */
function isFsError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/**
 * The results of one build in `<dir>/rollbook-results/<build>/`, one JSON file per key, written
 * whole (to a temporary name, then renamed) so a reader never sees half an entry. Opening it
 * removes other builds' directories: an upgrade never reads them, so they are only litter.
 */
export function openResultCache({ dir, codeId }: ResultCacheLocation): ResultCache {
  const root = join(dir, RESULTS_DIR);
  const build = sha256([String(ENTRY_FORMAT), codeId]).slice(0, 32);
  const own = join(root, build);
  let usable = true;
  let prepared = false;
  const keyOf = (inputs: readonly string[]) => sha256([String(ENTRY_FORMAT), codeId, ...inputs]);

  /** Before the first write of a run: this build's directory exists, others are gone, and it is not overfull. */
  const prepare = () => {
    prepared = true;
    let fresh = false;
    mkdirSync(root, { recursive: true });
    try {
      mkdirSync(own);
      fresh = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const others = fresh ? readdirSync(root).filter((name) => name !== build) : [];
    for (const other of others) rmSync(join(root, other), { recursive: true, force: true });
    const entries = readdirSync(own);
    if (entries.length >= MAX_RESULT_ENTRIES) for (const name of entries) rmSync(join(own, name), { force: true });
  };

  /** What the entry for `key` holds, when it is whole and is for that key; undefined otherwise. */
  const read = (key: string): unknown => {
    if (!usable) return undefined;
    let text: string;
    try {
      text = readFileSync(join(own, `${key}.json`), 'utf8');
    } catch (error) {
      if (isFsError(error)) return undefined;
      throw error;
    }
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch (error) {
      if (error instanceof SyntaxError) return undefined;
      throw error;
    }
    return isRecord(entry) && entry.format === ENTRY_FORMAT && entry.key === key ? entry.result : undefined;
  };

  const write = (key: string, result: unknown) => {
    if (!usable) return;
    const path = join(own, `${key}.json`);
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      if (!prepared) prepare();
      writeFileSync(temporary, JSON.stringify({ format: ENTRY_FORMAT, key, result }));
      renameSync(temporary, path);
    } catch (error) {
      if (!isFsError(error)) throw error;
      usable = false;
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Its directory is gone or was never there: nothing was left behind.
      }
    }
  };

  /** A lesson's inputs: marked apart from a plan's, whose first input is the run's key. */
  const lessonKey = (file: string, text: string) => keyOf([LESSON_KIND, file, text]);

  return {
    get: (inputs) => checkedFileOf(read(keyOf(inputs))),
    set: (inputs, result) => write(keyOf(inputs), result),
    getLesson: (file, text) => lessonOf(read(lessonKey(file, text))),
    setLesson(file, text, parsed) {
      if (parsed.lesson !== undefined && !isJsonData(parsed.lesson)) return;
      write(lessonKey(file, text), parsed);
    },
  };
}

/**
 * The part of every key that the whole run shares: its settings, and every lesson the rules read
 * (local and shared, with where each was read from) with what decides how they apply.
 */
export function runInputs(settings: {
  cwd: string;
  start: string;
  config: unknown;
  lessons: readonly { file: string; text: string; source?: unknown }[];
  lessonSettings: unknown;
}): string {
  return sha256([
    settings.cwd,
    settings.start,
    JSON.stringify(settings.config),
    JSON.stringify(settings.lessonSettings),
    ...settings.lessons.flatMap((lesson) => [lesson.file, lesson.text, JSON.stringify(lesson.source ?? null)]),
  ]);
}
