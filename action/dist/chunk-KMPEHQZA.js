import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-NMGZUVAC.js";
import "./chunk-EKJJW5YG.js";
import "./chunk-6JRS35UP.js";
import "./chunk-JZ4B4HZI.js";
import "./chunk-AZULJSAB.js";
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
