// The http-json provider's HTTP client. Its URLs come from plans, which a pull request can
// change, and its answers end up in a PR comment, so it is built as an SSRF boundary:
//   - every address a host name resolves to is checked (address-policy.ts) before connecting,
//     and the connection goes to the address that was checked: the socket's lookup returns it,
//     so a second DNS answer cannot swap in another address (no rebinding gap);
//   - redirects are followed by hand, at most MAX_REDIRECTS, each target checked again, and the
//     token is only sent to origins the caller allows, hop by hop;
//   - the answer is read up to MAX_RESPONSE_BYTES, and described to callers by status, content
//     type and size only: no text of the body ever reaches a message.
// Loopback, private and link-local addresses are reachable only with `allowPrivate`.

import { lookup } from 'node:dns/promises';
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { plural } from '../../text/plural.ts';
import { blockedReason } from './address-policy.ts';

/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 3;
/** Larger answers are refused unread: a metric endpoint answers a few kilobytes. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** A media type as a header spells it; anything else is not repeated. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/i;

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface GuardedHttpOptions {
  timeoutMs: number;
  /** Allow loopback, private, link-local and metadata addresses (the workflow's explicit choice). */
  allowPrivate?: boolean;
  /** How host names become addresses; the system resolver by default. Tests inject one. */
  resolve?: Resolver;
  /** Why an address is refused, or undefined; address-policy.ts by default. Tests inject one. */
  policy?: (address: string) => string | undefined;
  /** The Authorization header for a URL, asked again at every hop; undefined sends none. */
  authorization?: (url: URL) => string | undefined;
}

export type GuardedOutcome =
  /** A JSON answer, whatever the status; `shape` describes it without its content. */
  { kind: 'json'; status: number; body: unknown; shape: string } | { kind: 'failure'; error: string };

const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/** `text/html, 1234 bytes`: how an answer is described instead of quoted. */
export function describeAnswer(contentType: string | undefined, bytes: number): string {
  const media = (contentType ?? '').split(';')[0]!.trim();
  const type =
    media === '' ? 'no content type' : MEDIA_TYPE.test(media) ? media.toLowerCase() : 'an unusual content type';
  return `${type}, ${plural(bytes, 'byte')}`;
}

class Refusal extends Error {}

/** GET `url` and parse its JSON answer, within the SSRF rules above. Never throws. */
export async function guardedGetJson(url: string, options: GuardedHttpOptions): Promise<GuardedOutcome> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { kind: 'failure', error: 'the URL does not parse' };
  }
  try {
    for (let hop = 0; ; hop++) {
      const target = await checkedTarget(current, options);
      const response = await send(current, target, options, deadline);
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode ?? 0) && location !== undefined) {
        response.destroy();
        if (hop >= MAX_REDIRECTS) return { kind: 'failure', error: `more than ${MAX_REDIRECTS} redirects` };
        try {
          current = new URL(location, current);
        } catch {
          return { kind: 'failure', error: `HTTP ${response.statusCode} redirect to a URL that does not parse` };
        }
        continue;
      }
      return await readAnswer(response);
    }
  } catch (error) {
    if (error instanceof Refusal) return { kind: 'failure', error: error.message };
    if (deadline.aborted) return { kind: 'failure', error: `timed out after ${options.timeoutMs}ms` };
    return { kind: 'failure', error: describeNetworkError(error) };
  }
}

/** The address to connect to for `url`, after checking every address its host has. */
async function checkedTarget(url: URL, options: GuardedHttpOptions): Promise<ResolvedAddress> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Refusal(`refused: only http and https URLs are fetched (a redirect led to ${url.protocol})`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  let addresses: readonly ResolvedAddress[];
  if (family !== 0) addresses = [{ address: host, family: family as 4 | 6 }];
  else {
    try {
      addresses = await (options.resolve ?? systemResolver)(host);
    } catch (error) {
      throw new Refusal(`cannot resolve ${host} (${errorCode(error) ?? 'no address'})`);
    }
  }
  if (addresses.length === 0) throw new Refusal(`cannot resolve ${host} (no address)`);
  if (!options.allowPrivate) {
    for (const { address } of addresses) {
      const why = (options.policy ?? blockedReason)(address);
      if (why !== undefined) {
        throw new Refusal(
          `refused: ${host} is ${address === host ? '' : `resolves to ${address}, `}${why === 'not an IP address' ? why : `a ${why} address`}; only public addresses are fetched unless the workflow sets http-json-allow-private`,
        );
      }
    }
  }
  return addresses[0]!;
}

function send(url: URL, target: ResolvedAddress, options: GuardedHttpOptions, signal: AbortSignal) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    const authorization = options.authorization?.(url);
    if (authorization !== undefined) headers.authorization = authorization;
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      {
        method: 'GET',
        headers,
        signal,
        // Connect to the address that was checked, whatever the resolver would say now.
        lookup: (_host, lookupOptions, callback) => {
          if ((lookupOptions as { all?: boolean }).all) callback(null, [target]);
          else callback(null, target.address, target.family);
        },
      },
      resolve,
    );
    request.on('error', reject);
    request.end();
  });
}

function readAnswer(response: IncomingMessage): Promise<GuardedOutcome> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_RESPONSE_BYTES) {
        response.destroy();
        resolve({ kind: 'failure', error: `the answer is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB` });
        return;
      }
      chunks.push(chunk);
    });
    response.on('error', reject);
    response.on('end', () => {
      const status = response.statusCode ?? 0;
      const shape = describeAnswer(response.headers['content-type'], size);
      try {
        resolve({ kind: 'json', status, body: JSON.parse(Buffer.concat(chunks).toString('utf8')), shape });
      } catch {
        const ok = status >= 200 && status < 300;
        resolve({ kind: 'failure', error: ok ? `the answer is not JSON (${shape})` : `HTTP ${status} (${shape})` });
      }
    });
  });
}

/** The system error code of a network error (`ECONNREFUSED`, …), if it carries one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errors } = error as { code?: unknown; errors?: unknown };
  if (typeof code === 'string') return code;
  // Happy-eyeballs connects fail with an AggregateError of per-address errors.
  if (Array.isArray(errors)) return errorCode(errors[0]);
  return undefined;
}

function describeNetworkError(error: unknown): string {
  const code = errorCode(error);
  return code ? `unreachable (${code})` : 'the request failed';
}
