// The plans a pull request is judged by: read through the contents API at the PR's BASE commit,
// never from the head and never from the workspace (which, on `pull_request`, is the PR's own
// code). Configuration, lessons and the report templates come from the same commit, so a PR can
// neither loosen a gate, nor drop a lesson guard that tightens one, nor change how its report reads. See docs/adr/0011-report-reads-base-branch.md.
// The lesson sources too are the base commit's `lessonSources`: a PR that adds, drops or re-pins
// one does not change the guards it is judged by (docs/adr/0049-shared-lessons.md).
import { parseConfig } from '../../config/load.ts';
import { DEFAULT_PLAN_PATHS, type RollbookConfig } from '../../config/schema.ts';
import { matchesGlob } from '../../gates/glob.ts';
import { loadReportTemplates, type ReportTemplates } from '../../gates/report/templates.ts';
import type { GitHubClient } from '../../github/client.ts';
import { type DirectoryEntry, readContent } from '../../github/contents.ts';
import type { RepoRef } from '../../github/repo.ts';
import { applyGuards } from '../../lessons/apply.ts';
import { checkDuplicateIds, checkSharedDuplicateIds, toLessonSet } from '../../lessons/lesson-set.ts';
import { lessonsDirOf } from '../../lessons/load.ts';
import { matchGuards, type PlanGuards } from '../../lessons/match.ts';
import type { LessonRef, ParsedLesson } from '../../lessons/parse.ts';
import { parseLesson } from '../../lessons/parse.ts';
import { parsePlan } from '../../plan/parse.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import { decodeSource, parseYamlSource } from '../../plan/yaml-source.ts';
import type { TemplateFiles } from '../../templates/files.ts';
import { compareCodePoints } from '../../text/order.ts';
import type { SharedLessonsOf } from '../lesson-sources.ts';

const PLAN_FILE = /\.rollout\.ya?ml$/;
const LESSON_FILE = /\.md$/;
const NOT_A_LESSON = /(^|\/)readme\.md$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** Directories listed per input path at most: a request each, and plans live in a few. */
const MAX_DIRECTORIES = 200;

export interface BasePlan {
  file: string;
  /** As written on the base branch. */
  plan: RolloutPlan;
  guards: PlanGuards;
  /** With the lesson guards folded in: what gates are evaluated against. */
  applied: RolloutPlan;
}

/**
 * A plan file on the base branch that is not a valid plan. PRs that change it, change a file its
 * phases' `paths:` name, or name it by label or marker get an error status instead of a verdict.
 */
export interface BrokenPlan {
  file: string;
  /** `metadata.name`, when the document has one. */
  name?: string;
  /** Every phase's `paths:` globs the document has, valid or not. */
  paths: string[];
  /** The first error, positioned: `12:5 gate refers to metric "x", which is not in the metrics catalogue`. */
  problem: string;
  /** Set when the plan is valid but its lessons could not all be read: what its status says instead. */
  why?: string;
}

export interface BaseSnapshot {
  sha: string;
  plans: BasePlan[];
  broken: BrokenPlan[];
  /** Things that were odd on the base branch (a plan that does not parse); logged as warnings. */
  problems: string[];
}

export interface BaseBranchOptions {
  /** The action's `plans` input; empty: the configuration's `plans:`, else `playbooks`. */
  planPaths: readonly string[];
  configPath: string;
  /** The action's `templates` input: a directory on the base commit; unset: the configuration's `templates:`. */
  templatesDir?: string;
  /** Reads the base configuration's `lessonSources` (once per run across commits); unset: none are read. */
  lessonSources?: SharedLessonsOf;
}

interface ReadFile {
  path: string;
  bytes: Buffer;
  sha: string;
}

/** The value cached under `key`, made by `make` the first time it is asked for. */
function once<V>(cache: Map<string, V>, key: string, make: () => V): V {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const made = make();
  cache.set(key, made);
  return made;
}

