// The contract between the request pipeline and REST handlers. Handlers are keyed by the
// OpenAPI operationId the validator matched, so routing is GitHub's own description.
import type { IncomingHttpHeaders } from 'node:http';
import type { RenderContext } from '../render/context.ts';
import type { UserRecord } from '../state/records.ts';

export interface RestRequest {
  /** Decoded path parameters by name. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body, already validated against the operation's request schema. */
  body: unknown;
  actor: UserRecord;
  /** The full request URL, for `link` headers. */
  url: URL;
  headers: IncomingHttpHeaders;
}

export interface RestReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (raw media types); skips schema validation. */
  raw?: { contentType: string; text: string };
}

export type RestHandler = (request: RestRequest, ctx: RenderContext) => RestReply;

export type RestHandlers = Record<string, RestHandler>;
