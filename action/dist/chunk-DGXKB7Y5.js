import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  UsageError
} from "./chunk-DXW35SOZ.js";
import {
  toDisplay
} from "./chunk-GX3IQWWC.js";

// action/src/cli/output-dir.ts
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
async function notADirectory(dir, cwd) {
  for (let at = dir; ; at = dirname(at)) {
    const info = await stat(at).catch(() => void 0);
    if (info) {
      if (info.isDirectory()) return void 0;
      if (at === dir) return "is a file";
      return `is inside ${toDisplay(at, cwd)}, which is a file`;
    }
    if (dirname(at) === at) return void 0;
  }
}
async function checkOutputDir(dir, label, cwd) {
  const problem = await notADirectory(resolve(cwd, dir), cwd);
  if (problem) throw new UsageError(`${label} ${problem}: name a directory (it is created if missing)`);
}

export {
  checkOutputDir
};
