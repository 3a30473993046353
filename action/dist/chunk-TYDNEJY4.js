import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/plan/discovery-error.ts
var PlanDiscoveryError = class extends Error {
  name = "PlanDiscoveryError";
};

export {
  PlanDiscoveryError
};
