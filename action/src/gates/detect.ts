// Which plans a pull request rolls out, and into which phase. Pure: the caller passes
// the plans as they are on the BASE branch (never the PR head, so a PR cannot loosen
// the gates it is judged by), the PR's changed files, labels and body.
//
// A PR is a rollout PR for a plan when it
//   - changes the plan file, or a file matching a phase's `paths:`;
//   - carries the label `<prefix>:plan/<name>`;
//   - or has a marker line `Rollbook-Promote: <plan>/<phase>` (or just `<plan>`) in its body.
// The phase it promotes to, first rule that gives one:
//   1. explicit: the body marker, else a `<prefix>:phase/<id>` label;
//   2. paths: the furthest phase whose `paths:` match a changed file;
//   3. checklist state: the phase after the plan's current phase (the first phase when
//      the rollout has not started).
// Explicit names cannot make a PR easier to pass: when the changed files reach a later
// phase than the marker names, the later phase wins and a problem says so.
import type { RolloutPlan } from '../plan/schema.ts';
import { DEFAULT_LABEL_PREFIX } from '../text/label-prefix.ts';
import { globMatcher, normalizePath } from './glob.ts';

export const MARKER_KEY = 'Rollbook-Promote';
const ID = '[a-z0-9][a-z0-9-]*';
const MARKER_LINE = new RegExp(`^\\s*${MARKER_KEY}:\\s*(${ID})(?:/(${ID}))?\\s*$`, 'i');

export interface PullRequestInfo {
  body?: string | null;
  labels?: readonly string[];
}

export interface BasePlan {
  /** Repository-relative path of the plan file on the base branch. */
  file: string;
  plan: RolloutPlan;
}

export interface DetectOptions {
  labelPrefix?: string;
  /**
   * The current phase of each plan from its checklist state: a phase id, or null when
   * the rollout has not started. Plans without an entry have no known state.
   */
  currentPhases?: Readonly<Record<string, string | null>>;
}

export type Trigger = 'plan-file' | 'paths' | 'label' | 'marker';
export type TargetRule = 'marker' | 'phase-label' | 'paths' | 'checklist';

export interface RolloutMatch {
  plan: string;
  file: string;
  triggers: Trigger[];
  /** The phase the PR promotes to; absent when it cannot be told (see problems). */
  target?: string;
  targetBy?: TargetRule;
  /** The PR edits the plan itself: it is still judged by the base branch's version. */
  planChanged: boolean;
  /** Phases whose `paths:` matched, in plan order. */
  pathPhases: string[];
  problems: string[];
}

export interface RolloutDetection {
  rollouts: RolloutMatch[];
  /** Plans named by a label or marker that are not on the base branch. */
  unknownPlans: string[];
}

interface Marker {
  plan: string;
  phase?: string;
}

/** `Rollbook-Promote:` lines of a PR body, outside code fences and HTML comments. */
export function parseMarkers(body: string | null | undefined): Marker[] {
  if (!body) return [];
  const markers: Marker[] = [];
  let fenced = false;
  for (const line of withoutHtmlComments(body).split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const match = MARKER_LINE.exec(line);
    if (match)
      markers.push(
        match[2] ? { plan: match[1]!.toLowerCase(), phase: match[2].toLowerCase() } : { plan: match[1]!.toLowerCase() },
      );
  }
  return markers;
}

/**
 * The body without `<!-- … -->` comments (an unclosed one runs to the end). A lazy regular
 * expression would rescan the rest of the body from every `<!--` that is never closed: quadratic
 * in a body a PR author controls.
 */
