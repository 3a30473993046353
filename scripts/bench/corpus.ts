// A deterministic corpus of realistic plans for benchmarks: 6 phases of ~7 steps each
// (about 40 steps per plan), metrics of both signals, every gate kind. All plans validate.
const ENVIRONMENTS = ['test', 'staging', 'canary', 'production', 'production', 'production'] as const;
const STRATEGIES = ['rolling', 'flag-ramp', 'canary', 'flag-ramp', 'rolling', 'flag-ramp'] as const;
const AUDIENCE = [undefined, undefined, undefined, '5%', '25%', '100%'] as const;
export const PHASES_PER_PLAN = 6;
export const STEPS_PER_PHASE = 7;

export function planText(i: number): string {
  const name = `bench-plan-${String(i).padStart(4, '0')}`;
  const flag = `bench-flag-${i}`;
  const lines: string[] = [
    '# yaml-language-server: $schema=../action/schema/rollout-plan.schema.json',
    'apiVersion: rollbook/v1',
    'kind: RolloutPlan',
    'metadata:',
    `  name: ${name}`,
    `  title: Benchmark plan ${i} for service ${i % 17}`,
    '  owners: ["@team-a"]',
    '  author: "@dev-one"',
    `  services: [svc-${i % 17}, svc-${(i + 3) % 17}]`,
    '  tags: [bench, generated]',
    '  links:',
    `    - {title: Dashboard, url: "https://grafana.example.com/d/${i}", kind: dashboard}`,
    'story:',
    `  problem: Requests to service ${i % 17} time out under peak load.`,
    `  size: 3.${i % 10}% of requests at peak, about ${1000 + i} a minute.`,
    '  solution: A new connection pool behind a flag.',
    '  deliverables: [New pool, Dashboards, Runbook]',
    '  impact:',
    '    - {kpi: timeout rate, baseline: "3.1%", expect: "< 0.5%", metric: error_rate}',
    'flags:',
    `  - {key: ${flag}, description: New pool, default: off}`,
    'compatibility:',
    '  breaking: false',
    '  mixedVersions: Old and new pools coexist per host.',
    'metrics:',
    '  error_rate:',
    '    provider: prometheus',
    `    query: sum(rate(http_errors_total{service="svc-${i % 17}"}[5m])) / sum(rate(http_requests_total{service="svc-${i % 17}"}[5m]))`,
    '    unit: ratio',
    '    signal: negative',
    '    window: 5m',
    '  p99_latency:',
    '    provider: prometheus',
    `    query: histogram_quantile(0.99, sum by (le) (rate(http_duration_seconds_bucket{service="svc-${i % 17}"}[5m])))`,
    '    unit: s',
    '    signal: negative',
    '    window: 5m',
    '  pool_hit_rate:',
    '    provider: prometheus',
    `    query: sum(rate(pool_hits_total{flag="${flag}"}[5m])) / sum(rate(pool_requests_total{flag="${flag}"}[5m]))`,
    '    unit: ratio',
    '    signal: positive',
    '    window: 5m',
    'freezes:',
    '  - {name: no-fridays, every: [fri], reason: Nobody deploys into the weekend}',
    'phases:',
  ];
  for (let p = 0; p < PHASES_PER_PLAN; p++) {
    const env = ENVIRONMENTS[p]!;
    lines.push(`  - id: phase-${p}`);
    lines.push(`    title: Phase ${p} in ${env}`);
    lines.push(`    environment: ${env === 'production' && p === 3 ? 'canary' : env}`);
    lines.push(`    strategy: ${STRATEGIES[p]}`);
    if (AUDIENCE[p]) lines.push(`    audience: ${AUDIENCE[p]}`);
    lines.push('    steps:');
    for (let s = 0; s < STEPS_PER_PHASE; s++) {
      const id = `step-${s}`;
      if (s === STEPS_PER_PHASE - 1 && p >= 1) {
        const start = [1, 1, 1, 5, 25, 50][p]!;
        lines.push(`      - id: ${id}`);
        lines.push('        kind: flag');
        lines.push(`        flag: ${flag}`);
        lines.push(`        ramp: [{percent: ${start}, cohort: employees}, {percent: ${Math.min(100, start * 2)}}]`);
        lines.push(`        do: Ramp ${flag} in phase ${p}.`);
        lines.push('        rollback: Set the flag to 0%.');
        continue;
      }
      lines.push(`      - id: ${id}`);
      lines.push(`        kind: ${s % 3 === 0 ? 'binary' : s % 3 === 1 ? 'config' : 'manual'}`);
      lines.push(`        do: Carry out step ${s} of phase ${p} on svc-${i % 17} and watch the dashboard.`);
      lines.push(`        command: deployctl apply --service svc-${i % 17} --phase ${p} --step ${s}`);
      lines.push('        owner: "@team-a"');
      lines.push('        rollback:');
      lines.push(`          do: Undo step ${s} of phase ${p}.`);
      lines.push(`          command: deployctl undo --service svc-${i % 17} --phase ${p} --step ${s}`);
    }
    lines.push(`    bake: ${p < 2 ? '24h' : '48h'}`);
    lines.push('    rehearsal: Roll back and forward once on one host before the bake starts.');
    lines.push('    gates:');
    lines.push('      - {metric: error_rate, max: 0.01, rollbackAt: 0.05}');
    lines.push('      - {metric: p99_latency, compare: week-over-week, maxRegression: 10%}');
    lines.push('      - {metric: pool_hit_rate, min: 0.9}');
    lines.push('      - {check: integration-tests}');
    if (p >= 2) lines.push('      - {signoff: ["@acme/sre-leads"], count: 1}');
    lines.push('    checklist: [Dashboards open, On-call informed]');
    lines.push('    exit: [No new alerts during the bake]');
  }
  lines.push('escalation:');
  lines.push('  - {name: Service on-call, handle: "@team-a", role: first responder}');
  lines.push('policy:');
  lines.push('  prefer: rollback');
  lines.push('  keepOldData: The old pool stays deployable for a week.');
  return `${lines.join('\n')}\n`;
}

export function planCorpus(count: number): string[] {
  return Array.from({ length: count }, (_, i) => planText(i));
}
