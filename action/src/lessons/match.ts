// Which lesson guards apply to a plan, phase by phase, and why. Pure: plan + lessons in,
// plain data out. The runbook, the phase checklist issues, the gate report and lint all read
// this one result, so they cannot disagree about which guards a plan carries.
import type { Gate, RolloutPlan } from '../plan/schema.ts';
import { compareCodePoints } from '../text/order.ts';
import { matchingPhases } from './criteria.ts';
import { describeGuard } from './describe.ts';
import { eventsFor, eventsReach, type LeadIn, leadInFreezes } from './freeze-guard.ts';
import { guardItemId, guardKey, lessonName } from './ids.ts';
import type { LessonRef } from './parse.ts';
import type { FreezeGuard, Guard } from './schema.ts';
import { type GuardWaiver, waiverFor } from './waivers.ts';

/** Where a guard came from. Raw text: every renderer escapes for its own output. */
export interface GuardWhy {
  /** The lesson as people name it: `L-…`, or `owner/name#L-…` for a shared lesson. */
  lessonId: string;
  title: string;
  /** Link to the lesson; by default its file path relative to the repository root; a shared lesson's web page. */
  href: string;
  /** For a shared lesson: the repository, ref and commit it was read at. */
  source?: { repository: string; ref: string; commit: string };
}

export type GuardAction =
  | { kind: 'checklist'; text: string }
  /** The gate as a plan would write it, with `id` set to the guard's item id. */
  | { kind: 'gate'; gate: Gate }
  | { kind: 'freeze'; freeze: FreezeGuard; leadIns: LeadIn[] }
  | { kind: 'raise'; rule: string; to: 'warning' | 'error' };

export interface AppliedGuard {
  /** `L-2020-11-thread-exhaustion/thread-alarm` (`acme/lessons#L-…/thread-alarm` when shared). */
  key: string;
  /** `l-2020-11-thread-exhaustion--thread-alarm`: the id of the checklist item or gate it adds. */
  itemId: string;
  /** The lesson as people name it: `L-…`, or `owner/name#L-…` for a shared lesson. */
  lessonId: string;
  guardId: string;
  action: GuardAction;
  /** What the guard asks, in one line. */
  summary: string;
  why: GuardWhy;
  /** Set when the plan waives this guard in this phase: show it as waived, do not apply it. */
  waived?: GuardWaiver;
}

export interface PhaseGuards {
  phaseId: string;
  /** Every guard matching this phase, waived ones included, lessons in id order. */
  guards: AppliedGuard[];
}

/** A lead-in freeze a guard adds to the plan. */
export interface GuardFreeze extends LeadIn {
  key: string;
  why: GuardWhy;
}

export interface PlanGuards {
  plan: string;
  /** One entry per phase, in plan order. */
  phases: PhaseGuards[];
  /** Freezes added by freeze guards that are not waived in every phase they match. */
  freezes: GuardFreeze[];
}

export interface MatchOptions {
  /**
   * The link for a lesson's "why"; default: its file path. Renderers pass a path relative to their
   * output. A shared lesson always links to its web page in its repository.
   */
  href?: (lesson: LessonRef) => string;
}

function actionOf(guard: Guard, itemId: string, leadIns: LeadIn[]): GuardAction {
  if (guard.checklist !== undefined) return { kind: 'checklist', text: guard.checklist };
  if (guard.gate !== undefined) return { kind: 'gate', gate: { ...guard.gate, id: itemId } };
  if (guard.freeze !== undefined) return { kind: 'freeze', freeze: guard.freeze, leadIns };
  return { kind: 'raise', rule: guard.raise!.rule, to: guard.raise!.to };
}

export function matchGuards(plan: RolloutPlan, lessons: readonly LessonRef[], options: MatchOptions = {}): PlanGuards {
  const href = options.href ?? ((ref: LessonRef) => ref.file);
  const byPhase = new Map(plan.phases.map((p) => [p.id, [] as AppliedGuard[]]));
  const freezes: GuardFreeze[] = [];
  const takenNames = new Set((plan.freezes ?? []).map((f) => f.name));
  // Code-point order: the same on every machine (text/order.ts).
  const sorted = [...lessons].sort((a, b) => compareCodePoints(a.lesson.id, b.lesson.id));
  for (const ref of sorted) {
    const { lesson, source } = ref;
    const name = lessonName(lesson.id, source?.repository);
    const why: GuardWhy = { lessonId: name, title: lesson.title, href: source ? source.url : href(ref) };
    if (source) why.source = { repository: source.repository, ref: source.ref, commit: source.commit };
    for (const guard of lesson.guards) {
      let phases = matchingPhases(guard.match, plan);
      if (guard.freeze) {
        // A lead-in shows only in phases its events can freeze; with no event at all, in every
        // matching phase, so the plan's missing event is visible where the guard would apply.
        const events = eventsFor(guard.freeze, plan.freezes ?? []);
        if (events.length > 0) phases = phases.filter((p) => eventsReach(events, p.environment));
      }
      if (phases.length === 0) continue;
      const key = guardKey(name, guard.id);
      const itemId = guardItemId(lesson.id, guard.id);
      const waivers = new Map(
        phases.map((p) => [p.id, waiverFor(plan, lesson.id, guard.id, p.id, source?.repository)]),
      );
      let leadIns: LeadIn[] = [];
      if (guard.freeze) {
        const environments = [...new Set(phases.filter((p) => !waivers.get(p.id)).map((p) => p.environment))];
        leadIns = leadInFreezes(guard.freeze, plan.freezes ?? [], environments, (event) =>
          uniqueName(`lead-in-${event}`, takenNames),
        );
        freezes.push(...leadIns.map((l) => ({ ...l, key, why })));
      }
      const action = actionOf(guard, itemId, leadIns);
      const summary = describeGuard(guard, leadIns);
      for (const phase of phases) {
        const applied: AppliedGuard = { key, itemId, lessonId: name, guardId: guard.id, action, summary, why };
        const waived = waivers.get(phase.id);
        if (waived) applied.waived = waived;
        byPhase.get(phase.id)!.push(applied);
      }
    }
  }
  return {
    plan: plan.metadata.name,
    phases: plan.phases.map((p) => ({ phaseId: p.id, guards: byPhase.get(p.id)! })),
    freezes,
  };
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}
