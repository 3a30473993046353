// Makes package-lock.json usable by `npm ci` on every platform (lockfile-platforms.ts says what
// it lacks): adds the platform packages npm left out, from the parent's exact pin, and gives each
// entry it fills in the package's os/cpu/libc from the registry's metadata. Run after
// `npm install` changes the lock (ADR 93); `npm test` fails (via `--check`, which reads only the lock) when
// the lock needs it. A package whose platform the registry does not tell is an error, not an
// entry that would install everywhere.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { LOCK_PREFIX, type Lock, type LockEntry, lockGaps } from './lockfile-platforms.ts';

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8')) as Lock;
const { missing, unplatformed } = lockGaps(lock);
const named = (paths: string[]) => paths.map((p) => p.slice(LOCK_PREFIX.length)).join(', ');

function platformOf(name: string, version: string | undefined): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  let meta: { os?: string[]; cpu?: string[]; libc?: string[] } = {};
  try {
    // `name` too: asked for one field that is set, npm prints its value alone, not an object.
    const spec = version ? `${name}@${version}` : name;
    const out = execFileSync('npm', ['view', spec, 'name', 'os', 'cpu', 'libc', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    meta = JSON.parse(out || '{}') as typeof meta;
  } catch {
    // reported below, with the others
  }
  return {
    ...(meta.os ? { os: meta.os } : {}),
    ...(meta.cpu ? { cpu: meta.cpu } : {}),
    ...(meta.libc ? { libc: meta.libc } : {}),
  };
}

if (process.argv.includes('--check')) {
  const problems = [
    ...(missing.length > 0 ? [`lacks ${missing.length} platform packages (${named(missing.map((m) => m.path))})`] : []),
    ...(unplatformed.length > 0
      ? [`names no platform for ${named(unplatformed)}, so npm ci installs them on every machine`]
      : []),
  ];
  if (problems.length > 0) {
    console.error(`${LOCK} ${problems.join('; and ')}; run \`node scripts/complete-lockfile.ts\`.`);
    process.exitCode = 1;
  } else console.log(`${LOCK}: every optional platform package is recorded, with its platform.`);
} else {
  const unknown: string[] = [];
  const withPlatform = (path: string, entry: LockEntry): LockEntry => {
    const platform = platformOf(path.slice(LOCK_PREFIX.length), entry.version);
    if (!platform.os && !platform.cpu) unknown.push(path);
    return { ...entry, ...platform };
  };
  const added = new Map(missing.map(({ path, entry }) => [path, withPlatform(path, entry)]));
  for (const path of unplatformed) lock.packages[path] = withPlatform(path, lock.packages[path]!);
  if (unknown.length > 0) {
    console.error(`the registry does not say which platform ${named(unknown)} is for; ${LOCK} is left as it was.`);
    process.exit(1);
  }
  // Each added entry goes before the first one after it in English collation; the others keep
  // npm's order, so the lock's diff is the entries and platforms added.
  const packages: Record<string, LockEntry> = {};
  const toAdd = [...added].sort(([a], [b]) => a.localeCompare(b, 'en'));
  for (const [path, entry] of Object.entries(lock.packages)) {
    while (path !== '' && toAdd.length > 0 && toAdd[0]![0].localeCompare(path, 'en') < 0) {
      const [addPath, addEntry] = toAdd.shift()!;
      packages[addPath] = addEntry;
    }
    packages[path] = entry;
  }
  for (const [addPath, addEntry] of toAdd) packages[addPath] = addEntry;
  writeFileSync(LOCK, `${JSON.stringify({ ...lock, packages }, null, 2)}\n`);
  console.log(`${LOCK}: added ${missing.length} platform entries, and the platform of ${unplatformed.length}.`);
}
