// Reads the playbooks once per build: checkPlans (the routine behind `rollbook validate`) parses
// and lints every plan and lesson, and any error stops the build with the CLI's own messages.
// Both content loaders share the one result, so nothing is read or parsed twice.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  CONFIG_FILE,
  calendarRulesOf,
  checkPlans,
  lessonsDirOf,
  loadConfig,
  type RollbookConfig,
  readSharedLessons,
} from '../../../action/src/site-api.ts';
import { failOnErrors } from './diagnostics-error.ts';
import { lastCommitDates } from './last-updated.ts';
import { renderLessonMarkdown } from './markdown.ts';
import { type SiteOptions, siteOptions } from './options.ts';
import type { LessonEntry, PlanEntry } from './types.ts';

export interface Playbooks {
  plans: PlanEntry[];
  lessons: LessonEntry[];
  /** The formatted warnings, empty when there are none. */
  warnings: string;
  /** Absolute folders and files read, for the dev server's watcher. */
  folders: string[];
}

/**
 * ROLLBOOK_LESSONS, else `lessons` from rollbook.config.yaml, else <playbooks>/lessons when it
 * exists (undefined: the engine's default, playbooks/lessons, which may be absent).
 */
export function lessonsSetting(options: SiteOptions, config: RollbookConfig): string | undefined {
  if (options.lessons) return relative(options.repoRoot, options.lessons) || '.';
  if (config.lessons) return config.lessons;
  const beside = resolve(options.playbooks, 'lessons');
  return existsSync(beside) ? relative(options.repoRoot, beside) : undefined;
}

async function read(): Promise<Playbooks> {
  const options = siteOptions();
  const loaded = await loadConfig(options.repoRoot);
  const sources = new Map<string, string>();
  if (loaded.file && loaded.text !== undefined) sources.set(loaded.file, loaded.text);
  failOnErrors('rollbook.config.yaml', 0, loaded.diagnostics, sources);
  const lessons = lessonsSetting(options, loaded.config);
  const config = lessons === undefined ? loaded.config : { ...loaded.config, lessons };
  const input = relative(options.repoRoot, options.playbooks) || '.';
  // Lessons other repositories share, read with GITHUB_TOKEN like the CLI; without it the build warns.
  const io = { env: process.env, stderr: (text: string) => void process.stderr.write(text) };
  const shared = await readSharedLessons(loaded, io, 'warning');
  const result = await checkPlans([input], {
    cwd: options.repoRoot,
    config,
    start: options.start,
    ...(shared ? { shared } : {}),
  });
  for (const parsed of [...result.plans, ...result.lessons]) sources.set(parsed.file, parsed.text);
  const warnings = failOnErrors('The playbooks', result.plans.length, result.diagnostics, sources);
  const calendarRules = calendarRulesOf(config);
  const folders = [options.playbooks, resolve(options.repoRoot, lessonsDirOf(config))];
  // Every file's "Last updated" date from one pass over the folders' git history (ADR 68).
  const committed = lastCommitDates(options.repoRoot, folders);
  const updated = (file: string) => {
    const date = committed(file);
    return date ? { updated: date.toISOString() } : {};
  };
  return {
    plans: result.plans.flatMap((p) =>
      p.plan ? [{ file: p.file, ...updated(p.file), warnings: p.diagnostics.length, calendarRules, plan: p.plan }] : [],
    ),
    lessons: result.lessons.flatMap((l) =>
      l.lesson
        ? [
            {
              file: l.file,
              ...(l.source ? { source: l.source } : updated(l.file)),
              lesson: l.lesson,
              html: renderLessonMarkdown(l.body ?? ''),
            },
          ]
        : [],
    ),
    warnings,
    folders: [...folders, resolve(options.repoRoot, CONFIG_FILE)],
  };
}

let cached: Promise<Playbooks> | undefined;

export function readPlaybooks(): Promise<Playbooks> {
  cached ??= read();
  return cached;
}

/** Drop the cached result, so the next read sees edited files (the dev server). */
export function forgetPlaybooks(): void {
  cached = undefined;
}
