// What lint checks about lessons in a plan: waivers name real lessons and guards, guard gates
// name metrics the plan has, with thresholds that fit them (direction, a ratio's 0 to 1) and
// windows that fit the bakes of the phases they gate, freeze
// guards find their event, and raised rules get their floor.
// Pure: the plan, its locator and the lesson set in; diagnostics and a severity lookup out
// (the LessonLint that lint/lint.ts takes: lessons depend on lint, never the other way).
import type { LessonLint, RaiseHit } from '../lint/lint.ts';
import { SEVERITY_RANK } from '../lint/rule.ts';
import { ratioThresholdProblems } from '../lint/rules/ratio-threshold.ts';
import { parseDuration } from '../plan/duration.ts';
import type { Finding } from '../plan/finding.ts';
import { effectiveWindow } from '../plan/gate-defaults.ts';
import { checkThresholdOrder } from '../plan/gate-thresholds.ts';
import type { Locator } from '../plan/locate.ts';
import { metricDirection } from '../plan/metric-direction.ts';
import { own } from '../plan/own.ts';
import { findingToDiagnostic, type ParsedPlan } from '../plan/parse.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { didYouMean } from '../plan/suggest.ts';
import { pluralNoun } from '../text/plural.ts';
import { type LessonRefParts, lessonName, parseLessonRef } from './ids.ts';
import type { LessonSet } from './lesson-set.ts';
import { type AppliedGuard, matchGuards, type PlanGuards } from './match.ts';

function waiverFindings(plan: RolloutPlan, set: LessonSet, guards: PlanGuards): Finding[] {
  const byName = new Map(set.lessons.map((l) => [lessonName(l.lesson.id, l.source?.repository), l.lesson]));
  const matched = new Set(guards.phases.flatMap((p) => p.guards.map((g) => g.lessonId)));
  const out: Finding[] = [];
  (plan.waive ?? []).forEach((waiver, w) => {
    if (waiver.lesson === undefined) return;
    const ref = parseLessonRef(waiver.lesson);
    const { lessonId, guardId } = ref;
    const path = ['waive', w, 'lesson'];
    const known = knownLesson(ref, set);
    if (known !== true) {
      if (known) out.push({ path, ...known });
      return;
    }
    const name = lessonName(
      lessonId,
      ref.repository === undefined ? undefined : set.sources.get(ref.repository.toLowerCase())?.repository,
    );
    const lesson = byName.get(name);
    if (!lesson) return; // The lesson exists but does not parse; its own errors say why.
    const guardIds = lesson.guards.map((g) => g.id);
    if (guardId !== undefined && !guardIds.includes(guardId)) {
      out.push({
        path,
        code: 'ref/unknown-guard',
        message: `lesson "${name}" has no guard "${guardId}"`,
        expected: `one of ${guardIds.join(', ')}, or the lesson id alone to waive all of its guards`,
        hint: didYouMean(guardId, guardIds),
      });
      return;
    }
    if (waiver.severity !== undefined) {
      out.push({
        path: ['waive', w, 'severity'],
        anchor: 'key',
        code: 'lesson/waiver-severity',
        message: 'a lesson waiver has no severity: the guard is simply not applied',
        expected: '`severity:` only on rule waivers',
        hint: 'remove `severity:`',
      });
    }
    if (!matched.has(name)) {
      out.push({
        path,
        code: 'lesson/waiver-unused',
        message: `no guard of lesson "${name}" applies to this plan, so the waiver does nothing`,
        expected: 'waivers only for lessons that guard this plan',
        hint: 'remove the waiver; `rollbook lessons` shows which plans each lesson guards',
      });
    }
  });
  return out;
}

type WaiverProblem = Omit<Finding, 'path'>;

/**
 * Whether a waiver's lesson exists: true, a problem, or undefined when it cannot be told (its
 * source was not read). A bare id means a lesson of this repository; `owner/name#L-…` one of a
 * configured lesson source (docs/adr/0049-shared-lessons.md).
 */