export function withoutHtmlComments(body: string): string {
  let out = '';
  let at = 0;
  for (let open = body.indexOf('<!--'); open >= 0; open = body.indexOf('<!--', at)) {
    out += body.slice(at, open);
    const close = body.indexOf('-->', open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
  return out + body.slice(at);
}

function labelValues(labels: readonly string[], prefix: string, kind: 'plan' | 'phase'): string[] {
  const start = `${prefix}:${kind}/`.toLowerCase();
  return labels.filter((l) => l.toLowerCase().startsWith(start)).map((l) => l.slice(start.length).toLowerCase());
}

export function detectRollout(
  pr: PullRequestInfo,
  changedFiles: readonly string[],
  plansFromBaseBranch: readonly BasePlan[],
  options: DetectOptions = {},
): RolloutDetection {
  const prefix = options.labelPrefix ?? DEFAULT_LABEL_PREFIX;
  const labels = pr.labels ?? [];
  const markers = parseMarkers(pr.body);
  const planLabels = labelValues(labels, prefix, 'plan');
  const phaseLabels = labelValues(labels, prefix, 'phase');
  const files = changedFiles.map(normalizePath);
  const known = new Set(plansFromBaseBranch.map((p) => p.plan.metadata.name));
  const named = [...planLabels, ...markers.map((m) => m.plan)];
  const unknownPlans = [...new Set(named.filter((name) => !known.has(name)))].sort();

  const rollouts: RolloutMatch[] = [];
  for (const { file, plan } of plansFromBaseBranch) {
    const name = plan.metadata.name;
    const planChanged = files.includes(normalizePath(file));
    const pathPhases = plan.phases
      .filter((phase) => (phase.paths ?? []).some((glob) => files.some(globMatcher(glob))))
      .map((phase) => phase.id);
    const marker = markers.find((m) => m.plan === name);
    const triggers: Trigger[] = [];
    if (planChanged) triggers.push('plan-file');
    if (pathPhases.length > 0) triggers.push('paths');
    if (planLabels.includes(name)) triggers.push('label');
    if (marker) triggers.push('marker');
    if (triggers.length === 0) continue;
    rollouts.push({
      plan: name,
      file,
      triggers,
      planChanged,
      pathPhases,
      ...chooseTarget(plan, marker, phaseLabels, pathPhases, options.currentPhases),
    });
  }
  return { rollouts, unknownPlans };
}

function chooseTarget(
  plan: RolloutPlan,
  marker: Marker | undefined,
  phaseLabels: readonly string[],
  pathPhases: readonly string[],
  currentPhases: DetectOptions['currentPhases'],
): Pick<RolloutMatch, 'target' | 'targetBy' | 'problems'> {
  const problems: string[] = [];
  const indexOf = (id: string) => plan.phases.findIndex((p) => p.id === id);
  const phaseList = plan.phases.map((p) => p.id).join(', ');

  let explicit: { id: string; by: TargetRule } | undefined;
  if (marker?.phase !== undefined) {
    if (indexOf(marker.phase) >= 0) explicit = { id: marker.phase, by: 'marker' };
    else
      problems.push(
        `${MARKER_KEY} names phase "${marker.phase}", which plan ${plan.metadata.name} does not have (phases: ${phaseList})`,
      );
  } else {
    const labelled = phaseLabels.filter((id) => indexOf(id) >= 0);
    if (labelled.length > 1) problems.push(`several phase labels (${labelled.join(', ')}); using the furthest`);
    const furthest = labelled.sort((a, b) => indexOf(b) - indexOf(a))[0];
    if (furthest !== undefined) explicit = { id: furthest, by: 'phase-label' };
  }
  const byPaths = pathPhases.at(-1);
  if (pathPhases.length > 1) {
    problems.push(
      `changes files of several phases (${pathPhases.join(', ')}); judged as a promotion into the furthest`,
    );
  }

  if (explicit && byPaths !== undefined && indexOf(byPaths) > indexOf(explicit.id)) {
    problems.push(
      `the ${explicit.by === 'marker' ? 'marker' : 'label'} names ${explicit.id}, but the changed files belong to ${byPaths}: judged as a promotion into ${byPaths}`,
    );
    return { target: byPaths, targetBy: 'paths', problems };
  }
  if (explicit) return { target: explicit.id, targetBy: explicit.by, problems };
  if (byPaths !== undefined) return { target: byPaths, targetBy: 'paths', problems };

  const name = plan.metadata.name;
  if (currentPhases && Object.hasOwn(currentPhases, name)) {
    const current = currentPhases[name];
    if (current === null || current === undefined)
      return { target: plan.phases[0]!.id, targetBy: 'checklist', problems };
    const index = indexOf(current);
    const next = index >= 0 ? plan.phases[index + 1] : undefined;
    if (next) return { target: next.id, targetBy: 'checklist', problems };
    problems.push(
      index < 0
        ? `the checklist says the current phase is "${current}", which the plan does not have`
        : `the rollout is already in its last phase (${current}); nothing to promote to`,
    );
    return { problems };
  }
  problems.push(
    `cannot tell which phase this PR promotes to: add a line \`${MARKER_KEY}: ${name}/<phase>\` to its description`,
  );
  return { problems };
}