/** Reads each base commit once per run, and each file (by blob sha) once across commits. */
export class BaseBranchReader {
  readonly #client: GitHubClient;
  readonly #repo: RepoRef;
  readonly #options: BaseBranchOptions;
  readonly #snapshots = new Map<string, Promise<BaseSnapshot>>();
  readonly #blobs = new Map<string, ReadFile>();
  /** `sha:path` → the answer: the plan and lesson walks list some directories twice. */
  readonly #contents = new Map<string, ReturnType<typeof readContent>>();
  readonly #templates = new Map<string, Promise<ReportTemplates>>();

  constructor(client: GitHubClient, repo: RepoRef, options: BaseBranchOptions) {
    this.#client = client;
    this.#repo = repo;
    this.#options = options;
  }

  at(sha: string): Promise<BaseSnapshot> {
    return once(this.#snapshots, sha, () => this.#read(sha));
  }

  async #read(sha: string): Promise<BaseSnapshot> {
    const problems: string[] = [];
    const config = await this.#config(sha, problems);
    const inputs = this.#options.planPaths.length > 0 ? this.#options.planPaths : (config.plans ?? DEFAULT_PLAN_PATHS);
    const planFiles = new Map<string, ReadFile>();
    for (const input of inputs) {
      const files = await this.#files(sha, input, PLAN_FILE, problems);
      for (const file of files) planFiles.set(file.path, file);
    }
    const { lessons, unread } = await this.#allLessons(sha, config, problems);
    // Overrides that are not on the base commit would mean the built-in report, silently.
    const templates = repositoryDir(this.#options.templatesDir ?? config.templates);
    if (templates && (await this.#content(sha, templates))?.kind !== 'dir') {
      problems.push(
        `the templates directory "${templates}" is not on the base branch (${sha.slice(0, 7)}), so the built-in report templates are used`,
      );
    }
    const plans: BasePlan[] = [];
    const broken: BrokenPlan[] = [];
    for (const file of [...planFiles.values()].sort((a, b) => compareCodePoints(a.path, b.path))) {
      const plan = this.#plan(file, problems, broken);
      if (!plan) continue;
      if (unread) {
        // Without a source's guards the gates would be looser than the plan's lessons ask: no verdict.
        const why = `the lessons this plan is judged by could not be read (${unread})`;
        broken.push({ file: file.path, name: plan.metadata.name, paths: planPaths(plan), problem: unread, why });
        continue;
      }
      const guards = matchGuards(plan, lessons);
      plans.push({ file: file.path, plan, guards, applied: applyGuards(plan, guards) });
    }
    const names = new Map<string, string>();
    for (const { file, plan } of plans) {
      const first = names.get(plan.metadata.name);
      if (first) problems.push(`${file} and ${first} both define plan ${plan.metadata.name}`);
      else names.set(plan.metadata.name, file);
    }
    return { sha, plans, broken, problems };
  }

  /** The report templates as of the base commit: the built-in ones, with the overrides that commit has. */
  reportTemplates(sha: string): Promise<ReportTemplates> {
    return once(this.#templates, sha, () => this.#readTemplates(sha));
  }

  async #readTemplates(sha: string): Promise<ReportTemplates> {
    const dir = repositoryDir(this.#options.templatesDir ?? (await this.#config(sha, [])).templates);
    if (!dir) return loadReportTemplates();
    const files: TemplateFiles = {
      read: async (path) => {
        const content = await this.#content(sha, path);
        return content?.kind === 'file' ? content.bytes.toString('utf8') : undefined;
      },
      list: async (path) => {
        const content = await this.#content(sha, path);
        return content?.kind === 'dir'
          ? content.entries.filter((e) => e.type === 'file').map((e) => e.path.split('/').at(-1)!)
          : [];
      },
    };
    return loadReportTemplates(dir, undefined, files);
  }

  #content(sha: string, path: string): ReturnType<typeof readContent> {
    return once(this.#contents, `${sha}:${path}`, () => readContent(this.#client, this.#repo, path, sha));
  }

  async #config(sha: string, problems: string[]): Promise<RollbookConfig> {
    const file = this.#options.configPath;
    const content = await this.#content(sha, file);
    if (content?.kind !== 'file') return {};
    const decoded = decodeSource(content.bytes, file);
    const parsed = decoded.text === undefined ? undefined : parseConfig(decoded.text, file);
    const errors = [...decoded.diagnostics, ...(parsed?.diagnostics ?? [])].filter((d) => d.severity === 'error');
    if (!parsed || errors.length > 0) {
      problems.push(
        `${file} on the base branch is invalid (${errors[0]?.message ?? 'unreadable'}); using the defaults`,
      );
      return {};
    }
    return parsed.config;
  }

  #plan(file: ReadFile, problems: string[], broken: BrokenPlan[]): RolloutPlan | undefined {
    const decoded = decodeSource(file.bytes, file.path);
    const parsed = decoded.text === undefined ? undefined : parsePlan(decoded.text, file.path);
    const first = [...decoded.diagnostics, ...(parsed?.diagnostics ?? [])].find((d) => d.severity === 'error');
    // Cross-reference errors (an undeclared metric, a duplicate id) make a plan as invalid as a
    // schema error: evaluating it anyway would judge PRs by gates that do not mean anything.
    if (parsed?.plan && !first) return parsed.plan;
    const problem = first ? `${first.line}:${first.column} ${first.message}` : 'unreadable';
    problems.push(
      `${file.path} is not a valid plan on the base branch (${problem}); its pull requests get an error status`,
    );
    broken.push({ file: file.path, ...identity(parsed?.text), problem });
    return undefined;
  }

  /**
   * The base commit's own lessons, then those of its configuration's lesson sources. `unread`
   * says why, when some source could not be read: its plans then get an error status.
   */
  async #allLessons(
    sha: string,
    config: RollbookConfig,
    problems: string[],
  ): Promise<{ lessons: readonly LessonRef[]; unread?: string }> {
    const local = await this.#lessons(sha, lessonsDirOf(config), problems);
    const shared = config.lessonSources?.length
      ? await this.#options.lessonSources?.(config, this.#options.configPath)
      : undefined;
    if (!shared) return { lessons: toLessonSet(local).lessons };
    checkSharedDuplicateIds(local, shared.lessons);
    for (const lesson of shared.lessons) {
      const first = lesson.diagnostics.find((d) => d.severity === 'error');
      if (first) problems.push(`${first.file}:${first.line}:${first.column} ${first.message}; it guards nothing`);
    }
    const lessons = toLessonSet([...local, ...shared.lessons]).lessons;
    if (shared.failed.length === 0) return { lessons };
    const unread = shared.failed.map((f) => `${f.message}; ${f.hint}`).join('; ');
    problems.push(unread);
    return { lessons, unread };
  }

