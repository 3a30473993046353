import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  sourceKey
} from "./chunk-ZAKRNKYC.js";
import {
  START_OF_FILE
} from "./chunk-2Y4U2LYP.js";

// action/src/lessons/shared/reader.ts
function placeOf(place, index) {
  return { file: place.file, ...place.positions?.[index] ?? START_OF_FILE };
}
var LessonSourceReader = class {
  #read;
  #reads = /* @__PURE__ */ new Map();
  constructor(read) {
    this.#read = read;
  }
  /** Each (repository, ref, path) is read the first time it is asked for, and never again in this run. */
  async read(sources, place) {
    const reads = await Promise.all(
      sources.map((source) => {
        const key = sourceKey(source);
        let read = this.#reads.get(key);
        if (!read) {
          read = this.#read(source);
          this.#reads.set(key, read);
        }
        return read;
      })
    );
    const out = { sources: [], lessons: [], repositories: [], failed: [], diagnostics: [] };
    reads.forEach((read, index) => {
      const repository = sources[index].repository;
      out.repositories.push({ repository, read: read.ok });
      if (read.ok) {
        out.sources.push(read.source);
        out.lessons.push(...read.lessons.map((l) => ({ ...l, diagnostics: [...l.diagnostics] })));
        return;
      }
      out.failed.push(read.problem);
      const { message, expected, hint } = read.problem;
      out.diagnostics.push({
        ...placeOf(place, index),
        severity: "error",
        code: "lesson/source-unreadable",
        message,
        ...expected ? { expected } : {},
        hint
      });
    });
    return out;
  }
};
function uncheckedSources(sources, place, severity, why) {
  return {
    sources: [],
    lessons: [],
    repositories: sources.map((s) => ({ repository: s.repository, read: false })),
    failed: [],
    diagnostics: sources.map((source, index) => ({
      ...placeOf(place, index),
      severity,
      code: "lesson/source-unchecked",
      message: `the lessons of ${source.repository} were not checked: ${why}`,
      expected: `a token with contents: read on ${source.repository} in GITHUB_TOKEN`,
      hint: "set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)) to check plans against the shared lessons too"
    }))
  };
}

export {
  LessonSourceReader,
  uncheckedSources
};
