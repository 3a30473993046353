// The report command's pure parts: the comment digest and size limit, the combined status of a
// PR that rolls out several plans, the rollout's current phase from checklist issues, the
// checklist gate's count, and the inputs.
import { describe, expect, it } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { staticPrefix } from '../../src/github-action/report/base-branch.ts';
import { commentBody, intactDigest, MAX_COMMENT_CHARS } from '../../src/github-action/report/comment.ts';
import { readReportInputs } from '../../src/github-action/report/inputs.ts';
import { checklistItems, currentPhase, type PhaseIssue } from '../../src/github-action/report/phase-issues.ts';
import { gateStatus } from '../../src/github-action/report/publish.ts';
import { matchGuards } from '../../src/lessons/match.ts';
import { parseReportMarker } from '../../src/text/markers.ts';
import * as h from './harness.ts';

const AT = new Date('2026-11-23T09:05:00Z');
const LATER = new Date('2026-11-23T17:42:00Z');

describe('comment body', () => {
  it('has the same digest when only the evaluation time differs, and another when a value does', () => {
    const at = (d: Date) =>
      `**Verdict: HOLD.**\n\n<sub>Evaluated at ${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC</sub>\n`;
    const first = commentBody(at(AT), 'checkout-v2', 'canary', AT);
    const later = commentBody(at(LATER), 'checkout-v2', 'canary', LATER);
    expect(later.body).not.toBe(first.body);
    expect(later.digest).toBe(first.digest);
    expect(intactDigest(first.body)).toBe(first.digest);
    expect(intactDigest(later.body)).toBe(first.digest);
    expect(intactDigest(first.body.replace(/\n/g, '\r\n'))).toBe(first.digest);
    const changed = commentBody(at(LATER).replace('HOLD', 'PROMOTE'), 'checkout-v2', 'canary', LATER);
    expect(changed.digest).not.toBe(first.digest);
  });

  it('is not intact once its text was changed, even with the digest line kept', () => {
    const { body } = commentBody('**Verdict: HOLD.** bake: 3h left', 'checkout-v2', 'canary', AT);
    expect(intactDigest(body)).toBeDefined();
    expect(intactDigest(body.replace('HOLD', 'PROMOTE'))).toBeUndefined();
    expect(intactDigest(body.replace(/<!-- rollbook:digest .*-->/, ''))).toBeUndefined();
  });

  it('adds the marker when a template left it out', () => {
    const { body } = commentBody('**Verdict: PROMOTE.**', 'checkout-v2', 'canary', AT);
    expect(parseReportMarker(body)).toEqual({ plan: 'checkout-v2', phase: 'canary' });
  });

  it('cuts a report that is too long at a line, closes an open code block and keeps the marker', () => {
    const chart = ['```mermaid', ...Array.from({ length: 5000 }, (_, i) => `  line [${i}, ${i}, ${i}]`), '```'];
    const markdown = `**Verdict: HOLD.**\n\n${chart.join('\n')}\n\n<!-- rollbook:gate-report plan=checkout-v2 phase=canary -->`;
    expect(markdown.length).toBeGreaterThan(MAX_COMMENT_CHARS);
    const { body } = commentBody(markdown, 'checkout-v2', 'canary', AT);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.split('\n')[0]).toBe('**Verdict: HOLD.**');
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(body).toContain('the job summary has all of it');
    expect(parseReportMarker(body)).toEqual({ plan: 'checkout-v2', phase: 'canary' });
  });
});

describe('the status of a PR', () => {
  it('is the most serious verdict over its plans, with each reason naming its plan', () => {
    expect(
      gateStatus([
        { plan: 'search', verdict: 'HOLD', reasons: ['bake: 2h left'] },
        {
          plan: 'checkout-v2',
          verdict: 'ROLL BACK',
          reasons: ['error_rate: 0.08 ratio is above the rollback threshold 0.05'],
        },
      ]),
    ).toEqual({
      context: 'rollbook/gate',
      state: 'failure',
      description:
        'ROLL BACK recommended: checkout-v2: error_rate: 0.08 ratio is above the rollback threshold 0.05; search: bake: 2h left',
    });
  });

  it('is success without reasons on PROMOTE, and success for a PR that rolls out nothing', () => {
    expect(gateStatus([{ plan: 'a', verdict: 'PROMOTE', reasons: [] }])).toMatchObject({ state: 'success' });
    expect(gateStatus([])).toEqual({
      context: 'rollbook/gate',
      state: 'success',
      description: 'Not a rollout PR: no gates apply',
    });
  });
});

