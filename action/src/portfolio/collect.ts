// `rollbook status --org/--topic/--repos`: every repository's plans and checklist states in one
// portfolio file (model.ts), in a handful of GraphQL queries (ADR 50). The scope's listing
// gives each repository's head commit and root tree; a repository whose tree the cache holds is
// not read again (ADR 51); the others' files and every repository's Rollbook issues come in
// batched details queries. Statuses are derived as `rollbook status` derives them: ticks only as
// the edit history proves them, Rollbook's own revisions only the action account's. A
// repository that cannot be read is listed with an error naming the permission; the rest go on.

import type { ReviewOutcome } from '../checklist/completion.ts';
import type { ChecklistState } from '../checklist/state-block.ts';
import { CONFIG_FILE } from '../config/schema.ts';
import type { GitHubClient } from '../github/client.ts';
import { listComments } from '../github/comments.ts';
import { historyFromFirstPage, readIssueHistory } from '../github/edit-history.ts';
import { errorMessage } from '../github/errors.ts';
import type { RepoRef } from '../github/repo.ts';
import { buildInventory } from '../github-action/sync/inventory.ts';
import { verifyPhaseIssue } from '../github-action/verified-issue.ts';
import { postedReview } from '../kpi-review/read.ts';
import { fetchLessonSource } from '../lessons/shared/fetch.ts';
import { LessonSourceReader } from '../lessons/shared/reader.ts';
import { planStatus } from '../rollout-status/derive.ts';
import type { PlanStatus } from '../rollout-status/model.ts';
import { readIssueKey } from '../text/markers.ts';
import { isoSeconds } from '../text/time.ts';
import {
  type ParsedRepository,
  parseRepository,
  portfolioLessons,
  portfolioPlans,
  type RepositoryFiles,
  repositoryConfig,
} from './build.ts';
import { type CachedRepository, emptyCache, PORTFOLIO_CACHE_SCHEMA, type PortfolioCache } from './cache.ts';
import { emptyDetails, type FetchedDetails, listScope, type RepositoryHead, readDetails } from './fetch.ts';
import { PORTFOLIO_SCHEMA, type PortfolioFile, type PortfolioRepository, type PortfolioScope } from './model.ts';
import { findOverlaps } from './overlaps.ts';
import type { DetailsRequest } from './queries.ts';
import { FIRST_PATHS, pathsToRead } from './sources.ts';

/** Rounds of details queries at most: issues past the first 100, directories deeper than one query reads. */
export const MAX_DETAIL_ROUNDS = 6;

export interface CollectOptions {
  scope: PortfolioScope;
  /** The label every Rollbook issue carries (the action's label prefix). */
  label: string;
  /** The account the action writes as: only its revisions and comments are Rollbook's own. */
  actor: string;
  now: Date;
  /** GITHUB_SERVER_URL: the base of shared lessons' web pages. */
  serverUrl: string;
  /** The last run's sources; none reads every repository. */
  cache?: PortfolioCache;
}

export interface CollectResult {
  portfolio: PortfolioFile;
  cache: PortfolioCache;
  /** Repositories whose files were read this run, and those kept from the cache. */
  contentsRead: string[];
  unchanged: string[];
  /** GraphQL queries made (listing, details, and any edit history read on its own). */
  graphqlQueries: number;
  notes: string[];
}

const refOf = (full: string): RepoRef => ({ owner: full.split('/')[0]!, repo: full.split('/')[1]! });
const byName = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Counts the client's GraphQL requests from now on. */
function countGraphql(github: GitHubClient): () => number {
  let count = 0;
  github.hook.before('request', (options) => {
    if (String(options.url).endsWith('/graphql')) count++;
  });
  return () => count;
}

