import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-W63MEVZ2.js";
import "./chunk-4E62HGEW.js";
import "./chunk-AUMKWUBO.js";
import "./chunk-Y6WD6TIU.js";
import "./chunk-AZULJSAB.js";
import "./chunk-LG33J42V.js";
import "./chunk-NVJCU4AI.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-745N5VIU.js";
import "./chunk-DSNISORP.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
