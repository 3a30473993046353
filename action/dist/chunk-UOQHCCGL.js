import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  runbookTemplateWarnings,
  warnLostSections
} from "./chunk-WGT5BK3P.js";
import "./chunk-3HQHWXUJ.js";
import "./chunk-6NUDBEW4.js";
import "./chunk-HJ73Q6H3.js";
import "./chunk-NVJCU4AI.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-YYPICIZL.js";
import "./chunk-RN7IR42Q.js";
import "./chunk-4AQ7M4HS.js";
export {
  runbookTemplateWarnings,
  warnLostSections
};
