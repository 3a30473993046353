// The projected calendar as an iCalendar file, read back by a real parser (ical.js): the example
// plans' phases and freezes come out at the projected instants, hostile plan text stays inside
// its property, and the file is the same on every build from the same start.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { calendarFile, type PlanProjection } from '../../src/ics/calendar-file.ts';
import { projectCalendar } from '../../src/plan/calendar.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { projectPlans } from '../../src/plan/plan-calendars.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';

const START = '2026-11-02';
const PLAYBOOKS = join(import.meta.dirname, '../../../playbooks');

function parsed(text: string, file: string): RolloutPlan {
  const result = parsePlan(text, file);
  if (!result.plan) throw new Error(JSON.stringify(result.diagnostics));
  return result.plan;
}

function examples(): PlanProjection[] {
  const plans = readdirSync(PLAYBOOKS)
    .filter((f) => f.endsWith('.rollout.yaml'))
    .sort()
    .map((f) => parsed(readFileSync(join(PLAYBOOKS, f), 'utf8'), f));
  const calendars = projectPlans(plans, START, () => ({}));
  return plans.map((plan) => ({ plan, windows: calendars.get(plan.metadata.name)! }));
}

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendarFile', () => {
  it("gives every example plan's phases at their projected instants and its freezes as all-day events", () => {
    const projections = examples();
    const ics = calendarFile(projections, { name: 'All rollouts', start: START });
    const read = events(ics);
    const uids = read.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    let freezes = 0;
    for (const { plan, windows } of projections) {
      windows.forEach((w, i) => {
        const event = read.find((e) => e.uid === `${plan.metadata.name}.phase.${w.phaseId}@rollbook.invalid`);
        expect(event, `${plan.metadata.name}/${w.phaseId}`).toBeDefined();
        expect(event!.startDate.toJSDate().getTime()).toBe(w.startMs);
        expect(event!.endDate.toJSDate().getTime()).toBe(w.endMs);
        expect(event!.summary).toBe(`${plan.metadata.title}: ${i + 1}. ${plan.phases[i]!.title}`);
        expect(event!.description).toMatch(new RegExp(`^Projected from ${START}[:,]`));
      });
      for (const freeze of plan.freezes ?? []) {
        const event = read.find((e) => e.uid === `${plan.metadata.name}.freeze.${freeze.name}@rollbook.invalid`);
        expect(event, freeze.name).toBeDefined();
        expect(event!.startDate.isDate).toBe(true);
        if (freeze.from && !freeze.every) expect(event!.startDate.toString()).toBe(freeze.from);
        expect(event!.description).toBe(freeze.reason);
        freezes++;
      }
    }
    expect(freezes).toBeGreaterThan(0);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('is reproducible: DTSTAMP is the projection start, not the clock', () => {
    const projections = examples();
    const first = calendarFile(projections, { name: 'All', start: START });
    expect(calendarFile(projections, { name: 'All', start: START })).toBe(first);
    const stamps = new Set(first.match(/^DTSTAMP:.*$/gm));
    expect([...stamps]).toEqual(['DTSTAMP:20261102T000000Z']);
    const later = calendarFile(projections, { name: 'All', start: '2026-12-01T09:30+01:00' });
    expect(new Set(later.match(/^DTSTAMP:.*$/gm))).toEqual(new Set(['DTSTAMP:20261201T083000Z']));
  });

  it('keeps hostile plan text inside its property', () => {
    const hostile = 'Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged, with; "quotes" \\ and 🚀 '.repeat(3);
    // A parser reads every line break back as \n.
    const unix = hostile.replace(/\r\n/g, '\n');
    const plan = parsed(scaffoldPlan('evil-plan', 's.json'), 'evil-plan.rollout.yaml');
    const text = { ...plan, metadata: { ...plan.metadata, title: hostile } };
    text.freezes = [{ name: 'f', from: '2026-11-05', to: '2026-11-06', reason: hostile }];
    const ics = calendarFile([{ plan: text, windows: projectCalendar(text, START) }], {
      name: hostile,
      start: START,
      urlOf: () => 'https://example.test/plans/evil\r\nX:1',
    });
    const read = events(ics);
    expect(read).toHaveLength(plan.phases.length + 1);
    expect(read.every((e) => !e.uid.includes('forged'))).toBe(true);
    expect(read[0]!.summary).toBe(`${unix}: 1. ${plan.phases[0]!.title}`);
    expect(read.at(-1)!.description).toBe(unix);
    // Freeze days are inclusive in the plan and end-exclusive in iCalendar.
    expect(read.at(-1)!.endDate.toString()).toBe('2026-11-07');
    expect(ics).not.toContain('URL:');
  });

  it('writes a weekly freeze as a weekly recurrence of whole days within its dates', () => {
    const plan = parsed(scaffoldPlan('weekly-plan', 's.json'), 'weekly-plan.rollout.yaml');
    plan.freezes = [{ name: 'weekends', from: '2026-11-03', to: '2026-11-15', every: ['sat', 'sun'], reason: 'r' }];
    const [freeze] = events(calendarFile([{ plan, windows: [] }], { name: 'W', start: START }));
    const days: string[] = [];
    const it = freeze!.iterator();
    for (let next = it.next(); next && days.length < 10; next = it.next()) days.push(next.toString());
    expect(days).toEqual(['2026-11-07', '2026-11-08', '2026-11-14', '2026-11-15']);
  });
});
