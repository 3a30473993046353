import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  runbookTemplateWarnings,
  warnLostSections
} from "./chunk-4O7TMWG6.js";
import "./chunk-PDFEF2V7.js";
import "./chunk-XNHEA7ME.js";
import "./chunk-IK5SXY4P.js";
import "./chunk-NVJCU4AI.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-4QD4DRSJ.js";
import "./chunk-DPX4VCSN.js";
import "./chunk-4AQ7M4HS.js";
export {
  runbookTemplateWarnings,
  warnLostSections
};
