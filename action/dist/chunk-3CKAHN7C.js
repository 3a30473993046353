import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-BNGJ44V6.js";
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
  LessonSourceReader,
  uncheckedSources
};
