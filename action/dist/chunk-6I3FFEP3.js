import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
} from "./chunk-HANKZO4N.js";
import "./chunk-RJ6GS2NA.js";
import "./chunk-PIIWDV4Z.js";
import "./chunk-OKVQFFH7.js";
import "./chunk-5KHF4Z3T.js";
import "./chunk-TYDNEJY4.js";
import "./chunk-ARUMFXNW.js";
import "./chunk-CVRENI7Z.js";
import "./chunk-3EBCQGLD.js";
import "./chunk-7YLQPUOQ.js";
import "./chunk-5XFLBAFW.js";
import "./chunk-4AQ7M4HS.js";
export {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
};
