// What the portfolio pages show, from the portfolio file (portfolio-file.ts): the rollouts in
// flight first, one calendar of the phases still to run and the freezes still ahead, the lessons
// with the plans each guards, and which pages exist. Pure: the pages only draw these rows.
// Every list is cut into pages of ROLLBOOK_PAGE_SIZE (ADR 45), so a portfolio of hundreds of
// repositories keeps each page small.
import {
  compareCodePoints,
  DAY_MS,
  type Freeze,
  freezeRule,
  freezesOf,
  frozenDaysWithin,
  phasesToRun,
} from '../../../action/src/site-api.ts';
import { kpiReviewView } from './kpi-review.ts';
import { pageCount } from './paging.ts';
import { type Progress, progressFrom } from './plan-list.ts';
import type {
  PortfolioFile,
  PortfolioLesson,
  PortfolioPhase,
  PortfolioPlan,
  PortfolioRepository,
} from './portfolio-file.ts';
import { withBase } from './urls.ts';

/** How many overlap warnings the portfolio's first page shows; the rest are on /portfolio/overlaps/. */
export const OVERVIEW_OVERLAPS = 5;
/** How many of the plans a lesson guards its row names; it says how many more. */
export const GUARDS_SHOWN = 12;
/** How many unreadable repositories the first page names; it says how many more. */
export const ERRORS_SHOWN = 10;

/** Which repositories the portfolio covers, in words: "the acme organisation", "repositories with the topic payments in the acme organisation". */
export function scopeWords(scope: PortfolioFile['scope']): string {
  if ('organization' in scope) return `the ${scope.organization} organisation`;
  if ('topic' in scope)
    return `repositories with the topic ${scope.topic}${scope.owner === undefined ? '' : ` in the ${scope.owner} organisation`}`;
  return `${scope.repositories.length} listed ${scope.repositories.length === 1 ? 'repository' : 'repositories'}`;
}

export type RolloutProgress = Progress | 'invalid';

export const ROLLOUT_PROGRESS_LABELS: Record<RolloutProgress, string> = {
  'in-flight': 'in flight',
  'not-started': 'not started',
  finished: 'finished',
  invalid: 'does not validate',
};

export interface PortfolioRollout {
  repository: PortfolioRepository;
  plan: PortfolioPlan;
  /** `owner/name/plan-id`. */
  ref: string;
  progress: RolloutProgress;
  /** How many of the file's overlaps name this plan. */
  overlaps: number;
}

const RANK: Record<RolloutProgress, number> = { 'in-flight': 0, 'not-started': 1, finished: 2, invalid: 3 };

/** `owner/name/plan-id[/phase]` → its plan's `owner/name/plan-id`. */
export function planRefOf(ref: string): string {
  return ref.split('/').slice(0, 3).join('/');
}

/** Every plan of every repository: in flight first, then not started, finished, invalid; each in file order. */
export function portfolioRollouts(file: PortfolioFile): PortfolioRollout[] {
  const overlapCount = new Map<string, number>();
  for (const overlap of file.overlaps) {
    for (const ref of new Set(overlap.plans.map(planRefOf))) overlapCount.set(ref, (overlapCount.get(ref) ?? 0) + 1);
  }
  const rollouts = file.repositories.flatMap((repository) =>
    repository.plans.map((plan): PortfolioRollout => {
      const ref = `${repository.repository}/${plan.id}`;
      const progress = plan.invalid ? 'invalid' : progressFrom(plan.phases[0]?.id, plan.status);
      return { repository, plan, ref, progress, overlaps: overlapCount.get(ref) ?? 0 };
    }),
  );
  // Stable: file order (repositories by name, then plans) within each group.
  return rollouts.sort((a, b) => RANK[a.progress] - RANK[b.progress]);
}

/**
 * What a plan's status says beyond its phase and state, in the plan page's words: the current
 * ramp step while the phase ramps, and the KPI review's result once every phase is done. Plain
 * text, for Astro to escape.
 */
export function rolloutNotes(status: PortfolioPlan['status']): string[] {
  if (!status) return [];
  return [
    ...(status.ramp ? [status.ramp.says] : []),
    // The summary line needs no KPI of the plan's own (the portfolio does not carry them).
    ...(status.kpiReview ? [kpiReviewView([], status.kpiReview).summary] : []),
  ];
}

