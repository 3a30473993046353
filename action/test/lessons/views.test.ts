import { describe, expect, it } from 'vitest';
import { matchGuards } from '../../src/lessons/match.ts';
import { reportGuards } from '../../src/lessons/report.ts';
import { checklistGuards, runbookGuards, withGuardFreezes } from '../../src/lessons/views.ts';
import { CHECKLIST_GUARD, lesson, plan } from './fixtures.ts';

const REF = lesson(`${CHECKLIST_GUARD}  - id: errors
    match: {environments: [canary]}
    gate: {metric: error_rate, max: 0.02}
  - id: lead-in
    match: {}
    freeze: {before: launch, lead: 2d, reason: Quiet before the launch}
  - id: rehearse
    match: {}
    raise: {rule: rollback-rehearsal, to: error}
`);
const WHY = {
  lessonId: 'L-2020-11-thread-exhaustion',
  title: 'Threads piled up and no alert fired',
  href: 'playbooks/lessons/l.md',
};
const PLAN = plan({
  extra: `freezes:
  - {name: launch, from: "2026-12-01", to: "2026-12-01", reason: Launch}
waive:
  - {lesson: L-2020-11-thread-exhaustion/thread-alarm, reason: "The alarm is owned by the platform team"}
`,
});
const GUARDS = matchGuards(PLAN, [REF]);

describe('guard views', () => {
  it('runbook: checklist items and gates by phase id, waived ones left out', () => {
    expect(runbookGuards(GUARDS)).toEqual({
      staging: [],
      canary: [
        {
          kind: 'gate',
          gate: { metric: 'error_rate', max: 0.02, id: 'l-2020-11-thread-exhaustion--errors' },
          why: WHY,
        },
      ],
      production: [],
    });
    expect(withGuardFreezes(PLAN, GUARDS).freezes?.map((f) => [f.name, f.from, f.to])).toEqual([
      ['launch', '2026-12-01', '2026-12-01'],
      ['lead-in-launch', '2026-11-29', '2026-11-30'],
    ]);
    expect(withGuardFreezes(PLAN, GUARDS).phases).toBe(PLAN.phases);
  });

  it('checklist issue: tickable items with stable ids, waived ones marked with their reason', () => {
    expect(checklistGuards(GUARDS, 'canary')).toEqual([
      {
        itemId: 'l-2020-11-thread-exhaustion--thread-alarm',
        kind: 'checklist',
        text: 'Thread-count alarm configured and linked to its runbook',
        why: WHY,
        waived: { reason: 'The alarm is owned by the platform team', index: 0 },
      },
      { itemId: 'l-2020-11-thread-exhaustion--errors', kind: 'gate', text: 'error_rate ≤ 0.02', why: WHY },
    ]);
    expect(checklistGuards(GUARDS, 'staging')).toEqual([]);
    expect(checklistGuards(GUARDS, 'no-such-phase')).toEqual([]);
  });

  it('gate report: every guard of the phase with why, link and status from the evaluation', () => {
    const report = reportGuards(GUARDS, 'canary', [
      { id: 'l-2020-11-thread-exhaustion--errors', status: 'inconclusive' },
    ]);
    expect(report.map((r) => [r.id, r.kind, r.status, r.waivedReason])).toEqual([
      ['L-2020-11-thread-exhaustion/thread-alarm', 'checklist', 'waived', 'The alarm is owned by the platform team'],
      ['L-2020-11-thread-exhaustion/errors', 'gate', 'pending', undefined],
      ['L-2020-11-thread-exhaustion/lead-in', 'freeze', undefined, undefined],
      ['L-2020-11-thread-exhaustion/rehearse', 'raise', undefined, undefined],
    ]);
    expect(report[1]).toMatchObject({
      title: 'error_rate ≤ 0.02',
      why: 'L-2020-11-thread-exhaustion — Threads piled up and no alert fired',
      href: 'playbooks/lessons/l.md',
      gateId: 'l-2020-11-thread-exhaustion--errors',
    });
    expect(report[2]!.title).toBe('No changes in the 2d before launch: 2026-11-29 to 2026-11-30');
    expect(
      reportGuards(GUARDS, 'canary', [{ id: 'l-2020-11-thread-exhaustion--errors', status: 'rollback' }])[1]!.status,
    ).toBe('fail');
  });
});
