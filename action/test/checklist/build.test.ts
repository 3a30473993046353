// Building issue bodies: golden files for a realistic plan mid-rollout, the id scheme, titles
// and labels, lesson guards with their "why", template overrides and the template contract.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildParentIssue } from '../../src/checklist/build-parent.ts';
import { buildPhaseIssue } from '../../src/checklist/build-phase.ts';
import { type GuardInput, phaseEntries } from '../../src/checklist/items.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { TemplateContractError } from '../../src/checklist/render.ts';
import { loadChecklistTemplates } from '../../src/checklist/templates.ts';
import { issueLabels } from '../../src/checklist/titles.ts';
import { readIssueKey } from '../../src/text/markers.ts';
import { builtinTemplates, clone, demoPlan, fixturePlan, GOLDEN, hours, Rollout, T0 } from './helpers.ts';

const templates = await builtinTemplates();

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const guard: GuardInput = {
  itemId: 'l-2024-05-dispatch-queue-stall--queue-alarm',
  why: {
    lessonId: 'L-2024-05-dispatch-queue-stall',
    title: 'Dispatch queue stalled for 40 minutes',
    href: 'playbooks/lessons/L-2024-05-dispatch-queue-stall.md',
  },
  action: { kind: 'checklist', text: 'Queue-depth alarm armed for the new ranking' },
};

/** Staging done, the canary baking, a note under a step, a note below the region. */
async function midRollout(): Promise<Rollout> {
  const rollout = new Rollout(fixturePlan(), templates, {
    runbookUrl: 'playbooks/runbooks/priority-rides.md',
    linkBase: 'https://github.com/acme/dispatch/blob/main/',
    guards: { canary: [guard] },
  });
  rollout.sync(T0);
  rollout.tick('staging', 'jchen', hours(1), 'step:deploy', 'step:synthetic', 'gate:check-synthetic-riders');
  rollout.tick(
    'staging',
    'jchen',
    hours(4),
    'gate:metric-error-rate',
    'item:dashboards-show-staging-traffic-for-the-new',
  );
  rollout.tick('staging', 'mrivera', hours(5), 'exit:no-5xx-increase-against-2-13-in-staging', 'complete');
  rollout.tick('canary', 'jchen', hours(6), 'step:deploy');
  rollout.tick('canary', 'mrivera', hours(7), 'step:ramp');
  rollout.edit(
    'canary',
    'mrivera',
    hours(7.5),
    (b) =>
      `${b.replace('<!-- rollbook:item priority-rides/canary/step:ramp -->', '<!-- rollbook:item priority-rides/canary/step:ramp -->\n  Ramped at 14:05; employees first.')}\n\nNotes from the canary: nothing odd so far.\n`,
  );
  return rollout;
}

describe('golden bodies', () => {
  it('renders the canary phase issue of a realistic plan mid-rollout', async () => {
    const rollout = await midRollout();
    expect(rollout.phase('canary').status.state).toBe('baking');
    golden('phase-canary.md', rollout.bodies.canary!);
  });

  it('renders the parent issue with phases, states and what was released when', async () => {
    const rollout = await midRollout();
    golden('parent.md', rollout.parentBody!);
  });

  it('renders a fresh production phase issue', () => {
    const built = buildPhaseIssue({ plan: fixturePlan(), phaseId: 'production', templates });
    golden('phase-production-new.md', built.body);
  });
});

