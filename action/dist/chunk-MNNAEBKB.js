import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-5WERZL6D.js";
import "./chunk-M7N7MQBH.js";
import "./chunk-VF2VNQUO.js";
import "./chunk-M42ZAIXH.js";
import "./chunk-4IGRU6XP.js";
import "./chunk-5NFXKUKT.js";
import "./chunk-HBVPFSQX.js";
import "./chunk-WHDA77NU.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-Y7YPTV2B.js";
import "./chunk-RN7IR42Q.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
