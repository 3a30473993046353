// Which files of a repository the portfolio reads, from its rollbook.config.yaml: the plan paths
// (`plans`, files, directories or globs; default playbooks) and the lessons directory (default
// playbooks/lessons), the same rules `rollbook validate` applies on disk (plan/load.ts), applied
// to the paths GitHub listed. Pure.
import { posix } from 'node:path';
import { CONFIG_FILE, DEFAULT_PLAN_PATHS, type RollbookConfig } from '../config/schema.ts';
import { LESSON_GLOB, lessonsDirOf } from '../lessons/load.ts';
import { PLAN_GLOB } from '../plan/load.ts';

/** What the first read of a changed repository asks for: the config and the default plan directory (lessons are inside it). */
export const FIRST_PATHS: readonly string[] = [CONFIG_FILE, ...DEFAULT_PLAN_PATHS];

const GLOB_CHARS = /[*?[\]{}]/;

function clean(path: string): string {
  return posix.normalize(path.replace(/^\.\/+/, '')).replace(/\/+$/, '');
}

/** The directory part of a pattern before its first glob character ('' for the root). */
function staticPrefix(pattern: string): string {
  const parts = clean(pattern).split('/');
  const index = parts.findIndex((p) => GLOB_CHARS.test(p));
  return (index === -1 ? parts : parts.slice(0, index)).join('/');
}

function planPatterns(config: RollbookConfig): string[] {
  return (config.plans ?? DEFAULT_PLAN_PATHS).map(clean);
}

function lessonsDir(config: RollbookConfig): string {
  return clean(lessonsDirOf(config));
}

/** The directories (or files) the configured plans and lessons live under. */
export function wantedRoots(config: RollbookConfig): string[] {
  const roots = [...planPatterns(config).map(staticPrefix), lessonsDir(config)];
  return [...new Set(roots)];
}

const within = (path: string, dir: string) => dir === '' || path === dir || path.startsWith(`${dir}/`);

/**
 * The paths still to read for the wanted roots: a root no read covered yet, or a directory under
 * one that a read saw but did not descend into.
 */
export function pathsToRead(
  config: RollbookConfig,
  asked: ReadonlySet<string>,
  pendingTrees: ReadonlySet<string>,
): string[] {
  const roots = wantedRoots(config);
  const out = new Set<string>();
  for (const root of roots) {
    const covered = [...asked].some((a) => a !== CONFIG_FILE && within(root, a));
    if (!covered) out.add(root);
  }
  for (const tree of pendingTrees) if (roots.some((root) => within(tree, root) || within(root, tree))) out.add(tree);
  return [...out].sort();
}

/** Plan files among the repository's paths, sorted. */
export function planFiles(config: RollbookConfig, paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const pattern of planPatterns(config)) {
    if (GLOB_CHARS.test(pattern)) {
      for (const path of paths) if (posix.matchesGlob(path, pattern)) found.add(path);
    } else if (paths.includes(pattern)) found.add(pattern);
    else
      for (const path of paths)
        if (within(path, pattern) && posix.matchesGlob(path.slice(pattern.length + 1), PLAN_GLOB)) found.add(path);
  }
  return [...found].sort();
}

/** Lesson files among the repository's paths, sorted. */
export function lessonFiles(config: RollbookConfig, paths: readonly string[]): string[] {
  const dir = lessonsDir(config);
  return paths
    .filter((p) => within(p, dir) && p !== dir && posix.matchesGlob(p.slice(dir.length + 1), LESSON_GLOB))
    .sort();
}
