// Checks on a schema-valid lesson that JSON Schema expresses poorly: a guard does exactly one
// thing, a gate checks exactly one kind of thing, a raised rule exists, ids are unique, the
// date is a real day and agrees with the id.
import { RULES_BY_ID } from '../lint/rules.ts';
import { RULE_ID_EXPECTED, unknownRuleHint } from '../lint/unknown-rule.ts';
import { calendarDateHint } from '../plan/calendar-date-hint.ts';
import type { Finding } from '../plan/finding.ts';
import { classifyGate, gateKindsOf, METRIC_ONLY_FIELDS } from '../plan/gate-kind.ts';
import { checkMaxRegressionRead, checkThresholdOrder, hasThreshold } from '../plan/gate-thresholds.ts';
import { isRealDay } from '../time/day.ts';
import { GUARD_ACTIONS, type Guard, type GuardGate, type Lesson } from './schema.ts';

function checkGuardAction(guard: Guard, index: number): Finding[] {
  const actions = GUARD_ACTIONS.filter((a) => guard[a] !== undefined);
  if (actions.length === 1) return [];
  return [
    {
      path: ['guards', index],
      code: 'lesson/guard-action',
      message:
        actions.length === 0
          ? `guard "${guard.id}" says nothing to add`
          : `guard "${guard.id}" mixes ${actions.join(' and ')}`,
      expected: 'exactly one of checklist, gate, freeze or raise',
      hint:
        actions.length === 0 ? 'add e.g. `checklist: "…"`' : 'split it into one guard per action, each with its own id',
    },
  ];
}

function checkGate(gate: GuardGate, path: (string | number)[]): Finding[] {
  const kinds = gateKindsOf(gate);
  if (kinds.length !== 1) {
    return [
      {
        path,
        code: 'lesson/gate-kind',
        message: kinds.length === 0 ? 'this gate says nothing to check' : `this gate mixes ${kinds.join(' and ')}`,
        expected: 'exactly one of metric, check, signoff or manual',
        hint: kinds.length === 0 ? 'add e.g. `manual: "…"`' : 'split it into one guard per gate',
      },
    ];
  }
  const classified = classifyGate(gate);
  if (classified?.kind === 'metric') {
    const unread = checkMaxRegressionRead(gate, path, 'lesson/gate-field');
    if (unread.length > 0) return unread;
    // Which side is good belongs to each plan's catalogue, so only `min` against `max` is checked here.
    return hasThreshold(gate)
      ? checkThresholdOrder(gate, undefined, path, 'lesson/threshold-order')
      : [
          {
            path: [...path, 'metric'],
            code: 'lesson/gate-threshold',
            message: `the gate on "${classified.gate.metric}" has no threshold`,
            expected: '`max:`, `min:`, `rollbackAt:`, or `maxRegression:` with `compare:`',
            hint: 'e.g. `max: 0` for a count that must stay at zero',
          },
        ];
  }
  return METRIC_ONLY_FIELDS.filter((f) => gate[f] !== undefined).map((field) => ({
    path: [...path, field],
    anchor: 'key' as const,
    code: 'lesson/gate-field',
    message: `"${field}" only applies to a metric gate`,
    expected: 'metric fields only beside `metric:`',
    hint: `remove \`${field}:\``,
  }));
}

function checkRaise(rule: string, path: (string | number)[]): Finding[] {
  if (RULES_BY_ID.has(rule)) return [];
  return [
    {
      path,
      code: 'ref/unknown-rule',
      message: `guard raises rule "${rule}", which does not exist`,
      expected: RULE_ID_EXPECTED,
      hint: unknownRuleHint(rule),
    },
  ];
}

function badDate(date: string): Finding {
  return {
    path: ['date'],
    code: 'schema/bad-date',
    message: `"${date}" is not a day of the calendar`,
    expected: 'a real date, YYYY-MM-DD',
    hint: calendarDateHint(date),
  };
}

/**
 * The date check on front matter that did not validate (a misspelt key elsewhere): a day that
 * is not in the calendar is told in the same run, as in a valid lesson.
 */
export function checkInvalidLessonDate(data: unknown): Finding[] {
  const date = typeof data === 'object' && data !== null ? (data as { date?: unknown }).date : undefined;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || isRealDay(date)) return [];
  return [badDate(date)];
}

export function checkLesson(lesson: Lesson): Finding[] {
  const out: Finding[] = [];
  if (!isRealDay(lesson.date)) {
    out.push(badDate(lesson.date));
  } else if (!lesson.id.startsWith(`L-${lesson.date.slice(0, 7)}-`)) {
    // A warning, not an error: ids are stable, so a corrected date must not force a new id.
    out.push({
      path: ['id'],
      code: 'lesson/id-date',
      message: `the id says ${lesson.id.slice(2, 9)} but the incident date is ${lesson.date}`,
      expected: `an id starting with L-${lesson.date.slice(0, 7)}-`,
      hint: 'keep the id if it is already used in waivers; otherwise fix whichever is wrong',
    });
  }
  const seen = new Map<string, number>();
  lesson.guards.forEach((guard, g) => {
    const first = seen.get(guard.id);
    if (first === undefined) seen.set(guard.id, g);
    else
      out.push({
        path: ['guards', g, 'id'],
        code: 'ref/duplicate-id',
        message: `guard id "${guard.id}" is used twice in this lesson`,
        firstAt: ['guards', first, 'id'],
        expected: 'a guard id unique within the lesson',
        hint: 'ids key checklist items and waivers; rename the new one',
      });
    out.push(...checkGuardAction(guard, g));
    if (guard.gate) out.push(...checkGate(guard.gate, ['guards', g, 'gate']));
    if (guard.raise) out.push(...checkRaise(guard.raise.rule, ['guards', g, 'raise', 'rule']));
  });
  return out;
}

/** Codes reported as warnings; every other finding is an error. */
export const WARNING_CODES: ReadonlySet<string> = new Set(['lesson/id-date']);
