// `schedule:` problems JSON Schema cannot see, each reported at its field.
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', 'schema.json');
const withSchedule = (yaml: string) => replaceOnce(BASE, 'escalation:', `schedule:\n${yaml}escalation:`);
const problems = (text: string) => parsePlan(text, 'p.rollout.yaml').diagnostics;

interface Case {
  name: string;
  schedule: string;
  code: string;
  /** Where the diagnostic must point. */
  at: string;
  hint?: string | RegExp;
}

const CASES: Case[] = [
  {
    name: 'an unknown time zone, with a suggestion',
    schedule: '  timeZone: Europe/Berlni\n',
    code: 'ref/unknown-time-zone',
    at: 'Europe/Berlni',
    hint: 'did you mean "Europe/Berlin"?',
  },
  {
    name: 'a window that closes before it opens',
    schedule: '  windows:\n    - {days: [mon], from: "16:00", to: "09:00"}\n',
    code: 'ref/window-hours',
    at: '"09:00"',
    hint: /two/,
  },
  {
    name: 'a window that opens at 24:00 (empty)',
    schedule: '  windows:\n    - {from: "24:00"}\n',
    code: 'ref/window-hours',
    at: '"24:00"',
  },
  {
    name: 'a window for an environment no phase can have',
    schedule: '  windows:\n    - {from: "09:00", environments: [prodution]}\n',
    code: 'ref/unknown-environment',
    at: 'prodution]',
    hint: 'did you mean "production"?',
  },
  {
    name: 'a deadline that is not a real date',
    schedule: '  finishBefore: 2026-02-30\n',
    code: 'ref/bad-date',
    at: '2026-02-30',
  },
  {
    name: 'a deadline at a time that is not a time of day',
    schedule: '  finishBefore: 2026-02-20T25:00\n',
    code: 'ref/bad-date',
    at: '2026-02-20T25:00',
  },
];

describe('schedule checks', () => {
  for (const c of CASES) {
    it(`reports ${c.name} at the field`, () => {
      const text = withSchedule(c.schedule);
      const found = problems(text).filter((d) => d.code === c.code);
      expect(found, JSON.stringify(problems(text), null, 1)).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'error', ...positionOf(text, c.at) });
      if (c.hint instanceof RegExp) expect(found[0]!.hint).toMatch(c.hint);
      else if (c.hint !== undefined) expect(found[0]!.hint).toBe(c.hint);
    });
  }

  it('accepts a full schedule, and a phase minimum wait', () => {
    const text = replaceOnce(
      withSchedule(
        '  timeZone: America/New_York\n  finishBefore: 2026-12-01T17:00\n  windows:\n    - {days: [mon, tue, wed, thu], from: "09:00", to: "16:00", environments: [production]}\n    - {from: "00:00", to: "24:00"}\n',
      ),
      '    bake: 48h\n',
      '    bake: 48h\n    minWait: 2h30m\n',
    );
    expect(problems(text)).toEqual([]);
  });

  it('refuses a time zone written as an offset, and hours that are not HH:MM, through the schema', () => {
    const offset = withSchedule('  timeZone: "+01:00"\n');
    expect(problems(offset)).toMatchObject([{ severity: 'error', ...positionOf(offset, '"+01:00"') }]);
    const hours = withSchedule('  windows:\n    - {from: "9:00"}\n');
    expect(problems(hours)).toMatchObject([{ severity: 'error', ...positionOf(hours, '"9:00"') }]);
  });
});