  async #lessons(sha: string, dir: string, problems: string[]): Promise<ParsedLesson[]> {
    const files = await this.#files(sha, dir, LESSON_FILE, problems, { optional: true });
    const parsed: ParsedLesson[] = [];
    for (const file of files) {
      if (NOT_A_LESSON.test(file.path)) continue;
      const decoded = decodeSource(file.bytes, file.path);
      parsed.push(
        decoded.text === undefined
          ? { file: file.path, text: '', diagnostics: decoded.diagnostics }
          : parseLesson(decoded.text, file.path),
      );
    }
    checkDuplicateIds(parsed);
    return parsed;
  }

  /** Files under `input` (a file, a directory or a glob) whose path matches `wanted`. */
  async #files(
    sha: string,
    input: string,
    wanted: RegExp,
    problems: string[],
    options: { optional?: boolean } = {},
  ): Promise<ReadFile[]> {
    const clean = input.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    const glob = /[*?[\]{}]/.test(clean) ? clean : undefined;
    const root = glob ? staticPrefix(glob) : clean;
    if (root === '') {
      // The contents API lists directories below the root only (GET …/contents/{path}).
      problems.push(
        `"${input}" starts at the repository root; name a directory first, e.g. "playbooks/**/*.rollout.yaml"`,
      );
      return [];
    }
    const content = await this.#content(sha, root);
    if (!content) {
      if (!options.optional) problems.push(`"${input}" is not on the base branch`);
      return [];
    }
    if (content.kind === 'too-large') {
      problems.push(`${content.path} is too large to read through the API (${content.size} bytes)`);
      return [];
    }
    if (content.kind === 'file') {
      return glob && !matchesGlob(content.path, glob)
        ? []
        : [{ path: content.path, bytes: content.bytes, sha: content.sha }];
    }
    const entries = await this.#walk(sha, content.entries, problems);
    const matches = entries.filter((e) => (glob ? matchesGlob(e.path, glob) : wanted.test(e.path)));
    const out: ReadFile[] = [];
    // Sequential: a repository has tens of plans, and GitHub asks integrations not to burst.
    for (const entry of matches) {
      const file = await this.#file(sha, entry);
      if (file) out.push(file);
    }
    return out;
  }

  /** Every file below the listed entries. */
  async #walk(sha: string, first: DirectoryEntry[], problems: string[]): Promise<DirectoryEntry[]> {
    const files: DirectoryEntry[] = [];
    const queue = [first];
    let listed = 1;
    while (queue.length > 0) {
      for (const entry of queue.shift()!) {
        if (entry.type === 'file') files.push(entry);
        if (entry.type !== 'dir' || SKIPPED_DIRS.has(entry.path.split('/').at(-1)!)) continue;
        if (++listed > MAX_DIRECTORIES) {
          problems.push(`stopped listing after ${MAX_DIRECTORIES} directories; name the plan directories in "plans"`);
          return files;
        }
        const listing = await this.#content(sha, entry.path);
        if (listing?.kind === 'dir') queue.push(listing.entries);
      }
    }
    return files;
  }

  async #file(sha: string, entry: DirectoryEntry): Promise<ReadFile | undefined> {
    const cached = this.#blobs.get(entry.sha);
    if (cached) return { ...cached, path: entry.path };
    const content = await this.#content(sha, entry.path);
    if (content?.kind !== 'file') return undefined;
    const file = { path: content.path, bytes: content.bytes, sha: content.sha };
    this.#blobs.set(content.sha, file);
    return file;
  }
}

