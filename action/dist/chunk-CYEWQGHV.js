import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
} from "./chunk-S2JKWTPV.js";
import "./chunk-PTIRVRVQ.js";
import "./chunk-OYVJ5Q2A.js";
import "./chunk-BRGK5BGG.js";
import "./chunk-QOFDAY43.js";
import "./chunk-FO3J7HN7.js";
import "./chunk-UAOCCDK6.js";
import "./chunk-XR5GQ2XD.js";
import "./chunk-NVJCU4AI.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-4QD4DRSJ.js";
import "./chunk-DPX4VCSN.js";
import "./chunk-4AQ7M4HS.js";
export {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
};
