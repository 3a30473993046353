// Results kept between runs (workspace/result-cache.ts, ADR 54): `rollbook validate` with a
// result cache prints exactly what it prints without one, byte for byte and with the same exit
// code, on a cold cache, a warm one, and after any input changed; a kept result is used only for
// the same inputs; an unwritable, corrupt or foreign cache is a miss, never a failure.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.ts';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { checkPlans } from '../../src/workspace/check-plans.ts';
import {
  type CheckedFile,
  MAX_RESULT_ENTRIES,
  openResultCache,
  RESULTS_DIR,
  type ResultCache,
  type ResultCacheLocation,
  runInputs,
} from '../../src/workspace/result-cache.ts';
import { type Captured, runCli, tempDir } from '../helpers/cli.ts';
import { replaceOnce } from '../helpers/position.ts';

const EXAMPLES = join(import.meta.dirname, '../../../playbooks');
const START = '2026-11-02';
const plan = (name: string) => scaffoldPlan(name, 's.json');

/** The example repository: five plans, nine lessons, links between plans; or only the plans named in `plans`. */
function exampleRepo(plans?: readonly string[]): string {
  const dir = tempDir();
  const wanted = (src: string) =>
    !src.endsWith('.rollout.yaml') || plans === undefined || plans.some((p) => src.endsWith(`/${p}`));
  cpSync(EXAMPLES, join(dir, 'playbooks'), {
    recursive: true,
    filter: (src) => !src.includes('runbooks') && wanted(src),
  });
  return dir;
}

/** Plans with schema errors, rule findings, a duplicate name, an unknown link, and a broken lesson. */
function brokenRepo(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'playbooks/lessons'), { recursive: true });
  const files: Record<string, string> = {
    'ok.rollout.yaml': plan('ok'),
    'twin.rollout.yaml': plan('ok'),
    'unknown-key.rollout.yaml': replaceOnce(
      plan('unknown-key'),
      '  breaking: false',
      '  breaking: false\n  breakng: true',
    ),
    'no-rehearsal.rollout.yaml': replaceOnce(
      plan('no-rehearsal'),
      '    rehearsal: Turn the flag off and on again, and redeploy the previous version once.\n',
      '',
    ),
    'link.rollout.yaml': replaceOnce(
      plan('link'),
      '    title: Everyone\n',
      '    title: Everyone\n    dependsOn: [nowhere/production]\n',
    ),
    'bad-yaml.rollout.yaml': replaceOnce(plan('bad-yaml'), 'environment: staging', 'environment: "staging'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'playbooks', name), text);
  writeFileSync(
    join(dir, 'playbooks/lessons/L-2024-01-bad.md'),
    '---\nid: L-2024-01-bad\nseverity: huge\n---\n\nText.\n',
  );
  return dir;
}

const location = (): ResultCacheLocation => ({ dir: tempDir('rollbook-results-'), codeId: 'test build' });

/** Every way validate can print; the last names two files, so links are looked up in the others. */
function argumentSets(dir: string): string[][] {
  const named = readdirSync(join(dir, 'playbooks'))
    .filter((f) => f.endsWith('.rollout.yaml'))
    .sort()
    .slice(-2)
    .map((f) => `playbooks/${f}`);
  return [
    ['validate', '--start', START],
    ['validate', '--start', START, '--format', 'json'],
    ['validate', '--start', START, '--format', 'github'],
    ['validate', '--start', START, '--strict'],
    ['validate', ...named, '--start', START],
  ];
}

const validate = (dir: string, args: string[], overrides: Partial<CliIO> = {}) => runCli(args, dir, overrides);

function entriesIn(cache: ResultCacheLocation): string[] {
  const root = join(cache.dir, RESULTS_DIR);
  return readdirSync(root).flatMap((build) => readdirSync(join(root, build)).map((name) => join(root, build, name)));
}

