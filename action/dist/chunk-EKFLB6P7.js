import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  runbookTemplateWarnings,
  warnLostSections
} from "./chunk-OMKVXEXA.js";
import "./chunk-LSURUNZ5.js";
import "./chunk-B2FHZXDX.js";
import "./chunk-NHGUQWO3.js";
import "./chunk-2Y4U2LYP.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-GX3IQWWC.js";
import "./chunk-DSNISORP.js";
import "./chunk-OOZIPJ2T.js";
import "./chunk-4AQ7M4HS.js";
export {
  runbookTemplateWarnings,
  warnLostSections
};
