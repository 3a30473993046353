// Issue 12 item 3, the audit of regular expressions applied to user text outside the escaping
// module (action/src/text/ has its own: action/test/text/linear.test.ts). Each runs on the input
// that is worst for it, at a size where quadratic work would hang the test (the timeout catches
// hangs; nothing here reads a clock), and the answer is checked. Three were super-linear and are
// fixed: HTML comments in PR bodies, decimal numbers in metric answers, wildcards in lessons.
//
// Audited and linear by construction (anchored, one way to match): plan/duration.ts, the schema
// patterns (ids, durations, dates, percentages, URLs, lesson ids), checklist/ids.ts,
// checklist/parse.ts and merge.ts task lines, gates/detect.ts marker lines, lint rules
// step-rollback and waiver-reason, time/instant.ts, gates/providers/json-path.ts and
// url-template.ts, lessons/parse.ts ID_LINE and front-matter fences, diagnostics/visible.ts.
import { describe, expect, it } from 'vitest';
import { parseItemId } from '../../src/checklist/ids.ts';
import { parseTaskLine } from '../../src/checklist/parse.ts';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { parseMarkers, withoutHtmlComments } from '../../src/gates/detect.ts';
import { resolvePath } from '../../src/gates/providers/json-path.ts';
import { parseSampleValue } from '../../src/gates/providers/sample-value.ts';
import { fillTemplate } from '../../src/gates/providers/url-template.ts';
import { matchesEvent } from '../../src/lessons/freeze-guard.ts';
import { parseLesson } from '../../src/lessons/parse.ts';
import { parseDuration } from '../../src/plan/duration.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { parseInstant } from '../../src/time/instant.ts';
import { checkText } from '../helpers/lint-plan.ts';
import { replaceOnce } from '../helpers/position.ts';

/** Big enough that n² steps would not finish. */
const N = 200_000;
const BASE = scaffoldPlan('demo', 'schema.json');

describe('regular expressions on user text, at their worst input', () => {
  it('PR body: thousands of unclosed <!-- before and after a marker (was quadratic)', () => {
    const body = `Rollbook-Promote: demo/canary\n${'<!-- '.repeat(N / 5)}\nRollbook-Promote: demo/production`;
    expect(parseMarkers(body)).toEqual([{ plan: 'demo', phase: 'canary' }]);
    expect(withoutHtmlComments('a<!--x-->b<!--y-->c<!--z')).toBe('abc');
    expect(withoutHtmlComments(`${'<!---->'.repeat(N / 7)}tail`)).toBe('tail');
  });

  it('PR body: a marker line with long runs that fail at the end', () => {
    const line = `Rollbook-Promote: a${'-'.repeat(N)}${' '.repeat(N)}x`;
    expect(parseMarkers(line)).toEqual([]);
    expect(parseMarkers(`${' '.repeat(N)}Rollbook-Promote: a/b`)).toEqual([{ plan: 'a', phase: 'b' }]);
  });

  it('metric answers: a long run of digits that ends badly is not a number (was quadratic)', () => {
    expect(parseSampleValue(`${'1'.repeat(N)}x`)).toMatchObject({ kind: 'invalid' });
    expect(parseSampleValue(`${'1'.repeat(N)}.${'2'.repeat(N)}e`)).toMatchObject({ kind: 'invalid' });
    expect(parseSampleValue('12.5e-3')).toEqual({ kind: 'finite', value: 0.0125 });
    expect(parseSampleValue('.5')).toEqual({ kind: 'finite', value: 0.5 });
    expect(parseSampleValue('5.')).toEqual({ kind: 'finite', value: 5 });
  });

  it('lesson freeze guards: many wildcards against a long name (was polynomial)', () => {
    const pattern = `${'*a'.repeat(40)}*b`;
    expect(matchesEvent(pattern, 'a'.repeat(N))).toBe(false);
    expect(matchesEvent(pattern, `${'a'.repeat(N)}b`)).toBe(true);
    expect(matchesEvent('peak-season-*', 'peak-season-2026')).toBe(true);
    expect(matchesEvent('peak-season-*', 'peak-season')).toBe(false);
    expect(matchesEvent('*-2026', 'black-friday-2026')).toBe(true);
    expect(matchesEvent('a*ba', 'aba')).toBe(true);
    expect(matchesEvent('ab*ba', 'aba')).toBe(false);
  });

  it('durations, through the parser and the schema pattern', () => {
    expect(parseDuration(`${'1'.repeat(N)}x`)).toBeUndefined();
    expect(parseDuration(`${'1d'.repeat(1000)}`)).toBe(1000 * 86_400_000);
    const plan = replaceOnce(BASE, 'bake: 24h', `bake: "${'1'.repeat(N)}x"`);
    expect(parsePlan(plan, 'p.rollout.yaml').diagnostics.map((d) => d.code)).toContain('schema/bad-format');
  });

  it('ids from issue bodies, and task lines', () => {
    expect(parseItemId(`${'a'.repeat(N)}/${'b-'.repeat(N / 2)}`)).toBeUndefined();
    expect(parseItemId(`p/${'a-'.repeat(N / 2)}/step:x`)).toMatchObject({ plan: 'p', kind: 'step', key: 'x' });
    expect(parseItemId('plan/phase/step:enable')).toEqual({
      plan: 'plan',
      phase: 'phase',
      kind: 'step',
      key: 'enable',
    });
    expect(parseTaskLine(`${' '.repeat(N)}x`)).toBeUndefined();
    expect(parseTaskLine(`- ${' '.repeat(N)}[x]${' '.repeat(N)}done`)).toEqual({ checked: true, text: 'done' });
  });

  it('lint rules that read placeholders: step rollbacks and waiver reasons', () => {
    const rollback = replaceOnce(BASE, 'rollback: Turn the flag off.', `rollback: "${'-'.repeat(N)}x"`);
    expect(checkText(rollback).map((d) => d.code)).not.toContain('step-rollback');
    const none = replaceOnce(BASE, 'rollback: Turn the flag off.', `rollback: "${' '.repeat(N)}none${' '.repeat(N)}"`);
    expect(checkText(none).map((d) => d.code)).toContain('step-rollback');
  });

  it('times, field paths and URL templates', () => {
    expect(parseInstant(`2026-11-30T12:00:00.${'1'.repeat(N)}Z`).ok).toBe(false);
    expect(parseInstant(`${'2'.repeat(N)}`).ok).toBe(false);
    expect(resolvePath({ a: [1, 2] }, `a${'[0]'.repeat(N / 3)}`)).toMatchObject({ found: false });
    const url = `https://m.example/${'{at'.repeat(N / 3)}{at}`;
    expect(fillTemplate(url, { at: new Date('2026-11-23T09:00:00Z') }).endsWith('2026-11-23T09%3A00%3A00.000Z')).toBe(
      true,
    );
  });

  it('lesson front matter: a long id line and long fences', () => {
    const lesson = `---\nid: ${' '.repeat(N)}x\n${'-'.repeat(N)}\n`;
    expect(parseLesson(lesson, 'l.md').id).toBeUndefined();
  });
});
