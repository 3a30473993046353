import { describe, expect, it } from 'vitest';
import { formatDiagnosticGithub } from '../../src/diagnostics/format-github.ts';
import { formatDiagnosticText, PLAIN } from '../../src/diagnostics/format-text.ts';
import { type LessonSet, toLessonSet } from '../../src/lessons/lesson-set.ts';
import { lessonLintOf } from '../../src/lessons/lint-guards.ts';
import { parseLesson } from '../../src/lessons/parse.ts';
import { lintPlan } from '../../src/lint/lint.ts';
import type { RuleSeverity } from '../../src/lint/rule.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';
import { CHECKLIST_GUARD, LESSON_HEAD, lessonText, planText } from './fixtures.ts';

const FILE = 'demo.rollout.yaml';

function lessons(...texts: string[]): LessonSet {
  return toLessonSet(texts.map((t, i) => parseLesson(t, `playbooks/lessons/${i}.md`)));
}

function lint(text: string, set: LessonSet | undefined, severities?: Record<string, RuleSeverity>) {
  const parsed = parsePlan(text, FILE);
  expect(parsed.diagnostics).toEqual([]);
  const lessons = set && lessonLintOf(parsed, set);
  return lintPlan(parsed, {
    start: '2026-11-23',
    noFridays: true,
    ...(lessons ? { lessons } : {}),
    ...(severities ? { severities } : {}),
  });
}

const THREADS = lessonText(CHECKLIST_GUARD);
const REASON = 'reason: "Read-only change, nothing to alarm on"';
/** The scaffold plan without the staging rehearsal: one rollback-rehearsal finding, in phase staging. */
const NO_REHEARSAL = (extra = '') =>
  replaceOnce(
    planText({ extra }),
    '    rehearsal: Turn the flag off and on again, and redeploy the previous version once.\n',
    '',
  );
const RAISE = (to: string, match = '{}') =>
  lessonText(`  - id: rehearse\n    match: ${match}\n    raise: {rule: rollback-rehearsal, to: ${to}}\n`);

describe('lint: lesson waivers', () => {
  it('a waiver naming an unknown lesson is an error at the waiver, with a did-you-mean', () => {
    const text = planText({ extra: `waive:\n  - {lesson: L-2020-11-thread-exhaustoin, ${REASON}}\n` });
    const [d, ...rest] = lint(text, lessons(THREADS));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'ref/unknown-lesson',
      severity: 'error',
      ...positionOf(text, 'L-2020-11-thread-exhaustoin'),
      hint: 'did you mean "L-2020-11-thread-exhaustion"?',
    });
  });

  it('a waiver naming an unknown guard of a real lesson is an error too', () => {
    const text = planText({ extra: `waive:\n  - {lesson: L-2020-11-thread-exhaustion/thread-alarms, ${REASON}}\n` });
    const [d] = lint(text, lessons(THREADS));
    expect(d).toMatchObject({ code: 'ref/unknown-guard', hint: 'did you mean "thread-alarm"?' });
  });

  it('a waiver of a lesson that exists but does not parse is not called unknown', () => {
    const broken = lessonText(CHECKLIST_GUARD, replaceOnce(LESSON_HEAD, 'sev2', 'sev9'));
    const text = planText({ extra: `waive:\n  - {lesson: L-2020-11-thread-exhaustion, ${REASON}}\n` });
    expect(lint(text, lessons(broken))).toEqual([]);
  });

  it('without a lesson set (no lessons directory), lesson waivers are not checked', () => {
    const text = planText({ extra: `waive:\n  - {lesson: L-1999-01-nothing, ${REASON}}\n` });
    expect(lint(text, undefined)).toEqual([]);
  });

  it('a lesson waiver without a real reason is an error that names the lesson', () => {
    const text = planText({ extra: `waive:\n  - {lesson: L-2020-11-thread-exhaustion, reason: n/a}\n` });
    const [d] = lint(text, lessons(THREADS));
    expect(d).toMatchObject({ code: 'waiver-reason', severity: 'error', ...positionOf(text, 'n/a') });
    expect(d!.message).toContain('lesson "L-2020-11-thread-exhaustion"');
  });

  it('warns about a lesson waiver that waives nothing, and about severity on a lesson waiver', () => {
    const narrow = lessonText(CHECKLIST_GUARD.replace('{environments: [canary]}', '{tags: [mobile]}'));
    const text = planText({
      extra: `waive:\n  - {lesson: L-2020-11-thread-exhaustion, severity: warning, ${REASON}}\n`,
    });
    expect(lint(text, lessons(narrow)).map((d) => [d.code, d.severity])).toEqual([
      ['lesson/waiver-severity', 'warning'],
      ['lesson/waiver-unused', 'warning'],
    ]);
  });
});

