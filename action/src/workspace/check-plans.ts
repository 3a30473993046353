// Reads, validates and lints a set of plans: the one routine behind `rollbook validate`, the
// action's validate command, `render` and the site build, so they all agree on what is valid.

import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { calendarRulesOf } from '../config/calendar-rules.ts';
import type { RollbookConfig } from '../config/schema.ts';
import { DEFAULT_PLAN_PATHS } from '../config/schema.ts';
import { capDiagnostics, countBySeverity, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { isInside } from '../files/contained.ts';
import { checkSharedDuplicateIds, toLessonSet } from '../lessons/lesson-set.ts';
import { lessonLintOf } from '../lessons/lint-guards.ts';
import { lessonsDirOf, loadLessons } from '../lessons/load.ts';
import type { ParsedLesson } from '../lessons/parse.ts';
import type { SharedLessons } from '../lessons/shared/reader.ts';
import { lintPlan } from '../lint/lint.ts';
import { PlanDiscoveryError } from '../plan/discovery-error.ts';
import { checkLinks, linkFacts, type PlanLinkFacts, unresolvedPlans } from '../plan/links.ts';
import { discoverPlanFiles, isGlob, readPlanFile, readSourceFile } from '../plan/load.ts';
import { byPosition, type ParsedPlan, parsePlan } from '../plan/parse.ts';
import { type CheckedFile, type ResultCache, runInputs } from './result-cache.ts';

export interface CheckOptions {
  cwd: string;
  config: RollbookConfig;
  /** Start of the rollout for calendar rules: YYYY-MM-DD, or a time with Z or an offset. */
  start: string;
  /**
   * Keep each parsed plan in the result (default true). `validate` only needs diagnostics and
   * the text of files that have them, so it turns this off to keep memory flat on big repos.
   */
  retainPlans?: boolean;
  /**
   * Called with each plan as soon as it is checked (its diagnostics so far, its plan when it is
   * schema-valid), before it is dropped: `render` renders plan by plan this way instead of
   * holding them all. Calls may come out of file order; `index` is the file's place in it.
   */
  onChecked?: (parsed: ParsedPlan, index: number, lessons: readonly ParsedLesson[]) => Promise<void>;
  /**
   * The lessons of the configuration's `lessonSources`, read by the caller (lessons/shared/): they
   * guard plans and are checked like local ones. Without it, configured sources are not checked.
   */
  shared?: SharedLessons;
  /**
   * Run the policy rules on schema-valid plans too (default true). `render` turns this off: it
   * shows the diagnostics of a plan it cannot render (schema errors, and what the rules found in
   * the rest, ADR 34), and renders a valid plan without showing any, so the rules' findings on
   * a valid plan were computed only to be dropped (a fifth of rendering a plan of 3,400 phases).
   */
  lintValidPlans?: boolean;
  /**
   * Results of earlier runs, by file text and every other input (workspace/result-cache.ts):
   * a file whose result is kept is read but not parsed. Used only when neither the plans nor
   * onChecked are wanted (`validate`), since a kept result holds diagnostics and facts, no plan.
   * The local lessons' parses are kept there too, under their path and text alone (ADR 61).
   */
  results?: ResultCache;
}

export interface CheckResult {
  plans: ParsedPlan[];
  /**
   * The lessons from the configured directory (default playbooks/lessons), then those of the
   * lesson sources (each with its `source`), each with its diagnostics.
   */
  lessons: ParsedLesson[];
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

/** Files in flight at once. Parsing is CPU-bound on one thread, so 2 only overlaps the next read; more just holds more syntax trees in memory. */
const READ_CONCURRENCY = 2;

/** A file named directly that is a lesson, not a plan. */
const LESSON_FILE = /\.md$/i;

/** Is this input a lesson named directly (a Markdown file), not plans? */
export const namesLesson = (input: string): boolean => !isGlob(input) && LESSON_FILE.test(input);

/**
 * The plan paths among `inputs`. A Markdown file named directly is a lesson (a pre-commit hook
 * names every changed file): it is checked with the lessons of the lessons directory, as every
 * run checks them. Naming only lessons checks the configured plans too, since a lesson's guards
 * act on them. A lesson outside the lessons directory is read by nothing, so naming one is refused.
 */
async function planInputsOf(inputs: readonly string[], options: CheckOptions): Promise<readonly string[]> {
  const defaults = options.config.plans ?? DEFAULT_PLAN_PATHS;
  if (inputs.length === 0) return defaults;
  const lessonsDir = lessonsDirOf(options.config);
  const plans: string[] = [];
  for (const input of inputs) {
    if (!namesLesson(input)) {
      plans.push(input);
      continue;
    }
    const absolute = resolve(options.cwd, input);
    if (!(await stat(absolute).catch(() => undefined))) throw new PlanDiscoveryError(`"${input}" does not exist`);
    if (!isInside(absolute, resolve(options.cwd, lessonsDir))) {
      throw new PlanDiscoveryError(
        `"${input}" is a lesson, and lessons are read from "${lessonsDir}", so nothing reads this one: move it there, or set \`lessons:\` in rollbook.config.yaml`,
      );
    }
  }
  return plans.length > 0 ? plans : defaults;
}

export async function checkPlans(inputs: readonly string[], options: CheckOptions): Promise<CheckResult> {
  const paths = await planInputsOf(inputs, options);
  const files = await discoverPlanFiles(paths, options.cwd);
  const results = options.retainPlans === false && !options.onChecked ? options.results : undefined;
  const loaded = await loadLessons(
    lessonsDirOf(options.config),
    options.cwd,
    options.config.lessons !== undefined,
    results,
  );
  const lintOptions = {
    start: options.start,
    ...calendarRulesOf(options.config),
    ...(options.config.rules ? { severities: options.config.rules } : {}),
  };
  const shared = options.shared;
  const sharedLessons = shared?.lessons ?? [];
  checkSharedDuplicateIds(loaded.lessons, sharedLessons);
  const lessons = [...loaded.lessons, ...sharedLessons];
  const lessonSet = loaded.found || shared !== undefined ? toLessonSet(lessons, shared?.repositories ?? []) : undefined;
  const runKey =
    results &&
    runInputs({
      cwd: options.cwd,
      start: options.start,
      config: options.config,
      lessons,
      lessonSettings: { found: loaded.found, shared: shared !== undefined, repositories: shared?.repositories ?? [] },
    });
  const plans: ParsedPlan[] = new Array(files.length);
  const names: (PlanName | undefined)[] = new Array(files.length);
  const links: (PlanLinkFacts | undefined)[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      const decoded = await readSourceFile(file, options.cwd);
      const inputs = runKey !== undefined && decoded.text !== undefined ? [runKey, file, decoded.text] : undefined;
      const kept = inputs && results?.get(inputs);
      if (kept) {
        // Read, not parsed: the same text, settings and lessons gave this result before.
        plans[index] = { file, text: kept.diagnostics.length > 0 ? decoded.text! : '', diagnostics: kept.diagnostics };
        names[index] = kept.name;
        links[index] = kept.links;
        continue;
      }
      const parsed: ParsedPlan =
        decoded.text === undefined
          ? { file, text: '', diagnostics: decoded.diagnostics }
          : parsePlan(decoded.text, file);
      if (!parsed.plan || options.lintValidPlans !== false) {
        const lessonLint = lessonSet && lessonLintOf(parsed, lessonSet);
        parsed.diagnostics.push(
          ...lintPlan(parsed, lessonLint ? { ...lintOptions, lessons: lessonLint } : lintOptions),
        );
      }
      // Only the rules use the salvaged rest of an invalid plan.
      delete parsed.salvaged;
      if (parsed.plan && parsed.locator) {
        names[index] = { name: parsed.plan.metadata.name, position: parsed.locator.locate(['metadata', 'name']) };
        links[index] = linkFacts(parsed.file, parsed.plan, parsed.locator);
      }
      // The locator holds the whole YAML syntax tree; positions are resolved by now, so let it go.
      delete parsed.locator;
      parsed.diagnostics = capDiagnostics(parsed.diagnostics.sort(byPosition));
      if (inputs) results?.set(inputs, keptResult(parsed.diagnostics, names[index], links[index]));
      await options.onChecked?.(parsed, index, lessons);
      if (options.retainPlans === false) {
        delete parsed.plan;
        // Text is kept for code frames only: holding every clean file's text until the end made
        // memory grow with the number of plans.
        if (parsed.diagnostics.length === 0) parsed.text = '';
      }
      plans[index] = parsed;
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  reportDuplicateNames(plans, names);
  await reportLinks(plans, links, inputs.length > 0 ? options : undefined);
  for (const parsed of plans) {
    // Capped per file in the worker; a duplicate name adds at most one more.
    parsed.diagnostics.sort(byPosition);
    // A clean file whose text was dropped and that has a duplicate name after all: read it again for its code frame.
    if (options.retainPlans === false && parsed.text === '' && parsed.diagnostics.length > 0) {
      parsed.text = (await readSourceFile(parsed.file, options.cwd).catch(() => undefined))?.text ?? '';
    }
  }
  // Lessons' own problems come first: a broken lesson explains missing guards in the plans.
  const diagnostics = [
    ...loaded.diagnostics,
    ...(shared?.diagnostics ?? []),
    ...lessons.flatMap((l) => capDiagnostics(l.diagnostics)),
    ...plans.flatMap((p) => p.diagnostics),
  ];
  return { plans, lessons, diagnostics, ...countErrors(diagnostics) };
}

/** What a later run needs of a checked file, without the parts that are only undefined. */
function keptResult(
  diagnostics: Diagnostic[],
  name: PlanName | undefined,
  links: PlanLinkFacts | undefined,
): CheckedFile {
  return { diagnostics, ...(name ? { name } : {}), ...(links ? { links } : {}) };
}

interface PlanName {
  name: string;
  position: Position;
}

/** Plan names key issues and labels, so they must be unique; the first file (by path) keeps it. */
function reportDuplicateNames(plans: ParsedPlan[], names: (PlanName | undefined)[]): void {
  const owners = new Map<string, string>();
  plans.forEach((parsed, index) => {
    const entry = names[index];
    if (!entry) return;
    const other = owners.get(entry.name);
    if (!other) {
      owners.set(entry.name, parsed.file);
      return;
    }
    parsed.diagnostics.push({
      file: parsed.file,
      ...entry.position,
      severity: 'error',
      code: 'ref/duplicate-plan',
      message: `plan name "${entry.name}" is also used by ${other}`,
      expected: 'a plan name unique in the repository',
      hint: 'plan names key the checklist issues and labels; rename one plan',
    });
  });
}

/**
 * Links between plans (plan/links.ts). When only some files were named (a pre-commit hook), a
 * link to a plan outside them is looked up among the repository's configured plans before it is
 * called unknown.
 */
async function reportLinks(
  plans: ParsedPlan[],
  facts: (PlanLinkFacts | undefined)[],
  repository: CheckOptions | undefined,
): Promise<void> {
  const checked = facts.filter((f): f is PlanLinkFacts => f !== undefined);
  const known = new Map<string, readonly string[]>();
  for (const f of checked) if (!known.has(f.name)) known.set(f.name, f.phases);
  if (repository && unresolvedPlans(checked, new Set(known.keys()))) {
    const named = new Set(plans.map((p) => p.file));
    const paths = repository.config.plans ?? DEFAULT_PLAN_PATHS;
    const others = await discoverPlanFiles(paths, repository.cwd).catch(() => [] as string[]);
    for (const file of others) {
      if (named.has(file)) continue;
      const other = await readPlanFile(file, repository.cwd).catch(() => undefined);
      const plan = other?.plan;
      if (plan && !known.has(plan.metadata.name))
        known.set(
          plan.metadata.name,
          plan.phases.map((p) => p.id),
        );
    }
  }
  const found = checkLinks(checked, known);
  for (const parsed of plans) parsed.diagnostics.push(...(found.get(parsed.file) ?? []));
}

function countErrors(diagnostics: Diagnostic[]) {
  const { errors, warnings } = countBySeverity(diagnostics);
  return { errors, warnings };
}