/** What an invalid plan's YAML still says about which PRs it concerns, read leniently. */
function identity(text: string | undefined): Pick<BrokenPlan, 'name' | 'paths'> {
  if (text === undefined) return { paths: [] };
  const data = parseYamlSource(text, '').data;
  const field = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null && Object.hasOwn(value, key)
      ? (value as Record<string, unknown>)[key]
      : undefined;
  const name = field(field(data, 'metadata'), 'name');
  const phases = field(data, 'phases');
  const paths = (Array.isArray(phases) ? phases : []).flatMap((phase) => {
    const globs = field(phase, 'paths');
    return Array.isArray(globs) ? globs.filter((g): g is string => typeof g === 'string') : [];
  });
  return typeof name === 'string' ? { name: name.toLowerCase(), paths } : { paths };
}

/** Every phase's `paths:` globs of a valid plan. */
function planPaths(plan: RolloutPlan): string[] {
  return plan.phases.flatMap((phase) => phase.paths ?? []);
}

/** The directory part of a glob before its first wildcard: `playbooks/*.rollout.yaml` → `playbooks`. */
export function staticPrefix(glob: string): string {
  const segments = glob.split('/');
  const index = segments.findIndex((s) => /[*?[\]{}]/.test(s));
  return segments.slice(0, index < 0 ? segments.length : index).join('/');
}

/** A directory as a repository path: `./report-templates/` is `report-templates`; undefined for none. */
function repositoryDir(dir: string | undefined): string | undefined {
  return dir?.replace(/^\.?\/+/, '').replace(/\/+$/, '') || undefined;
}
