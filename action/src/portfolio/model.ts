// The portfolio file (`rollbook status --org/--topic/--repos`, issue 17): every rollout across an
// organisation's repositories, collected in one run and read by the site's portfolio pages. The
// collector (portfolio/collect*.ts) writes exactly this shape; the site parses exactly this shape.
// Times are ISO 8601 UTC; phase windows are the projection the engine computes (plan/calendar.ts)
// from `collectedAt`, so the site draws them without parsing any plan again.
import type { Freeze } from '../plan/schema.ts';
import type { PlanStatus } from '../rollout-status/model.ts';

/** The version of this shape; a reader refuses any other. */
export const PORTFOLIO_SCHEMA = 'rollbook/portfolio/v1';

/** Which repositories were asked for: exactly one of the three. */
export type PortfolioScope =
  | { organization: string }
  /** `owner`: the organization searched (added by the collector; optional for older files). */
  | { topic: string; owner?: string }
  | { repositories: string[] };

export interface PortfolioFile {
  schema: typeof PORTFOLIO_SCHEMA;
  /** When the collection ran; the projections start here. */
  collectedAt: string;
  scope: PortfolioScope;
  /** In `owner/name` order (case-insensitive), each repository once. */
  repositories: PortfolioRepository[];
  /** Every lesson a collected plan may be guarded by: shared sources and each repository's own. */
  lessons: PortfolioLesson[];
  /** Collisions found across all plans (portfolio/overlaps.ts), in the order of their start. */
  overlaps: PortfolioOverlap[];
}

export interface PortfolioRepository {
  /** `owner/name`. */
  repository: string;
  /** The repository's web page. */
  url: string;
  defaultBranch: string;
  /** The commit the plans were read at (the default branch head). */
  commit?: string;
  /**
   * The tree SHA of the commit's root: when it equals the previous portfolio's, nothing was
   * fetched again and the previous plans were kept.
   */
  treeSha?: string;
  plans: PortfolioPlan[];
  /** Why the repository or some of its files could not be read: names the permission needed. Never fetched content. */
  error?: string;
}

export interface PortfolioPhase {
  id: string;
  environment: string;
  /** Projected earliest start and finish, UTC to the minute (`2026-11-02T09:00Z`). */
  start: string;
  end: string;
  /** False when no allowed start was found: the times are a guess. */
  scheduled: boolean;
}

export interface PortfolioPlan {
  /** `metadata.name`. */
  id: string;
  title: string;
  /** Repository-relative path of the plan file. */
  path: string;
  /** The plan file's web page at the collected commit. */
  url: string;
  owners: string[];
  services: string[];
  phases: PortfolioPhase[];
  /** The plan's own freezes (its top-level `freezes`) as written. */
  freezes: Freeze[];
  /**
   * Freezes its lessons' guards add (lessons/freeze-guard.ts: the run-up to one of `freezes`), not
   * waived; absent when none. Overlaps and the calendar count them as the plan's own.
   */
  guardFreezes?: PortfolioGuardFreeze[];
  /** Lessons guarding this plan, as keys into `PortfolioFile.lessons`. */
  guardedBy: string[];
  /** The checklist state, as in the single-repository status file; absent before any issue exists. */
  status?: Omit<PlanStatus, 'updatedAt'>;
  /** The plan did not validate: the first diagnostics as text; the plan is listed but not projected. */
  invalid?: string[];
}

/** A freeze a lesson adds to a plan, as the engine applies it (`withGuardFreezes`). */
export interface PortfolioGuardFreeze extends Freeze {
  /** The lesson whose guard adds it, as a key into `PortfolioFile.lessons`. */
  lesson: string;
}

export interface PortfolioLesson {
  /** `owner/name#lesson-id`: unique across the organisation. */
  key: string;
  /** `owner/name` of the repository the lesson file lives in. */
  repository: string;
  /** The ref it was read at (tag, branch or commit), as the runbooks record it. */
  ref: string;
  id: string;
  title: string;
  /** The lesson file's web page at that ref. */
  url: string;
  /** Plans it guards, as `owner/name/plan-id`, across repositories. */
  guards: string[];
}

export interface PortfolioOverlap {
  kind: 'same-service' | 'crosses-freeze';
  /** Sentence for people, e.g. "checkout: acme/shop/new-cart production overlaps acme/pay/3ds canary". */
  says: string;
  /** Shared window, UTC to the minute. */
  from: string;
  to: string;
  /** The plans involved, as `owner/name/plan-id` (with `/phase` where one phase is meant). */
  plans: string[];
  /** For same-service: the services both touch. */
  services?: string[];
  /**
   * For crosses-freeze: the freeze's name and the plan that declares it; `lesson` when a lesson's
   * guard adds it to that plan (`PortfolioPlan.guardFreezes`).
   */
  freeze?: { name: string; plan: string; lesson?: string };
}
