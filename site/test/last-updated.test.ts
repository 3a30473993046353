// "Last updated" from git in real repositories made here: the last commit's date of each file,
// as `git log -1 -- <file>` gives it, from one pass over the folders' history; and no date at all
// where git cannot tell it truly (no repository, a file never committed, a shallow clone).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lastCommitDates, lastUpdated, parseNameLog } from '../src/lib/last-updated.ts';

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

describe('parseNameLog', () => {
  test("keeps each path's first date, the newest commit's, and no date for a commit's own line", () => {
    const out = [
      '/2026-03-01T00:00:00Z',
      '\na.yaml',
      'b.yaml',
      '/2026-02-01T00:00:00Z', // a merge that changed no file against every parent: no paths
      '/2026-01-01T00:00:00Z',
      '\nb.yaml',
      'c d/\nodd.yaml',
      '',
    ].join('\0');
    expect([...parseNameLog(out)]).toEqual([
      ['a.yaml', '2026-03-01T00:00:00Z'],
      ['b.yaml', '2026-03-01T00:00:00Z'],
      ['c d/\nodd.yaml', '2026-01-01T00:00:00Z'],
    ]);
  });

  test('is empty for an empty history', () => {
    expect(parseNameLog('').size).toBe(0);
  });
});

describe('lastCommitDates', () => {
  const repo = tempDir();
  git(repo, ['init', '-q']);
  writeFileSync(join(repo, 'a.rollout.yaml'), 'a: 1\n');
  writeFileSync(join(repo, 'b.rollout.yaml'), 'b: 1\n');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-qm', 'one'], '2026-01-02T03:04:05Z');
  writeFileSync(join(repo, 'b.rollout.yaml'), 'b: 2\n');
  git(repo, ['commit', '-qam', 'two'], '2026-02-03T04:05:06+01:00');
  writeFileSync(join(repo, 'new.rollout.yaml'), 'n: 1\n');
  const dates = lastCommitDates(repo, [repo]);

  test("is each file's last commit date", () => {
    expect(dates('a.rollout.yaml')?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(dates('b.rollout.yaml')?.toISOString()).toBe('2026-02-03T03:05:06.000Z');
  });

  test('is absent for a file never committed, outside a repository, and in a shallow clone', () => {
    expect(dates('new.rollout.yaml')).toBeUndefined();
    const plain = tempDir();
    writeFileSync(join(plain, 'a.rollout.yaml'), 'a: 1\n');
    expect(lastCommitDates(plain, [plain])('a.rollout.yaml')).toBeUndefined();
    const shallow = join(tempDir(), 'clone');
    git(tempDir(), ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(lastCommitDates(shallow, [shallow])('b.rollout.yaml')).toBeUndefined();
  });

  test("agrees with `git log -1 -- <file>` for every file, from a folder within the repository, across renames and other folders' commits", () => {
    const top = tempDir();
    const root = join(top, 'team');
    mkdirSync(join(root, 'playbooks/lessons'), { recursive: true });
    mkdirSync(join(top, 'elsewhere'));
    git(top, ['init', '-q']);
    const commit = (date: string) => {
      git(top, ['add', '-A']);
      git(top, ['commit', '-qm', date], date);
    };
    writeFileSync(join(root, 'playbooks/x.rollout.yaml'), 'x: 1\n');
    writeFileSync(join(root, 'playbooks/old.rollout.yaml'), 'o: 1\n');
    writeFileSync(join(root, 'playbooks/lessons/L-1.md'), '# one\n');
    commit('2026-01-01T00:00:00Z');
    writeFileSync(join(top, 'elsewhere/z.txt'), 'z\n');
    commit('2026-01-02T00:00:00Z');
    renameSync(join(root, 'playbooks/old.rollout.yaml'), join(root, 'playbooks/renamed.rollout.yaml'));
    writeFileSync(join(root, 'playbooks/lessons/L-1.md'), '# one, again\n');
    commit('2026-01-03T00:00:00Z');
    writeFileSync(join(root, 'playbooks/x.rollout.yaml'), 'x: 2\n');
    commit('2026-01-04T00:00:00Z');
    const files = ['playbooks/x.rollout.yaml', 'playbooks/renamed.rollout.yaml', 'playbooks/lessons/L-1.md'];
    const found = lastCommitDates(root, [join(root, 'playbooks'), join(root, 'playbooks/lessons')]);
    const oneByOne = (file: string) => git(root, ['log', '-1', '--format=%cI', '--', file]).trim();
    expect(files.map((file) => found(file)?.toISOString())).toEqual(
      files.map((file) => new Date(oneByOne(file)).toISOString()),
    );
    expect(found('playbooks/renamed.rollout.yaml')?.toISOString()).toBe('2026-01-03T00:00:00.000Z');
    expect(found('../elsewhere/z.txt')).toBeUndefined(); // outside the folders read
  });
});

describe('lastUpdated', () => {
  test('is the date the loader recorded, and none where it recorded none', () => {
    expect(lastUpdated({ updated: '2026-02-03T03:05:06.000Z' })?.toISOString()).toBe('2026-02-03T03:05:06.000Z');
    expect(lastUpdated({})).toBeUndefined();
  });
});
