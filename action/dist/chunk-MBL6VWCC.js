import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-KB5VXV3Y.js";
import "./chunk-QOVOTLID.js";
import "./chunk-FAJAD3PP.js";
import "./chunk-PAEKOVS2.js";
import "./chunk-BF4HMJAP.js";
import "./chunk-LG33J42V.js";
import "./chunk-NVJCU4AI.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-GX3IQWWC.js";
import "./chunk-DSNISORP.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
