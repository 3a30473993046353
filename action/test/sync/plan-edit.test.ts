// Plans change under running rollouts: ticks whose item still exists stay, a ticked item the
// plan dropped stays visible as removed (with who and when), and what people wrote around the
// managed region is kept byte for byte.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { demoPlan, editedAt, issuesEvent, item, ok, openIssue, sync, useFake, workspace } from './harness.ts';

const PLAN_FILE = 'playbooks/demo.rollout.yaml';
const NOTE_ABOVE = 'Context from the team: **do not** start before the freeze ends. @octocat\n\n';
const NOTE_BELOW = '\n\n## Our notes\n\n- pager rota is in the wiki\r\n- <!-- a comment of ours -->\n';

/** The scaffold plan without staging's `deploy` step, and with staging retitled. */
function editedPlan(): string {
  const plan = parse(demoPlan());
  const staging = plan.phases[0];
  staging.title = 'Staging, flag on for everyone in staging';
  staging.steps = staging.steps.filter((s: { id: string }) => s.id !== 'deploy');
  return stringify(plan);
}

describe('sync: plan edits keep ticks and notes', () => {
  const ctx = useFake();

  it('keeps ticks, shows a removed ticked item with who and when, and keeps notes verbatim', async () => {
    const { fake } = ctx;
    const ws = workspace({ [PLAN_FILE]: demoPlan() });
    ok(await sync(fake, ws));
    const staging = openIssue(fake, 'demo', 'staging');

    // People write around the region, then tick two items.
    const noted = fake.userEditIssue(staging.number, NOTE_ABOVE + staging.body + NOTE_BELOW, 'dana');
    fake.log.clear();
    ok(await sync(fake, ws, { event: issuesEvent(noted) }));
    expect(fake.log.counts().writes).toBe(0);
    const deploy = fake.userToggleTask(staging.number, item('demo/staging/step:deploy'), true, 'alice');
    ok(await sync(fake, ws, { event: issuesEvent(deploy) }));
    const gate = fake.userToggleTask(staging.number, item('demo/staging/gate:metric-error-rate'), true, 'bob');
    ok(await sync(fake, ws, { event: issuesEvent(gate) }));

    writeFileSync(join(ws, PLAN_FILE), editedPlan());
    ok(await sync(fake, ws, { event: { name: 'push', payload: {} } }));

    const after = fake.state.issues.get(staging.number);
    expect(after.title).toBe('[rollout] demo · staging — Staging, flag on for everyone in staging');
    const body = after.body!;
    expect(body.startsWith(NOTE_ABOVE)).toBe(true);
    expect(body.endsWith(NOTE_BELOW)).toBe(true);
    const parsed = parseIssueBody(body);
    expect(parsed.ticks.get('demo/staging/gate:metric-error-rate')).toBe(true);
    expect(parsed.ticks.get('demo/staging/step:deploy')).toBe(true);
    expect(body).toContain('### Removed from plan');
    const on = editedAt(deploy).slice(0, 16).replace('T', ' ');
    expect(body).toMatch(
      new RegExp(`- \\[x\\] .*Deploy the new version.* — \\*removed from plan \\(was ticked by @\u200Balice on ${on}`),
    );
    expect(parsed.state!.ticks['demo/staging/gate:metric-error-rate']).toEqual({ by: 'bob', at: editedAt(gate) });

    // The same plan again: nothing to write.
    fake.log.clear();
    ok(await sync(fake, ws, { event: { name: 'push', payload: {} } }));
    expect(fake.log.counts()).toMatchObject({ writes: 0 });
  });
});
