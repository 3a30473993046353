import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  LessonSourceReader,
  uncheckedSources
} from "./chunk-WYH4XJG3.js";
import "./chunk-6YTXCQJB.js";
import "./chunk-IZW5SATO.js";
import "./chunk-DOFMESQO.js";
import "./chunk-YBSNS7DU.js";
import "./chunk-ST67CXJH.js";
import "./chunk-JH6ECX3Y.js";
import "./chunk-4AQ7M4HS.js";
export {
  LessonSourceReader,
  uncheckedSources
};
