import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
} from "./chunk-AADVM23F.js";
import "./chunk-RJ6GS2NA.js";
import "./chunk-KWCTWDDX.js";
import "./chunk-YAFH3O2A.js";
import "./chunk-TQRVEJG3.js";
import "./chunk-YBSNS7DU.js";
import "./chunk-SYUBQARV.js";
import "./chunk-JH6ECX3Y.js";
import "./chunk-4AQ7M4HS.js";
export {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
};
