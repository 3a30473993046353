import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  stderrLogger
} from "./chunk-T3X2RMYI.js";
import {
  serverUrl
} from "./chunk-3K54BDRQ.js";
import {
  uncheckedSources
} from "./chunk-BM67PERK.js";

// action/src/cli/shared-lessons.ts
async function readSharedLessons(loaded, io, unchecked) {
  const sources = loaded.config.lessonSources;
  if (!sources || sources.length === 0) return void 0;
  const place = {
    file: loaded.file ?? "rollbook.config.yaml",
    ...loaded.lessonSourcePositions ? { positions: loaded.lessonSourcePositions } : {}
  };
  const token = io.env.GITHUB_TOKEN;
  if (!token) return uncheckedSources(sources, place, unchecked, "GITHUB_TOKEN is not set");
  const [{ apiBaseUrl, createGitHubClient }, { fetchLessonSource }, { LessonSourceReader }] = await Promise.all([
    import("./chunk-CDGNQEXP.js"),
    import("./chunk-I2T5IOX7.js"),
    import("./chunk-Z5MGWHPL.js")
  ]);
  const client = createGitHubClient(token, { baseUrl: apiBaseUrl(io.env), log: stderrLogger(io), pacing: io.pacing });
  const options = { serverUrl: serverUrl(io.env), tokenName: "GITHUB_TOKEN" };
  const reader = new LessonSourceReader((source) => fetchLessonSource(client, source, options));
  return reader.read(sources, place);
}

export {
  readSharedLessons
};
