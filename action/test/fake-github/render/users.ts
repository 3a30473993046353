// `simple-user`: the account shape embedded in almost every GitHub object.
import type { UserRecord } from '../state/records.ts';
import type { RenderContext } from './context.ts';

export function renderUser(ctx: RenderContext, user: UserRecord): Record<string, unknown> {
  const api = `${ctx.apiUrl}/users/${encodeURIComponent(user.login)}`;
  const appSlug = user.type === 'Bot' ? user.login.replace(/\[bot\]$/, '') : undefined;
  return {
    login: user.login,
    id: user.id,
    node_id: user.nodeId,
    avatar_url: `https://avatars.githubusercontent.com/${appSlug ? `in/${user.id}` : `u/${user.id}`}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: appSlug ? `${ctx.htmlUrl}/apps/${appSlug}` : `${ctx.htmlUrl}/${user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function renderLogin(ctx: RenderContext, login: string): Record<string, unknown> {
  return renderUser(ctx, ctx.state.users.get(login));
}
