import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-UKI4Z67W.js";
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
  LessonSourceReader,
  uncheckedSources
};
