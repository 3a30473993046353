// Collisions across an organisation's rollouts (issue 17, ADR 52): pure, from the portfolio's
// projected phase windows and declared freezes, so the collector and the site agree.
//
// - same-service: two phases of different plans (any repositories) whose windows intersect and
//   whose plans share a service.
// - crosses-freeze: a phase whose window holds a day frozen by a freeze that another team's plan
//   declares (no owner in common), for that phase's environment, where the two plans share a
//   service: a freeze speaks for its own plan's services only. A freeze a lesson's guard adds to
//   a plan (`guardFreezes`) counts as that plan's own, and the overlap names the lesson.
//
// Which phases count: a plan that validated and is not finished; phases before its current one
// (the status's `phase`) are done and left out, and so are phases with no allowed start
// (`scheduled: false`, their times are a guess). Windows are half-open [start, end); a phase
// without bake or holds occupies the minute it starts. Freezes cover whole UTC days, as in the
// engine's calendar (plan/calendar.ts).
//
// Time: one sweep over phases and freezes sorted by start, each service keeping the phases and
// freezes still open; a closed one is dropped the first time it is seen closed. Work is
// O(n log n + output), plus the open-ended weekly freezes each phase checks on its services.
// The output is the first MAX_OVERLAPS by start of the shared window; the sweep stops once no
// later overlap can be among them.

import { type FreezeRule, freezeRule, frozenDaysWithin } from '../plan/calendar.ts';
import type { Freeze } from '../plan/schema.ts';
import { loginKey } from '../text/handle.ts';
import { DAY_MS, MINUTE_MS } from '../time/units.ts';
import { formatUtcMinute } from '../time/zone.ts';
import type { PortfolioOverlap, PortfolioPlan, PortfolioRepository } from './model.ts';

/** At most this many overlaps are returned: the earliest by the start of their shared window. */
export const MAX_OVERLAPS = 200;

/** The plan state a finished rollout reports (rollout-status). */
const DONE = 'done';

interface PlanRef {
  /** `owner/name/plan-id`. */
  ref: string;
  owners: ReadonlySet<string>;
  services: readonly string[];
}

interface PhaseSpan {
  kind: 'phase';
  plan: PlanRef;
  phase: string;
  environment: string;
  startMs: number;
  endMs: number;
  /** Sweep order among equal starts. */
  order: number;
}

interface FreezeSpan {
  kind: 'freeze';
  plan: PlanRef;
  rule: FreezeRule;
  /** The lesson that adds it to the plan, for a guard freeze. */
  lesson?: string;
  startMs: number;
  endMs: number;
  order: number;
}

type Span = PhaseSpan | FreezeSpan;

