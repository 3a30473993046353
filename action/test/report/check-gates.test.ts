// A `check:` gate reads the worst of the checks of its name on the pull request's head: a pull
// request can add a workflow whose job has the gate's name, and the success that job posts must
// not hide the real check's failure, whatever order GitHub lists them in. (The fake GitHub keeps
// one check suite per commit, so a second workflow's run of one name cannot be staged there: a
// later run of a name replaces the earlier one, as a re-run does. Hence the pure tests.)
import { describe, expect, it } from 'vitest';
import type { PullRequestSnapshot } from '../../src/github/pulls.ts';
import { pullRequestFacts } from '../../src/github-action/report/pull-facts.ts';

const PR = { labels: [], author: 'dana' } as unknown as PullRequestSnapshot;

describe('check states of one name', () => {
  it.each([
    ['a failure listed after a success', ['success', 'failure'], 'failure'],
    ['a failure listed before a success', ['failure', 'success'], 'failure'],
    ['a run still going beside a success', ['success', 'in_progress'], 'in_progress'],
    ['a skipped run beside a success', ['skipped', 'success'], 'skipped'],
    ['two successes', ['success', 'neutral'], 'success'],
  ])('are read as the worst: %s', (_name, states, worst) => {
    const runs = states.map((state) => ({ name: 'integration-tests', state }));
    expect(pullRequestFacts(PR, [], runs).checks?.['integration-tests']).toBe(worst);
  });

  it('a commit status and a check run of one name: the worse of the two', () => {
    const status = [{ context: 'integration-tests', state: 'failure' as const }];
    const facts = pullRequestFacts(PR, status as never, [{ name: 'integration-tests', state: 'success' }]);
    expect(facts.checks?.['integration-tests']).toBe('failure');
  });
});