export interface PortfolioCounts {
  repositories: number;
  unreadable: number;
  plans: number;
  inFlight: number;
}

export function portfolioCounts(file: PortfolioFile, rollouts: readonly PortfolioRollout[]): PortfolioCounts {
  return {
    repositories: file.repositories.length,
    unreadable: file.repositories.filter((r) => r.error).length,
    plans: rollouts.length,
    inFlight: rollouts.filter((r) => r.progress === 'in-flight').length,
  };
}

export type CalendarRow =
  | {
      kind: 'phase';
      /** Sort key: the phase's start, ms. */
      at: number;
      rollout: PortfolioRollout;
      phase: PortfolioPhase;
      /** An overlap names this phase. */
      overlapping: boolean;
    }
  | {
      kind: 'freeze';
      /** Sort key, ms: the freeze's first day, for a weekly one its next frozen day from the collection on. */
      at: number;
      rollout: PortfolioRollout;
      freeze: PortfolioPlan['freezes'][number];
      /** The lesson whose guard adds this freeze to the plan (`guardFreezes`), as its key. */
      lesson?: string;
    };

/**
 * Where a freeze sits in the calendar, in days since 1970: its first day, for a weekly one its
 * next frozen day from `today` on; undefined once it has ended. Read as the engine's calendar
 * reads freezes (plan/calendar.ts `freezeRule`).
 */
function freezeDay(freeze: Freeze, today: number): number | undefined {
  const rule = freezeRule(freeze);
  if (!rule || rule.last < today) return undefined;
  if (!rule.weekdays) return Number.isFinite(rule.first) ? rule.first : today;
  const from = Math.max(rule.first, today);
  return frozenDaysWithin(rule, from, from + 6)?.first;
}

/**
 * One calendar across the organisation: every phase still to run of the plans not finished (from
 * the current phase on, projected from the collection time) and every freeze that has not ended
 * by then, the plans' own and those their lessons add, in order of start. Finished phases are left out: their projection from today would be
 * a date that never was.
 */
export function portfolioCalendar(file: PortfolioFile, rollouts: readonly PortfolioRollout[]): CalendarRow[] {
  const overlapping = new Set(file.overlaps.flatMap((o) => o.plans));
  const today = Math.floor(Date.parse(file.collectedAt) / DAY_MS);
  const rows: CalendarRow[] = [];
  for (const rollout of rollouts) {
    if (rollout.progress === 'invalid') continue;
    for (const phase of phasesToRun(rollout.plan)) {
      rows.push({
        kind: 'phase',
        at: Date.parse(phase.start),
        rollout,
        phase,
        overlapping: overlapping.has(`${rollout.ref}/${phase.id}`),
      });
    }
    for (const { freeze, lesson } of freezesOf(rollout.plan)) {
      const day = freezeDay(freeze, today);
      if (day === undefined) continue;
      rows.push({ kind: 'freeze', at: day * DAY_MS, rollout, freeze, ...(lesson === undefined ? {} : { lesson }) });
    }
  }
  return rows.sort((a, b) => a.at - b.at);
}

/** "2026-11-27 to 2026-11-30, every sat, sun" for a freeze. */
export function freezeWhen(freeze: PortfolioPlan['freezes'][number]): string {
  const dates =
    freeze.from && freeze.to
      ? `${freeze.from} to ${freeze.to}`
      : (freeze.from ?? (freeze.to ? `until ${freeze.to}` : ''));
  const every = freeze.every ? `every ${freeze.every.join(', ')}` : '';
  return [dates, every].filter(Boolean).join(', ');
}

/**
 * A freeze's days and environments for a sentence, ` (every fri, canary, production)`, with its
 * leading space; empty when it names neither.
 */
export function freezeScope(freeze: PortfolioPlan['freezes'][number] & { environments?: readonly string[] }): string {
  const scope = [freezeWhen(freeze), freeze.environments?.join(', ')].filter(Boolean).join(', ');
  return scope ? ` (${scope})` : '';
}

export interface GuardedPlan {
  /** `owner/name/plan-id` as the lesson names it. */
  ref: string;
  /** The plan when the portfolio holds it. */
  rollout?: PortfolioRollout;
}

