import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
} from "./chunk-EHH6USJ7.js";
import "./chunk-PTIRVRVQ.js";
import "./chunk-SGUXRURN.js";
import "./chunk-JJRZTXCW.js";
import "./chunk-NC4ENHII.js";
import "./chunk-S73I7UJM.js";
import "./chunk-3OL4QPXH.js";
import "./chunk-5NFXKUKT.js";
import "./chunk-64KIBK2B.js";
import "./chunk-NVJCU4AI.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-YYPICIZL.js";
import "./chunk-RN7IR42Q.js";
import "./chunk-4AQ7M4HS.js";
export {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
};
