// The plan and workflow the breach tests use: the scaffolded plan with staging's error_rate on one
// of the fixture's watch scenario series (prometheus/fixture.ts WATCH_SCENARIO), a rollback
// threshold, a rollback command and `onBreach`; and the abort workflow it dispatches.
import { demoPlan } from '../sync/harness.ts';

export const ABORT_WORKFLOW = `name: abort
on:
  workflow_dispatch:
    inputs:
      plan: {required: true}
      phase: {required: true}
      reason: {required: true}
jobs:
  abort:
    runs-on: ubuntu-latest
    steps:
      - run: echo "aborting"
`;

export type Scenario = 'healthy' | 'regression' | 'relapse' | 'gap' | 'stale';

/** The scaffolded plan with staging's error_rate on one scenario series, a rollback threshold, a rollback command and `onBreach`. */
export function planText(scenario: Scenario, onBreach = true): string {
  const text = demoPlan()
    .replace(/query: sum\(rate\(http_requests_total.*$/m, `query: 'rollbook_watch_error_ratio{scenario="${scenario}"}'`)
    .replace('      - {metric: error_rate, max: 0.01}\n', '      - {metric: error_rate, max: 0.01, rollbackAt: 0.05}\n')
    .replace(
      '        rollback: Turn the flag off.\n',
      '        rollback: {do: Turn the flag off., command: "flagctl set demo 0 --env staging"}\n',
    );
  if (!text.includes('rollbackAt: 0.05}\n  - id: canary') || !text.includes('flagctl'))
    throw new Error('the scaffolded plan changed: update planText()');
  return onBreach ? `${text}onBreach:\n  workflow: abort.yml\n` : text;
}
