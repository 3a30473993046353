import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-JX26N226.js";
import "./chunk-NHOMCW4F.js";
import "./chunk-WHU32BT4.js";
import "./chunk-KSLMSZGW.js";
import "./chunk-3OL4QPXH.js";
import "./chunk-XR5GQ2XD.js";
import "./chunk-NVJCU4AI.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-4QD4DRSJ.js";
import "./chunk-DPX4VCSN.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