describe('lint: guards that raise a rule', () => {
  it('raises a rule the repository lowered, and the message names the lesson', () => {
    const text = NO_REHEARSAL();
    expect(lint(text, lessons(), { 'rollback-rehearsal': 'warning' })[0]).toMatchObject({ severity: 'warning' });
    const [d] = lint(text, lessons(RAISE('error')), { 'rollback-rehearsal': 'warning' });
    expect(d).toMatchObject({
      code: 'rollback-rehearsal',
      severity: 'error',
      lesson: { id: 'L-2020-11-thread-exhaustion', title: 'Threads piled up and no alert fired' },
    });
    expect(formatDiagnosticText(d!, text, PLAIN)).toContain(
      'why: L-2020-11-thread-exhaustion — Threads piled up and no alert fired',
    );
    expect(formatDiagnosticGithub(d!)).toContain('L-2020-11-thread-exhaustion');
  });

  it('runs a rule the repository turned off when a lesson raises it', () => {
    expect(lint(NO_REHEARSAL(), lessons(), { 'rollback-rehearsal': 'off' })).toEqual([]);
    expect(lint(NO_REHEARSAL(), lessons(RAISE('warning')), { 'rollback-rehearsal': 'off' })).toMatchObject([
      { code: 'rollback-rehearsal', severity: 'warning' },
    ]);
  });

  it('names the lesson even when the rule was already that strict, and never lowers a rule', () => {
    expect(lint(NO_REHEARSAL(), lessons(RAISE('warning')))).toMatchObject([
      { code: 'rollback-rehearsal', severity: 'error', lesson: { id: 'L-2020-11-thread-exhaustion' } },
    ]);
  });

  it('only raises findings in matching phases', () => {
    const [d] = lint(NO_REHEARSAL(), lessons(RAISE('error', '{environments: [production]}')), {
      'rollback-rehearsal': 'warning',
    });
    expect(d).toMatchObject({ severity: 'warning' });
    expect(d!.lesson).toBeUndefined();
  });

  it('overrides a rule waiver: only a lesson waiver lifts a guard', () => {
    const ruleWaiver = `waive:\n  - {rule: rollback-rehearsal, phases: [staging], ${REASON}}\n`;
    expect(lint(NO_REHEARSAL(ruleWaiver), lessons())).toEqual([]);
    expect(lint(NO_REHEARSAL(ruleWaiver), lessons(RAISE('error')))).toMatchObject([
      { code: 'rollback-rehearsal', severity: 'error' },
    ]);
    const lessonWaiver = `${ruleWaiver}  - {lesson: L-2020-11-thread-exhaustion, phases: [staging], ${REASON}}\n`;
    expect(lint(NO_REHEARSAL(lessonWaiver), lessons(RAISE('error')))).toEqual([]);
  });
});

