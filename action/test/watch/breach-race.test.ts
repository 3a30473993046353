// Two runs at once on the same breach, made deterministic: the other run's comment lands between
// this run's look for one and its own post (a writer that lets it in first, at the I/O edge).
// This run keeps the oldest comment, deletes its own and leaves the dispatch to the other; the
// next run dispatches once. Real HTTP to the fake GitHub; no Prometheus (the readings are given).
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.ts';
import { actOnBreach, type BreachIo } from '../../src/github-action/sync/breach.ts';
import { LiveWriter } from '../../src/github-action/sync/writer.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { breachComment } from '../../src/watch/breach-comment.ts';
import { recordReadings } from '../../src/watch/readings.ts';
import { breachKey, watchVerdict } from '../../src/watch/verdict.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { recordingLogger, TEST_PACING, testClock } from '../helpers/in-process.ts';
import * as h from '../report/harness.ts';
import { ABORT_WORKFLOW, planText } from './breach-fixture.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

function breach() {
  const parsed = parsePlan(planText('regression'), 'plan.yaml');
  if (!parsed.plan) throw new Error('the breach fixture plan does not parse');
  const plan = parsed.plan;
  const reading = {
    gate: 'metric-error-rate',
    title: 'error_rate',
    status: 'rollback' as const,
    value: '8%',
    threshold: '≤ 1%, roll back above 5%',
  };
  const record = recordReadings(undefined, [reading], new Date('2026-12-06T05:00:00Z')).record;
  const verdict = watchVerdict(record, 'roll-back');
  return { plan, record, verdict };
}

describe('two runs on the same breach at once', () => {
  it('the later comment is deleted, and the breach is dispatched once', async () => {
    const { fake } = setup();
    fake.state.setFiles('main', { '.github/workflows/abort.yml': ABORT_WORKFLOW });
    const issue = fake.state.issues.create({ title: 'staging', body: 'phase issue', author: h.BOT }).number;
    const { plan, record, verdict } = breach();
    const lines: string[] = [];
    const log = recordingLogger(lines);
    const github = createGitHubClient('ghs_test', { baseUrl: fake.url, log, pacing: TEST_PACING });
    const repo = { owner: h.OWNER, repo: h.REPO };
    const key = { plan: plan.metadata.name, phase: 'staging', after: breachKey(record) };
    const theirs = breachComment({ plan, phaseId: 'staging', record, verdict, key, workflow: 'abort.yml' });

    /** This run's writer: the other run's comment is posted just before this run's own. */
    class RacingWriter extends LiveWriter {
      override async createComment(number: number, body: string) {
        fake.state.issues.createComment(number, theirs, h.BOT);
        return super.createComment(number, body);
      }
    }
    const io = (writer: LiveWriter): BreachIo => ({
      github,
      repo,
      writer,
      log,
      clock: testClock(),
      viewer: h.BOT,
    });
    const input = { plan, phaseId: 'staging', issue, record, verdict };

    expect(await actOnBreach(io(new RacingWriter(github, repo)), input)).toBe('yielded');
    const breachComments = () =>
      fake.state.issues.commentsOf(issue).filter((c) => c.body.startsWith('<!-- rollbook:breach '));
    expect(breachComments().map((c) => c.body)).toEqual([theirs]);
    expect(fake.state.actions.dispatches).toEqual([]);

    // The other run (or the next one) finds the surviving comment pending and dispatches, once.
    expect(await actOnBreach(io(new LiveWriter(github, repo)), input)).toBe('known');
    expect(await actOnBreach(io(new LiveWriter(github, repo)), input)).toBe('known');
    expect(breachComments()).toHaveLength(1);
    expect(breachComments()[0]!.body).toContain('<!-- rollbook:dispatch state=sent -->');
    expect(fake.state.actions.dispatches).toHaveLength(1);
  });
});
