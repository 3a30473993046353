// A generated organisation portfolio in the shape of action/src/portfolio/model.ts, for the
// portfolio pages' tests and benchmark: `repositories` repositories of `plansPerRepository` plans
// each (three phases, canary → staging → production, projected from `collectedAt`), statuses that
// put about one plan in eight in flight and one in five finished, dated and weekly freezes, a
// shared lesson repository whose lessons guard plans everywhere, one unreadable repository in 50,
// and the overlaps found by the engine's own findOverlaps. Deterministic: the same arguments give
// the same file.
import { writeFile } from 'node:fs/promises';
import {
  findOverlaps,
  PORTFOLIO_SCHEMA,
  type PortfolioFile,
  type PortfolioLesson,
  type PortfolioPlan,
  type PortfolioRepository,
} from '../../action/src/site-api.ts';

export interface PortfolioCorpusOptions {
  repositories: number;
  plansPerRepository: number;
  /** When the collection ran; the phases are projected from it. */
  collectedAt?: string;
  organization?: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const VERDICTS = ['PROMOTE', 'HOLD', 'FROZEN', 'ROLL BACK'] as const;
/** Phases of every plan: environment and how long it bakes. */
const PHASES = [
  { id: 'canary', environment: 'canary', hours: 4 },
  { id: 'staging', environment: 'staging', hours: 24 },
  { id: 'production', environment: 'production', hours: 72 },
] as const;

const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const portfolioRepositoryName = (org: string, i: number) => `${org}/repo-${String(i).padStart(3, '0')}`;

function status(k: number): PortfolioPlan['status'] {
  const verdict = VERDICTS[k % VERDICTS.length]!;
  if (k % 8 === 0) return { phase: 'staging', state: 'in-progress', verdict };
  if (k % 8 === 1) return { phase: 'canary', state: 'baking', verdict };
  if (k % 5 === 3) return { phase: 'production', state: 'done', verdict: 'PROMOTE' };
  return undefined;
}

export function portfolioFixture(options: PortfolioCorpusOptions): PortfolioFile {
  const collectedAt = options.collectedAt ?? '2026-12-01T09:00Z';
  const org = options.organization ?? 'acme';
  const start = Date.parse(collectedAt);
  const total = options.repositories * options.plansPerRepository;
  const services = Math.max(2, Math.floor(total / 3));
  const teams = Math.max(2, Math.floor(options.repositories / 2));
  const lessonCount = Math.max(1, Math.floor(options.repositories / 4));
  const lessonRepo = `${org}/lessons`;
  const lessonKey = (m: number) => `${lessonRepo}#L-2026-01-shared-${m}`;
  const guards = new Map<number, string[]>();

  const repositories: PortfolioRepository[] = [];
  for (let i = 0; i < options.repositories; i++) {
    const repository = portfolioRepositoryName(org, i);
    const url = `https://github.com/${repository}`;
    if (i % 50 === 49) {
      repositories.push({
        repository,
        url,
        defaultBranch: 'main',
        plans: [],
        error: `${repository} could not be read: the token needs read access to its contents (contents: read).`,
      });
      continue;
    }
    const plans: PortfolioPlan[] = [];
    for (let j = 0; j < options.plansPerRepository; j++) {
      const k = i * options.plansPerRepository + j;
      const id = `plan-${j}`;
      let at = start + ((k * 7) % 30) * DAY_MS + (k % 9) * HOUR_MS;
      const phases = PHASES.map((phase) => {
        const from = at;
        at += phase.hours * HOUR_MS;
        return { id: phase.id, environment: phase.environment, start: minute(from), end: minute(at), scheduled: true };
      });
      const freezes: PortfolioPlan['freezes'] = [];
      if (k % 10 === 4) {
        const from = start + ((k * 11) % 40) * DAY_MS;
        freezes.push({ name: 'launch', from: day(from), to: day(from + 2 * DAY_MS), reason: `Launch of plan ${k}.` });
      }
      if (k % 25 === 7) {
        freezes.push({ name: 'fridays', every: ['fri'], reason: 'No Friday changes.', environments: ['production'] });
      }
      const lesson = k % lessonCount;
      guards.set(lesson, [...(guards.get(lesson) ?? []), `${repository}/${id}`]);
      const current = status(k);
      plans.push({
        id,
        title: `Rollout ${j} of repo-${String(i).padStart(3, '0')}`,
        path: `playbooks/${id}.rollout.yaml`,
        url: `${url}/blob/0123456789abcdef0123456789abcdef01234567/playbooks/${id}.rollout.yaml`,
        owners: [`@${org}/team-${i % teams}`],
        services: [`svc-${k % services}`, ...(k % 3 === 0 ? [`svc-${(k + 1) % services}`] : [])],
        phases,
        freezes,
        guardedBy: [lessonKey(lesson)],
        ...(current ? { status: current } : {}),
      });
    }
    repositories.push({
      repository,
      url,
      defaultBranch: 'main',
      commit: '0123456789abcdef0123456789abcdef01234567',
      treeSha: `${String(i).padStart(8, '0')}89abcdef0123456789abcdef01234567`,
      plans,
    });
  }
  const lessons: PortfolioLesson[] = Array.from({ length: lessonCount }, (_, m) => ({
    key: lessonKey(m),
    repository: lessonRepo,
    ref: 'v1',
    id: `L-2026-01-shared-${m}`,
    title: `Shared lesson ${m}: a change reached every host at once`,
    url: `https://github.com/${lessonRepo}/blob/v1/lessons/L-2026-01-shared-${m}.md`,
    guards: guards.get(m) ?? [],
  }));
  return {
    schema: PORTFOLIO_SCHEMA,
    collectedAt,
    scope: { organization: org },
    repositories,
    lessons,
    overlaps: findOverlaps(repositories),
  };
}

/** Writes the portfolio as `rollbook status --org` would, and returns its path. */
export async function writePortfolio(path: string, file: PortfolioFile): Promise<string> {
  await writeFile(path, `${JSON.stringify(file, null, 2)}\n`);
  return path;
}
