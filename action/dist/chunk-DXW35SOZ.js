import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  ExpectedError
} from "./chunk-DSNISORP.js";

// action/src/cli/command.ts
var UsageError = class extends ExpectedError {
  name = "UsageError";
};
var EXIT = {
  ok: 0,
  /** The input has errors (plan errors, stale runbooks). */
  problems: 1,
  usage: 2,
  /** A bug in Rollbook; reported without a stack trace unless ROLLBOOK_DEBUG is set. */
  internal: 3
};

export {
  UsageError,
  EXIT
};