describe('validate with kept results', () => {
  for (const [label, repo] of [
    ['the example repository', exampleRepo],
    ['a repository with every kind of problem', brokenRepo],
  ] as const) {
    it(`prints the same bytes and exit code as without them, cold and warm: ${label}`, async () => {
      const dir = repo();
      const cache = location();
      for (const args of argumentSets(dir)) {
        for (const color of [false, true]) {
          const reference = await validate(dir, args, { color });
          const cold = await validate(dir, args, { color, resultCache: cache });
          const warm = await validate(dir, args, { color, resultCache: cache });
          expect(cold).toEqual(reference);
          expect(warm).toEqual(reference);
        }
      }
      expect(entriesIn(cache).length).toBeGreaterThan(0);
    });
  }

  it('gives what a run without them gives after a plan, the config, a lesson or the start changed', async () => {
    const dir = exampleRepo();
    const cache = location();
    const args = ['validate', '--start', START, '--format', 'json'];
    const same = async (argv = args) => {
      const warmup = await validate(dir, argv, { resultCache: cache });
      const reference = await validate(dir, argv);
      expect(warmup).toEqual(reference);
      expect(await validate(dir, argv, { resultCache: cache })).toEqual(reference);
      return reference;
    };
    const first = await same();
    const planFile = join(dir, 'playbooks', readdirSync(join(dir, 'playbooks')).find((f) => f.endsWith('.yaml'))!);
    const original = readFileSync(planFile, 'utf8');
    writeFileSync(planFile, original.replace(/rehearsal: .*\n/, ''));
    const edited = await same();
    expect(edited.stdout).not.toBe(first.stdout);
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'rules: {phase-rehearsed: warning}\n');
    expect((await same()).stdout).not.toBe(edited.stdout);
    const lessons = join(dir, 'playbooks/lessons');
    const lesson = join(lessons, readdirSync(lessons)[0]!);
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace(/^severity: .*$/m, 'severity: huge'));
    await same();
    await same(['validate', '--start', '2027-03-01', '--format', 'json']);
    writeFileSync(planFile, original);
    rmSync(join(dir, 'rollbook.config.yaml'));
    rmSync(lessons, { recursive: true });
    await same();
  });

  it('is a miss, never a failure, when entries are corrupt, cut short, or of another shape', async () => {
    const dir = brokenRepo();
    const cache = location();
    const args = ['validate', '--start', START];
    const reference = await validate(dir, args);
    await validate(dir, args, { resultCache: cache });
    const entries = entriesIn(cache);
    const spoilers = [
      () => 'not json',
      (text: string) => text.slice(0, text.length / 2),
      () => '{"format":1,"key":"x","result":{"diagnostics":[]}}',
      (text: string) => text.replace('"diagnostics":[', '"diagnostics":[{"file":1},'),
      () => '',
    ];
    for (const spoil of spoilers) {
      for (const entry of entries) writeFileSync(entry, spoil(readFileSync(entry, 'utf8')));
      expect(await validate(dir, args, { resultCache: cache })).toEqual(reference);
      // The fresh result replaced the spoiled one.
      expect(await validate(dir, args, { resultCache: cache })).toEqual(reference);
    }
  });

  it('steps aside when its directory cannot be made or written', async () => {
    const dir = brokenRepo();
    const args = ['validate', '--start', START, '--format', 'json'];
    const reference = await validate(dir, args);
    const underFile = underAFile();
    expect(await validate(dir, args, { resultCache: underFile })).toEqual(reference);
    expect(await validate(dir, args, { resultCache: underFile })).toEqual(reference);
    // Its results directory is a file.
    const taken = location();
    writeFileSync(join(taken.dir, RESULTS_DIR), '');
    expect(await validate(dir, args, { resultCache: taken })).toEqual(reference);
  });
});

/** A cache location inside a regular file: a directory there can be neither made nor read (ENOTDIR). */
function underAFile(): ResultCacheLocation {
  const blocked = tempDir();
  writeFileSync(join(blocked, 'file'), '');
  return { dir: join(blocked, 'file'), codeId: 'test build' };
}

/** The real cache, counting what it found, for plans and for lessons apart. */
function counted(cache: ResultCache) {
  const counts = { hits: 0, misses: 0, sets: 0 };
  const lessonCounts = { hits: 0, misses: 0, sets: 0 };
  const wrapped: ResultCache = {
    get(inputs) {
      const found = cache.get(inputs);
      if (found) counts.hits++;
      else counts.misses++;
      return found;
    },
    set(inputs, result) {
      counts.sets++;
      cache.set(inputs, result);
    },
    getLesson(file, text) {
      const found = cache.getLesson(file, text);
      if (found) lessonCounts.hits++;
      else lessonCounts.misses++;
      return found;
    },
    setLesson(file, text, parsed) {
      lessonCounts.sets++;
      cache.setLesson(file, text, parsed);
    },
  };
  return { wrapped, counts, lessonCounts };
}

