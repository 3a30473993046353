import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-R3NJW3UH.js";
import "./chunk-N6I6PF74.js";
import "./chunk-AXQDL75O.js";
import "./chunk-SCML2TM4.js";
import "./chunk-3OL4QPXH.js";
import "./chunk-5NFXKUKT.js";
import "./chunk-64KIBK2B.js";
import "./chunk-NVJCU4AI.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-YYPICIZL.js";
import "./chunk-RN7IR42Q.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