describe('phase facts from checklist issues', () => {
  const plan = h.parseTestPlan(h.planYaml());
  const guards = matchGuards(plan, []);
  async function issue(phaseId: string, ticks: h.Ticks): Promise<PhaseIssue> {
    const parsed = parseIssueBody(await h.phaseIssueBody(plan, phaseId, ticks));
    return {
      number: 1,
      phaseId,
      ticks: parsed.ticks,
      ...(parsed.state ? { state: parsed.state } : {}),
      issue: { state: 'open' },
    };
  }

  it('knows no phase without issues, none started with untouched issues, else the furthest started', async () => {
    expect(currentPhase(plan, guards, new Map(), AT)).toBeUndefined();
    expect(currentPhase(plan, guards, new Map([['staging', await issue('staging', {})]]), AT)).toBeNull();
    const staging = await issue('staging', h.stagingTicks(h.HOUR, false));
    expect(currentPhase(plan, guards, new Map([['staging', staging]]), new Date())).toBe('staging');
  });

  it('counts steps and checklist items for the checklist gate, not gates or sign-offs', async () => {
    expect(checklistItems(plan, guards, 'staging', await issue('staging', {}))).toEqual({
      done: 0,
      total: 1,
      open: ['Turn the flag on in staging.'],
    });
    const signedOnly = await issue('staging', { 'signoff:signoff/1': { by: 'sre-lead', at: h.ago(h.HOUR) } });
    expect(checklistItems(plan, guards, 'staging', signedOnly)).toMatchObject({ done: 0, total: 1 });
  });
});

describe('report inputs', () => {
  const fail = (message: string): never => {
    throw new Error(message);
  };
  const read = (values: Record<string, string>, secrets: string[] = []) =>
    readReportInputs(
      (name) => values[name] ?? '',
      fail,
      (secret) => secrets.push(secret),
    );

  it('has defaults: sticky comments, a 10 s metrics timeout, the hotfix label, no token origins', () => {
    expect(read({})).toEqual({
      httpJsonTokenOrigins: [],
      httpJsonAllowPrivate: false,
      metricsTimeoutMs: 10_000,
      hotfixLabel: 'hotfix',
      commentMode: 'sticky',
    });
  });

  it('masks the metric credentials as soon as they are read', () => {
    const secrets: string[] = [];
    read({ 'prometheus-token': 'prom-secret', 'http-json-token': 'json-secret' }, secrets);
    expect(secrets).toEqual(['prom-secret', 'json-secret']);
  });

  it('refuses what it cannot use, naming the input', () => {
    expect(() => read({ 'comment-mode': 'edit' })).toThrow(
      'input "comment-mode" must be one of sticky, new (got "edit")',
    );
    expect(() => read({ 'prometheus-url': 'prom:9090' })).toThrow('input "prometheus-url" must be an http(s) URL');
    expect(() => read({ 'metrics-timeout': '0' })).toThrow('input "metrics-timeout" must be a number of seconds');
    expect(() => read({ 'http-json-token-origins': 'https://metrics.example.com/api' })).toThrow(
      'input "http-json-token-origins" must list origins',
    );
    expect(
      read({ 'http-json-token-origins': 'https://a.example.com\nhttps://b.example.com/' }).httpJsonTokenOrigins,
    ).toEqual(['https://a.example.com', 'https://b.example.com']);
  });
});

describe('plan globs on the base branch', () => {
  it('lists the directory before the first wildcard', () => {
    expect(staticPrefix('playbooks/*.rollout.yaml')).toBe('playbooks');
    expect(staticPrefix('teams/*/plans/**/*.rollout.yaml')).toBe('teams');
    expect(staticPrefix('**/*.rollout.yaml')).toBe('');
  });
});
