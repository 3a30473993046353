// npm 11 leaves platform-specific optional packages out of package-lock.json when the registry
// it talks to has no metadata for that exact version (some mirrors only carry the platforms
// they serve). `npm ci` then refuses the lock on every machine. This adds the missing entries
// from what the lock already knows: the parent's exact pin, and the package's os/cpu taken
// from the registry's metadata for any version of it. Run after `npm install` changes the lock;
// `npm test` fails (via `--check`) when the lock needs it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  [key: string]: unknown;
}

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8')) as { packages: Record<string, LockEntry> };

function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  try {
    const out = execFileSync('npm', ['view', name, 'os', 'cpu', 'libc', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const meta = JSON.parse(out) as { os?: string[]; cpu?: string[]; libc?: string[] };
    return {
      ...(meta.os ? { os: meta.os } : {}),
      ...(meta.cpu ? { cpu: meta.cpu } : {}),
      ...(meta.libc ? { libc: meta.libc } : {}),
    };
  } catch {
    return {};
  }
}

const missing: { path: string; entry: LockEntry }[] = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!/^\d+\.\d+\.\d+/.test(spec)) continue; // only exact pins can be filled in faithfully
    const nested = `${path}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    missing.push({
      path: hoisted,
      entry: { version: spec, ...(entry.dev ? { dev: true } : {}), optional: true },
    });
  }
}

if (process.argv.includes('--check')) {
  if (missing.length > 0) {
    console.error(
      `${LOCK} lacks ${missing.length} platform packages (${missing.map((m) => m.path.slice(13)).join(', ')}); run \`node scripts/complete-lockfile.ts\`.`,
    );
    process.exitCode = 1;
  } else console.log(`${LOCK}: every optional platform package is recorded.`);
} else {
  for (const { path, entry } of missing)
    lock.packages[path] = { ...entry, ...platformOf(path.slice('node_modules/'.length)) };
  const sorted = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  writeFileSync(LOCK, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
  console.log(`added ${missing.length} platform entries to ${LOCK}`);
}
