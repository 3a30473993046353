// What every renderer needs: the state it reads and where the fake's API and web UI live.
import type { RepoState } from '../state/repo-state.ts';

export interface RenderContext {
  state: RepoState;
  /** The fake's own base URL, so `url` fields and `link` headers lead back to it. */
  apiUrl: string;
  /** Web UI base for `html_url` fields (GITHUB_SERVER_URL). */
  htmlUrl: string;
}

export function repoApiUrl(ctx: RenderContext, suffix = ''): string {
  return `${ctx.apiUrl}/repos/${ctx.state.owner}/${ctx.state.repo}${suffix}`;
}

export function repoHtmlUrl(ctx: RenderContext, suffix = ''): string {
  return `${ctx.htmlUrl}/${ctx.state.owner}/${ctx.state.repo}${suffix}`;
}
