// What package-lock.json lacks for `npm ci` to install the right platform packages, and only
// those (complete-lockfile.ts fills it in). Pure.
//
// npm 11 leaves a platform-specific optional package out of the lock when the registry it talks to
// has no metadata for that exact version: `npm ci` then refuses the lock on every machine. An entry
// filled in for it without its `os`/`cpu` is worse in a quieter way: npm installs that package on
// every machine, so each `npm ci` unpacked Biome's two Android binaries (180 MB) and Astro's
// WebAssembly compiler beside the native ones.

export interface LockEntry {
  version?: string;
  integrity?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  [key: string]: unknown;
}

export interface Lock {
  packages: Record<string, LockEntry>;
}

export interface LockGaps {
  /** Optional packages pinned by a parent and absent from the lock: where to add them, and as what. */
  missing: { path: string; entry: LockEntry }[];
  /**
   * Optional entries npm did not write (no integrity) that name no platform, so `npm ci` installs
   * them everywhere.
   */
  unplatformed: string[];
}

export const LOCK_PREFIX = 'node_modules/';

export function lockGaps(lock: Lock): LockGaps {
  const missing: LockGaps['missing'] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
      if (!/^\d+\.\d+\.\d+/.test(spec)) continue; // only exact pins can be filled in faithfully
      const hoisted = `${LOCK_PREFIX}${name}`;
      if (lock.packages[`${path}/${hoisted}`] || lock.packages[hoisted]) continue;
      if (missing.some((m) => m.path === hoisted)) continue;
      missing.push({ path: hoisted, entry: { version: spec, ...(entry.dev ? { dev: true } : {}), optional: true } });
    }
  }
  const unplatformed = Object.entries(lock.packages)
    .filter(([path, e]) => path !== '' && e.optional && e.integrity === undefined && !e.os && !e.cpu)
    .map(([path]) => path);
  return { missing, unplatformed };
}
