import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { loadConfig } from '../../src/config/load.ts';
import { COMMENT_CUT_CODE, doubleQuoted } from '../../src/plan/comment-cut.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { salvagePlan } from '../../src/plan/salvage.ts';
import { RolloutPlan } from '../../src/plan/schema.ts';
import { validatorFor } from '../../src/plan/validator.ts';
import { parseYamlSource } from '../../src/plan/yaml-source.ts';
import { checkText } from '../helpers/lint-plan.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', 'schema.json');
const CANARY_ROLLBACK = '        rollback: Set the flag to 0%.\n';
const codes = (text: string) => checkText(text).map((d) => `${d.code}@${d.line}:${d.column}`);
const at = (text: string, needle: string, offset = 0) => {
  const p = positionOf(text, needle, 1, offset);
  return `${p.line}:${p.column}`;
};

/** The canary phase's sign-off gate, the last line before the production phase. */
const CANARY_SIGNOFF = '      - {signoff: ["@your-team/approvers"], count: 1}\n  - id: production';
const withSignoffHandleWithoutAt = (text: string) =>
  replaceOnce(text, CANARY_SIGNOFF, CANARY_SIGNOFF.replace('"@your-team/approvers"', 'your-team/approvers'));
const withoutCanarySignoff = (text: string) => replaceOnce(text, CANARY_SIGNOFF, '  - id: production');

