// The site benchmark's corpus: plans from the validate benchmark's generator (scripts/bench/
// corpus.ts, 6 phases of 7 steps each) and generated lessons whose checklist guards land in
// those plans, so plan pages carry guards and lesson pages carry backlinks. All of it validates.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TRIGGERS } from '../../action/src/site-api.ts';
import { planText } from '../../scripts/bench/corpus.ts';

const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
const STRATEGIES = ['rolling', 'flag-ramp', 'canary'] as const;

export function lessonId(i: number): string {
  const year = 2015 + (i % 10);
  const month = String((i % 12) + 1).padStart(2, '0');
  return `L-${year}-${month}-bench-lesson-${i}`;
}

export function lessonText(i: number): string {
  const id = lessonId(i);
  return `---
id: ${id}
title: Benchmark incident ${i} on svc-${i % 17}
date: ${id.slice(2, 9)}-${String((i % 27) + 1).padStart(2, '0')}
severity: ${SEVERITIES[i % SEVERITIES.length]}
trigger: ${TRIGGERS[i % TRIGGERS.length]}
contributingFactors:
  - A change went to every host at once.
  - The alert that would have caught it was muted during a migration.
detection:
  how: Customers reported errors ${10 + (i % 50)} minutes after the change.
  sooner: An error-rate gate on the first phase would have held the rollout.
timeToMitigate: ${1 + (i % 5)}h
services: [svc-${i % 17}]
tags: [bench]
guards:
  - id: dashboards
    match: {services: [svc-${i % 17}], strategies: [${STRATEGIES[i % STRATEGIES.length]}]}
    checklist: The svc-${i % 17} error dashboard is open and its alert is unmuted before this phase starts
---

## What happened

Change ${i} reached every host of svc-${i % 17} within minutes. Error rates rose to ${i % 9}.${i % 7}% and
stayed there until the change was rolled back by hand.

## What changes

Every ${STRATEGIES[i % STRATEGIES.length]} phase on svc-${i % 17} now starts with its dashboard open and its alert live.
`;
}

/** Writes `plans` plans and `lessons` lessons to <dir>/playbooks; returns that folder. */
export async function writeCorpus(dir: string, plans: number, lessons: number): Promise<string> {
  const playbooks = join(dir, 'playbooks');
  await mkdir(join(playbooks, 'lessons'), { recursive: true });
  await Promise.all([
    ...Array.from({ length: plans }, (_, i) =>
      writeFile(join(playbooks, `bench-plan-${String(i).padStart(4, '0')}.rollout.yaml`), planText(i)),
    ),
    ...Array.from({ length: lessons }, (_, i) =>
      writeFile(join(playbooks, 'lessons', `${lessonId(i)}.md`), lessonText(i)),
    ),
  ]);
  return playbooks;
}
