import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-7DNN4KZZ.js";
import "./chunk-LNIMAFWU.js";
import "./chunk-XMHXJPLI.js";
import "./chunk-7FUXC4QE.js";
import "./chunk-4IGRU6XP.js";
import "./chunk-5NFXKUKT.js";
import "./chunk-HBVPFSQX.js";
import "./chunk-J7P6MHOU.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-Y7YPTV2B.js";
import "./chunk-RN7IR42Q.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
