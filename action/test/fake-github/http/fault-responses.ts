// What GitHub answers when it fails, for each injected fault.
import type { Fault } from '../faults.ts';
import { errorBody } from './errors.ts';
import type { RateSnapshot } from './rate-limit.ts';

const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID {id}.';
const STATUS_MESSAGES: Record<number, string> = {
  // A token without the permission the request needs (a job's `permissions:`).
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  410: 'Gone',
  422: 'Validation Failed',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
};

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** `null` for connection-reset: there is no response at all. */
export function faultResponse(
  fault: Fault,
  context: { requestId: string; rate: RateSnapshot; graphql: boolean },
): FaultResponse | null {
  switch (fault.kind) {
    case 'connection-reset':
      return null;
    case 'status':
      return { status: fault.status, headers: {}, body: errorBody(fault.status, STATUS_MESSAGES[fault.status]!) };
    case 'secondary-rate-limit':
      return {
        status: fault.status ?? 403,
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 60) },
        body: {
          message: SECONDARY_MESSAGE.replace('{id}', context.requestId),
          documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
        },
      };
    case 'too-many-requests':
      return {
        status: 429,
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 60) },
        body: errorBody(429, 'Too Many Requests'),
      };
    case 'primary-rate-limit': {
      const reset = Math.ceil(Date.now() / 1000) + (fault.resetAfterSeconds ?? 60);
      const headers = {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': String(context.rate.limit),
        'x-ratelimit-reset': String(reset),
      };
      return primaryRateLimitResponse(headers, fault.status ?? 403, context.graphql);
    }
  }
}

/** Also served when the fake's own budget runs out. */
export function primaryRateLimitResponse(
  headers: Record<string, string>,
  status: number,
  graphql: boolean,
): FaultResponse {
  const message = 'API rate limit exceeded for installation ID 1.';
  if (graphql) {
    // GraphQL reports an exhausted budget as a 200 with a RATE_LIMITED error
    return { status: 200, headers, body: { errors: [{ type: 'RATE_LIMITED', message }] } };
  }
  return {
    status,
    headers,
    body: { message, documentation_url: `${RATE_LIMIT_DOCS}#about-primary-rate-limits` },
  };
}
