// The checklist issues are written only from the default branch's plans (ADR 63): a push to
// another branch, a manual run on one, or a pull request run under `command: sync` reads plans
// nobody has merged, and must not rewrite the live checklists or their gates. The default branch
// is GitHub's answer (event payload or `GET /repos`), never text in the repository.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { parse, stringify } from 'yaml';
import type { FakeGitHub } from '../fake-github/server.ts';
import { demoPlan, itWithFake, ok, openIssue, sync, withFake, workspace } from './harness.ts';

const PLAN_FILE = 'playbooks/demo.rollout.yaml';

/** The demo plan with staging retitled: a change a branch might push. */
function rewrittenPlan(): string {
  const plan = parse(demoPlan());
  plan.phases[0].title = 'Staging, rewritten on a branch';
  return stringify(plan);
}

const repository = (defaultBranch: string) => ({ full_name: 'acme/rollouts', default_branch: defaultBranch });

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: only the default branch writes the checklists', () => {
  async function synced(fake: FakeGitHub) {
    const ws = workspace({ [PLAN_FILE]: demoPlan() });
    ok(await sync(fake, ws));
    writeFileSync(join(ws, PLAN_FILE), rewrittenPlan());
    return { ws, before: openIssue(fake, 'demo', 'staging') };
  }

  itWithFake(
    'a push to another branch writes nothing and says why in the log and the job summary',
    async ({ fake }) => {
      const { ws, before } = await synced(fake);
      fake.log.clear();
      const run = ok(
        await sync(fake, ws, {
          event: { name: 'push', payload: { ref: 'refs/heads/feature', repository: repository('main') } },
          env: { GITHUB_REF: 'refs/heads/feature' },
        }),
      );
      // The payload names the default branch: not one request.
      expect(fake.log.counts().total).toBe(0);
      expect(openIssue(fake, 'demo', 'staging').body).toBe(before.body);
      expect(openIssue(fake, 'demo', 'staging').title).toBe(before.title);
      expect(run.stdout).toContain(
        "::warning::Rollbook sync: skipped, this run is on refs/heads/feature, not the default branch main, and the checklist issues are written only from the default branch's plans (ADR 63)",
      );
      expect(run.summary).toContain('Not synced: this run is on refs/heads/feature, not the default branch main');
      expect(run.outputs['phase-states']).toBeUndefined();

      // The same push on the default branch writes the change.
      const merged = ok(
        await sync(fake, ws, {
          event: { name: 'push', payload: { ref: 'refs/heads/main', repository: repository('main') } },
        }),
      );
      expect(merged.stdout).not.toContain('skipped');
      expect(openIssue(fake, 'demo', 'staging').title).toContain('Staging, rewritten on a branch');
    },
  );

  itWithFake(
    'a manual run on another branch reads the default branch from GitHub, not from its name',
    async ({ fake }) => {
      const { ws, before } = await synced(fake);
      fake.log.clear();
      const run = ok(
        await sync(fake, ws, {
          event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/feature', inputs: {} } },
          env: { GITHUB_REF: 'refs/heads/feature' },
        }),
      );
      expect(fake.log.entries.map((e) => e.operationId)).toEqual(['repos/get']);
      expect(openIssue(fake, 'demo', 'staging').body).toBe(before.body);
      expect(run.stdout).toContain('this run is on refs/heads/feature, not the default branch main');
    },
  );

  itWithFake('a pull request run under command: sync writes nothing', async ({ fake }) => {
    const { ws, before } = await synced(fake);
    fake.log.clear();
    ok(
      await sync(fake, ws, {
        event: { name: 'pull_request', payload: { number: 7, repository: repository('main') } },
        env: { GITHUB_REF: 'refs/pull/7/merge' },
      }),
    );
    expect(fake.log.counts().total).toBe(0);
    expect(openIssue(fake, 'demo', 'staging').body).toBe(before.body);
  });
});

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: a repository whose default branch is not main', () => {
  const itWithOwnFake = withFake({ defaultBranch: 'trunk' });

  itWithOwnFake('a branch called main is just another branch; trunk writes', async ({ fake }) => {
    const ws = workspace({ [PLAN_FILE]: demoPlan() });
    const skipped = ok(await sync(fake, ws, { env: { GITHUB_REF: 'refs/heads/main' } }));
    expect(skipped.stdout).toContain('this run is on refs/heads/main, not the default branch trunk');
    expect(fake.log.counts().writes).toBe(0);
    ok(await sync(fake, ws, { env: { GITHUB_REF: 'refs/heads/trunk' } }));
    expect(openIssue(fake, 'demo', 'staging').title).toContain('staging');
  });
});
