// The one reading of GITHUB_SERVER_URL (github/server-url.ts).
import { describe, expect, it } from 'vitest';
import { blobBaseUrl, serverUrl } from '../../src/github/server-url.ts';

describe('serverUrl', () => {
  it.each([
    [{}, 'https://github.com'],
    [{ GITHUB_SERVER_URL: '' }, 'https://github.com'],
    [{ GITHUB_SERVER_URL: 'https://ghe.example.com' }, 'https://ghe.example.com'],
    [{ GITHUB_SERVER_URL: 'https://ghe.example.com//' }, 'https://ghe.example.com'],
  ])('reads %j as %s', (env, url) => {
    expect(serverUrl(env)).toBe(url);
  });

  it('builds the base of repository file links at a ref', () => {
    const repo = { owner: 'acme', repo: 'app' };
    expect(blobBaseUrl({}, repo, 'HEAD')).toBe('https://github.com/acme/app/blob/HEAD/');
    expect(blobBaseUrl({ GITHUB_SERVER_URL: 'https://ghe.example.com/' }, repo, 'abc123')).toBe(
      'https://ghe.example.com/acme/app/blob/abc123/',
    );
  });
});
