// `rollbook status --org/--topic/--repos`: the portfolio of many repositories (issue 17). The
// collection is portfolio/collect.ts; this file is the I/O around it: options, the cache file
// beside the output, the output, and what the person running it is told.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { apiBaseUrl, createGitHubClient } from '../../github/client.ts';
import { errorMessage, isUnreachable } from '../../github/errors.ts';
import { serverUrl } from '../../github/server-url.ts';
import { formatCache, type PortfolioCache, parseCache } from '../../portfolio/cache.ts';
import { collectPortfolio } from '../../portfolio/collect.ts';
import type { PortfolioFile, PortfolioScope } from '../../portfolio/model.ts';
import { REPOSITORY_NAME } from '../../portfolio/queries.ts';
import { type CliIO, EXIT, type OptionValues, UsageError } from '../command.ts';
import { stderrLogger } from '../logger.ts';
import { unreachableHint } from '../unreachable-hint.ts';

/** An organization login. */
const ORGANIZATION = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
/** A topic as GitHub allows it: lower case letters, digits and hyphens, up to 50. */
const TOPIC = /^[a-z0-9][a-z0-9-]{0,49}$/;
/** Repositories a `--repos` list may name. */
export const MAX_NAMED_REPOSITORIES = 1000;

/** True when any portfolio option is given. */
export function wantsPortfolio(values: OptionValues): boolean {
  return values.org !== undefined || values.topic !== undefined || values.repos !== undefined;
}

function scopeOf(values: OptionValues): PortfolioScope {
  const org = values.org as string | undefined;
  const topic = values.topic as string | undefined;
  const repos = values.repos as string | undefined;
  if (repos !== undefined) {
    if (org !== undefined || topic !== undefined)
      throw new UsageError('--repos cannot be combined with --org or --topic');
    const names = [
      ...new Set(
        repos
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean),
      ),
    ];
    if (names.length === 0) throw new UsageError('--repos needs at least one owner/name');
    if (names.length > MAX_NAMED_REPOSITORIES)
      throw new UsageError(`--repos names at most ${MAX_NAMED_REPOSITORIES} repositories; use --org or --topic`);
    const bad = names.find((n) => !REPOSITORY_NAME.test(n));
    if (bad) throw new UsageError(`--repos takes owner/name,owner/name (got "${bad}")`);
    return { repositories: names };
  }
  if (org === undefined) throw new UsageError('--topic needs --org: the organization whose repositories are searched');
  if (!ORGANIZATION.test(org)) throw new UsageError(`--org must be an organization login (got "${org}")`);
  if (topic === undefined) return { organization: org };
  if (!TOPIC.test(topic))
    throw new UsageError(`--topic must be a GitHub topic: lower case letters, digits and hyphens (got "${topic}")`);
  return { topic, owner: org };
}

/** `status.json` → `status.cache.json`. */
export function defaultCachePath(out: string): string {
  return out.replace(/(\.json)?$/, '.cache.json');
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes `text` unless the file already holds it; says whether it wrote. */
async function writeChanged(file: string, text: string): Promise<boolean> {
  if ((await readIfPresent(file)) === text) return false;
  await writeFile(file, text);
  return true;
}

export function formatPortfolio(portfolio: PortfolioFile): string {
  return `${JSON.stringify(portfolio, null, 2)}\n`;
}

export async function runPortfolio(
  values: OptionValues,
  io: CliIO,
  common: { token: string; label: string; actor: string },
): Promise<number> {
  const scope = scopeOf(values);
  const out = values.out as string | undefined;
  const cacheOption = (values.cache as string | undefined) ?? (out === undefined ? undefined : defaultCachePath(out));
  const cacheFile = cacheOption === undefined ? undefined : resolve(io.cwd, cacheOption);

  let cache: PortfolioCache | undefined;
  if (cacheFile) {
    const text = await readIfPresent(cacheFile).catch((error: unknown) => {
      io.stderr(
        `rollbook: warning: cannot read the cache ${cacheOption}: ${errorMessage(error)}; reading every repository\n`,
      );
      return undefined;
    });
    cache = text === undefined ? undefined : parseCache(text);
    if (text !== undefined && !cache)
      io.stderr(
        `rollbook: warning: ${cacheOption} is not a portfolio cache this version wrote; reading every repository\n`,
      );
  }

  let result: Awaited<ReturnType<typeof collectPortfolio>>;
  try {
    const log = stderrLogger(io);
    const github = createGitHubClient(common.token, { baseUrl: apiBaseUrl(io.env), log, pacing: io.pacing });
    result = await collectPortfolio(github, {
      scope,
      label: common.label,
      actor: common.actor,
      now: io.now(),
      serverUrl: serverUrl(io.env),
      ...(cache ? { cache } : {}),
    });
  } catch (error) {
    io.stderr(`rollbook: cannot collect the portfolio: ${errorMessage(error)}\n`);
    if (isUnreachable(error)) io.stderr(unreachableHint(apiBaseUrl(io.env)));
    return EXIT.problems;
  }

  const { portfolio } = result;
  const text = formatPortfolio(portfolio);
  try {
    if (out !== undefined) await writeChanged(resolve(io.cwd, out), text);
    if (cacheFile) await writeChanged(cacheFile, formatCache(result.cache));
  } catch (error) {
    io.stderr(`rollbook: cannot write ${out ?? cacheOption}: ${errorMessage(error)}\n`);
    return EXIT.problems;
  }
  for (const note of result.notes) io.stderr(`rollbook: warning: ${note}\n`);
  const failed = portfolio.repositories.filter((r) => r.error);
  for (const r of failed) io.stderr(`rollbook: ${r.repository}: ${r.error}\n`);

  const plans = portfolio.repositories.reduce((n, r) => n + r.plans.length, 0);
  const summary =
    `Collected ${portfolio.repositories.length} repositories (${plans} plans, ${portfolio.overlaps.length} overlaps): ` +
    `contents read for ${result.contentsRead.length}, ${result.unchanged.length} unchanged since the cache; ` +
    `${result.graphqlQueries} GraphQL queries`;
  if (out === undefined) {
    io.stdout(text);
    io.stderr(`${summary}\n`);
  } else io.stdout(`${summary}. Wrote ${out}\n`);
  return failed.length > 0 ? EXIT.problems : EXIT.ok;
}
