// The runbook says the same thing as the gate verdict (ADR 30): a phase that cannot be undone, or a
// plan whose policy rolls forward, never tells the reader to roll back when a threshold is crossed,
// and every irreversible part is listed with its roll-forward plan.
import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { renderRunbook } from '../../src/render/render.ts';
import {
  builtinTemplates,
  FIXTURE_FILE,
  FIXTURE_SETTINGS,
  fixturePlan,
  lintMarkdown,
} from './support/render-support.ts';

async function render(edit: (plan: RolloutPlan) => void): Promise<string> {
  const plan = await fixturePlan();
  edit(plan);
  const { text } = await renderRunbook(
    { file: FIXTURE_FILE, plan, guards: {} },
    FIXTURE_SETTINGS,
    await builtinTemplates(),
    'md',
  );
  return text;
}

/** The part of the runbook for phase `n` (1-based). */
function phaseSection(markdown: string, n: number): string {
  const start = markdown.indexOf(`## Phase ${n}:`);
  const end = markdown.indexOf(`## Phase ${n + 1}:`, start);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('the runbook and reversibility', () => {
  it('an irreversible step: its phase says roll forward, with the plan, and no rollback trigger', async () => {
    const text = await render((plan) => {
      const step = plan.phases[1]!.steps[0]!;
      step.irreversible = 'The feature gate goes GA and cannot be disabled.';
      step.rollForward = { do: 'Ship a fix behind a new gate.', command: 'deploy --fix' };
    });
    const phase = phaseSection(text, 2);
    expect(phase).toContain('- **Irreversible:** Step 1 ');
    expect(phase).toContain('**Step 1 cannot be undone:** The feature gate goes GA and cannot be disabled.');
    expect(phase).toMatch(/\*\*Roll forward:\*\* Ship a fix behind a new gate\./);
    expect(phase).toContain('- **Default response:** Roll forward: part of this phase cannot be undone');
    expect(phase).toMatch(
      /- Step 1 `[a-z-]+` \(The feature gate goes GA and cannot be disabled\): Ship a fix behind a new gate\. Run `deploy --fix`/,
    );
    expect(phase).not.toMatch(/Roll back when|Rollback trigger|Roll forward only when/);
    // Other phases keep the plan's roll-back policy.
    expect(phaseSection(text, 3)).not.toContain('Roll forward: part of this phase');
    expect(lintMarkdown(text)).toEqual([]);
  });

  it('a roll-forward policy: "Default response: Roll forward", then roll-forward triggers, never "Roll back when"', async () => {
    const text = await render((plan) => {
      plan.policy = { prefer: 'roll-forward', rollForwardWhen: 'Always, unless data is being lost.' };
    });
    expect(text).toContain('Default response:** Roll forward');
    expect(text).toContain('**Roll forward when:** Always, unless data is being lost.');
    expect(text).toContain('Roll-forward trigger:** Roll forward when');
    expect(text).not.toMatch(/Roll back when|Rollback trigger|Roll forward only when/);
    expect(lintMarkdown(text)).toEqual([]);
  });

  it('a reversible plan under a roll-back policy reads as before', async () => {
    const text = await render(() => {});
    expect(text).toContain('Rollback trigger:** Roll back when');
    expect(text).not.toContain('Roll forward when');
  });
});

describe('the runbook reads a rollback threshold the way the gate does', () => {
  it("follows a metric's `direction` over its signal: a positive signal where lower is better rolls back above", async () => {
    const text = await render((plan) => {
      plan.metrics.token_latency_p99 = {
        ...plan.metrics.token_latency_p99!,
        signal: 'positive',
        direction: 'lower-is-better',
      };
      plan.metrics.checkout_success = {
        ...plan.metrics.checkout_success!,
        signal: 'negative',
        direction: 'higher-is-better',
      };
    });
    expect(text).toContain('Roll back when `token_latency_p99` is above 0.5 s.');
    expect(text).toContain('Roll back when `checkout_success` is below 95%.');
    expect(text).not.toMatch(/`token_latency_p99` is below|`checkout_success` is above/);
  });
});
