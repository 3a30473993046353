import { describe, expect, it } from 'vitest';
import { checkDuplicateIds } from '../../src/lessons/lesson-set.ts';
import { parseLesson } from '../../src/lessons/parse.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';
import { CHECKLIST_GUARD, LESSON_HEAD, lessonText, otherHead } from './fixtures.ts';

const FILE = 'playbooks/lessons/L-2020-11-thread-exhaustion.md';

function only(text: string) {
  const parsed = parseLesson(text, FILE);
  expect(parsed.diagnostics).toHaveLength(1);
  return parsed.diagnostics[0]!;
}

describe('parseLesson', () => {
  it('reads a valid lesson: front matter as data, the rest as the story', () => {
    const parsed = parseLesson(lessonText(CHECKLIST_GUARD), FILE);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.lesson?.id).toBe('L-2020-11-thread-exhaustion');
    expect(parsed.lesson?.guards[0]?.checklist).toBe('Thread-count alarm configured and linked to its runbook');
    expect(parsed.body).toBe('\nThe story.\n');
  });

  it('points schema errors at their line and column in the .md file, not in the YAML alone', () => {
    const text = lessonText(CHECKLIST_GUARD, replaceOnce(LESSON_HEAD, 'trigger: binary-push', 'trigger: binary-pusj'));
    const d = only(text);
    expect(d.code).toBe('schema/not-allowed');
    expect(d).toMatchObject({ file: FILE, ...positionOf(text, 'binary-pusj') });
    expect(d.hint).toBe('did you mean "binary-push"?');
  });

  // The front matter starts on the file's second line: a line number written in a message counts
  // the file's lines too, as the position does.
  it('names lines of the .md file in its words: a duplicated key, an unclosed bracket, a mis-indented one', () => {
    const duplicated = lessonText(CHECKLIST_GUARD, `${LESSON_HEAD}severity: sev1\n`);
    expect(only(duplicated)).toMatchObject({
      code: 'yaml/duplicate-key',
      ...positionOf(duplicated, 'severity: sev1'),
      message: `the key "severity" is already in this mapping, on line ${positionOf(duplicated, 'severity: sev2').line}`,
    });
    // An unclosed bracket: the line it ran into is the .md file's.
    const bracket = lessonText(
      CHECKLIST_GUARD,
      replaceOnce(
        LESSON_HEAD,
        'contributingFactors: [A lock in the logger]',
        'contributingFactors: [A lock in the logger',
      ),
    );
    expect(only(bracket)).toMatchObject({
      code: 'yaml/bad-indent',
      ...positionOf(bracket, '[A lock'),
      message: `the list opened here with "[" is not closed with "]" before line ${positionOf(bracket, 'detection:').line}`,
    });
    const guards = CHECKLIST_GUARD.replace('    checklist:', '   checklist:');
    const misindented = lessonText(guards);
    expect(only(misindented)).toMatchObject({
      code: 'yaml/bad-indent',
      ...positionOf(misindented, 'checklist:'),
      hint: `indent it 4 spaces, like "match" on line ${positionOf(misindented, 'match:').line}`,
    });
  });

  it('reports an unknown key with a did-you-mean, at the key', () => {
    const text = lessonText(CHECKLIST_GUARD, replaceOnce(LESSON_HEAD, 'timeToMitigate:', 'timeToMitgate:'));
    const unknown = parseLesson(text, FILE).diagnostics.find((d) => d.code === 'schema/unknown-key')!;
    expect(unknown).toMatchObject(positionOf(text, 'timeToMitgate'));
    // timeToMitigate is required, and missing: one mistake, told at the misspelt key.
    expect(unknown.hint).toBe('did you mean "timeToMitigate"? the file needs it');
  });

  it('reports every problem of a file in one run', () => {
    let head = replaceOnce(LESSON_HEAD, 'severity: sev2', 'severity: high');
    head = replaceOnce(head, 'id: L-2020-11-thread-exhaustion', 'id: thread-exhaustion');
    const guards = CHECKLIST_GUARD.replace('environments: [canary]', 'environment: [canary]');
    const codes = parseLesson(lessonText(guards, head), FILE).diagnostics.map((d) => d.code);
    expect(codes).toEqual(['schema/bad-format', 'schema/not-allowed', 'schema/unknown-key']);
  });

  it('requires front matter that opens on line 1 and is closed', () => {
    expect(only('# A story without front matter\n')).toMatchObject({ code: 'lesson/front-matter', line: 1 });
    expect(only(`${LESSON_HEAD}guards: []\nno closing fence\n`).message).toContain('never closed');
  });

  it('accepts CRLF line endings and keeps positions right', () => {
    const text = lessonText(CHECKLIST_GUARD, replaceOnce(LESSON_HEAD, 'severity: sev2', 'severity: sev9')).replace(
      /\n/g,
      '\r\n',
    );
    const d = only(text);
    expect(d).toMatchObject({ code: 'schema/not-allowed', line: positionOf(text, 'sev9').line, column: 11 });
  });

  it('requires a story after the front matter, reported on the line the story should start', () => {
    const text = lessonText(CHECKLIST_GUARD, LESSON_HEAD, '\n  \n');
    const d = only(text);
    expect(d).toMatchObject({ code: 'lesson/no-story', line: text.split('\n').indexOf('---', 1) + 2 });
  });

  it('says an empty front matter is empty, with a hint that fits lessons', () => {
    const d = parseLesson('---\n---\nStory\n', FILE).diagnostics[0]!;
    expect(d.message).toBe('the front matter is empty');
    expect(d.hint).toContain('rollbook lesson new');
    expect(d.line).toBe(2);
  });

  it('names the keys of a front matter begun from scratch in one error, with a hint that fits lessons', () => {
    const [d, ...rest] = parseLesson('---\ntitle: Begun\n---\nStory\n', FILE).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'schema/missing-key', line: 2 });
    expect(d!.message).toMatch(/^the file is missing \d+ required keys$/);
    expect(d!.hint).toBe(
      'add them at the top level, or start from the lesson `rollbook lesson new` writes, which has every one',
    );
  });

  it('reports a guard that adds nothing, or two things, at the guard', () => {
    const none = lessonText('  - id: g\n    match: {}\n');
    expect(only(none)).toMatchObject({ code: 'lesson/guard-action', line: positionOf(none, 'id: g').line });
    const two = lessonText(`${CHECKLIST_GUARD}    raise: {rule: phase-gate, to: error}\n`);
    expect(only(two).message).toBe('guard "thread-alarm" mixes checklist and raise');
  });

  it('checks raised rules exist, guard ids are unique, and guard gates check exactly one thing', () => {
    const text = lessonText(
      `  - id: a
    match: {}
    raise: {rule: rollback-rehersal, to: error}
  - id: a
    match: {}
    gate: {manual: Tick it, max: 3}
  - id: b
    match: {}
    gate: {metric: thread_count}
`,
    );
    const diagnostics = parseLesson(text, FILE).diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual([
      'ref/unknown-rule',
      'ref/duplicate-id',
      'lesson/gate-field',
      'lesson/gate-threshold',
    ]);
    expect(diagnostics[0]).toMatchObject({
      ...positionOf(text, 'rollback-rehersal'),
      hint: 'did you mean "rollback-rehearsal"?',
    });
    expect(diagnostics[1]).toMatchObject({
      ...positionOf(text, 'id: a', 2, 4),
      message: `guard id "a" is used twice in this lesson (first on line ${positionOf(text, 'id: a').line})`,
    });
    expect(diagnostics[2]).toMatchObject(positionOf(text, 'max: 3'));
  });

  it("refuses a guard gate whose min is above its max; which side is good is each plan's to say", () => {
    const text = lessonText('  - id: band\n    match: {}\n    gate: {metric: thread_count, max: 100, min: 400}\n');
    expect(only(text)).toMatchObject({
      code: 'lesson/threshold-order',
      ...positionOf(text, '400'),
      message: 'no reading can pass: `min: 400` is above `max: 100`',
    });
    // A rollback threshold needs the metric's direction, which the plan's catalogue gives.
    const rollback = lessonText(
      '  - id: band\n    match: {}\n    gate: {metric: thread_count, max: 100, rollbackAt: 50}\n',
    );
    expect(parseLesson(rollback, FILE).diagnostics).toEqual([]);
  });

  it("treats a guard gate's thresholds as a plan's: rollbackAt alone is one, maxRegression needs a comparison", () => {
    const rollback = lessonText('  - id: g\n    match: {}\n    gate: {metric: thread_count, rollbackAt: 400}\n');
    expect(parseLesson(rollback, FILE).diagnostics).toEqual([]);
    const unread = lessonText('  - id: g\n    match: {}\n    gate: {metric: thread_count, maxRegression: 5%}\n');
    expect(only(unread)).toMatchObject({ code: 'lesson/gate-field', ...positionOf(unread, 'maxRegression') });
    const compared = lessonText(
      '  - id: g\n    match: {}\n    gate: {metric: thread_count, compare: week-over-week, maxRegression: 5%}\n',
    );
    expect(parseLesson(compared, FILE).diagnostics).toEqual([]);
  });

  it('warns when the id and the date disagree, and rejects dates that do not exist', () => {
    const moved = lessonText(CHECKLIST_GUARD, replaceOnce(LESSON_HEAD, 'date: 2020-11-09', 'date: 2020-12-01'));
    expect(only(moved)).toMatchObject({ code: 'lesson/id-date', severity: 'warning' });
    expect(parseLesson(moved, FILE).lesson).toBeDefined();
    const impossible = lessonText(CHECKLIST_GUARD, replaceOnce(LESSON_HEAD, 'date: 2020-11-09', 'date: 2020-11-31'));
    expect(only(impossible)).toMatchObject({ code: 'schema/bad-date', severity: 'error', hint: '2020-11 has 30 days' });
    expect(parseLesson(impossible, FILE).lesson).toBeUndefined();
  });

  it('tells a day that is not in the calendar beside a schema error elsewhere in the front matter, in one run', () => {
    let text = lessonText(CHECKLIST_GUARD, replaceOnce(LESSON_HEAD, 'date: 2020-11-09', 'date: 2020-13-07'));
    text = replaceOnce(text, 'sev2', 'sev9');
    const codes = parseLesson(text, FILE).diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);
    const date = positionOf(text, '2020-13-07');
    expect(codes).toContain(`schema/bad-date@${date.line}:${date.column}`);
    expect(codes.some((code) => code.startsWith('schema/not-allowed'))).toBe(true);
  });

  it('keeps the id of an invalid lesson, so waivers of it are not called unknown', () => {
    const broken = parseLesson(lessonText(CHECKLIST_GUARD, replaceOnce(LESSON_HEAD, 'sev2', 'sev9')), FILE);
    expect(broken.lesson).toBeUndefined();
    expect(broken.id).toBe('L-2020-11-thread-exhaustion');
  });

  it('reports YAML syntax errors inside the front matter at their file position', () => {
    const text = lessonText(CHECKLIST_GUARD, replaceOnce(LESSON_HEAD, 'title: Threads', 'title: [Threads'));
    const d = parseLesson(text, FILE).diagnostics[0]!;
    expect(d.code.startsWith('yaml/')).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(positionOf(text, '[Threads').line);
    expect(d.line).toBeLessThan(text.split('\n').indexOf('---', 1) + 1);
  });
});

