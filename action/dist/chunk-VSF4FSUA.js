import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
} from "./chunk-3GT342RZ.js";
import "./chunk-RJ6GS2NA.js";
import "./chunk-6YTXCQJB.js";
import "./chunk-IZW5SATO.js";
import "./chunk-DOFMESQO.js";
import "./chunk-YBSNS7DU.js";
import "./chunk-ST67CXJH.js";
import "./chunk-JH6ECX3Y.js";
import "./chunk-4AQ7M4HS.js";
export {
  MAX_SHARED_LESSON_BYTES,
  MAX_SHARED_LESSON_FILES,
  fetchLessonSource
};
