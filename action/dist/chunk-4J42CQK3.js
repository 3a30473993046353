import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-3ZVXWBVF.js";
import "./chunk-3R3MNM67.js";
import "./chunk-G2MNQ2JE.js";
import "./chunk-SUIPVSBH.js";
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
