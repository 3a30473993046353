// scripts/lockfile-platforms.ts: the lock's platform packages are all recorded, each with the
// platform npm needs to leave it out elsewhere; and this repository's lock is such a lock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Lock, lockGaps } from '../lockfile-platforms.ts';

const parent = {
  version: '2.0.0',
  integrity: 'sha512-parent',
  dev: true,
  optionalDependencies: { '@x/cli-linux-x64': '2.0.0', '@x/cli-android-x64': '2.0.0', '@x/any': '^2.0.0' },
};

describe('lockGaps', () => {
  it('finds a pinned optional package the lock lacks, to add as a dev optional entry of that version', () => {
    const lock: Lock = { packages: { '': {}, 'node_modules/@x/cli': parent } };
    expect(lockGaps(lock).missing).toEqual([
      { path: 'node_modules/@x/cli-linux-x64', entry: { version: '2.0.0', dev: true, optional: true } },
      { path: 'node_modules/@x/cli-android-x64', entry: { version: '2.0.0', dev: true, optional: true } },
    ]);
  });

  it('takes a package recorded hoisted or under its parent as present, and a range as not its to fill', () => {
    const lock: Lock = {
      packages: {
        '': {},
        'node_modules/@x/cli': parent,
        'node_modules/@x/cli-linux-x64': { version: '2.0.0', integrity: 'sha512-a', optional: true, os: ['linux'] },
        'node_modules/@x/cli/node_modules/@x/cli-android-x64': { version: '2.0.0', optional: true, os: ['android'] },
      },
    };
    expect(lockGaps(lock)).toEqual({ missing: [], unplatformed: [] });
  });

  it('finds an entry filled in without a platform, which npm ci would install everywhere', () => {
    const lock: Lock = {
      packages: {
        '': {},
        'node_modules/@x/cli': parent,
        'node_modules/@x/cli-linux-x64': { version: '2.0.0', optional: true, os: ['linux'], cpu: ['x64'] },
        'node_modules/@x/cli-android-x64': { version: '2.0.0', dev: true, optional: true },
        'node_modules/@x/wasm': { version: '2.0.0', optional: true, cpu: ['wasm32'] },
        // npm wrote this one (it has an integrity): an optional package for every platform.
        'node_modules/@x/any': { version: '2.1.0', integrity: 'sha512-b', optional: true },
      },
    };
    expect(lockGaps(lock).unplatformed).toEqual(['node_modules/@x/cli-android-x64']);
  });

  it("has nothing to find in this repository's package-lock.json", () => {
    const lock = JSON.parse(readFileSync(join(import.meta.dirname, '../../package-lock.json'), 'utf8')) as Lock;
    expect(lockGaps(lock)).toEqual({ missing: [], unplatformed: [] });
  });
});
