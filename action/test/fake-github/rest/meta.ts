// GET /rate_limit and GET /repos/{owner}/{repo}.
import type { RateLimiter, RateResource, RateSnapshot } from '../http/rate-limit.ts';
import { renderRepository } from '../render/repository.ts';
import type { RestHandlers } from './types.ts';

function rate(snapshot: RateSnapshot) {
  return { limit: snapshot.limit, used: snapshot.used, remaining: snapshot.remaining, reset: snapshot.reset };
}

export function metaHandlers(limiter: RateLimiter): RestHandlers {
  return {
    // GitHub does not count this call against the limit; the pipeline knows
    'rate-limit/get': () => {
      const resources = Object.fromEntries(
        (['core', 'graphql', 'search'] as RateResource[]).map((resource) => [resource, rate(limiter.peek(resource))]),
      );
      return { status: 200, body: { resources, rate: resources['core'] } };
    },

    'repos/get': (request, ctx) => {
      const role = ctx.state.access.role(request.actor.login);
      const write = role === 'admin' || role === 'maintain' || role === 'write' || request.actor.type === 'Bot';
      const permissions = {
        admin: role === 'admin',
        maintain: role === 'maintain',
        push: write,
        triage: write,
        pull: true,
      };
      return { status: 200, body: { ...renderRepository(ctx), permissions } };
    },
  };
}
