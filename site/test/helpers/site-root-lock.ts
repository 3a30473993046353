// One build of the site's root at a time, across the run's processes (ADR 88). Astro keeps what it
// generates for a build (content-assets.mjs, content-modules.mjs, the content types) in
// `<root>/.astro/`, which no setting moves, writes each through one fixed temporary name and reads
// it back while bundling. Two builds at once renamed each other's temporary file away (a clean
// clone's run failed with ENOENT renaming `.astro/content-assets.mjs.tmp`), and one could read the
// other's asset map. The lock is a file created exclusively with its owner's pid in it; a waiter
// polls for it to go, and removes one whose owner has died (a killed worker or run), one waiter at a
// time.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** How often a waiting build looks whether the lock is free. */
const POLL_MS = 50;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid a lock or marker file names; undefined while its creator has not written it yet. */
async function ownerOf(file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const owner = Number.parseInt(text, 10);
  return Number.isInteger(owner) && owner > 0 ? owner : undefined;
}

/**
 * Removes `lockFile` if the process named in it has ended; true if it is gone now. One process at a
 * time decides (it holds `<lockFile>.clearing`, with its pid in it) and reads the owner while it
 * does: two waiters that both read the dead owner would otherwise both remove "the" lock, the
 * second one removing the lock the first had just taken. A `.clearing` left by a process that
 * ended inside those few calls (a run stopped with Ctrl-C) is removed by the next waiter that
 * finds it, so the lock, which lives in the checkout's .cache across runs, is never stuck.
 */
export async function clearDeadLock(lockFile: string): Promise<boolean> {
  const clearing = `${lockFile}.clearing`;
  try {
    await writeFile(clearing, `${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const clearer = await ownerOf(clearing);
    if (clearer !== undefined && !isAlive(clearer)) await rm(clearing, { force: true });
    return false;
  }
  try {
    if (!existsSync(lockFile)) return true;
    const owner = await ownerOf(lockFile);
    // A lock just created may not hold its pid yet: that owner is alive.
    if (owner === undefined || isAlive(owner)) return false;
    await rm(lockFile, { force: true });
    return true;
  } finally {
    await rm(clearing, { force: true });
  }
}

export async function withSiteRootLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await writeFile(lockFile, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!(await clearDeadLock(lockFile))) await sleep(POLL_MS);
  }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}
