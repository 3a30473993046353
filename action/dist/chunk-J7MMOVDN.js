import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
} from "./chunk-GVCCN7VL.js";
import "./chunk-RJ6GS2NA.js";
import "./chunk-YLKRJSFV.js";
import "./chunk-OQ5AYVYU.js";
import "./chunk-Z6X2QLZE.js";
import "./chunk-TYDNEJY4.js";
import "./chunk-4AUVJIOQ.js";
import "./chunk-54H526HE.js";
import "./chunk-ZZ7R5HKM.js";
import "./chunk-7YLQPUOQ.js";
import "./chunk-5XFLBAFW.js";
import "./chunk-4AQ7M4HS.js";
export {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
};
