// What every renderer needs: the state it reads and where the fake's API and web UI live.
import type { RepoState } from '../state/repo-state.ts';
import type { RepositoryDirectory } from '../state/repositories.ts';

export interface RenderContext {
  /** The repository a request is about (the first one for requests that name none). */
  state: RepoState;
  /** Every repository the fake serves. */
  repositories: RepositoryDirectory;
  /** The fake's own base URL, so `url` fields and `link` headers lead back to it. */
  apiUrl: string;
  /** Web UI base for `html_url` fields (GITHUB_SERVER_URL). */
  htmlUrl: string;
}

/** The same context, about another repository. */
export function inRepository<C extends RenderContext>(ctx: C, state: RepoState): C {
  return state === ctx.state ? ctx : { ...ctx, state };
}

export function repoApiUrl(ctx: RenderContext, suffix = ''): string {
  return `${ctx.apiUrl}/repos/${ctx.state.owner}/${ctx.state.repo}${suffix}`;
}

export function repoHtmlUrl(ctx: RenderContext, suffix = ''): string {
  return `${ctx.htmlUrl}/${ctx.state.owner}/${ctx.state.repo}${suffix}`;
}
