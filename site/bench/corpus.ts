// The site benchmark's corpus: plans from the validate benchmark's generator (scripts/bench/
// corpus.ts, 6 phases of 7 steps each) and generated lessons whose checklist guards land in
// those plans, so plan pages carry guards and lesson pages carry backlinks. All of it validates.
// A status file (as `rollbook status --json` writes it) puts about one plan in eight in flight
// and one in five done, so the home page is ordered and filtered as in a busy repository.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type PlanStatus, type StatusFile, TRIGGERS } from '../../action/src/site-api.ts';
import { PHASES_PER_PLAN, planText } from '../../scripts/bench/corpus.ts';

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

const VERDICTS = ['PROMOTE', 'HOLD', 'FROZEN', 'ROLL BACK'] as const;

/** Plan `i`'s entry in the status file: in flight (3 in 25), done (1 in 5), else none (not started). */
export function planStatus(i: number, updatedAt: string): PlanStatus | undefined {
  const verdict = VERDICTS[i % VERDICTS.length]!;
  const phase = `phase-${1 + (i % (PHASES_PER_PLAN - 1))}`;
  if (i % 25 === 0) return { phase, state: 'in-progress', verdict, updatedAt };
  if (i % 25 === 1) return { phase, state: 'baking', verdict, updatedAt };
  if (i % 25 === 2) return { phase, state: 'rolled-back', verdict: 'ROLL BACK', updatedAt };
  if (i % 5 === 3) return { phase: `phase-${PHASES_PER_PLAN - 1}`, state: 'done', verdict: 'PROMOTE', updatedAt };
  return undefined;
}

export const planName = (i: number) => `bench-plan-${String(i).padStart(4, '0')}`;

export function statusFile(plans: number, updatedAt = '2026-11-30T09:00:00Z'): StatusFile {
  const status: StatusFile = { plans: {} };
  for (let i = 0; i < plans; i++) {
    const entry = planStatus(i, updatedAt);
    if (entry) status.plans[planName(i)] = entry;
  }
  return status;
}

export interface Corpus {
  playbooks: string;
  /** The status file of the plans (statusFile). */
  status: string;
}

/** Writes `plans` plans and `lessons` lessons to <dir>/playbooks and a status file beside it. */
export async function writeCorpus(dir: string, plans: number, lessons: number): Promise<Corpus> {
  const playbooks = join(dir, 'playbooks');
  await mkdir(join(playbooks, 'lessons'), { recursive: true });
  await Promise.all([
    ...Array.from({ length: plans }, (_, i) => writeFile(join(playbooks, `${planName(i)}.rollout.yaml`), planText(i))),
    ...Array.from({ length: lessons }, (_, i) =>
      writeFile(join(playbooks, 'lessons', `${lessonId(i)}.md`), lessonText(i)),
    ),
    writeFile(join(dir, 'status.json'), `${JSON.stringify(statusFile(plans), null, 2)}\n`),
  ]);
  return { playbooks, status: join(dir, 'status.json') };
}
