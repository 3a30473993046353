// Placeholders in metric queries and the variables that fill them: each problem is a positioned
// error, at the placeholder itself where there is one, with a did-you-mean.
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', 'schema.json');
const refs = (text: string) => parsePlan(text, 'p.rollout.yaml').diagnostics.filter((d) => d.code.startsWith('ref/'));

const ERROR_QUERY =
  'sum(rate(http_requests_total{service="your-service",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="your-service"}[5m]))';
/** The scaffold with a `track` variable, its error_rate query per track and per window. */
const TRACKED = replaceOnce(
  replaceOnce(
    BASE,
    ERROR_QUERY,
    'sum(rate(http_errors_total{track="{track}"}[{window}])) / sum(rate(http_requests_total{track="{track}"}[{window}]))',
  ),
  'metrics:\n',
  'variables:\n  track: {values: [canary, stable], default: stable}\nmetrics:\n',
);
const withCanaryTrack = (text: string) =>
  replaceOnce(text, '    audience: 5% of users\n', '    audience: 5% of users\n    variables: {track: canary}\n');

describe('query placeholders', () => {
  it('a plan using declared variables and {window} is clean', () => {
    expect(refs(withCanaryTrack(TRACKED))).toEqual([]);
  });

  it('a typo in a placeholder is an error at the placeholder, with a did-you-mean', () => {
    const text = replaceOnce(TRACKED, '[{window}])) / sum', '[{windw}])) / sum');
    const [d, ...rest] = refs(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'ref/unknown-placeholder',
      ...positionOf(text, '{windw}'),
      endColumn: positionOf(text, '{windw}').column + '{windw}'.length,
      hint: 'did you mean {window}?',
    });
    expect(d!.message).toContain('{windw}');
  });

  it('points at the second of two identical unknown placeholders too', () => {
    const text = replaceOnce(TRACKED, 'track="{track}"}[{window}])) / sum', 'track="{canary}"}[{window}])) / sum');
    const twice = replaceOnce(text, 'track="{track}"}[{window}]))', 'track="{canary}"}[{window}]))');
    const found = refs(twice).filter((d) => d.code === 'ref/unknown-placeholder');
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [positionOf(twice, '{canary}', 1).line, positionOf(twice, '{canary}', 1).column],
      [positionOf(twice, '{canary}', 2).line, positionOf(twice, '{canary}', 2).column],
    ]);
    // Without declared variables near the name, the hint says how to declare one.
    expect(found[0]!.hint).toMatch(/declare it under `variables:`/);
  });

  it('finds a placeholder inside a folded block scalar on its own line', () => {
    const text = replaceOnce(
      TRACKED,
      `query: sum(rate(http_errors_total{track="{track}"}`,
      `query: >-\n      sum(rate(http_errors_total{track="{trak}"}`,
    );
    const [d] = refs(text);
    expect(d).toMatchObject({
      code: 'ref/unknown-placeholder',
      ...positionOf(text, '{trak}'),
      hint: 'did you mean {track}?',
    });
  });

  it('the undeclared `{canary}` of a plan without variables is an error, not sent as written', () => {
    const text = replaceOnce(BASE, 'code=~"5.."}[5m]', 'track="{canary}",code=~"5.."}[5m]');
    expect(refs(text)[0]).toMatchObject({ code: 'ref/unknown-placeholder', ...positionOf(text, '{canary}') });
  });

  it('http-json URLs may use the provider time placeholders; prometheus queries may not', () => {
    const url = replaceOnce(
      replaceOnce(
        BASE,
        `provider: prometheus\n    query: ${ERROR_QUERY}`,
        'provider: http-json\n    query: https://m.example/e?at={at_unix}',
      ),
      '    unit: ratio\n    signal: negative',
      '    field: value\n    unit: ratio\n    signal: negative',
    );
    expect(refs(url)).toEqual([]);
    const promql = replaceOnce(BASE, 'code=~"5.."}[5m]', 'code=~"5.."}[5m] @ {at_unix}');
    expect(refs(promql)[0]).toMatchObject({ code: 'ref/unknown-placeholder', ...positionOf(promql, '{at_unix}') });
  });

  it('a phase whose gates need a variable it does not set is an error at the gate', () => {
    const text = replaceOnce(TRACKED, 'default: stable}', '}');
    const found = refs(text);
    expect(found.map((d) => d.code)).toEqual(['ref/variable-unset', 'ref/variable-unset', 'ref/variable-unset']);
    // The staging gate `{metric: error_rate, max: 0.01}` names the metric whose query needs it.
    expect(found[0]).toMatchObject(positionOf(text, 'error_rate, max: 0.01}', 1));
    expect(found[0]!.message).toBe(
      'metric error_rate\'s query uses {track}, but phase "staging" gives {track} no value',
    );
    expect(found[0]!.hint).toContain('variables: {track: canary}');
  });

  it('{window} without a window is an error at the gate, and a gate window fills it', () => {
    const text = TRACKED.replaceAll('    window: 5m\n', '');
    const noWindow = refs(withCanaryTrack(text)).filter((d) => d.code === 'ref/window-unset');
    expect(noWindow).toHaveLength(3);
    const gateWindow = replaceOnce(
      replaceOnce(
        replaceOnce(
          withCanaryTrack(text),
          '{metric: error_rate, max: 0.01}\n',
          '{metric: error_rate, max: 0.01, window: 10m}\n',
        ),
        'compare: week-over-week, maxRegression: 5%}',
        'compare: week-over-week, maxRegression: 5%, window: 1h}',
      ),
      '{metric: error_rate, max: 0.01, rollbackAt: 0.05}',
      '{metric: error_rate, max: 0.01, rollbackAt: 0.05, window: 15m}',
    );
    expect(refs(gateWindow)).toEqual([]);
  });

  it("a gate's own query and baseline are checked at their own placeholders", () => {
    const text = replaceOnce(
      withCanaryTrack(TRACKED),
      '{metric: success_rate, min: 0.99, rollbackAt: 0.95}',
      '{metric: success_rate, min: 0.99, rollbackAt: 0.95, query: \'sum(rate(ok_total{track="{trak}"}[5m]))\'}',
    );
    const [d] = refs(text);
    expect(d).toMatchObject({
      code: 'ref/unknown-placeholder',
      ...positionOf(text, '{trak}'),
      hint: 'did you mean {track}?',
    });
  });

  it('phase variables must be declared, with a declared value', () => {
    const unknown = replaceOnce(
      TRACKED,
      '    audience: 5% of users\n',
      '    audience: 5% of users\n    variables: {trak: canary}\n',
    );
    expect(refs(unknown)[0]).toMatchObject({
      code: 'ref/unknown-variable',
      ...positionOf(unknown, 'trak: canary'),
      hint: 'did you mean "track"?',
    });
    const value = replaceOnce(
      TRACKED,
      '    audience: 5% of users\n',
      '    audience: 5% of users\n    variables: {track: canery}\n',
    );
    expect(refs(value)[0]).toMatchObject({
      code: 'ref/variable-value',
      ...positionOf(value, 'canery'),
      hint: 'did you mean "canary"?',
    });
  });

  it('a default outside the values, and a reserved name, are errors', () => {
    const badDefault = replaceOnce(TRACKED, 'default: stable', 'default: stabel');
    expect(refs(badDefault)[0]).toMatchObject({ code: 'ref/variable-value', ...positionOf(badDefault, 'stabel') });
    const reserved = replaceOnce(TRACKED, 'variables:\n  track:', 'variables:\n  window: {values: [5m]}\n  track:');
    expect(refs(reserved).map((d) => d.code)).toContain('ref/reserved-variable');
  });

  it('a value that could inject PromQL or URL syntax is refused by the schema', () => {
    for (const bad of ['"canary\\"} or vector(1) #"', '"a&b=c"', '"x}"', '"a b"', '"a|b"']) {
      const text = replaceOnce(
        TRACKED,
        '    audience: 5% of users\n',
        `    audience: 5% of users\n    variables: {track: ${bad}}\n`,
      );
      const codes = parsePlan(text, 'p.rollout.yaml').diagnostics.map((d) => d.code);
      expect(
        codes.filter((c) => c.startsWith('schema/')),
        bad,
      ).not.toEqual([]);
    }
  });
});
