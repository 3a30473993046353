// Small lessons and plans for the lesson tests, written out in full so positions are easy to read.

import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { type LessonRef, parseLesson } from '../../src/lessons/parse.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';

export const LESSON_HEAD = `---
id: L-2020-11-thread-exhaustion
title: Threads piled up and no alert fired
date: 2020-11-09
severity: sev2
trigger: binary-push
contributingFactors: [A lock in the logger]
detection: {how: Customer reports, sooner: A thread-count alarm}
timeToMitigate: 3h
`;

export const STORY = '\nThe story.\n';

/** A lesson file with the given guards block (YAML lines under `guards:`). */
export function lessonText(guards: string, head = LESSON_HEAD, story = STORY): string {
  return `${head}guards:\n${guards}---\n${story}`;
}

export const CHECKLIST_GUARD = `  - id: thread-alarm
    match: {environments: [canary]}
    checklist: Thread-count alarm configured and linked to its runbook
`;

/** Parses a lesson that must be valid, for tests about matching. */
export function lesson(guards: string, head = LESSON_HEAD, file = 'playbooks/lessons/l.md'): LessonRef {
  const parsed = parseLesson(lessonText(guards, head), file);
  if (!parsed.lesson) throw new Error(`fixture lesson is invalid: ${JSON.stringify(parsed.diagnostics)}`);
  return { lesson: parsed.lesson, file };
}

/** A different lesson id and title, for tests with several lessons. */
export function otherHead(id: string, title: string): string {
  return LESSON_HEAD.replace('L-2020-11-thread-exhaustion', id)
    .replace('Threads piled up and no alert fired', title)
    .replace('2020-11-09', `${id.slice(2, 9)}-01`);
}

/**
 * The plan `rollbook init` writes (staging: flag-ramp with binary and flag steps; canary and
 * production: flag-ramp with flag steps), with services, tags and extra top-level YAML.
 */
export function planText(options: { services?: string[]; tags?: string[]; extra?: string } = {}): string {
  let text = scaffoldPlan('demo', '../action/schema/rollout-plan.schema.json');
  text = text.replace('services: [your-service]', `services: [${(options.services ?? ['your-service']).join(', ')}]`);
  text = text.replace('tags: []', `tags: [${(options.tags ?? []).join(', ')}]`);
  return options.extra ? `${text}${options.extra}` : text;
}

export function plan(options: Parameters<typeof planText>[0] = {}): RolloutPlan {
  const parsed = parsePlan(planText(options), 'demo.rollout.yaml');
  if (!parsed.plan) throw new Error(`fixture plan is invalid: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.plan;
}