describe('ids, titles and labels', () => {
  it('gives every kind of item a stable id', () => {
    const ids = phaseEntries(fixturePlan(), 'canary', [guard]).map((e) => e.id.replace('priority-rides/canary/', ''));
    expect(ids).toEqual([
      'step:deploy',
      'step:ramp',
      'gate:metric-error-rate',
      'gate:metric-accessible-wait-p50',
      'gate:manual',
      'signoff:dispatch-approval/1',
      'signoff:dispatch-approval/2',
      'item:support-briefed',
      'item:rollback-rehearsed-once-during-the-bake',
      'guard:l-2024-05-dispatch-queue-stall/queue-alarm',
      'exit:median-accessible-wait-at-or-below-10-minutes',
      'complete',
      'rollback:deploy',
      'rollback:ramp',
      'rollback',
    ]);
  });

  it('marks the activating step: `activates: true`, else the last non-test step', () => {
    const plan = fixturePlan();
    expect(phaseEntries(plan, 'canary').find((e) => e.activates)?.id).toBe('priority-rides/canary/step:ramp');
    // staging: deploy, then a test step: deploy activates.
    expect(phaseEntries(plan, 'staging').find((e) => e.activates)?.id).toBe('priority-rides/staging/step:deploy');
    // A test step has no rollback item.
    expect(phaseEntries(plan, 'staging').map((e) => e.id)).not.toContain('priority-rides/staging/rollback:synthetic');
  });

  it('keeps the id of a guard the same whether or not applyGuards folded it into the plan', () => {
    const folded = clone(fixturePlan());
    folded.phases[1]!.checklist!.push({ id: guard.itemId, text: guard.action!.text! });
    const a = phaseEntries(fixturePlan(), 'canary', [guard]).find((e) => e.kind === 'guard');
    const b = phaseEntries(folded, 'canary', [guard]).find((e) => e.kind === 'guard');
    expect(a?.id).toBe(b?.id);
    expect(b?.why?.lessonId).toBe('L-2024-05-dispatch-queue-stall');
  });

  it('titles and labels issues', () => {
    const plan = fixturePlan();
    const built = buildPhaseIssue({ plan, phaseId: 'canary', templates });
    expect(built.title).toBe('[rollout] priority-rides · canary — Production canary, 5% of accessible requests');
    expect(built.labels).toEqual(['rollbook', 'rollbook:plan/priority-rides', 'rollbook:phase/canary']);
    const parent = buildParentIssue({
      plan,
      templates,
      rollout: { plan: 'priority-rides', phases: [], rolledBack: [], complete: false, released: [] },
    });
    expect(parent.title).toBe('[rollout] priority-rides — Priority rides for accessibility requests');
    expect(readIssueKey(built.body)).toEqual({ kind: 'phase', plan: 'priority-rides', phase: 'canary' });
    expect(readIssueKey(parent.body)).toEqual({ kind: 'parent', plan: 'priority-rides' });
  });

  it('"If it goes wrong" says what to roll forward and how, for each part that cannot be undone (ADR 30)', () => {
    const plan = clone(fixturePlan());
    const canary = plan.phases.find((p) => p.id === 'canary')!;
    const step = canary.steps[0]!;
    step.irreversible = 'shipped app binaries stay on phones';
    step.rollForward = { do: 'Ship 2.14.1 through expedited review', command: 'fastlane ship --expedite' };
    delete step.rollback;
    canary.irreversible = true;
    canary.rollForward = 'Keep the flag killed and ship the fix';
    const entries = phaseEntries(plan, 'canary');
    const forward = entries.filter((e) => e.kind === 'rollforward');
    expect(forward.map((e) => [e.id, e.required, e.text])).toEqual([
      ['priority-rides/canary/rollforward', false, 'Keep the flag killed and ship the fix'],
      [`priority-rides/canary/rollforward:${step.id}`, false, 'Ship 2.14.1 through expedited review'],
    ]);
    expect(entries.some((e) => e.kind === 'rollback' && e.step === step)).toBe(false);
    const { body } = buildPhaseIssue({ plan, phaseId: 'canary', templates });
    const section = body.slice(body.indexOf('### If it goes wrong'));
    expect(section).toContain('Tick what you rolled back (the tracking issue will say so) or rolled forward.');
    expect(section).toContain(
      '- [ ] **Rolled the phase forward** (it cannot be undone): Keep the flag killed and ship the fix',
    );
    expect(section).toContain(
      `- [ ] Rolled forward step 1 (\`${step.id}\`), which cannot be undone: Ship 2.14.1 through expedited review`,
    );
    expect(section).toContain('fastlane ship --expedite');
    // The ids round-trip through the body, as ticks are read back.
    const ids = parseIssueBody(body).items.map((i) => i.id);
    expect(ids).toContain(`priority-rides/canary/rollforward:${step.id}`);
    expect(ids).toContain('priority-rides/canary/rollforward');
  });

  it('shows structured targets in the order they are reached, plain ones as written', () => {
    const plan = clone(fixturePlan());
    const canary = plan.phases.find((p) => p.id === 'canary')!;
    canary.targets = [
      { name: 'shard-07', kind: 'cell', share: '6%' },
      { name: 'wave-2', kind: 'wave', includes: ['eu-west-1', 'eu-central-1'] },
    ];
    const { body } = buildPhaseIssue({ plan, phaseId: 'canary', templates });
    expect(body).toContain('- **Targets:** 1. cell shard-07: 6% → 2. wave wave-2 (eu-west-1, eu-central-1)');
    canary.targets = ['north', 'south'];
    expect(buildPhaseIssue({ plan, phaseId: 'canary', templates }).body).toContain('- **Targets:** north, south');
  });

  it('keeps labels within 50 characters, unique', () => {
    const long = 'a-very-long-plan-name-that-goes-on-and-on-for-sixty-chars';
    const labels = issueLabels(long, 'phase-one');
    expect(labels.every((l) => l.length <= 50)).toBe(true);
    expect(issueLabels(`${long}-x`)[1]).not.toBe(labels[1]);
  });

  it('renders a guard with "Why: L-… — title", linked to the lesson', () => {
    const body = buildPhaseIssue({
      plan: fixturePlan(),
      phaseId: 'canary',
      templates,
      guards: [guard],
      linkBase: 'https://github.com/acme/dispatch/blob/main/',
    }).body;
    expect(body).toContain(
      'Queue-depth alarm armed for the new ranking — Why: [L-2024-05-dispatch-queue-stall — Dispatch queue stalled for 40 minutes](https://github.com/acme/dispatch/blob/main/playbooks/lessons/L-2024-05-dispatch-queue-stall.md)',
    );
    const unlinked = buildPhaseIssue({ plan: fixturePlan(), phaseId: 'canary', templates, guards: [guard] }).body;
    expect(unlinked).toContain('Why: L-2024-05-dispatch-queue-stall — Dispatch queue stalled for 40 minutes');
  });

  it('adds nothing for a waived guard', () => {
    const entries = phaseEntries(fixturePlan(), 'canary', [{ ...guard, waived: { reason: 'no queue here' } }]);
    expect(entries.some((e) => e.kind === 'guard')).toBe(false);
  });

  it('turns a gate guard into a gate, with sign-off slots', () => {
    const gateGuard: GuardInput = {
      itemId: 'l-2024-05-dispatch-queue-stall--sre-signoff',
      why: guard.why,
      action: { kind: 'gate', gate: { signoff: ['@acme/sre'], count: 1 } },
    };
    const ids = phaseEntries(fixturePlan(), 'canary', [gateGuard]).map((e) => e.id);
    expect(ids).toContain('priority-rides/canary/signoff:l-2024-05-dispatch-queue-stall--sre-signoff/1');
    const body = buildPhaseIssue({ plan: fixturePlan(), phaseId: 'canary', templates, guards: [gateGuard] }).body;
    // No `--` inside a comment (CommonMark 0.29 would show it as text).
    expect(body).toContain(
      '<!-- rollbook:item priority-rides/canary/signoff:l-2024-05-dispatch-queue-stall.-sre-signoff/1 -->',
    );
    expect(
      parseIssueBody(body).ticks.has('priority-rides/canary/signoff:l-2024-05-dispatch-queue-stall--sre-signoff/1'),
    ).toBe(true);
  });

  it('never writes `--` inside a marker, even for ids with double dashes', () => {
    const plan = clone(demoPlan());
    plan.metadata.name = 'a--b';
    plan.phases[0]!.id = 'x--y';
    const body = buildPhaseIssue({ plan, phaseId: 'x--y', templates }).body;
    for (const comment of body.match(/<!--[\s\S]*?-->/g)!) expect(comment.slice(4, -3)).not.toContain('--');
    expect(readIssueKey(body)).toEqual({ kind: 'phase', plan: 'a--b', phase: 'x--y' });
    expect([...parseIssueBody(body).ticks.keys()]).toContain('a--b/x--y/step:deploy');
  });
});

