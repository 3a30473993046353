import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  DEFAULT_LESSONS_DIR
} from "./chunk-LC5U5VG2.js";

// action/src/lessons/shared/source.ts
function sourcePath(source) {
  return (source.path ?? DEFAULT_LESSONS_DIR).replace(/^\.?\/+/, "").replace(/\/+$/, "");
}
function sourceKey(source) {
  return `${source.repository.toLowerCase()}@${source.ref ?? ""}:${sourcePath(source)}`;
}
function sharedFileName(source, path) {
  return `${source.repository}@${source.ref}:${path}`;
}
function sharedFileUrl(serverUrl, source, path) {
  const encoded = [...source.ref.split("/"), ...path.split("/")].map(encodeURIComponent).join("/");
  return `${serverUrl.replace(/\/+$/, "")}/${source.repository}/blob/${encoded}`;
}
function originOf(serverUrl, source, path) {
  return {
    repository: source.repository,
    ref: source.ref,
    commit: source.commit,
    path,
    url: sharedFileUrl(serverUrl, source, path)
  };
}

export {
  sourcePath,
  sourceKey,
  sharedFileName,
  originOf
};
