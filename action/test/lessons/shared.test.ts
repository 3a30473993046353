// Shared lessons (`lessonSources:`, docs/adr/0049-shared-lessons.md), the pure parts: the
// configuration key, the names a shared lesson and its guards go by, waivers of them, ids taken
// twice, the "why" line that records the ref and commit, and the once-per-run reader.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.ts';
import { parseLessonRef } from '../../src/lessons/ids.ts';
import { checkSharedDuplicateIds, toLessonSet } from '../../src/lessons/lesson-set.ts';
import { lessonLintOf } from '../../src/lessons/lint-guards.ts';
import { matchGuards } from '../../src/lessons/match.ts';
import { lessonRefOf, type ParsedLesson, parseLesson } from '../../src/lessons/parse.ts';
import { reportGuards } from '../../src/lessons/report.ts';
import type { SourceRead } from '../../src/lessons/shared/fetch.ts';
import { LessonSourceReader, uncheckedSources } from '../../src/lessons/shared/reader.ts';
import { originOf, type ResolvedSource, sharedFileName } from '../../src/lessons/shared/source.ts';
import { lintPlan } from '../../src/lint/lint.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { whyLabel } from '../../src/text/why-label.ts';
import { positionOf } from '../helpers/position.ts';
import { CHECKLIST_GUARD, lessonText, otherHead, plan, planText } from './fixtures.ts';

const SOURCE: ResolvedSource = {
  repository: 'acme/lessons',
  ref: 'v3',
  commit: '0123456789abcdef0123456789abcdef01234567',
  path: 'playbooks/lessons',
};
const SERVER = 'https://github.example.com';
const REASON = 'reason: "Read-only change, nothing to alarm on"';

/** A lesson as acme/lessons shares it at v3. */
function sharedLesson(text: string, path = 'playbooks/lessons/threads.md', source = SOURCE): ParsedLesson {
  const file = sharedFileName(source, path);
  return { ...parseLesson(text, file), source: originOf(SERVER, source, path) };
}

const THREADS = lessonText(CHECKLIST_GUARD);

describe('the lessonSources key', () => {
  it('takes a repository with an optional ref and path, and gives each entry a position', () => {
    const text = `lessonSources:\n  - repository: acme/lessons\n    ref: v3\n  - {repository: acme/more, path: lessons}\n`;
    const loaded = parseConfig(text, 'rollbook.config.yaml');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config.lessonSources).toEqual([
      { repository: 'acme/lessons', ref: 'v3' },
      { repository: 'acme/more', path: 'lessons' },
    ]);
    expect(loaded.lessonSourcePositions?.map((p) => ({ line: p.line, column: p.column }))).toEqual([
      positionOf(text, 'acme/lessons'),
      positionOf(text, 'acme/more'),
    ]);
  });

  it('refuses a repository that is not owner/name, a ref git could not have, and unknown keys', () => {
    const text = `lessonSources:\n  - repository: lessons\n  - {repository: acme/x, ref: "v 3"}\n  - {repository: acme/y, branch: main}\n`;
    const { diagnostics } = parseConfig(text, 'rollbook.config.yaml');
    expect(diagnostics.map((d) => [d.line, d.severity])).toEqual([
      [2, 'error'],
      [3, 'error'],
      [4, 'error'],
    ]);
  });

  it('a repository listed twice is an error on the second, whatever its case', () => {
    const text = `lessonSources:\n  - repository: acme/lessons\n  - {repository: Acme/Lessons, ref: v2}\n`;
    const { diagnostics } = parseConfig(text, 'rollbook.config.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'config/duplicate-lesson-source',
      ...positionOf(text, 'Acme/Lessons'),
    });
  });
});

describe('naming shared lessons', () => {
  it('parses bare and repository-qualified lesson and guard references', () => {
    expect(parseLessonRef('L-2020-11-x')).toEqual({ lessonId: 'L-2020-11-x' });
    expect(parseLessonRef('L-2020-11-x/alarm')).toEqual({ lessonId: 'L-2020-11-x', guardId: 'alarm' });
    expect(parseLessonRef('acme/lessons#L-2020-11-x')).toEqual({ repository: 'acme/lessons', lessonId: 'L-2020-11-x' });
    expect(parseLessonRef('acme/lessons#L-2020-11-x/alarm')).toEqual({
      repository: 'acme/lessons',
      lessonId: 'L-2020-11-x',
      guardId: 'alarm',
    });
  });

  it('a shared guard is keyed by its repository, links to its file at the ref, and records the commit', () => {
    const parsed = sharedLesson(THREADS);
    expect(parsed.lesson).toBeDefined();
    const guards = matchGuards(plan(), [lessonRefOf({ ...parsed, lesson: parsed.lesson! })], { href: () => 'nope' });
    const canary = guards.phases.find((p) => p.phaseId === 'canary')!.guards;
    expect(canary).toHaveLength(1);
    expect(canary[0]).toMatchObject({
      key: 'acme/lessons#L-2020-11-thread-exhaustion/thread-alarm',
      itemId: 'l-2020-11-thread-exhaustion--thread-alarm',
      lessonId: 'acme/lessons#L-2020-11-thread-exhaustion',
      why: {
        href: 'https://github.example.com/acme/lessons/blob/v3/playbooks/lessons/threads.md',
        source: { repository: 'acme/lessons', ref: 'v3', commit: SOURCE.commit },
      },
    });
    expect(whyLabel(canary[0]!.why)).toBe(
      'acme/lessons#L-2020-11-thread-exhaustion — Threads piled up and no alert fired (acme/lessons at v3, commit 0123456789ab)',
    );
    const report = reportGuards(guards, 'canary');
    expect(report[0]).toMatchObject({ id: canary[0]!.key, href: canary[0]!.why.href, why: whyLabel(canary[0]!.why) });
  });

  it('a ref with a slash keeps its slash in the link, and other characters are encoded', () => {
    const source = { ...SOURCE, ref: 'release/2026 q4' };
    expect(originOf(SERVER, source, 'lessons/a b.md').url).toBe(
      'https://github.example.com/acme/lessons/blob/release/2026%20q4/lessons/a%20b.md',
    );
  });
});