describe('lint: guard gates and freezes that do not fit the plan', () => {
  it('a guard gate on a metric the plan lacks is an error at `metrics`, naming the lesson', () => {
    const gate = lessonText(
      '  - id: threads\n    match: {environments: [canary, production]}\n    gate: {metric: thread_count, max: 4000}\n',
    );
    const text = planText();
    const [d, ...rest] = lint(text, lessons(gate));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'lesson/unknown-metric',
      severity: 'error',
      ...positionOf(text, 'metrics:'),
      lesson: { id: 'L-2020-11-thread-exhaustion' },
    });
    expect(d!.message).toBe(
      'guard L-2020-11-thread-exhaustion/threads gates phases canary, production on metric "thread_count", which this plan does not define',
    );
    const waived = `waive:\n  - {lesson: L-2020-11-thread-exhaustion/threads, ${REASON}}\n`;
    expect(lint(planText({ extra: waived }), lessons(gate))).toEqual([]);
  });

  it("a guard gate whose rollback threshold contradicts the plan's metric is an error at the metric, naming the lesson", () => {
    // Written for a metric where lower is better; the plan's success_rate is better higher.
    const gate = lessonText(
      '  - id: success\n    match: {environments: [production]}\n    gate: {metric: success_rate, max: 0.5, rollbackAt: 0.6}\n',
    );
    const text = planText();
    const [d, ...rest] = lint(text, lessons(gate));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'lesson/threshold-order',
      severity: 'error',
      ...positionOf(text, 'success_rate:'),
      lesson: { id: 'L-2020-11-thread-exhaustion' },
    });
    expect(d!.message).toContain('guard L-2020-11-thread-exhaustion/success gates phase production on "success_rate"');
    expect(d!.message).toContain('where higher is better, every reading fails `max` or rolls back');
    // The same guard on error_rate, where lower is better, is consistent.
    const fitting = lessonText(
      '  - id: errors\n    match: {environments: [production]}\n    gate: {metric: error_rate, max: 0.5, rollbackAt: 0.6}\n',
    );
    expect(lint(text, lessons(fitting))).toEqual([]);
  });

  it("a guard gate's threshold written as a percentage on the plan's ratio metric is a warning at the metric", () => {
    const gate = lessonText('  - id: success\n    match: {}\n    gate: {metric: success_rate, min: 99.5}\n');
    const text = planText();
    const [d, ...rest] = lint(text, lessons(gate));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'lesson/ratio-threshold',
      severity: 'warning',
      ...positionOf(text, 'success_rate:'),
      lesson: { id: 'L-2020-11-thread-exhaustion' },
      hint: "in the lesson's guard, did you mean `min: 0.995` (99.5%)?",
    });
    expect(d!.message).toBe(
      'guard L-2020-11-thread-exhaustion/success gates phases staging, canary, production on "success_rate", a ratio, with `min: 99.5`, which is 9950%',
    );
    // The same threshold as a fraction fits.
    const fraction = lessonText('  - id: success\n    match: {}\n    gate: {metric: success_rate, min: 0.995}\n');
    expect(lint(text, lessons(fraction))).toEqual([]);
  });

  it("a guard gate's window longer than the bake of a phase it gates is a warning at the metric, naming those phases", () => {
    const gate = lessonText('  - id: errors\n    match: {}\n    gate: {metric: error_rate, max: 0.05, window: 36h}\n');
    const text = planText();
    const [d, ...rest] = lint(text, lessons(gate));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'lesson/window-bake',
      severity: 'warning',
      ...positionOf(text, 'error_rate:'),
      lesson: { id: 'L-2020-11-thread-exhaustion' },
    });
    expect(d!.message).toBe(
      'guard L-2020-11-thread-exhaustion/errors gates "error_rate" over 36h, longer than the bake of phase staging (24h)',
    );
    // A window within every bake it gates fits; so does one gating only the longer bakes.
    const within = lessonText(
      '  - id: errors\n    match: {}\n    gate: {metric: error_rate, max: 0.05, window: 24h}\n',
    );
    expect(lint(text, lessons(within))).toEqual([]);
    const later = lessonText(
      '  - id: errors\n    match: {environments: [production]}\n    gate: {metric: error_rate, max: 0.05, window: 36h}\n',
    );
    expect(lint(text, lessons(later))).toEqual([]);
  });

  it('a guard gate on a metric the plan has is fine', () => {
    const gate = lessonText('  - id: errors\n    match: {}\n    gate: {metric: error_rate, max: 0.05}\n');
    expect(lint(planText(), lessons(gate))).toEqual([]);
  });

  it('a freeze guard whose event the plan does not declare is a warning', () => {
    const freeze = lessonText(
      '  - id: lead-in\n    match: {}\n    freeze: {before: peak-*, lead: 3d, reason: Quiet before the peak}\n',
    );
    expect(lint(planText(), lessons(freeze))).toMatchObject([
      { code: 'lesson/no-event', severity: 'warning', lesson: { id: 'L-2020-11-thread-exhaustion' } },
    ]);
    const withEvent = planText({
      extra: 'freezes:\n  - {name: peak-2027, from: "2027-11-19", to: "2027-11-29", reason: The sale}\n',
    });
    expect(lint(withEvent, lessons(freeze))).toEqual([]);
  });
});

describe('lint: the deadline counts the lead-in freezes lessons add', () => {
  const leadIn = lessonText(
    '  - id: lead-in\n    match: {}\n    freeze: {before: peak-*, lead: 3d, reason: Quiet before the peak}\n',
  );
  // Without the lead-in, production starts Thu 2026-11-26 and bakes 72h to Sun the 29th. The
  // lead-in freezes the 25th to the 27th for production, so it starts Monday the 30th instead.
  const text = planText({
    extra:
      'freezes:\n  - {name: peak-2026, from: "2026-11-28", to: "2026-11-29", environments: [production], reason: The sale}\nschedule:\n  finishBefore: 2026-12-01\n',
  });

  it('meets the deadline without lessons', () => {
    expect(lint(text, undefined)).toEqual([]);
  });

  it('misses it with the lead-in, and says how much the lessons added', () => {
    const found = lint(text, lessons(leadIn));
    expect(found).toMatchObject([{ code: 'deadline', severity: 'error', ...positionOf(text, '2026-12-01') }]);
    expect(found[0]!.message).toBe(
      'the projected finish, Thu 2026-12-03 00:00 UTC, misses the deadline (before Tue 2026-12-01 00:00 UTC) by 2d, starting 2026-11-23; lead-in freezes from lessons add 2d',
    );
  });
});

describe('lint: a deadline already behind the start', () => {
  it('is not reported: nothing in the plan could meet it', () => {
    const text = planText({ extra: 'schedule:\n  finishBefore: 2026-11-20\n' });
    expect(lint(text, undefined)).toEqual([]);
  });
});
