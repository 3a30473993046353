import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-4XXMRCVG.js";
import "./chunk-3EV6QTJ4.js";
import "./chunk-7LVLPE23.js";
import "./chunk-BC26FMCZ.js";
import "./chunk-YBSNS7DU.js";
import "./chunk-A4DOVOLO.js";
import "./chunk-7NZ4PX4O.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
