import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  runbookTemplateWarnings,
  warnLostSections
} from "./chunk-HB6MCP4L.js";
import "./chunk-LSURUNZ5.js";
import "./chunk-KPCD5FXW.js";
import "./chunk-TS4QJH2P.js";
import "./chunk-NVJCU4AI.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-745N5VIU.js";
import "./chunk-DSNISORP.js";
import "./chunk-4AQ7M4HS.js";
export {
  runbookTemplateWarnings,
  warnLostSections
};
