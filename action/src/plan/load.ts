// The file-system edge for plans: find plan files and read them safely.
import { open, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { START_OF_FILE } from '../diagnostics/diagnostic.ts';
import { containedPath, OUTSIDE_ROOT_HINT, OutsideRootError } from '../files/contained.ts';
import { PlanDiscoveryError } from './discovery-error.ts';
import { type ParsedPlan, parsePlan } from './parse.ts';
import { type DecodeResult, decodeSource, MAX_FILE_BYTES } from './yaml-source.ts';

export const PLAN_GLOB = '**/*.rollout.{yaml,yml}';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

const isGlob = (pattern: string) => /[*?[\]{}]/.test(pattern);
/** A path as users see it: relative to cwd when inside it, with forward slashes. */
export const toDisplay = (absolute: string, cwd: string) => {
  const rel = relative(cwd, absolute);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute).split(sep).join('/');
};

/** Files named by the inputs (files, directories searched for *.rollout.yaml, or globs), sorted, relative to cwd. */
export async function discoverPlanFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    if (isGlob(input)) {
      const matches = await glob(input, { cwd, ignore: IGNORED, absolute: true, onlyFiles: true });
      if (matches.length === 0) throw new PlanDiscoveryError(`no files match "${input}"`);
      for (const m of matches) found.add(resolve(m));
      continue;
    }
    const absolute = resolve(cwd, input);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new PlanDiscoveryError(`"${input}" does not exist`);
    if (info.isDirectory()) {
      const matches = await glob(PLAN_GLOB, { cwd: absolute, ignore: IGNORED, absolute: true, onlyFiles: true });
      if (matches.length === 0) {
        throw new PlanDiscoveryError(`no rollout plans (*.rollout.yaml) in "${input}"`);
      }
      for (const m of matches) found.add(resolve(m));
    } else {
      found.add(absolute);
    }
  }
  return [...found].map((f) => toDisplay(f, cwd)).sort();
}

/**
 * Reads a hand-written source file (a plan, a lesson, the config) for decoding. At most one byte
 * past the size limit is read, so decodeSource reports an oversized file without loading it all.
 * A file inside `cwd` that links to somewhere outside it is refused unread (files/contained.ts).
 */
export async function readSourceFile(path: string, cwd: string): Promise<DecodeResult> {
  let real: string;
  try {
    real = await containedPath(path, cwd);
  } catch (error) {
    if (!(error instanceof OutsideRootError)) throw error;
    return {
      diagnostics: [
        {
          file: path,
          ...START_OF_FILE,
          severity: 'error',
          code: 'file/outside-repository',
          message: error.message,
          expected: 'a file inside the repository',
          hint: OUTSIDE_ROOT_HINT,
        },
      ],
    };
  }
  const handle = await open(real, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, MAX_FILE_BYTES + 1);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, 0);
    return decodeSource(buffer, path, size);
  } finally {
    await handle.close();
  }
}

/** Reads and parses one plan. Oversized files are refused before they are read. */
export async function readPlanFile(path: string, cwd: string): Promise<ParsedPlan> {
  const decoded = await readSourceFile(path, cwd);
  if (decoded.text === undefined) return { file: path, text: '', diagnostics: decoded.diagnostics };
  return parsePlan(decoded.text, path);
}
