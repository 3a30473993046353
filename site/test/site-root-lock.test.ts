// The lock that keeps builds of the site's root one at a time (helpers/site-root-lock.ts, ADR 88):
// holders never overlap, each releases it, and a lock left by a process that ended is taken over.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { clearDeadLock, withSiteRootLock } from './helpers/site-root-lock.ts';

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'rollbook-site-lock-')), 'site-root.lock');

describe('the site root lock', () => {
  it('lets one holder in at a time, in turn, and removes the lock after each', async () => {
    const lock = lockIn();
    const events: string[] = [];
    let inside = 0;
    let most = 0;
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        withSiteRootLock(lock, async () => {
          inside++;
          most = Math.max(most, inside);
          events.push(`in ${n}`);
          await sleep(20);
          events.push(`out ${n}`);
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(events).toHaveLength(8);
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i]!.replace('in', 'out'));
    expect(existsSync(lock)).toBe(false);
  });

  it('releases the lock when the work throws', async () => {
    const lock = lockIn();
    await expect(
      withSiteRootLock(lock, async () => {
        throw new Error('build broke');
      }),
    ).rejects.toThrow('build broke');
    expect(existsSync(lock)).toBe(false);
  });

  it("takes over a lock whose process has ended, and waits for a live one's", async () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const deadPid = Number(ended.stdout);
    expect(deadPid).toBeGreaterThan(0);
    const lock = lockIn();
    writeFileSync(lock, `${deadPid}\n`);
    expect(await withSiteRootLock(lock, async () => 'built')).toBe('built');

    // This process holds it: another holder waits until it is removed.
    writeFileSync(lock, `${process.pid}\n`);
    expect(await clearDeadLock(lock)).toBe(false);
    let entered = false;
    const waiting = withSiteRootLock(lock, async () => {
      entered = true;
    });
    await sleep(200);
    expect(entered).toBe(false);
    expect(await clearDeadLock(lock)).toBe(false);
    rmSync(lock);
    await waiting;
    expect(entered).toBe(true);
  });

  it('lets one waiter at a time remove a dead lock, so a lock taken meanwhile is never removed', async () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const lock = lockIn();
    writeFileSync(lock, `${Number(ended.stdout)}\n`);
    // Another waiter is deciding: this one leaves the lock alone.
    writeFileSync(`${lock}.clearing`, '');
    expect(await clearDeadLock(lock)).toBe(false);
    expect(existsSync(lock)).toBe(true);
    rmSync(`${lock}.clearing`);
    expect(await clearDeadLock(lock)).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(existsSync(`${lock}.clearing`)).toBe(false);
  });

  it('removes a marker left by a waiter that ended while deciding, so the dead lock is taken over', async () => {
    const deadPid = () =>
      Number(
        spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout,
      );
    const lock = lockIn();
    writeFileSync(lock, `${deadPid()}\n`);
    // A live waiter's marker is left alone.
    writeFileSync(`${lock}.clearing`, `${process.pid}\n`);
    expect(await clearDeadLock(lock)).toBe(false);
    expect(existsSync(`${lock}.clearing`)).toBe(true);
    // A dead one's is removed; the next attempt decides, and removes the dead lock.
    writeFileSync(`${lock}.clearing`, `${deadPid()}\n`);
    expect(await clearDeadLock(lock)).toBe(false);
    expect(existsSync(`${lock}.clearing`)).toBe(false);
    expect(existsSync(lock)).toBe(true);
    expect(await clearDeadLock(lock)).toBe(true);
    expect(existsSync(lock)).toBe(false);
    // And a holder that waits on both gets in.
    writeFileSync(lock, `${deadPid()}\n`);
    writeFileSync(`${lock}.clearing`, `${deadPid()}\n`);
    expect(await withSiteRootLock(lock, async () => 'built')).toBe('built');
  });
});
