import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  CONFIG_FILE,
  DEFAULT_PLAN_PATHS
} from "./chunk-4EVLPBYK.js";
import "./chunk-ELWZLMOX.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/repository-root.ts
import { existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
var ROLLBOOK_MARKERS = [CONFIG_FILE, ...DEFAULT_PLAN_PATHS];
var REPOSITORY_MARKER = ".git";
function enclosingRoot(cwd, exists = existsSync) {
  if (ROLLBOOK_MARKERS.some((m) => exists(join(cwd, m)))) return void 0;
  if (exists(join(cwd, REPOSITORY_MARKER))) return void 0;
  for (let dir = dirname(cwd); ; dir = dirname(dir)) {
    const marker = ROLLBOOK_MARKERS.find((m) => exists(join(dir, m)));
    if (marker) {
      return {
        relative: relative(cwd, dir).split(sep).join("/"),
        marker: marker === CONFIG_FILE ? marker : `${marker}/`
      };
    }
    if (exists(join(dir, REPOSITORY_MARKER)) || dirname(dir) === dir) return void 0;
  }
}
function belowRootWarning(cwd, exists) {
  const found = enclosingRoot(cwd, exists);
  if (!found) return void 0;
  return `rollbook: warning: run rollbook from ${found.relative} (which holds ${found.marker}): from here it reads no ${CONFIG_FILE}, no lessons and no default plans, so its results can differ from CI's
`;
}
export {
  belowRootWarning,
  enclosingRoot
};
