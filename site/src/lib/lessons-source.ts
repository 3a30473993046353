// The site's one door to lessons. INTERIM: until action/src/lessons lands, this file holds a
// minimal front-matter reader and guard matcher. Swapping in the engine's parseLesson, loader and
// matchGuards changes only this file; the loader and pages read LessonEntry and AppliedGuard.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { type Diagnostic, START_OF_FILE } from '../../../action/src/diagnostics/diagnostic.ts';
import type { RolloutPlan } from '../../../action/src/plan/schema.ts';
import { renderLessonMarkdown } from './markdown.ts';
import type { AppliedGuard, GuardSpec, LessonEntry } from './types.ts';

export interface LessonsRead {
  lessons: LessonEntry[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? [value]
      : [];

function guardText(raw: Record<string, unknown>): string {
  if (typeof raw.checklist === 'string') return raw.checklist;
  if (typeof raw.text === 'string') return raw.text;
  const gate = raw.gate as Record<string, unknown> | undefined;
  if (gate && typeof gate.manual === 'string') return gate.manual;
  if (gate && typeof gate.metric === 'string') return `gate on metric ${gate.metric}`;
  const rule = raw.rule as Record<string, unknown> | string | undefined;
  if (typeof rule === 'string') return `rule ${rule} is an error`;
  if (rule && typeof rule.id === 'string') return `rule ${rule.id} is ${String(rule.severity ?? 'error')}`;
  return 'guard';
}

function toGuard(raw: unknown): GuardSpec | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const guard = raw as Record<string, unknown>;
  const match = (guard.match ?? {}) as Record<string, unknown>;
  const rule = guard.rule as Record<string, unknown> | string | undefined;
  const ruleId = typeof rule === 'string' ? rule : typeof rule?.id === 'string' ? rule.id : undefined;
  const spec: GuardSpec = {
    text: guardText(guard),
    services: strings(match.services),
    tags: strings(match.tags),
    strategies: strings(match.strategy ?? match.strategies),
    environments: strings(match.environment ?? match.environments),
    stepKinds: strings(match.stepKind ?? match.stepKinds),
  };
  if (ruleId) spec.rule = ruleId;
  return spec;
}

function problem(file: string, message: string): Diagnostic {
  return { file, ...START_OF_FILE, severity: 'error', code: 'lesson/invalid', message };
}

export function parseLessonText(text: string, file: string): { lesson?: LessonEntry; diagnostics: Diagnostic[] } {
  const parts = FRONT_MATTER.exec(text);
  if (!parts) return { diagnostics: [problem(file, 'a lesson starts with YAML front matter between --- lines')] };
  let data: Record<string, unknown>;
  try {
    data = (parse(parts[1]!) ?? {}) as Record<string, unknown>;
  } catch (error) {
    return { diagnostics: [problem(file, `front matter is not valid YAML: ${(error as Error).message}`)] };
  }
  const missing = ['id', 'title', 'date', 'severity', 'trigger'].filter((key) => data[key] === undefined);
  if (missing.length > 0) return { diagnostics: [problem(file, `front matter lacks ${missing.join(', ')}`)] };
  const guards = (Array.isArray(data.guards) ? data.guards : []).map(toGuard).filter((g) => g !== undefined);
  const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
  const lesson: LessonEntry = {
    id: String(data.id),
    title: String(data.title),
    date,
    severity: String(data.severity),
    trigger: String(data.trigger),
    services: strings(data.services),
    tags: strings(data.tags),
    file,
    html: renderLessonMarkdown(parts[2] ?? ''),
    guards,
  };
  return { lesson, diagnostics: [] };
}

/** Every *.md lesson in `dir` (missing folder: no lessons). Paths are shown relative to `repoRoot`. */
export async function readLessons(dir: string, repoRoot: string): Promise<LessonsRead> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const result: LessonsRead = { lessons: [], diagnostics: [], sources: new Map() };
  for (const name of names.filter((n) => n.endsWith('.md') && n.toLowerCase() !== 'readme.md').sort()) {
    const path = join(dir, name);
    const file = relative(repoRoot, path).split(sep).join('/');
    const text = await readFile(path, 'utf8');
    result.sources.set(file, text);
    const parsed = parseLessonText(text, file);
    result.diagnostics.push(...parsed.diagnostics);
    if (parsed.lesson) result.lessons.push(parsed.lesson);
  }
  return result;
}

const overlaps = (wanted: readonly string[], have: readonly string[] | undefined) =>
  wanted.length === 0 || wanted.some((w) => have?.includes(w));

/** The guards of `lessons` that apply to `plan`, minus waived ones, with the phases each lands in. */
export function matchGuards(plan: RolloutPlan, lessons: readonly LessonEntry[]): AppliedGuard[] {
  const applied: AppliedGuard[] = [];
  for (const lesson of lessons) {
    const waivers = (plan.waive ?? []).filter((w) => w.lesson === lesson.id);
    for (const guard of lesson.guards) {
      if (!overlaps(guard.services, plan.metadata.services) || !overlaps(guard.tags, plan.metadata.tags)) continue;
      const phaseLevel = guard.strategies.length + guard.environments.length + guard.stepKinds.length > 0;
      const phases = plan.phases
        .filter(
          (phase) =>
            overlaps(guard.strategies, [phase.strategy]) &&
            overlaps(guard.environments, [phase.environment]) &&
            overlaps(
              guard.stepKinds,
              phase.steps.map((s) => s.kind),
            ),
        )
        .map((phase) => phase.id)
        .filter((id) => !waivers.some((w) => !w.phases || w.phases.includes(id)));
      if (phaseLevel && phases.length === 0) continue;
      if (!phaseLevel && waivers.some((w) => !w.phases)) continue;
      const entry: AppliedGuard = {
        text: guard.text,
        phases: phaseLevel ? phases : [],
        why: { lessonId: lesson.id, title: lesson.title },
      };
      if (guard.rule) entry.rule = guard.rule;
      applied.push(entry);
    }
  }
  return applied;
}
