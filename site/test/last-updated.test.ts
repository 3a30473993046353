// "Last updated" from git in real repositories made here: the last commit's date of each file,
// and no date at all where git cannot tell it truly (no repository, a file never committed, a
// shallow clone).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lastUpdated } from '../src/lib/last-updated.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rollbook-last-updated-'));
  dirs.push(dir);
  return dir;
}
function git(cwd: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const dated = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    env: { ...env, ...dated },
    encoding: 'utf8',
  });
}

describe('lastUpdated', () => {
  const repo = tempDir();
  git(repo, ['init', '-q']);
  writeFileSync(join(repo, 'a.rollout.yaml'), 'a: 1\n');
  writeFileSync(join(repo, 'b.rollout.yaml'), 'b: 1\n');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-qm', 'one'], '2026-01-02T03:04:05Z');
  writeFileSync(join(repo, 'b.rollout.yaml'), 'b: 2\n');
  git(repo, ['commit', '-qam', 'two'], '2026-02-03T04:05:06+01:00');
  writeFileSync(join(repo, 'new.rollout.yaml'), 'n: 1\n');

  test("is each file's last commit date", () => {
    expect(lastUpdated(repo, 'a.rollout.yaml')?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(lastUpdated(repo, 'b.rollout.yaml')?.toISOString()).toBe('2026-02-03T03:05:06.000Z');
  });

  test('is absent for a file never committed, outside a repository, and in a shallow clone', () => {
    expect(lastUpdated(repo, 'new.rollout.yaml')).toBeUndefined();
    const plain = tempDir();
    writeFileSync(join(plain, 'a.rollout.yaml'), 'a: 1\n');
    expect(lastUpdated(plain, 'a.rollout.yaml')).toBeUndefined();
    const shallow = join(tempDir(), 'clone');
    git(tempDir(), ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(lastUpdated(shallow, 'b.rollout.yaml')).toBeUndefined();
  });
});