describe('rules run on the valid rest of a plan with schema errors', () => {
  it('reports a rule finding in a valid phase beside a schema error in another, at file positions', () => {
    let text = replaceOnce(BASE, 'environment: staging', 'environment: stagin');
    text = replaceOnce(text, CANARY_ROLLBACK, '');
    const parsed = parsePlan(text, 'p.rollout.yaml');
    expect(parsed.plan).toBeUndefined();
    expect(parsed.salvaged?.removed).toContainEqual(['phases', 0]);
    // The canary phase is phases[0] of the salvaged plan, phases[1] in the file.
    expect(codes(text)).toEqual([
      `schema/not-allowed@${at(text, 'environment: stagin', 'environment: '.length)}`,
      `step-rollback@${at(text, 'ramp\n        kind: flag\n        flag: demo\n        ramp: [{percent: 1')}`,
    ]);
  });

  it('leaves out findings about a part that was cut: a misspelt rollback key is not also "no rollback"', () => {
    const text = replaceOnce(BASE, CANARY_ROLLBACK, '        rolback: Set the flag to 0%.\n');
    expect(codes(text)).toEqual([`schema/unknown-key@${at(text, 'rolback')}`]);
  });

  it('leaves out "no sign-off gate" when the phase\'s sign-off gate was cut for a handle without its @', () => {
    const text = withSignoffHandleWithoutAt(BASE);
    expect(codes(text)).toEqual([`schema/bad-format@${at(text, 'your-team/approvers]')}`]);
    // With no sign-off gate written at all, the rule says so, and names the plan's owner.
    const none = withoutCanarySignoff(BASE);
    const found = checkText(none).filter((d) => d.code === 'production-signoff');
    expect(found.map((d) => d.hint)).toEqual(['add `{signoff: ["@your-team"], count: 1}` to its gates']);
  });

  it('leaves out "cannot be undone without a sign-off gate" when the phase\'s sign-off gate was cut', () => {
    const irreversible = replaceOnce(
      BASE,
      '  - id: canary\n',
      '  - id: canary\n    irreversible: A sent email cannot be unsent.\n    rollForward: {do: "Send a correction"}\n',
    );
    expect(codes(irreversible)).toEqual([]);
    const text = withSignoffHandleWithoutAt(irreversible);
    expect(codes(text)).toEqual([`schema/bad-format@${at(text, 'your-team/approvers]')}`]);
    // With no sign-off gate written at all, the rule says so.
    const none = withoutCanarySignoff(irreversible);
    expect(checkText(none).filter((d) => d.code === 'irreversible-roll-forward')).toHaveLength(1);
  });

  it('does not run rules that compare phases when a phase was cut (no false blast-radius finding)', () => {
    const text = replaceOnce(BASE, 'environment: staging', 'environment: 7');
    const found = checkText(text).map((d) => d.code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((code) => code.startsWith('schema/'))).toBe(true);
  });

  it('honours waivers and severities on the salvaged plan', () => {
    let text = replaceOnce(BASE, 'environment: staging', 'environment: stagin');
    text = replaceOnce(text, CANARY_ROLLBACK, '');
    text = `${text}waive:\n  - {rule: step-rollback, phases: [canary], severity: warning, reason: the flag is the rollback}\n`;
    const found = checkText(text).filter((d) => d.code === 'step-rollback');
    expect(found.map((d) => d.severity)).toEqual(['warning']);
  });

  it('gives up when the top level is broken, and never changes the parsed data', () => {
    expect(salvagePlan('text')).toBeUndefined();
    expect(salvagePlan([1, 2])).toBeUndefined();
    const noStory = replaceOnce(BASE, 'story:\n', 'storey:\n');
    expect(parsePlan(noStory, 'p.rollout.yaml').salvaged).toBeUndefined();
    const data = parseYamlSource(replaceOnce(BASE, 'bake: 48h', 'bake: 2 days'), 'p').data as {
      phases: { bake: string }[];
    };
    const salvaged = salvagePlan(data);
    expect(salvaged?.plan.phases[1]?.bake).toBeUndefined();
    expect(data.phases[1]!.bake).toBe('2 days');
  });

  it('starts from the errors the caller already has and salvages the same plan as without them', () => {
    let text = replaceOnce(BASE, 'environment: staging', 'environment: nope');
    text = replaceOnce(text, 'bake: 48h', 'bake: 2 days');
    text = `${text}unknown_a: 1\nunknown_b: [1]\n`;
    const data = parseYamlSource(text, 'p').data;
    const validate = validatorFor(RolloutPlan);
    expect(validate(data)).toBe(false);
    const withErrors = salvagePlan(data, validate.errors ?? [])!;
    const without = salvagePlan(data)!;
    expect(withErrors.plan).toEqual(without.plan);
    expect(withErrors.removed).toEqual(without.removed);
    expect(withErrors.removed).toContainEqual(['unknown_a']);
    expect(withErrors.toFilePath(['phases', 0])).toEqual(without.toFilePath(['phases', 0]));
  });

  it('maps indexes back past several removed elements of one array', () => {
    let text = replaceOnce(BASE, 'environment: staging', 'environment: nope');
    text = replaceOnce(text, 'environment: canary', 'environment: nope');
    const salvaged = parsePlan(text, 'p.rollout.yaml').salvaged!;
    expect(salvaged.plan.phases.map((p) => p.id)).toEqual(['production']);
    expect(salvaged.toFilePath(['phases', 0, 'steps', 0])).toEqual(['phases', 2, 'steps', 0]);
    expect(salvaged.touchesRemoved(['phases', 1, 'title'])).toBe(true);
    expect(salvaged.touchesRemoved(['phases'])).toBe(true);
    expect(salvaged.touchesRemoved(['phases', 2])).toBe(false);
  });

  it('never throws on partially invalid plans: every field of every phase made the wrong type in turn', () => {
    const keys = ['id', 'title', 'environment', 'strategy', 'steps', 'bake', 'gates', 'rehearsal', 'audience'];
    for (const key of keys) {
      const text = BASE.replace(new RegExp(`^(  (?:  |- )${key}:).*$`, 'gm'), '$1 {broken: [1, 2]}');
      expect(text, key).not.toBe(BASE);
      expect(() => checkText(text), key).not.toThrow();
      expect(
        checkText(text).some((d) => d.severity === 'error'),
        key,
      ).toBe(true);
    }
  });
});

