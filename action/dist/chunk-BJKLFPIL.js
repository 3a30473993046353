import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
} from "./chunk-Y2TDELVA.js";
import "./chunk-RJ6GS2NA.js";
import "./chunk-IYZDDRTL.js";
import "./chunk-ZBAEHQ5X.js";
import "./chunk-4AUVJIOQ.js";
import "./chunk-5GYI2QEG.js";
import "./chunk-ZZ7R5HKM.js";
import "./chunk-LDDNRRK5.js";
import "./chunk-5XFLBAFW.js";
import "./chunk-4AQ7M4HS.js";
export {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
};
