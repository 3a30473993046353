import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-4XOWOFXQ.js";
import "./chunk-VEATDBOX.js";
import "./chunk-3RW7PKO4.js";
import "./chunk-7P54XLM3.js";
import "./chunk-YBSNS7DU.js";
import "./chunk-EW2MPIOA.js";
import "./chunk-UHKEWNIB.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
