// The gate report of a phase with ramp stages (ADR 28), against the fake GitHub: it reads the stage
// ticks from the phase issue (as its edit history proves them), says which stage runs and until
// when it holds, and holds the promotion until the ramp and then the bake are over.
import { describe, expect, it } from 'vitest';
import { formatTime } from '../../src/text/time.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import * as h from './harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });
const MINUTE = 60_000;
const STAGES = ['{percent: 10, hold: 30m}', '{percent: 100}'];

describe('the gate report of a phase with ramp stages', () => {
  it('names the stage that runs and when its hold ends, and holds until the ramp and the bake are over', async () => {
    const { fake } = setup();
    const tickedAt = h.ago(5 * MINUTE);
    await h.rolloutRepo(fake, {
      plan: { stages: STAGES, bake: '1h', signoff: false },
      staging: { 'step:enable': { by: 'ops-alice', at: h.ago(h.HOUR) }, 'stage:10': { by: 'ops-alice', at: tickedAt } },
    });
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.001 });
    const run = await h.runReport({
      fake,
      ws,
      event: h.pullRequestEvent(pr.number),
      inputs: { 'metrics-file': ws.metricsFile },
    });
    expect(run.code, h.failureText(run)).toBe(0);
    const body = h.reportComments(fake, pr.number)[0]!.body;
    expect(body.split('\n')[0]).toMatch(/^\*\*Verdict: HOLD\.\*\*/);
    const ends = formatTime(new Date(Date.parse(tickedAt) + 30 * MINUTE));
    expect(body).toContain(`ramp: stage 1 of 2 (10%) holds until ${ends}; then stage 2 (100%) waits for a tick.`);
    expect(body).toContain(`stage 1 of 2, holding until ${ends}`);
    // The bake has not started: the activating step an hour ago does not start it in a phase with stages.
    expect(body).toMatch(/bake: phase staging has not been activated/);
    const gates = JSON.parse(run.outputs.gates!) as { gates: { id: string; status: string }[] }[];
    expect(gates[0]!.gates.find((g) => g.id === 'ramp')).toMatchObject({ status: 'pending' });
  });

  it('passes the ramp once every stage is ticked and the last hold is over; the bake runs from there', async () => {
    const { fake } = setup();
    const lastAt = h.ago(2 * h.HOUR);
    await h.rolloutRepo(fake, {
      plan: { stages: STAGES, bake: '1h', signoff: false },
      staging: {
        'step:enable': { by: 'ops-alice', at: h.ago(4 * h.HOUR) },
        'stage:10': { by: 'ops-alice', at: h.ago(3 * h.HOUR) },
        'stage:100': { by: 'ops-bob', at: lastAt },
      },
    });
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.001 });
    const run = await h.runReport({
      fake,
      ws,
      event: h.pullRequestEvent(pr.number),
      inputs: { 'metrics-file': ws.metricsFile },
    });
    expect(run.code, h.failureText(run)).toBe(0);
    const gates = JSON.parse(run.outputs.gates!) as {
      gates: { id: string; status: string; bake?: { activatedAt?: string } }[];
    }[];
    const byId = (id: string) => gates[0]!.gates.find((g) => g.id === id);
    expect(byId('ramp')).toMatchObject({ status: 'pass' });
    expect(byId('bake')).toMatchObject({ status: 'pass' });
    expect(Date.parse(byId('bake')!.bake!.activatedAt!)).toBe(Date.parse(lastAt));
  });
});