function knownLesson(ref: LessonRefParts, set: LessonSet): true | WaiverProblem | undefined {
  const { lessonId, repository } = ref;
  if (repository === undefined) {
    if (set.ids.has(lessonId)) return true;
    const sharing = [...set.sources.values()].filter((s) => s.ids?.has(lessonId)).map((s) => s.repository);
    if (sharing.length > 0) {
      return {
        code: 'ref/unqualified-shared-lesson',
        message: `waiver names lesson "${lessonId}", which is not a lesson of this repository but one ${sharing.join(' and ')} ${sharing.length === 1 ? 'shares' : 'share'}`,
        expected: 'a bare id for a lesson of this repository, owner/name#L-… for a shared one',
        hint: `write \`lesson: ${sharing[0]}#${ref.guardId === undefined ? lessonId : `${lessonId}/${ref.guardId}`}\``,
      };
    }
    const candidates = [
      ...set.ids,
      ...[...set.sources.values()].flatMap((s) => [...(s.ids ?? [])].map((id) => `${s.repository}#${id}`)),
    ];
    return {
      code: 'ref/unknown-lesson',
      message: `waiver names lesson "${lessonId}", which does not exist`,
      expected: 'a lesson id from the lessons directory; `rollbook lessons` lists them',
      hint: didYouMean(lessonId, candidates) ?? 'check the id in the lesson file (e.g. L-2020-11-thread-exhaustion)',
    };
  }
  const source = set.sources.get(repository.toLowerCase());
  if (!source) {
    const configured = [...set.sources.values()].map((s) => s.repository);
    return {
      code: 'ref/unknown-lesson-source',
      message: `waiver names lesson "${repository}#${lessonId}", but ${repository} is not in lessonSources`,
      expected:
        configured.length > 0
          ? `a repository of lessonSources: ${configured.join(', ')}`
          : 'a repository listed under lessonSources in rollbook.config.yaml',
      hint:
        didYouMean(repository, configured) ??
        `add {repository: ${repository}} to lessonSources, or name a lesson of this repository by its bare id`,
    };
  }
  if (!source.ids) return undefined;
  if (source.ids.has(lessonId)) return true;
  return {
    code: 'ref/unknown-lesson',
    message: `waiver names lesson "${lessonId}", which ${source.repository} does not share`,
    expected: `a lesson id from ${source.repository}`,
    hint: didYouMean(lessonId, source.ids) ?? 'check the id in the lesson file (e.g. L-2020-11-thread-exhaustion)',
  };
}

/** Active (not waived) guards of the plan, each once, with the phases they apply to. */
function activeGuards(guards: PlanGuards): Map<string, { guard: AppliedGuard; phases: string[] }> {
  const out = new Map<string, { guard: AppliedGuard; phases: string[] }>();
  for (const phase of guards.phases) {
    for (const guard of phase.guards) {
      if (guard.waived) continue;
      const entry = out.get(guard.key) ?? { guard, phases: [] };
      entry.phases.push(phase.phaseId);
      out.set(guard.key, entry);
    }
  }
  return out;
}

interface LessonFinding extends Finding {
  lesson: { id: string; title: string };
  severity: 'error' | 'warning';
}

