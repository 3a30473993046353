// The HTTP edge of the prometheus provider (http-json uses guarded-http.ts): one request with
// a deadline, an optional bearer token, and every failure turned into a sentence.
// Neither the token nor URL credentials ever reach a message, and neither does the text of an
// answer: a body that is not JSON is described by its content type and size.
import { describeAnswer, errorCode } from './guarded-http.ts';

/** Per-request deadline, covering connect, headers and body. Gate reports run on a schedule, so fail fast. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface HttpOptions {
  timeoutMs?: number;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export type HttpOutcome =
  /** The server answered with a JSON body, whatever the status (Prometheus explains errors in JSON). */
  | { kind: 'json'; status: number; statusText: string; body: unknown }
  /** No usable answer: the sentence says why. */
  | { kind: 'failure'; error: string };

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  form?: URLSearchParams;
}

export async function requestJson(request: HttpRequest, options: HttpOptions = {}): Promise<HttpOutcome> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = { accept: 'application/json' };
  const target = withoutCredentials(request.url);
  if (target.basic) headers.authorization = `Basic ${target.basic}`;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const init: RequestInit = {
    method: request.method ?? 'GET',
    headers,
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'follow',
  };
  if (request.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    init.body = request.form.toString();
  }
  const doFetch = options.fetch ?? fetch;
  let status = 0;
  let statusText = '';
  let contentType: string | undefined;
  let text: string;
  try {
    const response = await doFetch(target.url, init);
    status = response.status;
    statusText = response.statusText;
    contentType = response.headers.get('content-type') ?? undefined;
    text = await response.text();
  } catch (cause) {
    return { kind: 'failure', error: scrub(describeFetchError(cause, timeoutMs), request.url, target.url) };
  }
  try {
    return { kind: 'json', status, statusText, body: JSON.parse(text) };
  } catch {
    const httpStatus = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
    const shape = describeAnswer(contentType, Buffer.byteLength(text));
    if (status < 200 || status >= 300) return { kind: 'failure', error: `${httpStatus}${authHint(status)} (${shape})` };
    return { kind: 'failure', error: `response is not JSON (${shape})` };
  }
}

/**
 * fetch refuses URLs with `user:password@`: send them as Basic auth instead (a bearer
 * token, when given, wins). An unparseable URL is passed on for fetch to reject.
 */
function withoutCredentials(url: string): { url: string; basic?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  if (!parsed.username && !parsed.password) return { url };
  const basic = Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString(
    'base64',
  );
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), basic };
}

/** Error texts from the network stack may quote the URL: show the redacted one instead. */
function scrub(message: string, ...urls: string[]): string {
  let clean = message;
  for (const url of urls) clean = clean.split(url).join(redactUrl(url));
  return clean;
}

/** ` (check the token)` for 401/403, since the token itself is never shown. */
export function authHint(status: number): string {
  return status === 401 || status === 403 ? ' (check the token)' : '';
}

function describeFetchError(cause: unknown, timeoutMs: number): string {
  if (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
    return `timed out after ${timeoutMs}ms`;
  }
  // undici reports network errors as TypeError('fetch failed') with the system error as cause.
  const inner = cause instanceof Error ? cause.cause : undefined;
  const code = errorCode(inner) ?? errorCode(cause);
  if (code) return `unreachable (${code})`;
  const message = inner instanceof Error ? inner.message : cause instanceof Error ? cause.message : String(cause);
  return `request failed (${message})`;
}

// Query parameters whose values are likely secrets, for URLs shown in messages.
const SECRET_PARAM = /key|token|secret|pass|auth|sig|credential/i;

/** A URL fit for messages: no user:password, secret-looking query values masked. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '<invalid URL>';
  }
  parsed.username = '';
  parsed.password = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, '***');
  }
  return parsed.toString();
}
