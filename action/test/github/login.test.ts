// One spelling per account: a GraphQL bot author becomes `slug[bot]`, and a person owning the
// bare slug never compares equal to the app.
import { describe, expect, it } from 'vitest';
import { actorLogin, sameLogin } from '../../src/github/login.ts';
import { loginKey } from '../../src/text/handle.ts';

describe('actorLogin', () => {
  it('spells a bot as REST does and leaves people as they are', () => {
    expect(actorLogin({ __typename: 'Bot', login: 'github-actions' })).toBe('github-actions[bot]');
    expect(actorLogin({ __typename: 'Bot', login: 'renovate[bot]' })).toBe('renovate[bot]');
    expect(actorLogin({ __typename: 'User', login: 'github-actions' })).toBe('github-actions');
    expect(actorLogin({ login: 'alice' })).toBe('alice');
    expect(actorLogin(null)).toBeUndefined();
    expect(actorLogin({ login: '' })).toBeUndefined();
  });
});

describe('sameLogin', () => {
  it('ignores case and a leading @, and nothing else', () => {
    expect(sameLogin('@Alice', 'alice')).toBe(true);
    expect(sameLogin('github-actions[bot]', 'GitHub-Actions[bot]')).toBe(true);
    expect(sameLogin('github-actions', 'github-actions[bot]')).toBe(false);
    expect(sameLogin(undefined, undefined)).toBe(false);
    expect(sameLogin('', '')).toBe(false);
  });

  it('compares through one key, which a team handle has too', () => {
    expect(loginKey('@Acme/SRE-Leads')).toBe('acme/sre-leads');
    expect(loginKey('alice')).toBe('alice');
    expect(loginKey('@@alice')).toBe('@alice');
  });
});
