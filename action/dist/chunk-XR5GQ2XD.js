import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  ExpectedError
} from "./chunk-DPX4VCSN.js";

// action/src/plan/discovery-error.ts
var PlanDiscoveryError = class extends ExpectedError {
  name = "PlanDiscoveryError";
};

export {
  PlanDiscoveryError
};
