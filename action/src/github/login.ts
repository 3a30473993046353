// Logins in one spelling. GitHub's GraphQL names a bot author or editor by its app slug
// (`github-actions`, `__typename: Bot`) while REST and GraphQL's `viewer` spell the same account
// `github-actions[bot]`. A person may register the bare slug as a user login, so the two must
// never compare equal: every actor read over GraphQL is canonicalised with `actorLogin` to the
// REST spelling, and `sameLogin` compares exactly (case-insensitively, as GitHub does). ADR 47.
import { loginKey } from '../text/handle.ts';

/** An author or editor as GraphQL gives it, with its type asked for (`__typename`). */
export interface GraphqlActor {
  login: string;
  __typename?: string;
}

const BOT_SUFFIX = '[bot]';

/** The account the workflow's GITHUB_TOKEN acts as, in the REST spelling. */
export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

/** The account's REST spelling: a Bot as `slug[bot]`, anyone else as is; undefined for a deleted account. */
export function actorLogin(actor: GraphqlActor | null | undefined): string | undefined {
  if (!actor?.login) return undefined;
  if (actor.__typename === 'Bot' && !actor.login.endsWith(BOT_SUFFIX)) return `${actor.login}${BOT_SUFFIX}`;
  return actor.login;
}

/** The same account? A leading `@` is ignored; undefined or empty never matches. */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return loginKey(a) === loginKey(b);
}