function lint(planYaml: string, lessons: ParsedLesson[], repositories = [{ repository: 'acme/lessons', read: true }]) {
  const parsed = parsePlan(planYaml, 'demo.rollout.yaml');
  expect(parsed.diagnostics).toEqual([]);
  const set = toLessonSet(lessons, repositories);
  const lessonLint = lessonLintOf(parsed, set)!;
  return lintPlan(parsed, { start: '2026-11-23', noFridays: true, lessons: lessonLint }).filter(
    (d) => d.code.startsWith('ref/') || d.code.startsWith('lesson/'),
  );
}

describe('waivers of shared lessons', () => {
  it('owner/name#L-… waives the shared lesson; the guard stays in the match result, marked', () => {
    const text = planText({ extra: `waive:\n  - {lesson: "acme/lessons#L-2020-11-thread-exhaustion", ${REASON}}\n` });
    const parsed = sharedLesson(THREADS);
    expect(lint(text, [parsed])).toEqual([]);
    const guards = matchGuards(parsePlan(text, 'x').plan!, [lessonRefOf({ ...parsed, lesson: parsed.lesson! })]);
    expect(guards.phases.find((p) => p.phaseId === 'canary')!.guards[0]!.waived?.reason).toMatch(/Read-only/);
  });

  it('the repository is matched without regard to case, as GitHub does', () => {
    const text = planText({
      extra: `waive:\n  - {lesson: "ACME/Lessons#L-2020-11-thread-exhaustion/thread-alarm", ${REASON}}\n`,
    });
    const parsed = sharedLesson(THREADS);
    expect(lint(text, [parsed])).toEqual([]);
    const guards = matchGuards(parsePlan(text, 'x').plan!, [lessonRefOf({ ...parsed, lesson: parsed.lesson! })]);
    expect(guards.phases.find((p) => p.phaseId === 'canary')!.guards[0]!.waived).toBeDefined();
  });

  it('a bare id means a lesson of this repository: naming a shared one so is an error with the fix', () => {
    const text = planText({ extra: `waive:\n  - {lesson: L-2020-11-thread-exhaustion/thread-alarm, ${REASON}}\n` });
    const parsed = sharedLesson(THREADS);
    const found = lint(text, [parsed]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'ref/unqualified-shared-lesson',
      severity: 'error',
      ...positionOf(text, 'L-2020-11-thread-exhaustion/thread-alarm'),
    });
    expect(found[0]!.hint).toBe('write `lesson: acme/lessons#L-2020-11-thread-exhaustion/thread-alarm`');
    // …and it waives nothing.
    const guards = matchGuards(parsePlan(text, 'x').plan!, [lessonRefOf({ ...parsed, lesson: parsed.lesson! })]);
    expect(guards.phases.find((p) => p.phaseId === 'canary')!.guards[0]!.waived).toBeUndefined();
  });

  it('a bare id still waives the local lesson when a shared lesson elsewhere has another id', () => {
    const local = parseLesson(THREADS, 'playbooks/lessons/threads.md');
    const other = sharedLesson(lessonText(CHECKLIST_GUARD, otherHead('L-2021-02-queue', 'Queue backlog')));
    const text = planText({ extra: `waive:\n  - {lesson: L-2020-11-thread-exhaustion, ${REASON}}\n` });
    expect(lint(text, [local, other])).toEqual([]);
  });

  it('a repository that is not a lesson source, and an id the source lacks, are errors', () => {
    const parsed = sharedLesson(THREADS);
    const unknownRepo = planText({
      extra: `waive:\n  - {lesson: "acme/lesson#L-2020-11-thread-exhaustion", ${REASON}}\n`,
    });
    expect(lint(unknownRepo, [parsed])[0]).toMatchObject({
      code: 'ref/unknown-lesson-source',
      hint: 'did you mean "acme/lessons"?',
    });
    const unknownId = planText({
      extra: `waive:\n  - {lesson: "acme/lessons#L-2020-11-thread-exhaustoin", ${REASON}}\n`,
    });
    expect(lint(unknownId, [parsed])[0]).toMatchObject({
      code: 'ref/unknown-lesson',
      message: 'waiver names lesson "L-2020-11-thread-exhaustoin", which acme/lessons does not share',
    });
  });

  it('a waiver of a source that was not read (no token) is not judged', () => {
    const text = planText({ extra: `waive:\n  - {lesson: "acme/lessons#L-2020-11-gone", ${REASON}}\n` });
    expect(lint(text, [], [{ repository: 'acme/lessons', read: false }])).toEqual([]);
  });
});

