// The comment that explains a measured gate set back: each item once, by the action's own comments
// only. Real HTTP to the fake GitHub; also when the token's login is unknown (issues read over
// REST), where a person's comment with the pasted markers must not stand for ours.
import { describe, expect, it } from 'vitest';
import { measuredRevertComment } from '../../src/checklist/measured.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { postMeasuredComment } from '../../src/github-action/sync/measured-comment.ts';
import { LiveWriter } from '../../src/github-action/sync/writer.ts';
import { measuredRevertItems } from '../../src/text/markers.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { recordingLogger, TEST_PACING, testClock } from '../helpers/in-process.ts';
import * as h from '../report/harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });
const ITEM = 'demo/staging/gate:metric-error-rate';
const reverted = [
  { itemId: ITEM, gateId: 'metric-error-rate', metric: 'error_rate', checked: true, by: 'mallory' },
] as const;

describe('postMeasuredComment', () => {
  for (const viewer of ['github-actions[bot]', undefined]) {
    it(`a person's comment carrying the markers does not stand for ours (viewer ${viewer ?? 'unknown'})`, async () => {
      const { fake } = setup();
      const issue = fake.state.issues.create({ title: 'staging', body: 'phase issue', author: h.BOT }).number;
      fake.state.issues.createComment(issue, measuredRevertComment([...reverted]), 'mallory');
      const lines: string[] = [];
      const github = createGitHubClient('ghs_test', {
        baseUrl: fake.url,
        log: recordingLogger(lines),
        pacing: TEST_PACING,
      });
      const repo = { owner: h.OWNER, repo: h.REPO };
      const io = {
        github,
        repo,
        writer: new LiveWriter(github, repo),
        log: recordingLogger(lines),
        clock: testClock(new Date('2026-12-06T05:00:00Z')),
        ...(viewer ? { viewer } : {}),
      };
      await postMeasuredComment(io, issue, reverted);
      const ours = fake.state.issues.commentsOf(issue).filter((c) => c.author !== 'mallory');
      expect(ours).toHaveLength(1);
      expect(measuredRevertItems(ours[0]!.body)).toEqual([ITEM]);
      // Explained once: a second run posts nothing more.
      await postMeasuredComment(io, issue, reverted);
      expect(fake.state.issues.commentsOf(issue)).toHaveLength(2);
    });
  }
});
