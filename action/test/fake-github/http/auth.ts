// `authorization: token X` or `Bearer X`; the token names an actor. The token itself is never
// stored or logged: only the login it maps to.
import type { IncomingHttpHeaders } from 'node:http';

export interface AuthOptions {
  /** token → login. */
  tokens: Record<string, string>;
  /** Who any other token acts as; null rejects unknown tokens with 401 Bad credentials. */
  defaultActor: string | null;
}

export type AuthResult = { ok: true; login: string } | { ok: false; message: string };

export function authenticate(headers: IncomingHttpHeaders, options: AuthOptions): AuthResult {
  const header = headers.authorization;
  if (!header) return { ok: false, message: 'Requires authentication' };
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  if (!match) return { ok: false, message: 'Bad credentials' };
  const login = options.tokens[match[1]!] ?? options.defaultActor;
  return login ? { ok: true, login } : { ok: false, message: 'Bad credentials' };
}
