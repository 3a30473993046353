// A repository's files (as read from GitHub, or kept from the last run) → its plans in the
// portfolio's shape: parsed and validated with the engine's own parser, guarded by the
// repository's lessons (workspace/guarded-plans.ts, as sync and `rollbook status` guard them) and
// projected from the collection time with the engine's calendar (plan/plan-calendars.ts); the
// freezes its lessons' guards add are carried beside its own (`guardFreezes`), each with the
// lesson, so overlaps and the site's calendar count them. Pure.
import { calendarRulesOf } from '../config/calendar-rules.ts';
import { parseConfig } from '../config/load.ts';
import { CONFIG_FILE, type RollbookConfig } from '../config/schema.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { type ParsedLesson, parseLesson } from '../lessons/parse.ts';
import { type ParsedPlan, parsePlan } from '../plan/parse.ts';
import { projectPlans } from '../plan/plan-calendars.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import type { PlanStatus } from '../rollout-status/model.ts';
import { type GuardedPlan, guardedPlans } from '../workspace/guarded-plans.ts';
import type { PortfolioLesson, PortfolioPhase, PortfolioPlan, PortfolioRepository } from './model.ts';
import { lessonFiles, planFiles } from './sources.ts';

/** Diagnostics an invalid plan carries into the portfolio; the rest are for `rollbook validate`. */
export const MAX_INVALID_LINES = 3;

/** path → text; null where GitHub gave no text (binary or too large). */
export type RepositoryFiles = ReadonlyMap<string, string | null>;

export interface ParsedRepository {
  repository: string;
  config: RollbookConfig;
  /** A broken config, said as `file:line:col: message`. */
  configError?: string;
  plans: { path: string; parsed: ParsedPlan; guarded?: GuardedPlan }[];
  lessons: ParsedLesson[];
  /** The lessons its `lessonSources` share, each with its `source`. */
  shared: ParsedLesson[];
  /** Paths of the files the plans and lessons came from (what the cache keeps), config first. */
  sources: string[];
}

function line(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message}`;
}

function unreadable(file: string): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    severity: 'error',
    code: 'file/unreadable',
    message: 'GitHub gives no text for this file (binary, or larger than it answers)',
  };
}

/** The repository's rollbook.config.yaml (defaults when it has none), and its errors. */
export function repositoryConfig(files: RepositoryFiles): { config: RollbookConfig; errors: Diagnostic[] } {
  const text = files.get(CONFIG_FILE);
  const loaded = typeof text === 'string' ? parseConfig(text, CONFIG_FILE) : undefined;
  return { config: loaded?.config ?? {}, errors: (loaded?.diagnostics ?? []).filter((d) => d.severity === 'error') };
}

/**
 * `shared`: the lessons of the repository's `lessonSources` (lessons/shared/), which guard its
 * plans as its own do.
 */
export function parseRepository(
  repository: string,
  files: RepositoryFiles,
  shared: readonly ParsedLesson[] = [],
): ParsedRepository {
  const configText = files.get(CONFIG_FILE);
  const { config, errors: configErrors } = repositoryConfig(files);
  const paths = [...files.keys()];
  const lessons = lessonFiles(config, paths).map((file) => {
    const text = files.get(file);
    return typeof text === 'string' ? parseLesson(text, file) : { file, text: '', diagnostics: [unreadable(file)] };
  });
  const seen = new Set<string>();
  const plans = planFiles(config, paths).map((path) => {
    const text = files.get(path);
    const parsed: ParsedPlan =
      typeof text === 'string' ? parsePlan(text, path) : { file: path, text: '', diagnostics: [unreadable(path)] };
    delete parsed.locator;
    delete parsed.salvaged;
    const name = parsed.plan?.metadata.name;
    if (name !== undefined && seen.has(name)) {
      parsed.diagnostics.push({
        ...unreadable(path),
        code: 'ref/duplicate-plan',
        message: `plan name "${name}" is used by an earlier file`,
      });
    }
    if (name !== undefined) seen.add(name);
    return { path, parsed };
  });
  const guarded = guardedPlans(
    plans.map((p) => p.parsed),
    [...lessons, ...shared],
  );
  const byFile = new Map(guarded.map((g) => [g.file, g]));
  for (const plan of plans) {
    const g = byFile.get(plan.path);
    if (g) Object.assign(plan, { guarded: g });
  }
  return {
    repository,
    config,
    ...(configErrors.length > 0 ? { configError: configErrors.map(line).slice(0, MAX_INVALID_LINES).join('; ') } : {}),
    plans,
    lessons,
    shared: [...shared],
    sources: [
      ...(configText !== undefined ? [CONFIG_FILE] : []),
      ...plans.map((p) => p.path),
      ...lessons.map((l) => l.file),
    ],
  };
}

/** The lessons whose guards are active (not waived) in some phase of the plan. */
export function guardingLessons(plan: GuardedPlan): string[] {
  const ids = new Set<string>();
  for (const guards of Object.values(plan.guards))
    for (const g of guards)
      if (g.waived === undefined || g.waived === null || g.waived === false) ids.add(g.why.lessonId);
  return [...ids].sort();
}

export interface RepositoryPlace {
  repository: string;
  /** The repository's web page. */
  url: string;
  /** The commit the files were read at. */
  commit: string;
}

const fileUrl = (place: RepositoryPlace, path: string) =>
  `${place.url}/blob/${place.commit}/${path.split('/').map(encodeURIComponent).join('/')}`;

/** `owner/name#L-…`: a shared lesson's guards already name it so (lessons/ids.ts lessonName). */
const lessonKey = (repository: string, name: string) => (name.includes('#') ? name : `${repository}#${name}`);

