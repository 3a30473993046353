// The draft lesson written for a rollback (`rollbook lesson new --from`, and the action's drafts,
// docs/adr/0022-one-draft-lesson-per-rollback.md): valid front matter prefilled with the plan,
// phase, services, strategy and step kinds a guard can match on; the trigger taxonomy to pick
// from; the timeline from the verified audit trail and the gate readings at the breach when the
// caller has them, and when it could not read them, a line in each section saying why and how
// to get them. A rollback nobody has ticked yet (a ROLL BACK verdict acted on) is drafted as a
// rollback that says it is unconfirmed (docs/adr/0027-an-unticked-roll-back-verdict-is-a-rollback.md).
// The guard is left for people: it matches nothing until they edit it. Pure.
import type { ReleaseEvent } from '../checklist/phase-state.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import type { GateReading } from '../watch/readings.ts';
import { slugify } from './scaffold.ts';
import { TRIGGERS, type Trigger } from './schema.ts';

/** The id's slug keeps the lesson id within its 64 characters (`L-YYYY-MM-` is 10). */
const MAX_ID_SLUG = 54;
/** A time as the audit trail stores it (text/time.ts isoSeconds), the only form `rollback.at` takes. */
const AUDIT_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$/;
/** Timeline rows kept; the tracking issue has the rest. */
export const MAX_TIMELINE_ROWS = 50;

export interface DraftInput {
  plan: RolloutPlan;
  phaseId: string;
  /**
   * The rollback, from the verified audit trail; absent when only the plan is known (the CLI).
   * `via: 'verdict'`: a ROLL BACK verdict the watch acted on whose roll-back nobody has ticked
   * yet; the draft tells the rollback's story and says it is unconfirmed (ADR 27).
   */
  rollback?: { at?: string; by?: string; stepId?: string; via?: 'tick' | 'verdict' };
  /** The phase's releases, oldest first (rollout-state's `released`, this phase only or all). */
  timeline?: readonly ReleaseEvent[];
  /** The phase's gate readings as last recorded before the rollback (the phase issue's watch record). */
  readings?: { evaluatedAt: string; gates: readonly GateReading[] };
  /** The day of the rollback (or today, for the CLI without one): YYYY-MM-DD. */
  date: string;
  /** Appended to the id's slug (`[a-z0-9]+`), so two rollbacks of a phase in one month get two lessons. */
  idSuffix?: string;
  /**
   * Why the timeline and the gate readings were not read (the CLI without a token, say), and how
   * to get them: the draft says so in both sections instead of leaving them silently empty.
   */
  unread?: string;
}

export interface LessonDraft {
  id: string;
  title: string;
  text: string;
}

/** A single-line YAML double-quoted string. */
const quoted = (text: string) => JSON.stringify(text);
/** Text in a Markdown table cell of the draft (people edit it; the site escapes it again). */
const cell = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');

/** A first guess people correct: flags and config are config pushes, the rest binary pushes. */
export function guessTrigger(stepKinds: readonly string[]): Trigger {
  return stepKinds.includes('flag') || stepKinds.includes('config') ? 'config-push' : 'binary-push';
}

export function draftLessonId(planName: string, phaseId: string, date: string, suffix?: string): string {
  const tail = suffix && /^[a-z0-9]+$/.test(suffix) ? `-${suffix}` : '';
  const slug = slugify(`rollback ${planName} ${phaseId}`)
    .slice(0, MAX_ID_SLUG - tail.length)
    .replace(/-+$/, '');
  return `L-${date.slice(0, 7)}-${slug}${tail}`;
}

function timelineSection(input: DraftInput): string[] {
  const rows = (input.timeline ?? []).slice(-MAX_TIMELINE_ROWS);
  if (rows.length === 0)
    return [
      '## Timeline',
      '',
      ...unreadNote(input),
      'Fill in from the tracking issue\'s "What was released when" table: what was released, when, by whom, and when it was rolled back.',
    ];
  const what = (e: ReleaseEvent) => {
    const step = e.stepId ? ` step ${e.stepId}` : '';
    if (e.what === 'staged' && e.stage) return `ramped to ${e.stage.percent}% (stage ${e.stage.key})`;
    if (e.what === 'rolled-back') return `rolled back${step || ' (whole phase)'}`;
    return `${e.what}${step}`;
  };
  return [
    '## Timeline',
    '',
    'From the verified audit trail of the checklist issues (UTC):',
    '',
    '| When | Phase | What | By |',
    '| --- | --- | --- | --- |',
    ...rows.map((e) => `| ${e.at ?? 'unknown'} | ${cell(e.phaseId)} | ${cell(what(e))} | ${cell(e.by ?? '—')} |`),
  ];
}

