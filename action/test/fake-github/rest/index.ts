// Every REST operation the fake implements, by OpenAPI operationId.
import type { RateLimiter } from '../http/rate-limit.ts';
import { accessHandlers } from './access.ts';
import { actionHandlers } from './actions.ts';
import { commentHandlers } from './comments.ts';
import { commitHandlers } from './commits.ts';
import { contentHandlers } from './contents.ts';
import { gitHandlers } from './git.ts';
import { gitDataHandlers } from './git-data.ts';
import { issueHandlers } from './issues.ts';
import { labelHandlers } from './labels.ts';
import { metaHandlers } from './meta.ts';
import { pullHandlers } from './pulls.ts';
import { subIssueHandlers } from './sub-issues.ts';
import type { RestHandlers } from './types.ts';

export function restHandlers(limiter: RateLimiter): RestHandlers {
  return {
    ...issueHandlers,
    ...commentHandlers,
    ...labelHandlers,
    ...subIssueHandlers,
    ...commitHandlers,
    ...pullHandlers,
    ...contentHandlers,
    ...gitHandlers,
    ...gitDataHandlers,
    ...accessHandlers,
    ...actionHandlers,
    ...metaHandlers(limiter),
  };
}
