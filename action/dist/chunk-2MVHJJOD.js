import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
} from "./chunk-PSKFC5NR.js";
import "./chunk-RJ6GS2NA.js";
import "./chunk-XEPJM6WE.js";
import "./chunk-KBDL2MYM.js";
import "./chunk-BC26FMCZ.js";
import "./chunk-YBSNS7DU.js";
import "./chunk-QKZKTPCG.js";
import "./chunk-7NZ4PX4O.js";
import "./chunk-4AQ7M4HS.js";
export {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
};