export async function collectPortfolio(github: GitHubClient, options: CollectOptions): Promise<CollectResult> {
  const queries = countGraphql(github);
  const collectedAt = isoSeconds(options.now);
  const previous = options.cache ?? emptyCache();
  const listing = await listScope(github, options.scope);
  const notes = [...listing.notes];

  const kept = (head: RepositoryHead): CachedRepository | undefined => {
    const cached = previous.repositories[head.repository];
    return cached && head.treeSha !== undefined && cached.treeSha === head.treeSha ? cached : undefined;
  };
  const details = new Map<string, FetchedDetails>();
  let requests: DetailsRequest[] = listing.heads.map((head) => ({
    repository: head.repository,
    issues: { after: null },
    ...(head.commit && !kept(head) ? { contents: { commit: head.commit, paths: FIRST_PATHS } } : {}),
  }));
  for (let round = 0; requests.length > 0; round++) {
    if (round === MAX_DETAIL_ROUNDS) {
      for (const r of requests) {
        const d = details.get(r.repository)!;
        d.error ??= `cannot read all of ${r.repository} in ${MAX_DETAIL_ROUNDS} rounds (more than ${MAX_DETAIL_ROUNDS * 100} Rollbook issues, or plan directories nested too deep)`;
      }
      break;
    }
    await readDetails(github, requests, [options.label], details);
    requests = listing.heads.flatMap((head) => {
      const d = details.get(head.repository);
      if (!d || d.error) return [];
      const next: DetailsRequest = { repository: head.repository };
      if (d.nextIssues) next.issues = { after: d.nextIssues };
      if (head.commit && !kept(head)) {
        const { config } = repositoryConfig(d.files);
        const paths = pathsToRead(config, d.asked, d.pendingTrees);
        if (paths.length > 0) next.contents = { commit: head.commit, paths };
      }
      return next.issues || next.contents ? [next] : [];
    });
  }

  const cache: PortfolioCache = { schema: PORTFOLIO_CACHE_SCHEMA, repositories: {} };
  const contentsRead: string[] = [];
  const unchanged: string[] = [];
  const parsed = new Map<string, ParsedRepository>();
  const repositories: PortfolioRepository[] = [];
  const explicit = 'repositories' in options.scope;
  // Each lesson source once per run, however many repositories name it (lessons/shared/reader.ts).
  const fetchOptions = { serverUrl: options.serverUrl, tokenName: 'GITHUB_TOKEN' };
  const sharedReader = new LessonSourceReader((source) => fetchLessonSource(github, source, fetchOptions));

  for (const head of listing.heads) {
    const d = details.get(head.repository) ?? emptyDetails();
    const cached = kept(head);
    let files: RepositoryFiles;
    if (cached) {
      files = new Map(Object.entries(cached.files));
      unchanged.push(head.repository);
    } else {
      files = d.files;
      if (head.commit) contentsRead.push(head.repository);
    }
    const { config } = repositoryConfig(files);
    const sources = config.lessonSources ?? [];
    const shared = sources.length > 0 ? await sharedReader.read(sources, { file: CONFIG_FILE }) : undefined;
    const repo = parseRepository(head.repository, files, shared?.lessons);
    // kept even for a repository without Rollbook, so it is not read again while its tree stays
    if (head.treeSha && !d.error) {
      cache.repositories[head.repository] = {
        treeSha: head.treeSha,
        files: Object.fromEntries(repo.sources.map((path) => [path, files.get(path) ?? null])),
      };
    }
    const hasRollbook = repo.plans.length > 0 || files.has(CONFIG_FILE) || d.issues.length > 0;
    if (!explicit && !hasRollbook && !d.error) continue; // not a Rollbook repository
    parsed.set(head.repository, repo);
    const unread = shared?.failed.map((p) => `${p.message} (${p.hint})`) ?? [];
    let error =
      d.error ??
      (repo.configError ? `${CONFIG_FILE} is not valid: ${repo.configError}` : undefined) ??
      (unread.length > 0 ? `lessonSources: ${unread.join('; ')}` : undefined);
    let statuses = new Map<string, Omit<PlanStatus, 'updatedAt'>>();
    if (!d.error) {
      try {
        statuses = await deriveStatuses(github, head.repository, repo, d, options);
      } catch (failure) {
        error = `cannot read the checklist issues of ${head.repository}: ${errorMessage(failure)}`;
      }
    }
    const place = { repository: head.repository, url: head.url, commit: head.commit ?? '' };
    repositories.push({
      repository: head.repository,
      url: head.url,
      defaultBranch: head.defaultBranch,
      ...(head.commit ? { commit: head.commit } : {}),
      ...(head.treeSha ? { treeSha: head.treeSha } : {}),
      plans: head.commit ? portfolioPlans(repo, place, collectedAt, statuses) : [],
      ...(error ? { error } : {}),
    });
  }
  for (const [name, error] of listing.errors) {
    const url = `${options.serverUrl.replace(/\/+$/, '')}/${name}`;
    repositories.push({ repository: name, url, defaultBranch: '', plans: [], error });
  }
  repositories.sort((a, b) => byName(a.repository, b.repository));

  const known = new Set<string>();
  const lessons = (['shared', 'own'] as const).flatMap((part) =>
    repositories.flatMap((r) => {
      const repo = parsed.get(r.repository);
      const place = { repository: r.repository, url: r.url, commit: r.commit ?? '' };
      return repo && r.commit ? portfolioLessons(repo, place, repositories, known, part) : [];
    }),
  );
  const portfolio: PortfolioFile = {
    schema: PORTFOLIO_SCHEMA,
    collectedAt,
    scope: options.scope,
    repositories,
    lessons: lessons.sort((a, b) => byName(a.key, b.key)),
    overlaps: findOverlaps(repositories),
  };
  return { portfolio, cache, contentsRead, unchanged, graphqlQueries: queries(), notes };
}

