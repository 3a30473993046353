// The plan `rollbook init` writes: short, but it passes every rule, so a team starts from a
// valid plan and edits it rather than fighting the linter from an empty file.
export function scaffoldPlan(name: string, schemaPath: string): string {
  const title = name
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  return `# yaml-language-server: $schema=${schemaPath}
apiVersion: rollbook/v1
kind: RolloutPlan
metadata:
  name: ${name}
  title: ${title}
  owners: ["@your-team"]
  author: "@you"
  services: [your-service]
  tags: []
  links:
    - {title: Service dashboard, url: "https://grafana.example.com/d/your-service", kind: dashboard}
story:
  problem: What hurts today, and for whom.
  size: How big it is, in numbers (e.g. 2.1% of requests fail, 14,000 a day).
  solution: How this change fixes it.
  deliverables: [The new code path behind the flag ${name}]
  impact:
    - {kpi: request success rate, baseline: "97.9%", expect: ">= 99.5%", metric: success_rate}
flags:
  - {key: ${name}, description: Turns on the new code path, default: off}
compatibility:
  breaking: false
  mixedVersions: How old and new versions get along while both run during the deploy (what each reads and writes).
metrics:
  error_rate:
    provider: prometheus
    query: sum(rate(http_requests_total{service="your-service",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="your-service"}[5m]))
    unit: ratio
    signal: negative
    window: 5m
  success_rate:
    provider: prometheus
    query: sum(rate(feature_success_total{flag="${name}"}[5m])) / sum(rate(feature_attempts_total{flag="${name}"}[5m]))
    unit: ratio
    signal: positive
    window: 5m
phases:
  - id: staging
    title: Staging, flag on for the team
    environment: staging
    strategy: flag-ramp
    steps:
      - id: deploy
        kind: binary
        do: Deploy the new version with the flag off.
        rollback: Redeploy the previous version.
      - id: enable
        kind: flag
        flag: ${name}
        ramp: [{percent: 100, cohort: staging}]
        do: Turn the flag on in staging.
        rollback: Turn the flag off.
    bake: 24h
    rehearsal: Turn the flag off and on again, and redeploy the previous version once.
    gates:
      - {check: integration-tests}
      - {metric: error_rate, max: 0.01}
  - id: canary
    title: Production canary, employees first
    environment: canary
    strategy: flag-ramp
    audience: 5% of users
    steps:
      - id: ramp
        kind: flag
        flag: ${name}
        ramp: [{percent: 1, cohort: employees}, {percent: 5, cohort: all users}]
        do: Ramp the flag to employees, then 5% of users.
        rollback: Set the flag to 0%.
    bake: 48h
    rehearsal: Set the flag to 0% once during the bake and watch the metrics recover.
    gates:
      - {metric: error_rate, compare: week-over-week, maxRegression: 5%}
      - {metric: success_rate, min: 0.99, rollbackAt: 0.95}
      - {signoff: ["@your-team/approvers"], count: 1}
  - id: production
    title: Everyone
    environment: production
    strategy: flag-ramp
    steps:
      - id: ramp
        kind: flag
        flag: ${name}
        ramp: [{percent: 25}, {percent: 50}, {percent: 100}]
        do: Ramp the flag to everyone in three stages.
        rollback: Set the flag back to the last good percentage, or to 0%.
    bake: 72h
    rehearsal: The canary rehearsal covers the same switch; repeat it if the flag system changed.
    gates:
      - {metric: error_rate, max: 0.01, rollbackAt: 0.05}
      - {metric: success_rate, min: 0.99}
      - {signoff: ["@your-team/approvers"], count: 1}
escalation:
  - {name: Service on-call, role: first responder, reach: "#your-service-oncall"}
policy:
  prefer: rollback
  keepOldData: Nothing changes data; the old version stays deployable.
readiness:
  upgrade:
    how: Deploy the new version with the flag off, then ramp the flag.
    downgrade: Turn the flag off; if that is not enough, redeploy the previous version. No data changes.
  versionSkew: Old and new versions serve side by side during the deploy; the flag stays off until all run the new one.
  scalability:
    load: What the change adds at full traffic (calls, requests, jobs), with numbers.
  troubleshooting:
    - {failure: Requests on the new code path fail., detect: error_rate rises in the gates., mitigate: Turn the flag off.}
  dependencies:
    - {name: Your flag system, ifUnavailable: Flags keep their last value; the ramp pauses.}
  monitoring:
    health: The success rate of the new code path holds and errors stay flat.
    metrics: [success_rate, error_rate]
`;
}
