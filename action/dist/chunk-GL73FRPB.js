import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  runbookTemplateWarnings,
  warnLostSections
} from "./chunk-WPT34ZNI.js";
import "./chunk-SPQOWKPM.js";
import "./chunk-PBIDIXRD.js";
import "./chunk-XONX3ZQL.js";
import "./chunk-J7P6MHOU.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-Y7YPTV2B.js";
import "./chunk-RN7IR42Q.js";
import "./chunk-4AQ7M4HS.js";
export {
  runbookTemplateWarnings,
  warnLostSections
};
