// Sign-offs: only the approvers a gate names may tick them; other ticks are reverted with a
// comment that names (and mentions) only the approvers.
import { describe, expect, it } from 'vitest';
import { checkSignoffTicks, type SignoffCheckInput, signoffLookups } from '../../src/checklist/authorize.ts';
import { buildPhaseIssue } from '../../src/checklist/build-phase.ts';
import { mergeTicks } from '../../src/checklist/merge.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { builtinTemplates, clone, fixturePlan, tick, verifiedEdit } from './helpers.ts';

const templates = await builtinTemplates();
const plan = fixturePlan();
const P = 'priority-rides/canary/';
const S1 = `${P}signoff:dispatch-approval/1`;
const S2 = `${P}signoff:dispatch-approval/2`;
const fresh = buildPhaseIssue({ plan, phaseId: 'canary', templates }).body;
const NOW = '2026-03-03T12:00:00Z';

/** The body after each `[login, slot]` ticked their slot in turn, one edit each. */
function signed(...ticks: [string | undefined, string][]): string {
  let body = fresh;
  ticks.forEach(([login, id], i) => {
    const to = tick(body, id);
    const state = login
      ? verifiedEdit(body, to, login, new Date(Date.UTC(2026, 2, 3, 9, i)))
      : parseIssueBody(body).state!;
    body = mergeTicks(fresh, to, { state });
  });
  return body;
}

const check = (body: string, extra: Partial<SignoffCheckInput> = {}) =>
  checkSignoffTicks({
    plan,
    phaseId: 'canary',
    body,
    now: NOW,
    directory: { teams: { '@acme/dispatch-leads': ['ana', 'Ben'] } },
    ...extra,
  });

describe('checkSignoffTicks', () => {
  it('accepts named users and team members, once each', () => {
    const body = signed(['mrivera', S1], ['ben', S2]);
    const result = check(body);
    expect(result.refused).toEqual([]);
    expect(result.accepted.map((a) => [a.by, a.as])).toEqual([
      ['mrivera', undefined],
      ['ben', '@acme/dispatch-leads'],
    ]);
    expect(result.body).toBe(body);
    expect(result.comment).toBeUndefined();
  });

  it('reverts a tick by someone who is not an approver, and says who may sign off', () => {
    const body = signed(['mrivera', S1], ['mallory', S2]);
    const result = check(body);
    expect(result.refused).toEqual([
      {
        itemId: S2,
        gateId: 'dispatch-approval',
        slot: 2,
        by: 'mallory',
        at: '2026-03-03T09:01:00Z',
        reason: 'not-approver',
      },
    ]);
    const parsed = parseIssueBody(result.body);
    expect(parsed.ticks.get(S2)).toBe(false);
    expect(parsed.ticks.get(S1)).toBe(true);
    expect(parsed.state!.ticks[S2]).toBeUndefined();
    expect(parsed.state!.log.at(-1)).toEqual({
      itemId: S2,
      checked: false,
      by: 'rollbook',
      at: NOW,
      note: 'reverted: not-approver',
    });
    expect(result.comment).toContain(
      '<!-- rollbook:comment kind=signoff-reverted plan=priority-rides phase=canary -->',
    );
    expect(result.comment).toContain('was ticked by @\u200Bmallory, who is not an approver for it.');
    expect(result.comment).toContain(
      'Who may sign off `dispatch-approval`: @acme/dispatch-leads or @mrivera (2 needed). Authors of the change may not sign off.',
    );
    // Mentions: only the approvers.
    const mentions = result.comment!.match(/(?<![\w\u200B])@[A-Za-z0-9][\w/-]*/g);
    expect(mentions).toEqual(['@acme/dispatch-leads', '@mrivera']);
  });

  it('refuses the plan author unless the gate allows it, and the PR author via the policy', () => {
    const authorPlan = clone(plan);
    authorPlan.metadata.author = '@Ana';
    const body = signed(['ana', S1]);
    expect(check(body, { plan: authorPlan }).refused[0]?.reason).toBe('author');
    expect(check(body, { plan: authorPlan, policy: { allowAuthor: true } }).refused).toEqual([]);
    expect(check(body, { policy: { authors: ['@ana'] } }).refused[0]?.reason).toBe('author');
    authorPlan.phases[1]!.gates![3]!.allowAuthor = true;
    expect(check(body, { plan: authorPlan }).refused).toEqual([]);
  });

  it('counts each person once per gate', () => {
    const result = check(signed(['mrivera', S1], ['mrivera', S2]));
    expect(result.refused.map((r) => [r.slot, r.reason])).toEqual([[2, 'duplicate']]);
    expect(result.accepted).toHaveLength(1);
  });

  it('for a team the token cannot read, accepts only a minimum repository permission, when configured', () => {
    const body = signed(['carol', S1]);
    const directory = { teams: { '@acme/dispatch-leads': null }, permissions: { carol: 'maintain' as const } };
    expect(check(body, { directory }).refused[0]?.reason).toBe('not-approver');
    expect(check(body, { directory, policy: { minPermission: 'maintain' } }).accepted[0]?.as).toBe(
      '@acme/dispatch-leads',
    );
    expect(check(body, { directory, policy: { minPermission: 'admin' } }).refused[0]?.reason).toBe('not-approver');
    expect(check(body, { directory, policy: { minPermission: 'write' } }).comment).toBeUndefined();
  });

  it('reverts a sign-off nobody saw being ticked, asking the approver to tick again', () => {
    const result = check(signed([undefined, S1]));
    expect(result.refused[0]?.reason).toBe('unverified');
    expect(result.comment).toContain('tick it again');
    expect(check(signed([undefined, S1]), { policy: { revertUnverified: false } }).refused).toEqual([]);
  });

  it('unticks only inside the region, keeping people text that quotes the item', () => {
    const body = signed(['mallory', S1]);
    const quoted = body.split('\n').find((l) => l.includes(S1))!;
    const withQuote = `${quoted}\n\n${body}`;
    const result = check(withQuote);
    expect(result.body.startsWith(`${quoted}\n\n`)).toBe(true);
    expect(parseIssueBody(result.body).ticks.get(S1)).toBe(false);
  });

  it('asks for lookups of only the teams and people that matter', () => {
    expect(signoffLookups({ plan, phaseId: 'canary', body: fresh })).toEqual({ teams: [], logins: [] });
    expect(signoffLookups({ plan, phaseId: 'canary', body: signed(['carol', S1]) })).toEqual({
      teams: ['@acme/dispatch-leads'],
      logins: ['carol'],
    });
  });
});
