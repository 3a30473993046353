// The file-system edge for plans: find plan files and read them safely.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { START_OF_FILE } from '../diagnostics/diagnostic.ts';
import { containedPath, OUTSIDE_ROOT_HINT, OutsideRootError, toDisplay } from '../files/contained.ts';
import { isFileSystemError } from '../files/file-system-error.ts';
import { PlanDiscoveryError } from './discovery-error.ts';
import { type ParsedPlan, parsePlan } from './parse.ts';
import { type DecodeResult, decodeSource, MAX_FILE_BYTES } from './yaml-source.ts';

export const PLAN_GLOB = '**/*.rollout.{yaml,yml}';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export const isGlob = (pattern: string) => /[*?[\]{}]/.test(pattern);

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
 * What is not a regular file (a directory, a named pipe, a device) and what the file system
 * refuses are reported as positioned errors, never thrown: the path was named by a user or a
 * search, and every command says the same about it. A named pipe is opened without waiting for a
 * writer, so naming one never hangs.
 */
export async function readSourceFile(path: string, cwd: string): Promise<DecodeResult> {
  let real: string;
  try {
    real = await containedPath(path, cwd);
  } catch (error) {
    if (error instanceof OutsideRootError) {
      return unreadable(
        path,
        error.message,
        'a file inside the repository',
        OUTSIDE_ROOT_HINT,
        'file/outside-repository',
      );
    }
    if (isFileSystemError(error)) return fileSystemRefusal(path, error);
    throw error;
  }
  // Synchronous calls: a run reads a few small local files, and each promise round trip through
  // libuv's thread pool cost more than the read (ADR 87). The promise stays for the callers.
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (isFileSystemError(error)) return fileSystemRefusal(path, error);
    throw error;
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) {
      return unreadable(
        path,
        'this is a directory, not a file',
        'a file',
        'name a file inside it; validate, render and lessons search a directory given as a path',
      );
    }
    if (!info.isFile()) {
      return unreadable(
        path,
        'this is not a regular file (a pipe, socket or device)',
        'a file',
        'save the text to a file and name that file',
      );
    }
    const { size } = info;
    const length = Math.min(size, MAX_FILE_BYTES + 1);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, 0);
    return decodeSource(buffer, path, size);
  } catch (error) {
    if (isFileSystemError(error)) return fileSystemRefusal(path, error);
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** What each refusal of the file system means, in words. */
const REFUSALS: Record<string, { reason: string; hint: string }> = {
  EACCES: { reason: 'permission denied', hint: 'check its permissions' },
  EPERM: { reason: 'permission denied', hint: 'check its permissions' },
  ENOENT: { reason: 'it is not there', hint: 'check the path; a link must lead to a file that exists' },
  EISDIR: { reason: 'it is a directory', hint: 'name a file inside it' },
  ELOOP: { reason: 'its links go round in a loop', hint: 'replace the link with the file itself' },
};

function fileSystemRefusal(path: string, error: NodeJS.ErrnoException): DecodeResult {
  const code = error.code ?? 'unknown error';
  const refusal = REFUSALS[code];
  return unreadable(
    path,
    `cannot read the file (${code}${refusal ? `: ${refusal.reason}` : ''})`,
    'a readable file',
    refusal?.hint ?? 'check the path and that the file can be read',
  );
}

function unreadable(
  path: string,
  message: string,
  expected: string,
  hint: string,
  code = 'file/unreadable',
): DecodeResult {
  return { diagnostics: [{ file: path, ...START_OF_FILE, severity: 'error', code, message, expected, hint }] };
}

/** Reads and parses one plan. Oversized files are refused before they are read. */
export async function readPlanFile(path: string, cwd: string): Promise<ParsedPlan> {
  const decoded = await readSourceFile(path, cwd);
  if (decoded.text === undefined) return { file: path, text: '', diagnostics: decoded.diagnostics };
  return parsePlan(decoded.text, path);
}