function guardFindings(plan: RolloutPlan, guards: PlanGuards): LessonFinding[] {
  const out: LessonFinding[] = [];
  const metricNames = Object.keys(plan.metrics);
  for (const { guard, phases } of activeGuards(guards).values()) {
    const lesson = { id: guard.why.lessonId, title: guard.why.title };
    const { action } = guard;
    const metric = action.kind === 'gate' ? action.gate.metric : undefined;
    const catalogued = metric === undefined ? undefined : own(plan.metrics, metric);
    if (metric !== undefined && catalogued === undefined) {
      // An error: the gate could never pass (it would stay inconclusive and hold every promotion).
      out.push({
        path: ['metrics'],
        anchor: 'key',
        severity: 'error',
        lesson,
        code: 'lesson/unknown-metric',
        message: `guard ${guard.key} gates ${pluralNoun(phases.length, 'phase')} ${phases.join(', ')} on metric "${metric}", which this plan does not define`,
        expected: `a metric named "${metric}" under \`metrics:\``,
        hint:
          didYouMean(metric, metricNames) ??
          `define "${metric}", or waive the guard: waive: [{lesson: ${guard.key}, reason: "…"}]`,
      });
    }
    if (action.kind === 'gate' && metric !== undefined && catalogued !== undefined) {
      // The guard's own checks compared min with max; which side is good is this plan's to say.
      const direction = metricDirection(catalogued);
      for (const contradiction of checkThresholdOrder(action.gate, { name: metric, direction }, [])) {
        out.push({
          path: ['metrics', metric],
          anchor: 'key',
          severity: 'error',
          lesson,
          code: 'lesson/threshold-order',
          message: `guard ${guard.key} gates ${pluralNoun(phases.length, 'phase')} ${phases.join(', ')} on "${metric}" with thresholds that contradict this plan's metric: ${contradiction.message}`,
          expected: contradiction.expected,
          hint: `fix the guard if it was written for a metric where the other side is better; or waive it: waive: [{lesson: ${guard.key}, reason: "…"}]`,
        });
      }
      // A warning, as the plan rule: a ratio of two rates may pass 1 (lint/rules/ratio-threshold.ts).
      for (const problem of ratioThresholdProblems(action.gate, metric, catalogued.unit)) {
        out.push({
          path: ['metrics', metric],
          anchor: 'key',
          severity: 'warning',
          lesson,
          code: 'lesson/ratio-threshold',
          message: `guard ${guard.key} gates ${pluralNoun(phases.length, 'phase')} ${phases.join(', ')} on "${metric}", a ${catalogued.unit}, with \`${problem.written}\`, which is ${problem.means}`,
          expected: problem.expected,
          hint: `in the lesson's guard, ${problem.hint}`,
        });
      }
      // A warning, as the plan rule metric-window-bake: a window longer than the bake judges data
      // from before the phase began.
      const window = effectiveWindow(action.gate, catalogued);
      const windowMs = window === undefined ? undefined : parseDuration(window);
      const outgrown = phases.flatMap((id) => {
        const bake = plan.phases.find((p) => p.id === id)?.bake;
        const bakeMs = bake === undefined ? undefined : parseDuration(bake);
        return windowMs !== undefined && bakeMs !== undefined && windowMs > bakeMs ? [`${id} (${bake})`] : [];
      });
      if (outgrown.length > 0) {
        out.push({
          path: ['metrics', metric],
          anchor: 'key',
          severity: 'warning',
          lesson,
          code: 'lesson/window-bake',
          message: `guard ${guard.key} gates "${metric}" over ${window}, longer than the bake of ${pluralNoun(outgrown.length, 'phase')} ${outgrown.join(', ')}`,
          expected: `a window no longer than the bake of each phase the guard gates`,
          hint: `in the lesson's guard, set a shorter \`window:\`; or lengthen those bakes, or waive the guard: waive: [{lesson: ${guard.key}, reason: "…"}]`,
        });
      }
    }
    if (action.kind === 'freeze' && action.leadIns.length === 0) {
      // A warning: the plan may simply not run near such an event.
      out.push({
        path: plan.freezes ? ['freezes'] : ['metadata', 'name'],
        anchor: 'key',
        severity: 'warning',
        lesson,
        code: 'lesson/no-event',
        message: `guard ${guard.key} freezes the ${action.freeze.lead} before "${action.freeze.before}", but this plan declares no dated freeze of that name`,
        expected: `a freeze named like "${action.freeze.before}" with \`from:\``,
        hint: `declare the event under \`freezes:\`, or waive the guard with a reason: waive: [{lesson: ${guard.key}, reason: "…"}]`,
      });
    }
  }
  return out;
}

function raiseLookup(guards: PlanGuards): Pick<LessonLint, 'raisedRules' | 'raiseFor'> {
  const hits: { rule: string; phaseId: string; hit: RaiseHit }[] = [];
  for (const phase of guards.phases) {
    for (const guard of phase.guards) {
      if (guard.waived || guard.action.kind !== 'raise') continue;
      const lesson = { id: guard.why.lessonId, title: guard.why.title };
      hits.push({
        rule: guard.action.rule,
        phaseId: phase.phaseId,
        hit: { to: guard.action.to, lesson, key: guard.key },
      });
    }
  }
  return {
    raisedRules: new Set(hits.map((h) => h.rule)),
    raiseFor(rule, phaseId) {
      let best: RaiseHit | undefined;
      for (const { rule: r, phaseId: p, hit } of hits) {
        if (r !== rule || (phaseId !== undefined && p !== phaseId)) continue;
        if (!best || SEVERITY_RANK[hit.to] > SEVERITY_RANK[best.to]) best = hit;
      }
      return best;
    },
  };
}

export function lintLessons(plan: RolloutPlan, file: string, locator: Locator, set: LessonSet): LessonLint {
  const guards = matchGuards(plan, set.lessons);
  const diagnostics = waiverFindings(plan, set, guards).map((f) =>
    findingToDiagnostic(f, file, locator, f.code.startsWith('ref/') ? 'error' : 'warning'),
  );
  for (const { lesson, severity, ...finding } of guardFindings(plan, guards)) {
    diagnostics.push({ ...findingToDiagnostic(finding, file, locator, severity), lesson });
  }
  return { diagnostics, ...raiseLookup(guards), guardFreezes: guards.freezes.map((f) => f.freeze) };
}

/** lintLessons for a parsed plan, to pass as lintPlan's `lessons`; undefined when the plan did not parse. */
export function lessonLintOf(parsed: ParsedPlan, set: LessonSet): LessonLint | undefined {
  return parsed.plan && parsed.locator ? lintLessons(parsed.plan, parsed.file, parsed.locator, set) : undefined;
}
