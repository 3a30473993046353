import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
} from "./chunk-YHEFCQ6F.js";
import "./chunk-RJ6GS2NA.js";
import "./chunk-N4RIFQK6.js";
import "./chunk-AXVGLQWE.js";
import "./chunk-5GEOITYR.js";
import "./chunk-4IGRU6XP.js";
import "./chunk-5NFXKUKT.js";
import "./chunk-HBVPFSQX.js";
import "./chunk-2TDL5UH2.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-Y7YPTV2B.js";
import "./chunk-RN7IR42Q.js";
import "./chunk-4AQ7M4HS.js";
export {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
};
