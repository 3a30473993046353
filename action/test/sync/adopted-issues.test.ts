// An issue carrying a phase's begin marker is taken for that phase's checklist issue only when
// the action's token, an app, or someone who can write to the repository opened it: a marker is
// text anyone can type into an issue they open, and its author may edit it, ticks included.
// In-process against the fake GitHub.
import { describe, expect, it } from 'vitest';
import { beginMarker } from '../../src/text/markers.ts';
import { demoPlan, managed, ok, sync, useFake, workspace } from './harness.ts';

const LABELS = ['rollbook', 'rollbook:plan/demo', 'rollbook:phase/staging'];
const FORGED_BODY = `${beginMarker({ kind: 'phase', plan: 'demo', phase: 'staging' })}\n- [x] I ticked this myself\n`;

describe('sync: issues opened by others with a Rollbook marker', () => {
  const ctx = useFake();

  it('leaves alone an issue opened with a phase marker by someone who cannot write, and opens its own', async () => {
    const { fake } = ctx;
    // Before the first sync, as an issue form that applies the label would let anyone do.
    const forged = fake.state.issues.create({
      title: '[rollout] demo · staging',
      body: FORGED_BODY,
      labels: LABELS,
      author: 'mallory',
    }).number;
    const run = ok(await sync(fake, workspace({ 'playbooks/demo.rollout.yaml': demoPlan() })));
    expect(fake.state.issues.get(forged).body).toBe(FORGED_BODY);
    const staging = managed(fake).filter((m) => m.phase === 'staging' && m.issue.number !== forged);
    expect(staging).toHaveLength(1);
    expect(staging[0]!.issue.body).toContain('Staging');
    expect(`${run.stdout}${run.stderr}`).toContain(
      `#${forged} carries the Rollbook marker of demo · staging but was opened by @mallory, who cannot write to the repository (none): it is not taken for a checklist issue`,
    );
    // Nothing new: the next run writes nothing and looks the permission up again, once.
    const before = fake.log.entries.length;
    ok(await sync(fake, workspace({ 'playbooks/demo.rollout.yaml': demoPlan() })));
    const writes = fake.log.entries.slice(before).filter((e) => e.kind === 'write');
    expect(writes).toEqual([]);
  });

  it('takes an issue opened with the marker by someone who can write, as before', async () => {
    const { fake } = ctx;
    fake.state.access.setRole('wendy', 'write');
    const opened = fake.state.issues.create({
      title: 'staging checklist',
      body: FORGED_BODY,
      labels: LABELS,
      author: 'wendy',
    }).number;
    ok(await sync(fake, workspace({ 'playbooks/demo.rollout.yaml': demoPlan() })));
    const staging = managed(fake).filter((m) => m.phase === 'staging');
    expect(staging.map((m) => m.issue.number)).toEqual([opened]);
    expect(fake.state.issues.get(opened).body).toContain('Staging');
  });
});
