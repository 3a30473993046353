import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-BM67PERK.js";
import "./chunk-ZAKRNKYC.js";
import "./chunk-LC5U5VG2.js";
import "./chunk-PWZWRRNJ.js";
import "./chunk-4UT3FWL7.js";
import "./chunk-4EVLPBYK.js";
import "./chunk-ELWZLMOX.js";
import "./chunk-LG33J42V.js";
import "./chunk-WBADEOUP.js";
import "./chunk-2Y4U2LYP.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-GX3IQWWC.js";
import "./chunk-DSNISORP.js";
import "./chunk-OOZIPJ2T.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