describe('templates', () => {
  it('uses a template from the override directory, by file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollbook-checklist-'));
    mkdirSync(join(dir, 'checklist', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'checklist', 'partials', 'item.hbs'), '{{checkbox}} ✅ {{text}} {{marker}}\n');
    const custom = await loadChecklistTemplates(dir);
    const body = buildPhaseIssue({ plan: demoPlan(), phaseId: 'staging', templates: custom }).body;
    expect(body).toContain(
      '- [ ] ✅ **1.** Deploy the new version with the flag off. <!-- rollbook:item demo/staging/step:deploy -->',
    );
    expect(parseIssueBody(body).items).toHaveLength(phaseEntries(demoPlan(), 'staging').length);
  });

  it('fails loudly when an override drops an item or its checkbox', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollbook-checklist-'));
    mkdirSync(join(dir, 'partials'), { recursive: true });
    writeFileSync(join(dir, 'partials', 'item.hbs'), '* {{text}} {{marker}}\n');
    const broken = await loadChecklistTemplates(dir);
    expect(() => buildPhaseIssue({ plan: demoPlan(), phaseId: 'staging', templates: broken })).toThrow(
      TemplateContractError,
    );
    writeFileSync(join(dir, 'phase-issue.md.hbs'), 'Nothing here.\n');
    const empty = await loadChecklistTemplates(dir);
    expect(() => buildPhaseIssue({ plan: demoPlan(), phaseId: 'staging', templates: empty })).toThrow(/left out items/);
  });

  it('fails loudly on a template typo (strict mode)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollbook-checklist-'));
    writeFileSync(join(dir, 'parent-issue.md.hbs'), '{{plan.titel}}\n');
    const typo = await loadChecklistTemplates(dir);
    expect(() =>
      buildParentIssue({
        plan: demoPlan(),
        templates: typo,
        rollout: { plan: 'demo', phases: [], rolledBack: [], complete: false, released: [] },
      }),
    ).toThrow(/titel/);
  });

  it('does not let a template write a marker of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollbook-checklist-'));
    writeFileSync(join(dir, 'parent-issue.md.hbs'), '<!-- rollbook:state {} -->\n');
    const forged = await loadChecklistTemplates(dir);
    expect(() =>
      buildParentIssue({
        plan: demoPlan(),
        templates: forged,
        rollout: { plan: 'demo', phases: [], rolledBack: [], complete: false, released: [] },
      }),
    ).toThrow(TemplateContractError);
  });
});

it('builds the same body twice (no clock, no randomness)', () => {
  const a = buildPhaseIssue({ plan: fixturePlan(), phaseId: 'canary', templates }).body;
  const b = buildPhaseIssue({ plan: fixturePlan(), phaseId: 'canary', templates }).body;
  expect(a).toBe(b);
  void T0;
});