function phasesOf(plan: RolloutPlan, windows: ReturnType<typeof projectPlans>): PortfolioPhase[] {
  const projected = windows.get(plan.metadata.name) ?? [];
  return plan.phases.flatMap((phase) => {
    const window = projected.find((w) => w.phaseId === phase.id);
    return window
      ? [
          {
            id: phase.id,
            environment: phase.environment,
            start: window.start,
            end: window.end,
            scheduled: window.scheduled,
          },
        ]
      : [];
  });
}

function invalidPlan(place: RepositoryPlace, path: string, parsed: ParsedPlan): PortfolioPlan {
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  const base = path
    .split('/')
    .at(-1)!
    .replace(/\.rollout\.ya?ml$|\.ya?ml$/, '');
  return {
    id: parsed.plan?.metadata.name ?? base,
    title: parsed.plan?.metadata.title ?? base,
    path,
    url: fileUrl(place, path),
    owners: parsed.plan?.metadata.owners ?? [],
    services: parsed.plan?.metadata.services ?? [],
    phases: [],
    freezes: parsed.plan?.freezes ?? [],
    guardedBy: [],
    invalid: errors.slice(0, MAX_INVALID_LINES).map(line),
  };
}

/** The repository's plans in the portfolio's shape, each with its status when it has one (by plan name). */
export function portfolioPlans(
  parsed: ParsedRepository,
  place: RepositoryPlace,
  collectedAt: string,
  statuses: ReadonlyMap<string, Omit<PlanStatus, 'updatedAt'>>,
): PortfolioPlan[] {
  const valid = parsed.plans.flatMap((p) => (p.guarded ? [p.guarded.plan] : []));
  const rules = calendarRulesOf(parsed.config);
  const windows = projectPlans(valid, collectedAt, () => rules);
  return parsed.plans.map(({ path, parsed: plan, guarded }) => {
    if (!guarded || !plan.plan) return invalidPlan(place, path, plan);
    const { metadata } = plan.plan;
    const status = statuses.get(metadata.name);
    return {
      id: metadata.name,
      title: metadata.title,
      path,
      url: fileUrl(place, path),
      owners: [...metadata.owners],
      services: [...metadata.services],
      phases: phasesOf(guarded.plan, windows),
      freezes: plan.plan.freezes ?? [],
      ...(guarded.guardFreezes
        ? {
            guardFreezes: guarded.guardFreezes.map((f) => ({
              ...f.freeze,
              lesson: lessonKey(parsed.repository, f.why.lessonId),
            })),
          }
        : {}),
      guardedBy: guardingLessons(guarded).map((id) => lessonKey(parsed.repository, id)),
      ...(status ? { status } : {}),
    };
  });
}

/** The plans (anywhere in the portfolio) a lesson guards, as `owner/name/plan-id`. */
function guardsOf(key: string, repositories: readonly PortfolioRepository[]): string[] {
  return repositories.flatMap((r) =>
    r.plans.filter((p) => p.guardedBy.includes(key)).map((p) => `${r.repository}/${p.id}`),
  );
}

/**
 * The repository's own valid lessons (read at `place.commit`) and those its sources share (at
 * their ref), each with the plans it guards; `known` keys are left out (a lesson once). `part`
 * picks one of the two: the collector lists every shared lesson before any repository's own, so a
 * lesson other repositories take is listed as they read it (at their pinned ref), even when its
 * own repository is collected too, at a newer head.
 */
export function portfolioLessons(
  parsed: ParsedRepository,
  place: RepositoryPlace,
  repositories: readonly PortfolioRepository[],
  known: Set<string>,
  part: 'own' | 'shared' | 'both' = 'both',
): PortfolioLesson[] {
  const out: PortfolioLesson[] = [];
  for (const l of part === 'shared' ? [] : parsed.lessons) {
    if (!l.lesson) continue;
    const key = lessonKey(parsed.repository, l.lesson.id);
    if (known.has(key)) continue;
    known.add(key);
    out.push({
      key,
      repository: parsed.repository,
      ref: place.commit,
      id: l.lesson.id,
      title: l.lesson.title,
      url: fileUrl(place, l.file),
      guards: guardsOf(key, repositories),
    });
  }
  for (const l of part === 'own' ? [] : parsed.shared) {
    if (!l.lesson || !l.source) continue;
    const key = lessonKey(l.source.repository, l.lesson.id);
    if (known.has(key)) continue;
    known.add(key);
    out.push({
      key,
      repository: l.source.repository,
      ref: l.source.ref,
      id: l.lesson.id,
      title: l.lesson.title,
      url: l.source.url,
      guards: guardsOf(key, repositories),
    });
  }
  return out;
}