export interface LessonRow {
  lesson: PortfolioLesson;
  /** The plans it guards, the first GUARDS_SHOWN of them. */
  guards: GuardedPlan[];
  /** How many plans it guards in all. */
  guardCount: number;
  /** How many repositories those plans are in. */
  repositories: number;
  /** It guards a plan outside its own repository. */
  shared: boolean;
}

/** Each lesson with the plans it guards: shared ones (guarding other repositories) first, then by how many plans. */
export function portfolioLessons(file: PortfolioFile, rollouts: readonly PortfolioRollout[]): LessonRow[] {
  const byRef = new Map(rollouts.map((r) => [r.ref, r]));
  const rows = file.lessons.map((lesson): LessonRow => {
    const guarded = [...new Set(lesson.guards)];
    const repositories = new Set(guarded.map((ref) => ref.split('/').slice(0, 2).join('/')));
    return {
      lesson,
      guards: guarded.slice(0, GUARDS_SHOWN).map((ref) => {
        const rollout = byRef.get(ref);
        return rollout ? { ref, rollout } : { ref };
      }),
      guardCount: guarded.length,
      repositories: repositories.size,
      shared: [...repositories].some((r) => r !== lesson.repository),
    };
  });
  return rows.sort(
    (a, b) =>
      Number(b.shared) - Number(a.shared) ||
      b.guardCount - a.guardCount ||
      compareCodePoints(a.lesson.key, b.lesson.key),
  );
}

/** `owner/name/plan-id[/phase]` → the plan's file page, when the portfolio holds it. */
export function planLookup(rollouts: readonly PortfolioRollout[]): (ref: string) => PortfolioRollout | undefined {
  const byRef = new Map(rollouts.map((r) => [r.ref, r]));
  return (ref) => byRef.get(planRefOf(ref));
}

export type PortfolioView = 'rollouts' | 'calendar' | 'lessons' | 'overlaps';

/** The part of a portfolio page's URL after /portfolio/; undefined for /portfolio/ itself. */
export function portfolioRoutePath(view: PortfolioView, page: number | 'all'): string | undefined {
  if (view === 'overlaps') return 'overlaps';
  if (view === 'rollouts') return page === 1 ? undefined : `page/${page}`;
  return page === 1 ? view : `${view}/page/${page}`;
}

/** The portfolio's pages under the base path: /portfolio/ is the rollouts' first page. */
export function portfolioPaths(base: string) {
  return {
    page: (view: PortfolioView, n: number | 'all' = 1) => {
      const path = portfolioRoutePath(view, n);
      return withBase(base, path === undefined ? '/portfolio/' : `/portfolio/${path}/`);
    },
  };
}

export interface PortfolioRoute {
  path: string | undefined;
  view: PortfolioView;
  /** 1-based, or 'all' for the list's one-page version. */
  page: number | 'all';
  /** How many numbered pages the list has. */
  count: number;
}

/** Every portfolio page to build: each list's pages (and one-page version when it has several), and the overlaps page. */
export function portfolioRoutes(
  sizes: { rollouts: number; calendar: number; lessons: number },
  pageSize: number,
): PortfolioRoute[] {
  const routes: PortfolioRoute[] = [];
  for (const view of ['rollouts', 'calendar', 'lessons'] as const) {
    const count = pageCount(sizes[view], pageSize);
    const pages: (number | 'all')[] = Array.from({ length: count }, (_, i) => i + 1);
    if (count > 1) pages.push('all');
    for (const page of pages) routes.push({ path: portfolioRoutePath(view, page), view, page, count });
  }
  routes.push({ path: portfolioRoutePath('overlaps', 1), view: 'overlaps', page: 1, count: 1 });
  return routes;
}

export interface PortfolioViews {
  rollouts: PortfolioRollout[];
  calendar: CalendarRow[];
  lessons: LessonRow[];
  lookup: (ref: string) => PortfolioRollout | undefined;
}

const views = new WeakMap<PortfolioFile, PortfolioViews>();

/** Every list the pages draw from, worked out once per file however many pages a build renders. */
export function portfolioViews(file: PortfolioFile): PortfolioViews {
  let found = views.get(file);
  if (!found) {
    const rollouts = portfolioRollouts(file);
    found = {
      rollouts,
      calendar: portfolioCalendar(file, rollouts),
      lessons: portfolioLessons(file, rollouts),
      lookup: planLookup(rollouts),
    };
    views.set(file, found);
  }
  return found;
}
