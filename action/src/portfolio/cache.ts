// The portfolio's source cache (ADR 51): for each repository, the root tree SHA of the commit its
// plans were read at and the texts of the files they came from (config, plans, lessons). A
// repository whose default branch still has that tree is not read again: its plans are rebuilt
// from these texts, so their status can still be derived from the issues read fresh every run.
// A cache that does not parse is ignored (everything is read), never trusted in part.
import { isRecord } from '../runtime/is-record.ts';

export const PORTFOLIO_CACHE_SCHEMA = 'rollbook/portfolio-cache/v1';

export interface CachedRepository {
  treeSha: string;
  /** path → text (null: GitHub gave no text). */
  files: Record<string, string | null>;
}

export interface PortfolioCache {
  schema: typeof PORTFOLIO_CACHE_SCHEMA;
  /** By `owner/name`, in name order. */
  repositories: Record<string, CachedRepository>;
}

export function emptyCache(): PortfolioCache {
  return { schema: PORTFOLIO_CACHE_SCHEMA, repositories: {} };
}

function isCachedRepository(value: unknown): value is CachedRepository {
  return (
    isRecord(value) &&
    typeof value['treeSha'] === 'string' &&
    isRecord(value['files']) &&
    Object.values(value['files']).every((text) => text === null || typeof text === 'string')
  );
}

/** The cache in `text`, or undefined when it is not one this version wrote. */
export function parseCache(text: string): PortfolioCache | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data['schema'] !== PORTFOLIO_CACHE_SCHEMA || !isRecord(data['repositories'])) return undefined;
  const repositories = Object.create(null) as Record<string, CachedRepository>;
  for (const [name, entry] of Object.entries(data['repositories'])) {
    if (!isCachedRepository(entry)) return undefined;
    repositories[name] = entry;
  }
  return { schema: PORTFOLIO_CACHE_SCHEMA, repositories };
}

export function formatCache(cache: PortfolioCache): string {
  const repositories: Record<string, CachedRepository> = {};
  for (const name of Object.keys(cache.repositories).sort()) repositories[name] = cache.repositories[name]!;
  return `${JSON.stringify({ schema: cache.schema, repositories })}\n`;
}
