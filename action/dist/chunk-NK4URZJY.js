import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-KRDRYFBQ.js";
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
  LessonSourceReader,
  uncheckedSources
};
