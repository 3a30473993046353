// The Astro content loader for lessons: reads them through lessons-source.ts and stores the
// sanitized HTML body with the front matter, so pages never see raw Markdown.
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { loadConfig } from '../../../action/src/config/load.ts';
import { failOnErrors } from './diagnostics-error.ts';
import { readLessons } from './lessons-source.ts';
import { siteOptions } from './options.ts';
import type { LessonEntry } from './types.ts';

/** ROLLBOOK_LESSONS, else `lessons` from rollbook.config.yaml, else <playbooks>/lessons. */
export async function lessonsFolder(): Promise<string> {
  const options = siteOptions();
  if (options.lessons) return options.lessons;
  const { config } = await loadConfig(options.repoRoot);
  return config.lessons ? resolve(options.repoRoot, config.lessons) : resolve(options.playbooks, 'lessons');
}

export async function loadLessonEntries(): Promise<{ lessons: LessonEntry[]; warnings: string; folder: string }> {
  const folder = await lessonsFolder();
  const read = await readLessons(folder, siteOptions().repoRoot);
  const warnings = failOnErrors('Lessons', read.sources.size, read.diagnostics, read.sources);
  return { lessons: read.lessons, warnings, folder };
}

export function lessonsLoader(): Loader {
  return {
    name: 'rollbook-lessons',
    async load({ store, logger, watcher }) {
      const { lessons, warnings, folder } = await loadLessonEntries();
      if (warnings) logger.warn(`\n${warnings}`);
      store.clear();
      for (const lesson of lessons) store.set({ id: lesson.id, data: { ...lesson } });
      logger.info(`${lessons.length} lessons from ${folder}`);
      watcher?.add(folder);
    },
  };
}