/** `Not filled in by Rollbook: …`, a paragraph, when the caller could not read the audit trail. */
function unreadNote(input: DraftInput): string[] {
  return input.unread ? [`Not filled in by Rollbook: ${input.unread.replace(/[\r\n]+/g, ' ')}`, ''] : [];
}

function readingsSection(input: DraftInput): string[] {
  const readings = input.readings;
  if (input.unread && !readings) return ['## Gate readings at the breach', '', ...unreadNote(input)];
  if (!readings || readings.gates.length === 0) return [];
  return [
    '## Gate readings at the breach',
    '',
    `As the phase issue last recorded them, evaluated ${readings.evaluatedAt}:`,
    '',
    '| Gate | Value | Threshold | Status |',
    '| --- | --- | --- | --- |',
    ...readings.gates.map((g) => `| ${cell(g.title)} | ${cell(g.value)} | ${cell(g.threshold)} | ${g.status} |`),
    '',
  ];
}

export function draftLesson(input: DraftInput): LessonDraft {
  const { plan, phaseId, date } = input;
  const phase = plan.phases.find((p) => p.id === phaseId);
  if (!phase) throw new Error(`plan ${plan.metadata.name} has no phase "${phaseId}"`);
  const stepKinds = [...new Set(phase.steps.map((s) => s.kind))];
  const id = draftLessonId(plan.metadata.name, phaseId, date, input.idSuffix);
  const title = `Rolled back: ${plan.metadata.title}, ${phase.title}`;
  const at = input.rollback?.at && AUDIT_TIME.test(input.rollback.at) ? input.rollback.at : undefined;
  const step = input.rollback?.stepId;
  const services = plan.metadata.services;
  const how =
    input.rollback?.via === 'verdict'
      ? `Rollbook's watch read a ROLL BACK verdict on the phase ${phaseId}${at ? ` at ${at}` : ''}; nobody has ticked its roll-back yet. Say whether and when it was rolled back, and what was noticed first.`
      : `The phase ${phaseId} was rolled back${input.rollback?.by ? ` by ${input.rollback.by}` : ''}${at ? ` at ${at}` : ''}; say what was noticed first.`;
  const match = `{services: [${services.join(', ')}], strategies: [${phase.strategy}], stepKinds: [${stepKinds.join(', ')}]}`;
  const text = `---
# Draft lesson from the rollback of ${plan.metadata.name}/${phaseId}. Rollbook prefilled what it knows;
# tell the story, pick the trigger, and write the guard before merging.
id: ${id}
title: ${quoted(title)}
date: ${date}
severity: sev3
# What set it off, from the outage-trigger taxonomy (most frequent first); a first guess:
#   ${TRIGGERS.join(', ')}
trigger: ${guessTrigger(stepKinds)}
contributingFactors:
  - What made the rollback necessary, one factor per line.
detection:
  how: ${quoted(how)}
  sooner: What would have shown it sooner (an alert, a metric, a canary).
timeToMitigate: 1h
services: [${services.join(', ')}]
tags: [rollback]
links: []
rollback:
  plan: ${plan.metadata.name}
  phase: ${phaseId}
  environment: ${phase.environment}
  strategy: ${phase.strategy}
  stepKinds: [${stepKinds.join(', ')}]${step ? `\n  step: ${step}` : ''}${at ? `\n  at: ${at}` : ''}
guards:
  # Left for people: what every matching rollout must do from now on (docs/lessons.md). Exactly
  # one of checklist, gate, freeze or raise per guard. This one matches no plan until you edit
  # match; the rolled-back phase's facts, to match on:
  #   match: ${match}
  - id: first-guard
    match: {tags: [replace-with-a-plan-tag]}
    checklist: The check that would have caught this before it needed a rollback.
---

${timelineSection(input).join('\n')}

${readingsSection(input).join('\n')}## What happened

Tell the story in a few paragraphs: what changed, what broke, who noticed, why it was rolled back.

## Why it was not caught

## What changes in future rollouts
`;
  return { id, title, text };
}
