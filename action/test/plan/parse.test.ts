import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { lintPlan } from '../../src/lint/lint.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { decodeSource, MAX_FILE_BYTES } from '../../src/plan/yaml-source.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', 'schema.json');
const parse = (text: string) => parsePlan(text, 'p.rollout.yaml');

describe('parsePlan: schema diagnostics', () => {
  it('accepts the scaffold and returns a typed plan', () => {
    const parsed = parse(BASE);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.plan?.phases.map((p) => p.id)).toEqual(['staging', 'canary', 'production']);
  });

  it('reports an unknown key at the key, with the allowed keys and a did-you-mean', () => {
    const text = replaceOnce(BASE, '  title: Demo', '  titel: Demo');
    const [d, ...rest] = parse(text).diagnostics.filter((x) => x.code === 'schema/unknown-key');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      ...positionOf(text, 'titel'),
      severity: 'error',
      message: 'unknown key "titel" in metadata',
    });
    // The key it misspells is missing too: one mistake, told once, at the misspelt key.
    expect(d!.hint).toBe('did you mean "title"? metadata needs it');
    expect(d!.expected).toContain('"owners"');
    expect(parse(text).diagnostics.map((x) => x.code)).not.toContain('schema/missing-key');
    // A misspelling of a key that is there already is only an unknown key, as before.
    const twice = parse(replaceOnce(BASE, '  title: Demo', '  title: Demo\n  titel: Demo')).diagnostics;
    expect(twice.map((x) => [x.code, x.hint])).toEqual([['schema/unknown-key', 'did you mean "title"?']]);
  });

  it('reports every problem in one run, each at its own position', () => {
    let text = replaceOnce(BASE, 'environment: staging', 'environment: stagin');
    text = replaceOnce(text, 'bake: 24h', 'bake: 1 day');
    text = replaceOnce(text, 'owners: ["@your-team"]', 'owners: ["your-team"]');
    const found = parse(text).diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);
    const at = (needle: string, offset = 0) => {
      const p = positionOf(text, needle, 1, offset);
      return `${p.line}:${p.column}`;
    };
    expect(found).toEqual([
      `schema/bad-format@${at('"your-team"')}`,
      `schema/not-allowed@${at('environment: stagin', 13)}`,
      `schema/bad-format@${at('1 day')}`,
    ]);
  });

  it('explains enum values with a suggestion', () => {
    const d = parse(
      replaceOnce(
        BASE,
        'strategy: flag-ramp\n    steps:\n      - id: deploy',
        'strategy: canery\n    steps:\n      - id: deploy',
      ),
    ).diagnostics[0]!;
    expect(d.code).toBe('schema/not-allowed');
    expect(d.expected).toContain('"canary"');
    expect(d.hint).toBe('did you mean "canary"?');
    // A word cut short is offered its whole word.
    const short = parse(replaceOnce(BASE, 'environment: production', 'environment: prod')).diagnostics[0]!;
    expect([short.code, short.hint]).toEqual(['schema/not-allowed', 'did you mean "production"?']);
  });

  it('points a missing required key at its parent and says what it is', () => {
    const text = replaceOnce(BASE, '  services: [your-service]\n', '');
    const [d] = parse(text).diagnostics;
    expect(d).toMatchObject({ ...positionOf(text, 'metadata:'), code: 'schema/missing-key' });
    expect(d!.message).toContain('"services"');
    // Under a name nothing like it, so the missing key is not taken for a misspelling.
    const [top] = parse(replaceOnce(BASE, 'escalation:', 'x-pager:')).diagnostics.filter(
      (x) => x.code === 'schema/missing-key',
    );
    expect(top).toMatchObject({
      message: 'the file is missing the required key "escalation"',
      expected: 'a key "escalation"',
    });
    // A key the schema describes is named before its description, which alone reads as a riddle.
    const [metrics] = parse(replaceOnce(BASE, '\nmetrics:', '\nx-catalogue:')).diagnostics.filter(
      (x) => x.code === 'schema/missing-key',
    );
    expect(metrics!.expected).toBe('a key "metrics": The metric catalogue, by name.');
  });

  it('names many keys missing from one place in one error, and points a near-empty file at `rollbook init`', () => {
    const text = 'apiVersion: rollbook/v1\nkind: RolloutPlan\n';
    const missing = parse(text).diagnostics.filter((d) => d.code === 'schema/missing-key');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      line: 1,
      column: 1,
      message: 'the file is missing 7 required keys',
      expected: 'the keys "metadata", "story", "compatibility", "metrics", "phases", "escalation" and "policy"',
    });
    expect(missing[0]!.hint).toContain('rollbook init');
    // Up to MAX_MISSING_KEYS_APART missing from one place: each its own error, described.
    const two = parse(replaceOnce(replaceOnce(BASE, 'metadata:', 'x-about:'), '\nstory:', '\nx-why:')).diagnostics;
    expect(two.filter((d) => d.code === 'schema/missing-key').map((d) => d.message)).toEqual([
      'the file is missing the required key "metadata"',
      'the file is missing the required key "story"',
    ]);
    const one = parse(replaceOnce(BASE, 'metadata:', 'x-about:')).diagnostics;
    expect(one.filter((d) => d.code === 'schema/missing-key').map((d) => d.message)).toEqual([
      'the file is missing the required key "metadata"',
    ]);
  });

  it('reports the object form of a union by its own missing key, not "wrong shape"', () => {
    const text = replaceOnce(BASE, 'rollback: Redeploy the previous version.', 'rollback: {command: helm rollback}');
    const [d] = parse(text).diagnostics;
    expect(d).toMatchObject({ code: 'schema/missing-key', ...positionOf(text, 'rollback: {command') });
    expect(d!.message).toContain('"do"');
  });

  it.each([
    ['5% of people', 'write a percentage and what it counts, such as `10% of users`'],
    ['5% of user', 'did you mean "5% of users"?'],
    ['12.5 % regions', 'did you mean "12.5% of regions"?'],
  ])('an audience %s gets a hint on its unit', (audience, hint) => {
    const text = replaceOnce(BASE, 'audience: 5% of users', `audience: ${audience}`);
    const [d] = parsePlan(text, 'f.rollout.yaml').diagnostics;
    expect(d).toMatchObject({ code: 'schema/bad-format', ...positionOf(text, audience) });
    expect(d!.hint).toContain(hint);
  });

  it('accepts an audience with or without its unit, and structured targets beside plain ones', () => {
    const text = replaceOnce(
      BASE,
      'audience: 5% of users',
      'audience: 5% of installs\n    targets: [eu-west-1, {name: shard-07, kind: cell, share: 6%}]',
    );
    expect(parsePlan(text, 'f.rollout.yaml').diagnostics).toEqual([]);
    const bare = replaceOnce(BASE, 'audience: 5% of users', 'audience: 5%');
    expect(parsePlan(bare, 'f.rollout.yaml').diagnostics).toEqual([]);
  });

  it('says in words what is out of bounds (too long, too many, out of range), with a hint', () => {
    let text = replaceOnce(BASE, '  name: demo', `  name: ${'d'.repeat(70)}`);
    text = replaceOnce(text, '{percent: 25}', '{percent: 250}');
    const windows = Array.from({ length: 33 }, () => '    - {days: [mon], from: "09:00", to: "17:00"}\n').join('');
    text = `${text}schedule:\n  windows:\n${windows}`;
    const found = parse(text).diagnostics.map((d) => [d.code, d.message, d.hint]);
    expect(found).toEqual([
      [
        'schema/too-long',
        'metadata.name is 70 characters long; at most 64 are allowed',
        'shorten it to 64 characters or fewer',
      ],
      [
        'schema/out-of-range',
        'phases[2].steps[0].ramp[0].percent is the number 250, but must be at most 100',
        'use a number from 0 to 100',
      ],
      [
        'schema/too-many',
        'schedule.windows has 33 items; at most 32 are allowed',
        'merge or drop items until 32 are left',
      ],
    ]);
  });

  it('names the bound of a list in what was expected, before what the schema says of it', () => {
    const empty = replaceOnce(BASE, 'deliverables: [The new code path behind the flag demo]', 'deliverables: []');
    const [tooFew] = parse(empty).diagnostics;
    expect(tooFew).toMatchObject({
      code: 'schema/too-few',
      message: 'story.deliverables needs at least 1 item',
      hint: 'add one, or remove the key if it is optional',
    });
    expect(tooFew!.expected).toBe('a list of at least 1 item');
    const windows = Array.from({ length: 33 }, () => '    - {days: [mon], from: "09:00", to: "17:00"}\n').join('');
    const [tooMany] = parse(`${BASE}schedule:\n  windows:\n${windows}`).diagnostics;
    expect(tooMany!.expected).toMatch(/^a list of at most 32 items: Change windows\./);
  });

  it("says YAML's .inf and .nan as themselves, not as JSON's null, and asks for a finite number", () => {
    const text = replaceOnce(
      replaceOnce(BASE, '{metric: error_rate, max: 0.01}', '{metric: error_rate, max: .inf}'),
      '{metric: success_rate, min: 0.99}',
      '{metric: success_rate, min: -.inf, max: .nan}',
    );
    expect(parse(text).diagnostics.map((d) => [d.code, d.message, d.hint])).toEqual([
      [
        'schema/wrong-type',
        'phases[0].gates[1].max is infinity (.inf), but should be a finite number',
        'write a finite number here, or remove the key if it is optional',
      ],
      [
        'schema/wrong-type',
        'phases[2].gates[1].min is minus infinity (-.inf), but should be a finite number',
        'write a finite number here, or remove the key if it is optional',
      ],
      [
        'schema/wrong-type',
        'phases[2].gates[1].max is not a number (.nan), but should be a finite number',
        'write a finite number here, or remove the key if it is optional',
      ],
    ]);
  });

  it('offers a handle written without its @ with it, quoted', () => {
    const hintFor = (owner: string) =>
      parse(replaceOnce(BASE, 'owners: ["@your-team"]', `owners: [${owner}]`)).diagnostics.map((d) => [d.code, d.hint]);
    expect(hintFor('acme/sre-leads')).toEqual([
      ['schema/bad-format', 'did you mean "@acme/sre-leads"? Quote it: YAML does not let a value start with @'],
    ]);
    expect(hintFor('"Alice Smith"')).toEqual([
      ['schema/bad-format', 'write a GitHub handle such as `@alice` or `@acme/sre-leads`'],
    ]);
  });

  it("offers the plan's word for a word people use for the same thing, where the field allows it", () => {
    const hintOf = (from: string, to: string) => parse(replaceOnce(BASE, from, to)).diagnostics[0]?.hint;
    expect(hintOf('kind: binary', 'kind: deploy')).toBe('did you mean "binary"?');
    expect(hintOf('kind: binary', 'kind: Database')).toBe('did you mean "migration"?');
    expect(hintOf('environment: staging', 'environment: preprod')).toBe('did you mean "staging"?');
    expect(hintOf('environment: staging', 'environment: qa')).toBe('did you mean "test"?');
    // A step kind's word is no environment.
    expect(hintOf('environment: staging', 'environment: deploy')).toBe('write one of them, as it is spelt there');
  });

  it('says once that a boolean is not one of the words allowed, and which word it stands for', () => {
    const found = (flag: string) =>
      parse(replaceOnce(BASE, 'default: off}', `default: ${flag}}`)).diagnostics.map((d) => [
        d.code,
        d.message,
        d.hint,
      ]);
    expect(found('false')).toEqual([
      [
        'schema/not-allowed',
        'flags[0].default is the boolean false, which is not allowed',
        'YAML reads false as a boolean: write off',
      ],
    ]);
    expect(found('true')).toEqual([
      [
        'schema/not-allowed',
        'flags[0].default is the boolean true, which is not allowed',
        'YAML reads true as a boolean: write on',
      ],
    ]);
    expect(found('1')).toEqual([
      [
        'schema/not-allowed',
        'flags[0].default is the number 1, which is not allowed',
        'write one of them, as it is spelt there',
      ],
    ]);
  });

  it("reads a percentage threshold in the unit the metric's catalogue entry declares", () => {
    const withUnit = (unit: string) =>
      replaceOnce(
        replaceOnce(BASE, '    unit: ratio\n    signal: negative', `    unit: ${unit}\n    signal: negative`),
        '{metric: error_rate, max: 0.01}',
        '{metric: error_rate, max: 1.5%}',
      );
    const hintOf = (text: string) => parse(text).diagnostics.find((d) => d.code === 'schema/wrong-type')?.hint;
    expect(hintOf(withUnit('percent'))).toBe('error_rate counts percent: write 1.5');
    expect(hintOf(withUnit('"%"'))).toBe('error_rate counts percent: write 1.5');
    expect(hintOf(withUnit('errors'))).toBe(
      "write the number alone, in the metric's unit: 1.5 if it counts percent, 0.015 if it is a ratio",
    );
  });

  it.each([
    ['bake: 24h', 'bake: 1 day', 'phases[0].bake is the text "1 day", which is not a duration'],
    [
      'owners: ["@your-team"]',
      'owners: ["your-team"]',
      'metadata.owners[0] is the text "your-team", which is not a GitHub handle',
    ],
    ['url: "https://grafana', 'url: "grafana', 'is not a URL'],
    ['- id: deploy', '- id: Deploy Step', 'phases[0].steps[0].id is the text "Deploy Step", which is not an id'],
    [
      'audience: 5% of users',
      'audience: some people',
      'phases[1].audience is the text "some people", which is not an audience',
    ],
  ])('names the format a value missed: %s written as %s', (from, to, said) => {
    const [d, ...rest] = parse(replaceOnce(BASE, from, to)).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'schema/bad-format' });
    expect(d!.message).toContain(said);
  });

  it('writes a duration given in words the way the format does', () => {
    const hintFor = (bake: string) =>
      parse(replaceOnce(BASE, 'bake: 24h', `bake: ${bake}`)).diagnostics.map((d) => [d.code, d.hint]);
    expect(hintFor('3 days')).toEqual([['schema/bad-format', 'did you mean `3d`?']]);
    expect(hintFor('1 hour and 30 mins')).toEqual([['schema/bad-format', 'did you mean `1h30m`?']]);
    expect(hintFor('2 Weeks, 1 day')).toEqual([['schema/bad-format', 'did you mean `2w1d`?']]);
    expect(hintFor('24H')).toEqual([['schema/bad-format', 'did you mean `24h`?']]);
    // Words that are no unit, and half an hour, get the format itself.
    const general = 'write a duration such as `30m`, `24h`, `2d` or `1d12h`';
    expect(hintFor('3 fortnights')).toEqual([['schema/bad-format', general]]);
    expect(hintFor('1.5h')).toEqual([['schema/bad-format', general]]);
    expect(hintFor('a day')).toEqual([['schema/bad-format', general]]);
  });

  it('hints at a list for a value written where a list is wanted, in a form that fits inside braces too', () => {
    const hintFor = (services: string) =>
      parse(replaceOnce(BASE, '  services: [your-service]', `  services: ${services}`)).diagnostics.map((d) => d.hint);
    expect(hintFor('checkout')).toEqual(['write it as a list: `[checkout]`']);
    // Commas in a text are most likely items.
    expect(hintFor('checkout, payments')).toEqual(['write it as a list: `[checkout, payments]`']);
    // An item YAML would misread is quoted; so is one too long to show.
    expect(hintFor('"@shop, a: b"')).toEqual(['write it as a list: `["@shop", "a: b"]`']);
    expect(hintFor('x'.repeat(60))).toEqual([`write it as a list: \`["${'x'.repeat(40)}…"]\``]);
    expect(hintFor('42')).toEqual(['write it as a list: `[42]`']);
  });

  it('hints at what YAML did with a value: a number where text is wanted, a list for one value, an unpadded hour', () => {
    let text = replaceOnce(BASE, 'bake: 24h', 'bake: [24h]');
    text = `${text}schedule:\n  finishBefore: 20261120\n  windows:\n    - {days: [mon], from: "9:00", to: "25:00"}\n`;
    const found = parse(text).diagnostics.map((d) => [d.code, d.message, d.hint]);
    expect(found).toEqual([
      ['schema/wrong-type', 'phases[0].bake is a list, but should be a text', 'write a text, not a list'],
      [
        'schema/wrong-type',
        'schedule.finishBefore is the number 20261120, but should be a text',
        'YAML reads it as a number: put it in quotes, "20261120"',
      ],
      [
        'schema/bad-format',
        'schedule.windows[0].from is the text "9:00", which is not a time of day',
        'did you mean "09:00"?',
      ],
      [
        'schema/bad-format',
        'schedule.windows[0].to is the text "25:00", which is not a time of day',
        'write a time of day as HH:MM, from 00:00 to 24:00, e.g. "09:30"',
      ],
    ]);
  });

  it('says which part of a date that is not on the calendar is wrong', () => {
    const text = `${BASE}freezes:\n  - {name: f, from: "2026-02-29", to: "2026-13-01", reason: r}\n`;
    const found = parse(text).diagnostics.map((d) => [d.code, d.message, d.hint]);
    expect(found).toEqual([
      ['ref/bad-date', '2026-02-29 is not a calendar date', '2026-02 has 28 days'],
      ['ref/bad-date', '2026-13-01 is not a calendar date', 'months run from 01 to 12'],
    ]);
  });

  it('every diagnostic of the fuzz corpus says what was expected and gives a hint', () => {
    const corpus = JSON.parse(readFileSync(join(import.meta.dirname, 'fuzz-corpus.json'), 'utf8')) as {
      cases: { text: string }[];
    };
    const bare = corpus.cases
      .flatMap(({ text }) => {
        const parsed = parse(text);
        return [
          ...parsed.diagnostics,
          ...(parsed.plan ? lintPlan(parsed, { start: '2026-11-23', noFridays: true }) : []),
        ];
      })
      .filter((d) => !d.expected || !d.hint)
      .map((d) => `${d.code} ${d.message}`);
    expect(bare).toEqual([]);
  });

  it.each([
    [
      'a gate threshold as a percentage',
      '{metric: error_rate, max: 0.01}',
      '{metric: error_rate, max: 1%}',
      // The catalogue says error_rate is a ratio.
      'error_rate counts a ratio: write 0.01',
    ],
    [
      'a ramp step with its "%"',
      'ramp: [{percent: 100, cohort: staging}]',
      'ramp: [{percent: 50%, cohort: staging}]',
      'write the number alone: 50; it counts percent (0 to 100)',
    ],
    [
      'a gate threshold with thousands separators',
      '{metric: error_rate, max: 0.01}',
      '{metric: error_rate, max: "1,000"}',
      'write it without commas: 1000',
    ],
    [
      'a gate threshold with a unit after it',
      '{metric: error_rate, max: 0.01}',
      '{metric: error_rate, max: 250ms}',
      "write the number alone: 250; it counts the metric's unit",
    ],
    [
      'a gate threshold in microseconds',
      '{metric: error_rate, max: 0.01}',
      '{metric: error_rate, max: 250\u00b5s}',
      "write the number alone: 250; it counts the metric's unit",
    ],
  ])('says how to write a number given as text: %s', (_name, from, to, hint) => {
    const text = replaceOnce(BASE, from, to);
    const wrong = parse(text).diagnostics.find((d) => d.code === 'schema/wrong-type');
    expect(wrong?.hint).toBe(hint);
  });

  it('reports an empty value clearly', () => {
    const text = replaceOnce(BASE, '  problem: What hurts today, and for whom.', '  problem:');
    const [d] = parse(text).diagnostics;
    expect(d!.message).toContain('story.problem is null');
    expect(d!.hint).toContain('empty');
  });
});

