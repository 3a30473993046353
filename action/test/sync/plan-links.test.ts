// A phase that depends on another plan's phase (`dependsOn`) says so in its checklist issue, with
// the other phase's state: the sync command syncs the plan it waits for first, whatever the file
// order, so that state is known. Through the action against the fake GitHub.
import { describe, expect, it } from 'vitest';
import { replaceOnce } from '../helpers/position.ts';
import { demoPlan, expectConverged, ok, openIssue, sync, useFake, workspace } from './harness.ts';

/** The demo plan named `name`, its first phase (staging) waiting for `ref`. */
function waitingPlan(name: string, ref: string): string {
  return replaceOnce(
    demoPlan(name),
    '    title: Staging, flag on for the team\n',
    `    title: Staging, flag on for the team\n    dependsOn: [${ref}]\n`,
  );
}

describe('sync: phases waiting for other plans', () => {
  const ctx = useFake();

  it("says what the phase waits for and that phase's state, for a plan synced after it by file order", async () => {
    const { fake } = ctx;
    const ws = workspace({
      // a- sorts before b-: only the dependency order makes orders-expand's state known in time.
      'playbooks/a-contract.rollout.yaml': waitingPlan('orders-contract', 'orders-expand/canary'),
      'playbooks/b-expand.rollout.yaml': demoPlan('orders-expand'),
    });
    ok(await sync(fake, ws));
    expectConverged(fake, {
      'orders-contract': ['staging', 'canary', 'production'],
      'orders-expand': ['staging', 'canary', 'production'],
    });
    const waiting = openIssue(fake, 'orders-contract', 'staging').body ?? '';
    expect(waiting).toContain('Waiting for `orders-expand/canary` (not started).');
    expect(openIssue(fake, 'orders-expand', 'staging').body ?? '').not.toContain('Waiting for');
    // Its own later phases still wait for the phase before them, as always.
    expect(openIssue(fake, 'orders-contract', 'canary').body ?? '').toContain('Waiting for Staging');
  });
});
