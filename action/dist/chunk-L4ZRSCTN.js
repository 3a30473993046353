import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-ZLSWNI7J.js";
import "./chunk-ZS4U7SO4.js";
import "./chunk-T235G6TY.js";
import "./chunk-KVSOMKMI.js";
import "./chunk-74GY5KI2.js";
import "./chunk-4EVLPBYK.js";
import "./chunk-ELWZLMOX.js";
import "./chunk-LG33J42V.js";
import "./chunk-NVJCU4AI.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-GX3IQWWC.js";
import "./chunk-DSNISORP.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
