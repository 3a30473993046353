import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  runbookTemplateWarnings,
  warnLostSections
} from "./chunk-JHRVM6DM.js";
import "./chunk-6QK2SE6Y.js";
import "./chunk-2R6WHIYA.js";
import "./chunk-NDBFDIX3.js";
import "./chunk-NVJCU4AI.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-S7MMNNY5.js";
import "./chunk-DSNISORP.js";
import "./chunk-4AQ7M4HS.js";
export {
  runbookTemplateWarnings,
  warnLostSections
};
