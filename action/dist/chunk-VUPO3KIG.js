import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-GPSSIO5Y.js";
import "./chunk-XEPJM6WE.js";
import "./chunk-KBDL2MYM.js";
import "./chunk-BC26FMCZ.js";
import "./chunk-YBSNS7DU.js";
import "./chunk-QKZKTPCG.js";
import "./chunk-7NZ4PX4O.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