describe('checkPlans with kept results', () => {
  it('parses only the files whose inputs changed', async () => {
    const dir = exampleRepo();
    const at = location();
    const check = async () => {
      const { wrapped, counts, lessonCounts } = counted(openResultCache(at));
      const result = await checkPlans([], { cwd: dir, config: {}, start: START, retainPlans: false, results: wrapped });
      return { counts, lessonCounts, diagnostics: result.diagnostics };
    };
    const cold = await check();
    expect(cold.counts).toEqual({ hits: 0, misses: 5, sets: 5 });
    expect(cold.lessonCounts).toEqual({ hits: 0, misses: 9, sets: 9 });
    const warm = await check();
    expect(warm.counts).toEqual({ hits: 5, misses: 0, sets: 0 });
    expect(warm.lessonCounts).toEqual({ hits: 9, misses: 0, sets: 0 });
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    const planFile = join(dir, 'playbooks', readdirSync(join(dir, 'playbooks')).find((f) => f.endsWith('.yaml'))!);
    writeFileSync(planFile, `${readFileSync(planFile, 'utf8')}# a comment\n`);
    const changed = await check();
    expect(changed.counts).toEqual({ hits: 4, misses: 1, sets: 1 });
    expect(changed.lessonCounts).toEqual({ hits: 9, misses: 0, sets: 0 });
  });

  it('is not used where the plans themselves are wanted', async () => {
    const dir = exampleRepo();
    const { wrapped, counts, lessonCounts } = counted(openResultCache(location()));
    await checkPlans([], { cwd: dir, config: {}, start: START, results: wrapped });
    await checkPlans([], {
      cwd: dir,
      config: {},
      start: START,
      retainPlans: false,
      results: wrapped,
      onChecked: async () => {},
    });
    expect(counts).toEqual({ hits: 0, misses: 0, sets: 0 });
    expect(lessonCounts).toEqual({ hits: 0, misses: 0, sets: 0 });
  });

  it('uses what an entry holds: the key covers the inputs, not the entry', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'playbooks'));
    writeFileSync(join(dir, 'playbooks/a.rollout.yaml'), plan('a'));
    const at = location();
    const options = { cwd: dir, config: {}, start: START, retainPlans: false as const };
    await checkPlans([], { ...options, results: openResultCache(at) });
    const [entry] = entriesIn(at);
    const kept = JSON.parse(readFileSync(entry!, 'utf8')) as { result: CheckedFile };
    kept.result.diagnostics = [
      {
        file: 'playbooks/a.rollout.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        severity: 'warning',
        code: 'kept',
        message: 'read from the cache',
      },
    ];
    writeFileSync(entry!, JSON.stringify(kept));
    const again = await checkPlans([], { ...options, results: openResultCache(at) });
    expect(again.diagnostics.map((d) => d.code)).toEqual(['kept']);
    // Another build never reads it.
    const other = await checkPlans([], { ...options, results: openResultCache({ ...at, codeId: 'another build' }) });
    expect(other.diagnostics).toEqual([]);
  });
});

/** Lesson entries (they hold a story) among a cache's entries. */
const lessonEntries = (cache: ResultCacheLocation) =>
  entriesIn(cache).filter((entry) => readFileSync(entry, 'utf8').includes('"body":'));