describe('lesson ids taken twice', () => {
  it('a shared lesson with a local lesson’s id guards nothing and says which file has it', () => {
    const local = parseLesson(THREADS, 'playbooks/lessons/threads.md');
    const shared = [sharedLesson(THREADS)];
    checkSharedDuplicateIds([local], shared);
    expect(local.lesson).toBeDefined();
    expect(shared[0]!.lesson).toBeUndefined();
    expect(shared[0]!.diagnostics).toEqual([
      expect.objectContaining({
        file: 'acme/lessons@v3:playbooks/lessons/threads.md',
        line: 2,
        code: 'ref/duplicate-lesson',
        message: expect.stringContaining('also used by playbooks/lessons/threads.md'),
      }),
    ]);
  });

  it('between two sources, the one listed first keeps the id', () => {
    const second = { ...SOURCE, repository: 'acme/other' };
    const shared = [sharedLesson(THREADS), sharedLesson(THREADS, 'playbooks/lessons/t.md', second)];
    checkSharedDuplicateIds([], shared);
    expect(shared.map((l) => l.lesson !== undefined)).toEqual([true, false]);
  });
});

describe('a shared lesson is validated like a local one', () => {
  it('its problems are positioned in its source: owner/name@ref:path:line:col', () => {
    const broken = THREADS.replace('severity: sev2', 'severity: sev9');
    const parsed = sharedLesson(broken);
    expect(parsed.lesson).toBeUndefined();
    expect(parsed.diagnostics[0]).toMatchObject({
      file: 'acme/lessons@v3:playbooks/lessons/threads.md',
      ...positionOf(broken, 'sev9'),
    });
  });
});

describe('the lesson source reader', () => {
  const place = { file: 'rollbook.config.yaml', positions: [{ line: 2, column: 17, endLine: 2, endColumn: 29 }] };

  it('reads each (repository, ref, path) once per run, however many configurations name it', async () => {
    const asked: string[] = [];
    const reader = new LessonSourceReader(async (source): Promise<SourceRead> => {
      asked.push(`${source.repository}@${source.ref ?? ''}`);
      return { ok: true, source: { ...SOURCE, repository: source.repository }, lessons: [sharedLesson(THREADS)] };
    });
    const first = await reader.read([{ repository: 'acme/lessons', ref: 'v3' }], place);
    const second = await reader.read([{ repository: 'ACME/lessons', ref: 'v3' }, { repository: 'acme/b' }], place);
    expect(asked).toEqual(['acme/lessons@v3', 'acme/b@']);
    expect(first.lessons).toHaveLength(1);
    expect(second.lessons).toHaveLength(2);
    // One configuration's duplicate check does not mark the lessons another configuration gets.
    checkSharedDuplicateIds([parseLesson(THREADS, 'x.md')], first.lessons);
    expect(first.lessons[0]!.lesson).toBeUndefined();
    expect(second.lessons[0]!.lesson).toBeDefined();
  });

  it('a source that cannot be read is an error on its lessonSources entry, naming it', async () => {
    const reader = new LessonSourceReader(async (source) => ({
      ok: false,
      problem: { repository: source.repository, message: `cannot read ${source.repository}`, hint: 'a hint' },
    }));
    const read = await reader.read([{ repository: 'acme/secret' }], place);
    expect(read.failed.map((f) => f.repository)).toEqual(['acme/secret']);
    expect(read.repositories).toEqual([{ repository: 'acme/secret', read: false }]);
    expect(read.diagnostics).toEqual([
      expect.objectContaining({
        file: 'rollbook.config.yaml',
        line: 2,
        column: 17,
        severity: 'error',
        code: 'lesson/source-unreadable',
        message: 'cannot read acme/secret',
      }),
    ]);
  });

  it('unchecked sources say so at the severity asked, and count as not read', () => {
    const read = uncheckedSources([{ repository: 'acme/lessons' }], place, 'warning', 'GITHUB_TOKEN is not set');
    expect(read.diagnostics[0]).toMatchObject({
      severity: 'warning',
      code: 'lesson/source-unchecked',
      message: 'the lessons of acme/lessons were not checked: GITHUB_TOKEN is not set',
    });
    expect(read.repositories).toEqual([{ repository: 'acme/lessons', read: false }]);
  });
});
