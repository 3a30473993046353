import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  ExpectedError
} from "./chunk-DSNISORP.js";

// action/src/files/contained.ts
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var OutsideRootError = class extends ExpectedError {
  name = "OutsideRootError";
  path;
  constructor(path) {
    super(
      `${path} is a symbolic link (or inside a linked directory) that leads outside the repository; Rollbook does not follow it`
    );
    this.path = path;
  }
};
var OUTSIDE_ROOT_HINT = "replace the link with the file itself, or a link to a file inside the repository";
function isInside(path, root) {
  const rel = relative(root, path);
  return rel === "" || !isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`);
}
function toDisplay(absolute, cwd) {
  const rel = relative(cwd, absolute);
  return (rel !== "" && isInside(absolute, cwd) ? rel : absolute).split(sep).join("/");
}
async function containedPath(path, root, display = path) {
  const absolute = resolve(root, path);
  let realRoot;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = resolve(root);
  }
  const real = realpathSync(absolute);
  if (isInside(absolute, resolve(root)) && !isInside(real, realRoot)) throw new OutsideRootError(display);
  return real;
}

export {
  OutsideRootError,
  OUTSIDE_ROOT_HINT,
  isInside,
  toDisplay,
  containedPath
};