/** Every mapping's prototype along two values, which must match too: the parser leaves none. */
function prototypesOf(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => prototypesOf(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return [
    `${path}: ${Object.getPrototypeOf(value) === null ? 'none' : 'Object'}`,
    ...Object.entries(value).flatMap(([key, item]) => prototypesOf(item, `${path}.${key}`)),
  ];
}

describe('lessons kept', () => {
  it('gives back the parsed lessons exactly, prototypes included', async () => {
    const dir = exampleRepo();
    const at = location();
    const options = { cwd: dir, config: {}, start: START, retainPlans: false as const };
    const parsed = await checkPlans([], options);
    await checkPlans([], { ...options, results: openResultCache(at) });
    expect(lessonEntries(at)).toHaveLength(9);
    const kept = await checkPlans([], { ...options, results: openResultCache(at) });
    expect(kept.lessons).toEqual(parsed.lessons);
    expect(kept.lessons.map((l) => Object.keys(l))).toEqual(parsed.lessons.map((l) => Object.keys(l)));
    expect(kept.lessons.flatMap((l) => prototypesOf(l.lesson))).toEqual(
      parsed.lessons.flatMap((l) => prototypesOf(l.lesson)),
    );
    expect(kept.lessons.every((l) => l.lesson !== undefined && Object.getPrototypeOf(l.lesson) === null)).toBe(true);
  });

  it('prints what a run without them prints after a lesson is edited, duplicated, deleted or spoiled', async () => {
    // Every lesson, and the smallest example plan: a lesson's change reaches every plan alike
    // (one of the edited lesson's guards matches all plans), and this runs validate 46 times.
    const dir = exampleRepo(['search-ranker-canary.rollout.yaml']);
    const cache = location();
    const lessons = join(dir, 'playbooks/lessons');
    const lessonFile = join(lessons, 'L-2019-08-unrehearsed-rollback.md');
    const planFile = join(dir, 'playbooks', readdirSync(join(dir, 'playbooks')).find((f) => f.endsWith('.yaml'))!);
    writeFileSync(
      planFile,
      `${readFileSync(planFile, 'utf8')}waive:\n  - {lesson: L-2019-08-unrehearsed-rollback, reason: "Rehearsed in another plan"}\n`,
    );
    const outputs = new Set<string>();
    const json = ['validate', '--start', START, '--format', 'json'];
    /** Twice with the cache (filling it, then reading it): the same as `reference`. */
    const cachedGives = async (args: string[], reference: Captured) => {
      expect(await validate(dir, args, { resultCache: cache })).toEqual(reference);
      expect(await validate(dir, args, { resultCache: cache })).toEqual(reference);
    };
    /** The files as they are now, without the cache and with it; returns the JSON run's reference. */
    const same = async () => {
      let jsonReference: Captured | undefined;
      for (const args of [['validate', '--start', START, '--format', 'text'], json]) {
        const reference = await validate(dir, args);
        await cachedGives(args, reference);
        outputs.add(reference.stdout);
        jsonReference = reference;
      }
      return jsonReference!;
    };
    await same();
    const original = readFileSync(lessonFile, 'utf8');
    // A guard that now says nothing to do: an error in the lesson, and it guards nothing.
    writeFileSync(lessonFile, original.replace('    raise: {rule: rollback-rehearsal, to: error}\n', ''));
    await same();
    writeFileSync(lessonFile, original);
    // Its copy under a later name: the same id twice, reported on the copy only.
    writeFileSync(join(lessons, 'L-2099-01-copy.md'), original);
    await same();
    rmSync(join(lessons, 'L-2099-01-copy.md'));
    await same();
    // Deleted: the plan's waiver now names an unknown lesson.
    rmSync(lessonFile);
    await same();
    writeFileSync(lessonFile, original);
    const restored = await same();
    const entries = lessonEntries(cache);
    for (const spoil of [
      () => 'not json',
      (text: string) => text.replace('"guards":[', '"guards":[1,'),
      (text: string) => text.replace(/"lesson":\{"id":"[^"]*"/, '"lesson":{"id":7'),
      (text: string) => text.replace('"diagnostics":[', '"diagnostics":[{"file":1},'),
      (text: string) => text.replace('"body":"', '"body":1,"x":"'),
    ]) {
      for (const entry of entries) writeFileSync(entry, spoil(readFileSync(entry, 'utf8')));
      // Only the cache changed, so the run without it is the one just made (`restored`).
      await cachedGives(json, restored);
    }
    // The original, edited, with a copy, deleted: each with its own output, in both formats.
    expect(outputs.size).toBe(8);
  });

  it('steps aside for lessons too when its directory cannot be written', async () => {
    const dir = exampleRepo();
    const args = ['validate', '--start', START, '--format', 'json'];
    const reference = await validate(dir, args);
    const underFile = underAFile();
    expect(await validate(dir, args, { resultCache: underFile })).toEqual(reference);
    const cache = openResultCache(underFile);
    const { wrapped, lessonCounts } = counted(cache);
    await checkPlans([], { cwd: dir, config: {}, start: START, retainPlans: false, results: wrapped });
    expect(lessonCounts).toEqual({ hits: 0, misses: 9, sets: 9 });
    expect(cache.getLesson('playbooks/lessons/L-2019-08-unrehearsed-rollback.md', 'x')).toBeUndefined();
  });

  it('keeps a lesson only when JSON gives its data back unchanged', () => {
    const at = location();
    const cache = openResultCache(at);
    const data = (extra: unknown) =>
      Object.assign(Object.create(null), { id: 'L-2024-01-x', guards: [Object.create(null)], extra });
    cache.setLesson('a.md', 'a', { diagnostics: [], body: 'b', lesson: data(1.5) });
    expect(cache.getLesson('a.md', 'a')?.lesson).toEqual(data(1.5));
    for (const [i, extra] of [
      Number.POSITIVE_INFINITY,
      Number.NaN,
      -0,
      { a: 1 },
      [1, undefined],
      new Array(2),
    ].entries()) {
      cache.setLesson('b.md', String(i), { diagnostics: [], body: 'b', lesson: data(extra) });
      expect(cache.getLesson('b.md', String(i))).toBeUndefined();
    }
    // The same text under another path is another lesson: its diagnostics name the file.
    expect(cache.getLesson('c.md', 'a')).toBeUndefined();
    expect(lessonEntries(at)).toHaveLength(1);
  });
});

describe('the key of a run', () => {
  const base = {
    cwd: '/repo',
    start: START,
    config: { rules: { 'phase-rehearsed': 'warning' } },
    lessons: [{ file: 'acme/lessons#L-1', text: 'guard', source: { repository: 'acme/lessons', commit: 'a1' } }],
    lessonSettings: { found: true, shared: true, repositories: [{ repository: 'acme/lessons', read: true }] },
  };

  it('changes with every input the rules read, shared lessons and where they were read included', () => {
    const variants = [
      { ...base, cwd: '/other' },
      { ...base, start: '2026-11-03' },
      { ...base, config: { rules: { 'phase-rehearsed': 'off' } } },
      { ...base, lessons: [{ ...base.lessons[0]!, text: 'guard2' }] },
      { ...base, lessons: [{ ...base.lessons[0]!, file: 'acme/lessons#L-2' }] },
      { ...base, lessons: [{ ...base.lessons[0]!, source: { repository: 'acme/lessons', commit: 'b2' } }] },
      { ...base, lessons: [] },
      {
        ...base,
        lessonSettings: { ...base.lessonSettings, repositories: [{ repository: 'acme/lessons', read: false }] },
      },
      { ...base, lessonSettings: { ...base.lessonSettings, found: false } },
    ];
    const keys = new Set([runInputs(base), ...variants.map(runInputs)]);
    expect(keys.size).toBe(variants.length + 1);
    expect(runInputs({ ...base })).toBe(runInputs(base));
  });
});

describe('the cache directory', () => {
  const result: CheckedFile = { diagnostics: [] };

  it("removes other builds' results when a build first writes", () => {
    const at = location();
    openResultCache({ ...at, codeId: 'old' }).set(['x'], result);
    const fresh = openResultCache(at);
    expect(fresh.get(['x'])).toBeUndefined();
    fresh.set(['x'], result);
    expect(readdirSync(join(at.dir, RESULTS_DIR))).toHaveLength(1);
    expect(openResultCache({ ...at, codeId: 'old' }).get(['x'])).toBeUndefined();
    expect(openResultCache(at).get(['x'])).toEqual(result);
  });

  it(`empties itself once it holds ${MAX_RESULT_ENTRIES} entries`, () => {
    const at = location();
    const cache = openResultCache(at);
    cache.set(['first'], result);
    const [build] = readdirSync(join(at.dir, RESULTS_DIR));
    for (let i = 1; i < MAX_RESULT_ENTRIES; i++)
      writeFileSync(join(at.dir, RESULTS_DIR, build!, `filler-${i}.json`), '');
    const next = openResultCache(at);
    next.set(['second'], result);
    expect(readdirSync(join(at.dir, RESULTS_DIR, build!))).toHaveLength(1);
    expect(next.get(['second'])).toEqual(result);
    expect(next.get(['first'])).toBeUndefined();
  });
});