describe('cross-references checked on the valid rest of a plan with schema errors', () => {
  const SUCCESS_GATE = '      - {metric: success_rate, min: 0.99, rollbackAt: 0.95}';

  it('reports a gate naming a metric missing from the catalogue beside a bad bake, in one run', () => {
    let text = replaceOnce(BASE, 'bake: 48h', 'bake: 2 days');
    text = replaceOnce(text, SUCCESS_GATE, SUCCESS_GATE.replace('success_rate', 'succes_rate'));
    expect(codes(text)).toEqual([
      `schema/bad-format@${at(text, '2 days')}`,
      `ref/unknown-metric@${at(text, 'succes_rate')}`,
    ]);
    const [unknown] = checkText(text).filter((d) => d.code === 'ref/unknown-metric');
    expect(unknown!.hint).toBe('did you mean "success_rate"?');
    // The names offered are quoted, as the schema's lists of words are.
    expect(unknown!.expected).toBe('one of "error_rate" or "success_rate"');
  });

  it('reports thresholds that contradict each other beside a bad bake, unless the metric was cut', () => {
    let text = replaceOnce(BASE, 'bake: 48h', 'bake: 2 days');
    text = replaceOnce(text, SUCCESS_GATE, SUCCESS_GATE.replace('rollbackAt: 0.95', 'rollbackAt: 0.995'));
    expect(codes(text)).toEqual([
      `schema/bad-format@${at(text, '2 days')}`,
      `ref/threshold-order@${at(text, '0.995')}`,
    ]);
    // Which side is good comes from the catalogue: with the metric cut, nothing is said about it.
    const cut = replaceOnce(text, '    unit: ratio\n    signal: positive', '    unit: ratio\n    signal: upward');
    expect(codes(cut)).toEqual([`schema/not-allowed@${at(cut, 'upward')}`, `schema/bad-format@${at(cut, '2 days')}`]);
  });

  it('a misspelt required key of metadata, story or compatibility hides no other finding (a stand-in, not a cut)', () => {
    const GATE = SUCCESS_GATE.replace('success_rate', 'succes_rate');
    for (const [key, typo] of [
      ['\n  title:', '\n  titel:'],
      ['\n  name:', '\n  nmae:'],
      ['\n  problem:', '\n  problm:'],
      ['\n  size:', '\n  sise:'],
      ['\n  breaking:', '\n  braking:'],
    ] as const) {
      // A rule finding (no sign-off gate on canary) and a reference error, each on a line that the
      // typo does not move: both are found with the typo as without it.
      const untouched = withoutCanarySignoff(replaceOnce(BASE, SUCCESS_GATE, GATE));
      const expected = codes(untouched);
      expect(expected.filter((code) => !code.startsWith('ref/')).length, key).toBeGreaterThan(0);
      expect(expected, key).toContain(`ref/unknown-metric@${at(untouched, 'succes_rate')}`);
      const text = replaceOnce(untouched, key, typo);
      const found = codes(text);
      expect(found, key).toContain(`schema/unknown-key@${at(text, typo.trim().slice(0, -1))}`);
      for (const code of expected) expect(found, key).toContain(code);
    }
  });

  it('a stand-in is never reported on: a missing title does not make a story or metadata finding', () => {
    const text = replaceOnce(BASE, '\n  title:', '\n  titel:');
    const salvaged = parsePlan(text, 'p.rollout.yaml').salvaged;
    expect(salvaged?.removed).toContainEqual(['metadata', 'title']);
    expect(salvaged?.touchesRemoved(['metadata', 'owners'])).toBe(true);
    expect(codes(text).every((code) => code.startsWith('schema/'))).toBe(true);
  });

  it('does not call a metric unknown when the cut removed it for a bad field', () => {
    const text = replaceOnce(BASE, '    unit: ratio\n    signal: positive', '    unit: ratio\n    signal: upward');
    expect(parsePlan(text, 'p.rollout.yaml').salvaged?.removed).toContainEqual(['metrics', 'success_rate']);
    expect(codes(text)).toEqual([`schema/not-allowed@${at(text, 'upward')}`]);
  });

  it('names the first of two phases with one id by its line in the file, past a phase that was cut', () => {
    let text = replaceOnce(BASE, 'environment: staging', 'environment: nope');
    text = replaceOnce(text, '  - id: canary', '  - id: production');
    const duplicate = checkText(text).find((d) => d.code === 'ref/duplicate-id')!;
    const first = positionOf(text, '  - id: production', 1, 4);
    const second = positionOf(text, '  - id: production', 2, 8);
    expect(`${duplicate.line}:${duplicate.column}`).toBe(`${second.line}:${second.column}`);
    expect(duplicate.message).toBe(`phase id "production" is defined twice (first on line ${first.line})`);
  });
});

