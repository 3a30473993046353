import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
} from "./chunk-AZ3CJVT4.js";
import "./chunk-PTIRVRVQ.js";
import "./chunk-OYVJ5Q2A.js";
import "./chunk-QFD4R7S4.js";
import "./chunk-EZ3IPOLO.js";
import "./chunk-KU5VOB75.js";
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
