// Lesson text is data. Titles, guard text and stories may hold HTML, Handlebars, @mentions and
// table pipes; the lessons API must hand them on unchanged (the renderers escape for their own
// output), and must never pre-escape them.
import { describe, expect, it } from 'vitest';
import { formatDiagnosticText, PLAIN } from '../../src/diagnostics/format-text.ts';
import { applyGuards } from '../../src/lessons/apply.ts';
import { toLessonSet } from '../../src/lessons/lesson-set.ts';
import { lessonLintOf } from '../../src/lessons/lint-guards.ts';
import { matchGuards } from '../../src/lessons/match.ts';
import { parseLesson, validLessons } from '../../src/lessons/parse.ts';
import { reportGuards } from '../../src/lessons/report.ts';
import { summarizeLessons } from '../../src/lessons/summary.ts';
import { formatLessonsText } from '../../src/lessons/summary-text.ts';
import { lintPlan } from '../../src/lint/lint.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { replaceOnce } from '../helpers/position.ts';
import { LESSON_HEAD, lessonText, plan, planText } from './fixtures.ts';

const TITLE = `<script>alert("x")</script> {{constructor.constructor}} @everyone | a|b & <b>bold</b>`;
const ITEM = `Ping @acme/oncall | run {{> partial}} then <img src=x onerror=alert(1)> & check`;
const STORY = `\n<script>document.title = "{{x}}"</script>\n\n| col | @someone |\n|---|---|\n`;

const head = replaceOnce(LESSON_HEAD, 'title: Threads piled up and no alert fired', `title: ${JSON.stringify(TITLE)}`);
const text = lessonText(
  `  - id: hostile\n    match: {}\n    checklist: ${JSON.stringify(ITEM)}\n  - id: raise\n    match: {}\n    raise: {rule: rollback-rehearsal, to: error}\n`,
  head,
  STORY,
);

describe('hostile text in lessons', () => {
  const parsed = parseLesson(text, 'playbooks/lessons/hostile.md');

  it('parses as plain data: title, guard text and story exactly as written', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.lesson!.title).toBe(TITLE);
    expect(parsed.lesson!.guards[0]!.checklist).toBe(ITEM);
    expect(parsed.body).toBe(STORY);
  });

  it('reaches the runbook, checklist and gate report data unescaped', () => {
    const p = plan();
    const guards = matchGuards(p, validLessons([parsed]));
    const applied = guards.phases[0]!.guards[0]!;
    expect(applied.why.title).toBe(TITLE);
    expect(applied.summary).toBe(ITEM);
    expect(applyGuards(p, guards).phases[0]!.checklist).toContainEqual({
      id: 'l-2020-11-thread-exhaustion--hostile',
      text: ITEM,
    });
    const [report] = reportGuards(guards, 'staging');
    expect(report).toMatchObject({ title: ITEM, lessonTitle: TITLE, why: `L-2020-11-thread-exhaustion — ${TITLE}` });
    expect(JSON.parse(JSON.stringify(guards))).toEqual(guards);
  });

  it('reaches lint messages as data; the text formatter strips only terminal controls', () => {
    const withEscape = parseLesson(
      text.replace(JSON.stringify(TITLE), JSON.stringify(`${TITLE}\u001b[31m`)),
      'playbooks/lessons/hostile.md',
    );
    const planSource = replaceOnce(
      planText(),
      '    rehearsal: Turn the flag off and on again, and redeploy the previous version once.\n',
      '',
    );
    const parsed = parsePlan(planSource, 'demo.rollout.yaml');
    const [d] = lintPlan(parsed, {
      start: '2026-11-23',
      noFridays: true,
      lessons: lessonLintOf(parsed, toLessonSet([withEscape]))!,
    });
    expect(d!.lesson!.title).toBe(`${TITLE}\u001b[31m`);
    const shown = formatDiagnosticText(d!, planSource, PLAIN);
    expect(shown).toContain(TITLE);
    expect(shown).not.toContain('\u001b');
  });

  it('is listed by `rollbook lessons` as text without terminal controls', () => {
    const escaped = parseLesson(
      text.replace(JSON.stringify(ITEM), JSON.stringify(`${ITEM}\u001b]0;pwned\u0007`)),
      'x.md',
    );
    const out = formatLessonsText(
      summarizeLessons(validLessons([escaped]), [{ file: 'demo.rollout.yaml', plan: plan() }]),
      'dir',
    );
    expect(out).toContain(TITLE);
    expect(out).toContain(ITEM);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
