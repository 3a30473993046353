import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-JV7ZJGKI.js";
import "./chunk-K6XIRCGN.js";
import "./chunk-GMXY2GKC.js";
import "./chunk-PIWBLJY3.js";
import "./chunk-KKE3KWZV.js";
import "./chunk-55NSSRXY.js";
import "./chunk-YTGF5Z5Q.js";
import "./chunk-5NFXKUKT.js";
import "./chunk-5XFLBAFW.js";
import "./chunk-2TDL5UH2.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-Y7YPTV2B.js";
import "./chunk-RN7IR42Q.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
