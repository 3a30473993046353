import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
} from "./chunk-WLKOCXFP.js";
import "./chunk-PTIRVRVQ.js";
import "./chunk-OYVJ5Q2A.js";
import "./chunk-MZ7PUNLK.js";
import "./chunk-X7GCHYHI.js";
import "./chunk-P5RDTIXY.js";
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