describe('parsePlan: YAML syntax', () => {
  it('reports a duplicate key at the second occurrence', () => {
    const text = replaceOnce(BASE, '  title: Demo\n', '  title: Demo\n  title: Again\n');
    const [d] = parse(text).diagnostics;
    expect(d).toMatchObject({ code: 'yaml/duplicate-key', ...positionOf(text, 'title: Again') });
  });

  it('reports a tab used for indentation with a hint', () => {
    const text = replaceOnce(BASE, '  breaking: false', '\tbreaking: false');
    const [d] = parse(text).diagnostics;
    expect(d!.code).toBe('yaml/tab-as-indent');
    expect(d!.line).toBe(positionOf(text, '\tbreaking').line);
    expect(d!.hint).toContain('spaces');
  });

  it('reports an unclosed quote at the quote that opens it, not where the text runs out', () => {
    const d = parse('apiVersion: "rollbook/v1\nkind: RolloutPlan\n').diagnostics[0]!;
    expect(d).toMatchObject({ code: 'yaml/missing-char', line: 1, column: 13 });
    // Deep in a plan, a quote left open on one line: the library stops at that line's end.
    const text = replaceOnce(BASE, 'title: Demo', 'title: "Demo');
    const [open] = parse(text).diagnostics;
    expect(open).toMatchObject({ code: 'yaml/missing-char', ...positionOf(text, '"Demo') });
    // Closed quotes, with escaped and doubled quote characters inside, are not taken for open ones.
    expect(parse(replaceOnce(BASE, 'title: Demo', 'title: "De\\"mo\\\\"')).diagnostics).toEqual([]);
    expect(parse(replaceOnce(BASE, 'title: Demo', "title: 'De''mo'")).diagnostics).toEqual([]);
    const single = parse(replaceOnce(BASE, 'title: Demo', "title: 'De''mo''")).diagnostics[0]!;
    expect(single).toMatchObject({ code: 'yaml/missing-char', column: 10 });
  });

  // The library reports an unclosed `[` or `{` where the block around it goes on, in words about
  // indentation; it is reported at the bracket, saying which line it ran into.
  it.each([
    ['a list never closed', '  owners: ["@your-team"]', '  owners: ["@your-team"', '[', 'list', ']'],
    [
      'a mapping never closed',
      '    - {check: integration-tests}',
      '    - {check: integration-tests',
      '{',
      'mapping',
      '}',
    ],
    [
      'a list closed on a line no more indented than its key',
      '  owners: ["@your-team"]',
      '  owners: ["@your-team",\n  "@b"]',
      '[',
      'list',
      ']',
    ],
  ])('reports %s at its opening bracket', (_name, from, to, bracket, what, close) => {
    const text = replaceOnce(BASE, `${from}\n`, `${to}\n`);
    const at = positionOf(text, `${to}\n`, 1, to.indexOf(bracket));
    const [d] = parse(text).diagnostics;
    expect(d).toMatchObject({
      code: 'yaml/bad-indent',
      line: at.line,
      column: at.column,
      endColumn: at.column + 1,
      message: `the ${what} opened here with "${bracket}" is not closed with "${close}" before line ${at.line + 1}`,
      hint: `close it with "${close}"; if it goes on to more lines, indent them further than the key it belongs to`,
    });
  });

  it('reports a list left open as one error, not one or two on each line it swallowed; a later error still comes', () => {
    const RAMP = '{percent: 5, cohort: all users}]';
    const open = replaceOnce(BASE, RAMP, RAMP.slice(0, -1));
    const found = parse(open).diagnostics;
    expect(found.map((d) => d.code)).toEqual(['yaml/bad-indent']);
    expect(found[0]!.message).toMatch(/^the list opened here with "\[" is not closed/);
    // The same with a quote left open further down: both are told, and nothing between them.
    const both = replaceOnce(open, '  prefer: rollback', '  prefer: "rollback');
    expect(parse(both).diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual([
      `yaml/bad-indent@${found[0]!.line}`,
      `yaml/missing-char@${positionOf(both, '"rollback').line}`,
    ]);
  });

  it('reports a second document at its "---", saying a plan file holds one', () => {
    const text = `${BASE}---\nkind: RolloutPlan\n`;
    const [d, ...rest] = parse(text).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'yaml/multiple-docs',
      line: positionOf(text, '---\nkind').line,
      column: 1,
      message: 'a second YAML document starts here',
      expected: 'one YAML document per file',
    });
    expect(d!.hint).toContain('a line of "---" starts another document');
  });

  it('counts a bracket the lexer closed at the end of its block as closed, so many such lines are not "too deep"', () => {
    const lines = 70; // more than the nesting limit of 64
    const text = `${Array.from({ length: lines }, (_, i) => `k${i}: [a`).join('\n')}\n`;
    const found = parse(text).diagnostics;
    expect(found.map((d) => d.code)).not.toContain('yaml/too-deep');
    expect(found.filter((d) => d.message.startsWith('the list opened here'))).toHaveLength(lines);
  });

  it('reports an alias with no anchor before it at the alias, as text that starts with "*" most often is', () => {
    const text = replaceOnce(BASE, '  title: Demo', '  title: *Demo');
    const [d, ...rest] = parse(text).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'yaml/bad-alias',
      ...positionOf(text, '*Demo'),
      endColumn: positionOf(text, '*Demo').column + '*Demo'.length,
      message: '"*Demo" is an alias, and no anchor "&Demo" is set before it',
      hint: 'YAML reads a value that starts with "*" as an alias of an anchor ("&name"); if it is text, quote it: title: "*Demo"',
    });
    // An anchor set after the alias does not count; one set before it does.
    const after = `${text}x-anchor: &Demo value\n`;
    expect(parse(after).diagnostics.map((x) => x.code)).toEqual(['yaml/bad-alias']);
    const before = replaceOnce(BASE, '  title: Demo', '  title: &t Demo\n  author: *t');
    expect(parse(before).diagnostics.map((x) => x.code)).not.toContain('yaml/bad-alias');
  });

  it('names a duplicated key and the line it is already on', () => {
    const text = `${BASE}policy:\n  prefer: rollback\n`;
    const [d] = parse(text).diagnostics;
    expect(d).toMatchObject({
      code: 'yaml/duplicate-key',
      ...positionOf(text, 'policy:', 2),
      message: `the key "policy" is already in this mapping, on line ${positionOf(text, 'policy:').line}`,
      hint: 'each key may appear once per mapping; merge the two entries',
    });
  });

  // YAML lets a list or a mapping be a key; a plan's keys are text. The library would turn such a
  // key into text of its own making (and warn on the process), which no schema error points at.
  it.each([
    ['a list as an implicit key', '  [a, b]: 1\n', '[a, b]', 'list'],
    ['a mapping as an implicit key', '  {c: d}: 1\n', '{c: d}', 'mapping'],
    ['a list as an explicit key', '  ? [a, b]\n  : 1\n', '[a, b]', 'list'],
    ['a list as a key in a flow mapping', '  extra: {[a]: 1}\n', '[a]', 'list'],
  ])('reports %s at the key, once, and warns nothing on the process', (_name, lines, key, kind) => {
    const text = replaceOnce(BASE, '  title: Demo\n', `  title: Demo\n${lines}`);
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      expect(parse(text).diagnostics).toEqual([
        expect.objectContaining({
          code: 'yaml/non-string-key',
          ...positionOf(text, key),
          endColumn: positionOf(text, key).column + key.length,
          message: `this key is a ${kind}, not text`,
          hint: 'write the key as plain text; if its brackets or braces are part of its name, quote it: "[a, b]": value',
        }),
      ]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('takes a quoted key with brackets for the text it is', () => {
    const text = replaceOnce(BASE, '  title: Demo\n', '  title: Demo\n  "[a, b]": 1\n');
    expect(parse(text).diagnostics.map((d) => d.code)).toEqual(['schema/unknown-key']);
  });

  it('refuses alias bombs', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`;
    const parsed = parse(bomb);
    expect(parsed.plan).toBeUndefined();
    expect(parsed.diagnostics[0]!.code).toBe('yaml/resource-exhaustion');
  });

  it('reports an empty file and a document that is not a mapping', () => {
    expect(parse('').diagnostics[0]!.code).toBe('schema/empty-file');
    const [d] = parse('- just\n- a list\n').diagnostics;
    expect(d!.code).toBe('schema/wrong-type');
    expect(d!.message).toContain('a list');
  });
});

describe('decodeSource', () => {
  it('refuses binary content at the NUL byte', () => {
    const bytes = new TextEncoder().encode('apiVersion: x\nki\0nd');
    expect(decodeSource(bytes, 'f').diagnostics[0]).toMatchObject({ code: 'file/binary', line: 2, column: 3 });
  });

  it('tells UTF-16 apart from binary content, with or without its byte order mark', () => {
    const text = 'apiVersion: rollbook/v1\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [bytes, order] of [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'little-endian'],
      [le, 'little-endian'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'big-endian'],
      [be, 'big-endian'],
    ] as const) {
      expect(decodeSource(bytes, 'f').diagnostics[0]).toMatchObject({
        code: 'file/encoding',
        line: 1,
        column: 1,
        message: `the file is UTF-16 (${order}), not UTF-8`,
        hint: 're-save the file as UTF-8 (most editors offer it as "Save with Encoding")',
      });
    }
    // A binary file that starts like neither is still binary.
    expect(decodeSource(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]), 'f').diagnostics[0]!.code).toBe(
      'file/binary',
    );
  });

  it('locates invalid UTF-8 by line and column', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('a: 1\nbé: '), 0xff, 0x41]);
    expect(decodeSource(bytes, 'f').diagnostics[0]).toMatchObject({ code: 'file/encoding', line: 2, column: 5 });
  });

  it('refuses files over the size limit without decoding them', () => {
    const result = decodeSource(new Uint8Array(10), 'f', MAX_FILE_BYTES + 1);
    expect(result.text).toBeUndefined();
    expect(result.diagnostics[0]!.code).toBe('file/too-large');
  });

  it('strips a byte-order mark', () => {
    expect(decodeSource(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), 'f').text).toBe('a');
  });
});
