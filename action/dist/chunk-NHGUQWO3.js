import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  isFileSystemError
} from "./chunk-2Y4U2LYP.js";
import {
  containedPath,
  toDisplay
} from "./chunk-GX3IQWWC.js";
import {
  truncate
} from "./chunk-OOZIPJ2T.js";

// action/src/templates/sources.ts
var PARTIALS_DIR = "partials";
var TEMPLATE_EXT = ".hbs";
function partialName(fileName) {
  return fileName.slice(0, -TEMPLATE_EXT.length);
}
function normalizeTemplateText(text) {
  return text.replace(/\r\n?/g, "\n");
}

// action/src/templates/files.ts
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, posix, relative } from "node:path";
var MAX_CLIMB = 6;
function builtinTemplateDir(kind, markerFile, start = import.meta.dirname) {
  let dir = start;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const candidate = join(dir, "templates", kind);
    if (existsSync(join(candidate, markerFile))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`cannot find templates/${kind} above ${start}`);
}
function builtinDirOf(spec, start) {
  return builtinTemplateDir(spec.kind, Object.values(spec.files)[0], start);
}
async function readIfExists(path, root) {
  try {
    return await readFile(root === void 0 ? path : await containedPath(relative(root, path), root, path), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function templatesDirProblem(path) {
  try {
    return (await stat(path)).isDirectory() ? void 0 : "is not a directory";
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return "does not exist";
    return `cannot be read (${error.code})`;
  }
}
async function partialFiles(dir) {
  try {
    return (await readdir(dir)).filter((file) => file.endsWith(TEMPLATE_EXT));
  } catch {
    return [];
  }
}
async function loadTemplateSources(spec, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const builtinDir = options.builtinDir ?? builtinDirOf(spec);
  const joinOverride = options.files ? posix.join : join;
  const overrideRoots = options.overrideDir ? [joinOverride(options.overrideDir, spec.kind), options.overrideDir] : [];
  const roots = [...overrideRoots, builtinDir];
  const { files } = options;
  const readFile2 = (path, root) => root === builtinDir ? readIfExists(path) : files ? files.read(path) : readIfExists(path, options.overrideDir);
  const listFiles = async (dir, root) => root !== builtinDir && files ? (await files.list(dir)).filter((file) => file.endsWith(TEMPLATE_EXT)) : partialFiles(dir);
  const read = async (relativePath, name) => {
    for (const root of roots) {
      const path = files && root !== builtinDir ? posix.join(root, relativePath) : join(root, relativePath);
      const text = await readFile2(path, root);
      if (text !== void 0)
        return {
          name,
          path: toDisplay(path, cwd),
          text: normalizeTemplateText(text),
          ...root === builtinDir ? {} : { override: true }
        };
    }
    throw new Error(`missing built-in template ${relativePath} in ${builtinDir}`);
  };
  const partialRoots = [...spec.extraPartialsInRoot ? overrideRoots : overrideRoots.slice(0, 1), builtinDir];
  const names = /* @__PURE__ */ new Set();
  for (const root of partialRoots) {
    const dir = files && root !== builtinDir ? posix.join(root, PARTIALS_DIR) : join(root, PARTIALS_DIR);
    for (const file of await listFiles(dir, root)) names.add(file);
  }
  const partials = [];
  for (const file of [...names].sort()) partials.push(await read(join(PARTIALS_DIR, file), partialName(file)));
  const main = {};
  for (const [role, file] of Object.entries(spec.files)) main[role] = await read(file, file);
  return { main, partials };
}

// action/src/diagnostics/visible.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
var INVISIBLE = /[\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
var ANY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
function visible(text) {
  if (!ANY.test(text)) return text;
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`).replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
var MAX_FIELD_CHARS = 1e3;
function visibleField(text) {
  return truncate(visible(text), MAX_FIELD_CHARS);
}

export {
  PARTIALS_DIR,
  partialName,
  builtinDirOf,
  templatesDirProblem,
  loadTemplateSources,
  visible,
  visibleField
};
