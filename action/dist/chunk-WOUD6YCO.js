import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-TYFNH735.js";
import "./chunk-VLO2R4GP.js";
import "./chunk-WZ6RMSJE.js";
import "./chunk-IBYBNFBA.js";
import "./chunk-UZ4SBY26.js";
import "./chunk-ARUMFXNW.js";
import "./chunk-7OX5MYS7.js";
import "./chunk-3EBCQGLD.js";
import "./chunk-7W52S7RF.js";
import "./chunk-YAWAESAG.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