function minuteMs(text: string): number | undefined {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The phases of `plan` still to run, or none when it did not validate or has finished. */
export function phasesToRun(plan: PortfolioPlan): PortfolioPlan['phases'] {
  if (plan.invalid || plan.status?.state === DONE) return [];
  const current = plan.status ? plan.phases.findIndex((phase) => phase.id === plan.status?.phase) : -1;
  return current > 0 ? plan.phases.slice(current) : plan.phases;
}

/** Every freeze of `plan`: its own as written, then those its lessons add, each with the lesson. */
export function freezesOf(plan: PortfolioPlan): { freeze: Freeze; lesson?: string }[] {
  return [
    ...plan.freezes.map((freeze) => ({ freeze })),
    ...(plan.guardFreezes ?? []).map(({ lesson, ...freeze }) => ({ freeze, lesson })),
  ];
}

function spansOf(repositories: readonly PortfolioRepository[]): Span[] {
  const spans: Span[] = [];
  for (const repository of repositories) {
    for (const plan of repository.plans) {
      if (plan.invalid || plan.services.length === 0) continue;
      const ref: PlanRef = {
        ref: `${repository.repository}/${plan.id}`,
        owners: new Set(plan.owners.map(loginKey)),
        services: [...new Set(plan.services)],
      };
      for (const phase of phasesToRun(plan)) {
        const startMs = minuteMs(phase.start);
        const endMs = minuteMs(phase.end);
        if (!phase.scheduled || startMs === undefined || endMs === undefined) continue;
        spans.push({
          kind: 'phase',
          plan: ref,
          phase: phase.id,
          environment: phase.environment,
          startMs,
          endMs: Math.max(endMs, startMs + MINUTE_MS),
          order: spans.length,
        });
      }
      for (const { freeze, lesson } of freezesOf(plan)) {
        const rule = freezeRule(freeze);
        if (!rule) continue;
        const startMs = rule.first * DAY_MS;
        const endMs = (rule.last + 1) * DAY_MS;
        const by = lesson === undefined ? {} : { lesson };
        spans.push({ kind: 'freeze', plan: ref, rule, ...by, startMs, endMs, order: spans.length });
      }
    }
  }
  return spans.sort((a, b) => a.startMs - b.startMs || a.order - b.order);
}

function sameTeam(a: PlanRef, b: PlanRef): boolean {
  for (const owner of a.owners) if (b.owners.has(owner)) return true;
  return false;
}

function sameService(earlier: PhaseSpan, later: PhaseSpan, services: string[]): PortfolioOverlap {
  const from = later.startMs;
  const to = Math.min(earlier.endMs, later.endMs);
  return {
    kind: 'same-service',
    says: `${services.join(', ')}: ${earlier.plan.ref} ${earlier.phase} overlaps ${later.plan.ref} ${later.phase}`,
    from: formatUtcMinute(from),
    to: formatUtcMinute(to),
    plans: [`${earlier.plan.ref}/${earlier.phase}`, `${later.plan.ref}/${later.phase}`],
    services,
  };
}

/** The part of the phase's window that is frozen, or undefined when the freeze does not concern it. */
function crossing(phase: PhaseSpan, freeze: FreezeSpan): { from: number; to: number } | undefined {
  if (freeze.rule.environments && !freeze.rule.environments.includes(phase.environment)) return undefined;
  if (sameTeam(phase.plan, freeze.plan)) return undefined;
  const days = frozenDaysWithin(
    freeze.rule,
    Math.floor(phase.startMs / DAY_MS),
    Math.floor((phase.endMs - 1) / DAY_MS),
  );
  if (!days) return undefined;
  return { from: Math.max(phase.startMs, days.first * DAY_MS), to: Math.min(phase.endMs, (days.last + 1) * DAY_MS) };
}

function crossesFreeze(
  phase: PhaseSpan,
  freeze: FreezeSpan,
  window: { from: number; to: number },
  services: string[],
): PortfolioOverlap {
  const name = freeze.rule.name;
  const byLesson = freeze.lesson === undefined ? '' : ` (added by lesson ${freeze.lesson})`;
  return {
    kind: 'crosses-freeze',
    says: `${services.join(', ')}: ${phase.plan.ref} ${phase.phase} (${phase.environment}) crosses the freeze ${name} of ${freeze.plan.ref}${byLesson}`,
    from: formatUtcMinute(window.from),
    to: formatUtcMinute(window.to),
    plans: [`${phase.plan.ref}/${phase.phase}`, freeze.plan.ref],
    services,
    freeze: { name, plan: freeze.plan.ref, ...(freeze.lesson === undefined ? {} : { lesson: freeze.lesson }) },
  };
}

interface Open {
  phases: PhaseSpan[];
  freezes: FreezeSpan[];
}

/** Drops the spans closed by `at` from `list` in place and returns the rest. */
function stillOpen<T extends Span>(list: T[], at: number): T[] {
  let kept = 0;
  for (const span of list) if (span.endMs > at) list[kept++] = span;
  list.length = kept;
  return list;
}

interface Found {
  overlap: PortfolioOverlap;
  fromMs: number;
  toMs: number;
  order: number;
}

/**
 * Every same-service and crosses-freeze overlap in the portfolio, earliest shared window first,
 * at most MAX_OVERLAPS of them (ADR 52).
 */
export function findOverlaps(repositories: readonly PortfolioRepository[]): PortfolioOverlap[] {
  const open = new Map<string, Open>();
  const found: Found[] = [];
  let latestFrom = Number.NEGATIVE_INFINITY;
  const add = (overlap: PortfolioOverlap, fromMs: number, toMs: number) => {
    found.push({ overlap, fromMs, toMs, order: found.length });
    latestFrom = Math.max(latestFrom, fromMs);
  };

  for (const span of spansOf(repositories)) {
    // Every overlap found from here on starts at or after this span: once the earliest
    // MAX_OVERLAPS are all before it, none to come can displace them.
    if (found.length >= MAX_OVERLAPS && span.startMs > latestFrom) break;
    // Each partner once, however many services the two share, in the order first met.
    const partners = new Map<Span, string[]>();
    for (const service of span.plan.services) {
      let lists = open.get(service);
      if (!lists) {
        lists = { phases: [], freezes: [] };
        open.set(service, lists);
      }
      const candidates: Span[] =
        span.kind === 'phase'
          ? [...stillOpen(lists.phases, span.startMs), ...stillOpen(lists.freezes, span.startMs)]
          : stillOpen(lists.phases, span.startMs);
      for (const other of candidates) {
        if (other.plan === span.plan) continue;
        const services = partners.get(other);
        if (services) services.push(service);
        else partners.set(other, [service]);
      }
      if (span.kind === 'phase') lists.phases.push(span);
      else lists.freezes.push(span);
    }
    for (const [other, shared] of partners) {
      const services = shared.sort();
      if (span.kind === 'phase' && other.kind === 'phase') {
        if (other.plan.ref === span.plan.ref) continue;
        const overlap = sameService(other, span, services);
        add(overlap, span.startMs, Math.min(other.endMs, span.endMs));
        continue;
      }
      const phase = span.kind === 'phase' ? span : (other as PhaseSpan);
      const freeze = span.kind === 'freeze' ? span : (other as FreezeSpan);
      const window = crossing(phase, freeze);
      if (window) add(crossesFreeze(phase, freeze, window, services), window.from, window.to);
    }
  }
  return found
    .sort((a, b) => a.fromMs - b.fromMs || a.toMs - b.toMs || a.order - b.order)
    .slice(0, MAX_OVERLAPS)
    .map((entry) => entry.overlap);
}