describe('checkDuplicateIds', () => {
  const text = lessonText(CHECKLIST_GUARD);
  const other = lessonText(CHECKLIST_GUARD, otherHead('L-2021-01-other', 'Another incident'));

  it('leaves lessons with distinct ids as they are', () => {
    const parsed = [parseLesson(text, 'playbooks/lessons/a.md'), parseLesson(other, 'playbooks/lessons/b.md')];
    checkDuplicateIds(parsed);
    expect(parsed.map((p) => p.diagnostics)).toEqual([[], []]);
    expect(parsed.every((p) => p.lesson !== undefined)).toBe(true);
  });

  it('keeps an id with the first file by path and refuses it in the others, at their id line', () => {
    // Given out of path order: the file that keeps the id is found by sorting, not by position.
    const parsed = [
      parseLesson(text, 'playbooks/lessons/c.md'),
      parseLesson(other, 'playbooks/lessons/b.md'),
      parseLesson(text, 'playbooks/lessons/a.md'),
    ];
    checkDuplicateIds(parsed);
    const [c, b, a] = parsed;
    expect(a!.diagnostics).toEqual([]);
    expect(b!.diagnostics).toEqual([]);
    expect(c!.diagnostics).toMatchObject([
      {
        code: 'ref/duplicate-lesson',
        line: 2,
        message: 'lesson id "L-2020-11-thread-exhaustion" is also used by playbooks/lessons/a.md',
      },
    ]);
    expect(c!.lesson).toBeUndefined();
    expect(a!.lesson).toBeDefined();
  });
});
