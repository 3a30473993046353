// The watch reads http-json gates only when `watch-http-json: true` opts in, and then with every
// guard of the provider: a loopback endpoint is refused (nothing is sent) unless
// `http-json-allow-private` is set; allowed, its value ticks the gate as the action. The action
// runs in-process against the fake GitHub on a `schedule` event; the endpoint is a local server.
import { afterEach, describe, expect, it } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { sameLogin } from '../../src/github/login.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { runActionInProcess, testClock } from '../helpers/in-process.ts';
import { type LocalServer, startLocalServer } from '../prometheus/local-server.ts';
import * as h from '../report/harness.ts';
import { demoPlan } from '../sync/harness.ts';
import { issueBody, repoWithActiveStaging } from './harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });
const ERROR_GATE = 'demo/staging/gate:metric-error-rate';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The scaffolded plan with both metrics read from the local endpoint's JSON. */
function httpJsonPlan(url: string): string {
  const text = demoPlan()
    .replace(
      /provider: prometheus\n(\s+)query: sum\(rate\(http_requests_total.*$/m,
      `provider: http-json\n$1query: ${url}/errors\n$1field: value`,
    )
    .replace(
      /provider: prometheus\n(\s+)query: sum\(rate\(feature_success_total.*$/m,
      `provider: http-json\n$1query: ${url}/success\n$1field: value`,
    );
  if (text.includes('provider: prometheus')) throw new Error('the scaffolded plan changed: update httpJsonPlan()');
  return text;
}

async function watchRun(inputs: Record<string, string>) {
  server = await startLocalServer((request) => ({
    json: { value: request.url.startsWith('/errors') ? 0.002 : 0.995 },
  }));
  const { fake } = setup();
  const { ws, stagingIssue } = await repoWithActiveStaging(fake, httpJsonPlan(server.url));
  const run = await runActionInProcess({
    inputs: { command: 'sync', token: 'ghs_test', ...inputs },
    workspace: ws.dir,
    event: h.scheduleEvent,
    env: fake.env(),
    clock: testClock(),
  });
  expect(run.code, h.failureText(run)).toBe(0);
  const body = issueBody(fake, stagingIssue);
  return { body, parsed: parseIssueBody(body), requests: server.requests.length };
}

describe('watching http-json gates', () => {
  it('without watch-http-json the gates are people’s, and nothing is fetched', async () => {
    const { body, requests } = await watchRun({});
    expect(requests).toBe(0);
    expect(body).toContain('not measured by Rollbook: tick it when it holds');
    expect(body).not.toContain('**Gate readings**');
  });

  it('opted in, a loopback endpoint is still refused unless private addresses are allowed', async () => {
    const { body, parsed, requests } = await watchRun({ 'watch-http-json': 'true' });
    expect(requests).toBe(0);
    expect(body).toContain('measured by Rollbook, which ticks it from the data');
    expect(body).toMatch(/^\| error\\_rate \| [^|]*(loopback|private)[^|]* \| [^|]+ \| ⚠️ error \|/m);
    expect(parsed.ticks.get(ERROR_GATE)).toBe(false);
  });

  it('opted in with private addresses allowed, the value ticks the gate as the action', async () => {
    const { body, parsed, requests } = await watchRun({
      'watch-http-json': 'true',
      'http-json-allow-private': 'true',
    });
    expect(requests).toBeGreaterThan(0);
    expect(body).toMatch(/^\| error\\_rate \| 0\.2% \| ≤ 1% \| ✅ pass \|/m);
    expect(parsed.ticks.get(ERROR_GATE)).toBe(true);
    expect(sameLogin(parsed.state!.ticks[ERROR_GATE]!.by, h.BOT)).toBe(true);
  });

  it('a value other than true or false fails the run, naming the input, before anything is read', async () => {
    server = await startLocalServer(() => ({ json: { value: 1 } }));
    const { fake } = setup();
    const { ws } = await repoWithActiveStaging(fake, httpJsonPlan(server.url));
    const run = await runActionInProcess({
      inputs: { command: 'sync', token: 'ghs_test', 'watch-http-json': 'yes' },
      workspace: ws.dir,
      event: h.scheduleEvent,
      env: fake.env(),
      clock: testClock(),
    });
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('input "watch-http-json" must be true or false (got "yes")');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
    expect(server.requests).toHaveLength(0);
  });
});
