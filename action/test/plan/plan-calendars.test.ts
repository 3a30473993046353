// Calendars across plans: a phase that depends on another plan's phase starts when that phase is
// projected to finish, and the delay says what it waited for.
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { projectCalendar } from '../../src/plan/calendar.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { projectPlans } from '../../src/plan/plan-calendars.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { replaceOnce } from '../helpers/position.ts';

const START = '2026-11-02';

function plan(name: string, dependsOn?: string): RolloutPlan {
  let text = scaffoldPlan(name, 's.json');
  if (dependsOn) {
    text = replaceOnce(
      text,
      '    title: Staging, flag on for the team\n',
      `    title: Staging, flag on for the team\n    dependsOn: [${dependsOn}]\n`,
    );
  }
  const parsed = parsePlan(text, `${name}.rollout.yaml`);
  if (!parsed.plan) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.plan;
}

describe('projectPlans', () => {
  it("starts a dependent phase when the other plan's phase finishes, whatever the order given", () => {
    const expand = plan('orders-expand');
    const contract = plan('orders-contract', 'orders-expand/production');
    const calendars = projectPlans([contract, expand], START, () => ({}));
    const expandAlone = projectCalendar(expand, START);
    expect(calendars.get('orders-expand')).toEqual(expandAlone);
    const production = expandAlone.at(-1)!;
    const staging = calendars.get('orders-contract')![0]!;
    expect(staging.startMs).toBeGreaterThanOrEqual(production.endMs);
    expect(staging.delays[0]).toEqual({
      reason: 'dependency',
      phase: 'orders-expand/production',
      minutes: (production.endMs - Date.parse(`${START}T00:00:00Z`)) / 60_000,
    });
    // Alone, the contract plan would start at once.
    expect(projectCalendar(contract, START)[0]!.startMs).toBe(Date.parse(`${START}T00:00:00Z`));
  });

  it('a dependency on a plan not among them, or already finished by then, moves nothing', () => {
    const lonely = plan('orders-contract', 'orders-gone/production');
    expect(projectPlans([lonely], START, () => ({})).get('orders-contract')).toEqual(projectCalendar(lonely, START));
  });
});
