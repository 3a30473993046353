// errorMessage: the words a log or comment gets for an error. GitHub's own JSON message is shown
// on one line and capped; any other answer is named by its status only, never echoed.
import { describe, expect, it } from 'vitest';
import { errorMessage, MAX_SHOWN_ERROR_MESSAGE } from '../../src/github/errors.ts';

/** An answered request's error as Octokit's RequestError carries it (the real one: status/command.test.ts). */
function answered(status: number, data: unknown, message: string): Error {
  return Object.assign(new Error(message), { name: 'HttpError', status, response: { status, headers: {}, data } });
}

describe('errorMessage', () => {
  it("shows GitHub's message for a JSON error body, as Octokit words it", () => {
    const body = { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' };
    expect(errorMessage(answered(401, body, 'Bad credentials - https://docs.github.com/rest'))).toBe(
      'Bad credentials - https://docs.github.com/rest',
    );
  });

  it('names any other answer by its status, and never prints its body', () => {
    const page = '<html><body>intranet</body></html>';
    expect(errorMessage(answered(404, page, page))).toBe(
      "HTTP 404 with an answer that is not GitHub's JSON, not shown",
    );
    const json = { detail: 'a proxy said no' };
    expect(errorMessage(answered(502, json, `Unknown error: ${JSON.stringify(json)}`))).not.toContain('proxy');
  });

  it("keeps GitHub's words on one line (no workflow command can start a line) and capped", () => {
    const injected = 'Not Found\n::error::forged annotation';
    expect(errorMessage(answered(404, { message: injected }, injected))).toBe('Not Found ::error::forged annotation');
    const long = 'x'.repeat(MAX_SHOWN_ERROR_MESSAGE * 3);
    const shown = errorMessage(answered(422, { message: long }, long));
    expect([...shown].length).toBe(MAX_SHOWN_ERROR_MESSAGE);
  });

  it('is never empty: a failed connection to every address says its first failure; a bare error its name', () => {
    const failed = new AggregateError([new Error('connect ECONNREFUSED 127.0.0.1:9'), new Error('second')], '');
    expect(errorMessage(failed)).toBe('connect ECONNREFUSED 127.0.0.1:9');
    expect(errorMessage(new TypeError(''))).toBe('TypeError');
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(new Error('fetch failed'))).toBe('fetch failed');
    // Octokit's status 500 without a response is no answer, not a 500 from GitHub.
    expect(errorMessage(Object.assign(new Error(''), { status: 500 }))).toBe('no answer');
  });
});
