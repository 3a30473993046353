// Run from below the directory that holds the repository's Rollbook files, a command says so:
// from there it reads no config, no lessons and no default plans, and its results can differ
// from CI's. Where it runs from that directory, a directory of its own, or with --config, it
// says nothing.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enclosingRoot } from '../../src/cli/repository-root.ts';
import { CHECKOUT_PLAN_FILE } from '../gates/helpers.ts';
import { runCli, tempDir } from '../helpers/cli.ts';

const WARNING = 'rollbook: warning: run rollbook from';

/** A repository with its plans in playbooks/ and, below, a directory without Rollbook files. */
function repository(withConfig = false) {
  const root = tempDir('rollbook-repo-');
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'playbooks', 'lessons'), { recursive: true });
  copyFileSync(CHECKOUT_PLAN_FILE, join(root, 'playbooks', 'checkout.rollout.yaml'));
  if (withConfig) writeFileSync(join(root, 'rollbook.config.yaml'), 'plans: [playbooks]\n');
  mkdirSync(join(root, 'docs', 'notes'), { recursive: true });
  return root;
}

describe('a command run below the directory that holds the Rollbook files', () => {
  it('warns, naming the directory to run from, and still runs', async () => {
    const root = repository();
    const result = await runCli(['validate', 'checkout.rollout.yaml'], join(root, 'playbooks'));
    expect(result.stderr).toContain(
      "rollbook: warning: run rollbook from .. (which holds playbooks/): from here it reads no rollbook.config.yaml, no lessons and no default plans, so its results can differ from CI's",
    );
    expect(result.stdout).toContain('1 plan checked');
    const deeper = await runCli(['lessons'], join(root, 'docs', 'notes'));
    expect(deeper.stderr).toContain(`${WARNING} ../.. (which holds playbooks/)`);
  });

  it('names the config when the directory above holds one', async () => {
    const root = repository(true);
    const result = await runCli(['validate', '../playbooks'], join(root, 'docs'));
    expect(result.stderr).toContain(`${WARNING} .. (which holds rollbook.config.yaml)`);
  });

  it('says nothing at the root, with --config, or for a command that reads no files', async () => {
    const root = repository();
    expect((await runCli(['validate'], root)).stderr).not.toContain(WARNING);
    const configured = await runCli(
      ['validate', 'checkout.rollout.yaml', '--config', '../rollbook.config.yaml'],
      join(root, 'playbooks'),
    );
    expect(configured.stderr).not.toContain(WARNING);
    expect((await runCli(['explain', 'step-rollback'], join(root, 'playbooks'))).stderr).not.toContain(WARNING);
  });
});

describe('enclosingRoot', () => {
  const tree = (paths: string[]) => {
    const present = new Set(paths);
    const probed: string[] = [];
    const exists = (path: string) => {
      probed.push(path);
      return present.has(path);
    };
    return { exists, probed };
  };

  it('is nothing where the directory has its own Rollbook files, as a monorepo service directory may', () => {
    const { exists } = tree(['/r/.git', '/r/playbooks', '/r/svc/rollbook.config.yaml']);
    expect(enclosingRoot('/r/svc', exists)).toBeUndefined();
    expect(enclosingRoot('/r/svc/deep', exists)).toEqual({ relative: '..', marker: 'rollbook.config.yaml' });
  });

  it('stops at the top of the repository, and outside one finds nothing', () => {
    const above = tree(['/work/playbooks', '/work/r/.git']);
    expect(enclosingRoot('/work/r/src', above.exists)).toBeUndefined();
    expect(above.probed).not.toContain('/work/playbooks');
    expect(enclosingRoot('/tmp/x/y', tree([]).exists)).toBeUndefined();
  });
});
