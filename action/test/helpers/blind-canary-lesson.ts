// The incident lesson the report, shared-lessons and portfolio tests guard their plans with: a
// canary promoted on a green gate that read a stale dashboard. Each test picks the guards it needs
// (GUARDS) and, where it tells two versions apart, another title or gate sentence.

export const BLIND_CANARY_ID = 'L-2024-05-blind-canary';
export const BLIND_CANARY_TITLE = 'A canary went out while its dashboards were broken';
export const BLIND_CANARY_GATE = 'The staging dashboards show data from the last hour';

/** Guards of the lesson, as YAML list items under `guards:`. */
export const GUARDS = {
  /** A manual gate on staging, in the words `gate`. */
  dashboardsLive: (gate = BLIND_CANARY_GATE) =>
    `  - id: dashboards-live\n    match: {environments: [staging]}\n    gate:\n      manual: ${gate}`,
  /** A checklist item on the canary. */
  canaryDashboard: `  - id: canary-dashboard\n    match: {environments: [canary]}\n    checklist: The canary dashboard is open on the incident channel's screen`,
  /** A two-day freeze before any `peak-*` freeze. */
  peakLeadIn: `  - id: peak-lead-in\n    match: {}\n    freeze: {before: peak-*, lead: 2d, reason: Quiet before the peak}`,
};

export interface BlindCanaryOptions {
  guards: string[];
  title?: string;
  /** The `services:` line's list (`[checkout]`); none: the lesson matches every service. */
  services?: string;
  /** Without the "What happened" heading before the story. */
  bare?: boolean;
}

export function blindCanaryLesson({ guards, title = BLIND_CANARY_TITLE, services, bare }: BlindCanaryOptions): string {
  return `---
id: ${BLIND_CANARY_ID}
title: ${title}
date: 2024-05-14
severity: sev2
trigger: config-push
contributingFactors:
  - The dashboards the gate relied on had stopped updating a week earlier.
detection:
  how: Customers reported errors before any alert fired.
  sooner: Looking at the dashboards before promoting would have shown they were stale.
timeToMitigate: 2h
${services === undefined ? '' : `services: ${services}\n`}guards:
${guards.join('\n')}
---

${bare ? '' : '## What happened\n\n'}The canary was promoted on a green gate that read a stale dashboard.
`;
}