/**
 * Each valid plan's status from the repository's issues, with ticks only as the edit history
 * proves them: from the revisions the batched read brought when they reach back far enough, else
 * read for that issue alone (verified-issue.ts).
 */
async function deriveStatuses(
  github: GitHubClient,
  repository: string,
  repo: ParsedRepository,
  d: FetchedDetails,
  options: CollectOptions,
): Promise<Map<string, Omit<PlanStatus, 'updatedAt'>>> {
  const out = new Map<string, Omit<PlanStatus, 'updatedAt'>>();
  const ref = refOf(repository);
  const proven = new Map<number, ChecklistState>();
  const own = new Map<number, string>();
  const reader: typeof readIssueHistory = async (client, where, number, enough) => {
    const page = d.histories.get(number);
    return (
      (page && historyFromFirstPage(page, options.actor, enough)) ?? readIssueHistory(client, where, number, enough)
    );
  };
  for (const issue of d.issues) {
    const key = readIssueKey(issue.body);
    if (key?.kind !== 'phase' || !key.phase) continue;
    const trust = await verifyPhaseIssue(
      github,
      ref,
      issue,
      { plan: key.plan, phase: key.phase },
      options.actor,
      reader,
    );
    if (trust.verified) {
      proven.set(issue.number, trust.state);
      own.set(issue.number, trust.ownBody);
    }
  }
  const inventory = buildInventory(d.issues);
  for (const { guarded } of repo.plans) {
    if (!guarded) continue;
    const name = guarded.plan.metadata.name;
    const issues = inventory.plans.get(name);
    if (!issues) continue;
    let status = planStatus(guarded, issues, options.now, proven, undefined, own);
    // A completed rollout with KPIs to review: the review comment on its tracking issue, if posted.
    if (status?.kpiReview && issues.parent) {
      const review: ReviewOutcome | undefined = postedReview(
        await listComments(github, ref, issues.parent.number),
        options.actor,
      );
      if (review) status = planStatus(guarded, issues, options.now, proven, review, own);
    }
    if (status) out.set(name, status);
  }
  return out;
}
