import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-VCPB5P3C.js";
import "./chunk-LKKHVNSW.js";
import "./chunk-2V2SIVPN.js";
import "./chunk-3URQQ7YK.js";
import "./chunk-UZ4SBY26.js";
import "./chunk-ARUMFXNW.js";
import "./chunk-LRALPRV2.js";
import "./chunk-3EBCQGLD.js";
import "./chunk-7W52S7RF.js";
import "./chunk-YAWAESAG.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
