import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  ExpectedError
} from "./chunk-DSNISORP.js";

// action/src/plan/discovery-error.ts
var PlanDiscoveryError = class extends ExpectedError {
  name = "PlanDiscoveryError";
};

export {
  PlanDiscoveryError
};