describe('text cut short by an unquoted " #"', () => {
  it('warns at the comment, with the value quoted as the fix', () => {
    const text = replaceOnce(
      BASE,
      'do: Turn the flag on in staging.',
      'do: Triage the #rollout channel, then turn the flag on.',
    );
    const found = checkText(text).filter((d) => d.code === COMMENT_CUT_CODE);
    const start = positionOf(text, '#rollout');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: start.line,
        column: start.column,
        endLine: start.line,
        endColumn: start.column + '#rollout channel, then turn the flag on.'.length,
      }),
    ]);
    expect(found[0]!.message).toContain('the value is only "Triage the"');
    expect(found[0]!.hint).toContain('"Triage the #rollout channel, then turn the flag on."');
    expect(parsePlan(text, 'p').plan?.phases[0]?.steps[1]?.do).toBe('Triage the');
  });

  it('stays quiet for quoted text, block scalars, comments after ids and enums, and comments on their own line', () => {
    let text = replaceOnce(BASE, 'do: Turn the flag on in staging.', 'do: "Triage the #rollout channel."');
    text = replaceOnce(text, 'environment: canary', 'environment: canary  # 5% of users');
    text = replaceOnce(text, 'bake: 72h', 'bake: 72h # three days');
    text = replaceOnce(text, '  - id: production', '  # the last phase\n  - id: production  # everyone');
    text = replaceOnce(text, 'rollback: Redeploy the previous version.', 'rollback: |\n          Redeploy # all of it');
    expect(checkText(text).filter((d) => d.code === COMMENT_CUT_CODE)).toEqual([]);
  });

  it('finds cut text in lists of text and inside unions (a rollback written as text)', () => {
    let text = replaceOnce(
      BASE,
      'deliverables: [The new code path behind the flag demo]',
      'deliverables:\n    - Ship #1 of 3',
    );
    text = replaceOnce(text, 'rollback: Turn the flag off.', 'rollback: Flip #flag off');
    expect(
      checkText(text)
        .filter((d) => d.code === COMMENT_CUT_CODE)
        .map((d) => d.line),
    ).toEqual([positionOf(text, '#1 of 3').line, positionOf(text, '#flag off').line]);
  });

  it('leaves the config alone: its free strings are paths, and a comment after one is a comment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollbook-config-'));
    writeFileSync(
      join(dir, 'rollbook.config.yaml'),
      'plans:\n  - playbooks  # the default\nlessons: playbooks/lessons # ours\n',
    );
    const loaded = await loadConfig(dir, undefined);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config.lessons).toBe('playbooks/lessons');
  });

  it('quotes a fix that itself holds quotes and backslashes', () => {
    expect(doubleQuoted('say "hi" \\ #x')).toBe('"say \\"hi\\" \\\\ #x"');
    expect(parseYamlSource(`a: ${doubleQuoted('say "hi" \\ #x')}`, 'f').data).toMatchObject({ a: 'say "hi" \\ #x' });
  });
});
