// `rollbook gate`: the gate report for one promotion, computed locally with the same code
// the action uses, so a team can try its gates before wiring the action.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../../config/load.ts';
import { collectMeasurements, type MetricSource, planSources, type SourceResolver } from '../../gates/collect.ts';
import { DEPENDENCY_DONE } from '../../gates/evaluate-gate.ts';
import { phaseTransition, UnknownPhaseError } from '../../gates/evaluate-phase.ts';
import { gateIds } from '../../gates/gate-id.ts';
import {
  CHECK_STATES,
  type CheckState,
  type PhaseFacts,
  type PullRequestFacts,
  type Signoff,
} from '../../gates/model.ts';
import { createProviders, JsonFileProvider, SharedQueries } from '../../gates/providers/index.ts';
import { buildGateReport } from '../../gates/report/build.ts';
import { gateReportJson, renderGateReport } from '../../gates/report/render.ts';
import { loadReportTemplates } from '../../gates/report/templates.ts';
import { applyGuards } from '../../lessons/apply.ts';
import { reportGuards } from '../../lessons/report.ts';
import { isGateOfKind } from '../../plan/gate-kind.ts';
import { readPlanFile } from '../../plan/load.ts';
import { idRecord } from '../../plan/own.ts';
import type { Phase, RolloutPlan } from '../../plan/schema.ts';
import { listOf } from '../../plan/suggest.ts';
import { HANDLE_PATTERN } from '../../text/handle.ts';
import { plural } from '../../text/plural.ts';
import { INSTANT_EXAMPLE, parseInstant } from '../../time/instant.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { reportConfigErrors, reportConfigWarnings } from '../config-errors.ts';
import { gateGuards } from '../gate-lessons.ts';
import { gotWhy, oneOf, templatesOption } from '../options.ts';

const FORMATS = ['text', 'md', 'json'] as const;
/** The bearer token for --prometheus-url comes from the environment, never the command line (shell history, ps). */
export const PROMETHEUS_TOKEN_ENV = 'ROLLBOOK_PROMETHEUS_TOKEN';
/** With --metrics-file, a baseline gate's control value is read under `<metric>:baseline`. */
export const BASELINE_KEY_SUFFIX = ':baseline';

export const gateCommand: Command = {
  name: 'gate',
  help: `Usage: rollbook gate <plan> --phase <id> [options]
       rollbook gate --plan <plan> --phase <id> [options]

Evaluates the gates for promoting the plan into --phase: the bake, metrics, checks and
sign-offs of the phase before it, and the freezes covering --phase's environment, with the
guards the repository's lessons (and its lessonSources) add to the plan. Prints
the verdict (PROMOTE, HOLD, FROZEN, ROLL BACK, or ROLL FORWARD where the phase cannot be
undone or the policy rolls forward) with the numbers behind it: the same
report the GitHub Action posts on rollout pull requests.

Options:
  --plan <file>            the rollout plan (*.rollout.yaml); or give it as the argument
  --phase <id>             the phase to promote into
  --at <ISO time>          evaluate at this time (default now)
  --format <text|md|json>  output format (default text; md is the PR comment)
  --prometheus-url <url>   Prometheus for prometheus metrics (bearer token from
                           $${PROMETHEUS_TOKEN_ENV})
  --metrics-file <file>    read every metric from a JSON file instead, keyed by metric name:
                             {"metrics": {"error_rate": 0.004, "p99_latency:baseline": 0.41,
                              "orders": {"series": [["2026-11-16T09:00:00Z", 100], ...]}}}
                           a baseline gate's control value is "<metric>:baseline"; week-over-week
                           and history need a series
  --http-json-allow-private
                           let http-json URLs reach loopback, private, link-local and
                           cloud-metadata addresses (refused by default)
  --activated-at <ISO>     when the phase being left was activated (starts its bake)
  --signed-off <@a,@b>     handles that signed off; each counts for every sign-off gate that
                           lists it, or lists a team (team membership is not checked locally)
  --check <name=state>     a check or commit status on the PR head, e.g. integration-tests=success
                           (repeatable; unknown checks hold)
  --done <plan/phase>      a phase of another plan that is done, for --phase's \`dependsOn\`
                           (repeatable; a dependency not named holds, as its state is not known
                           locally)
  --label <name>           a PR label, e.g. hotfix (repeatable)
  --templates <dir>        directory whose report templates override the built-in ones
                           (default: \`templates\` in the configuration)
  --config <file>          configuration file (default rollbook.config.yaml): lessons,
                           lessonSources (read with $GITHUB_TOKEN), templates
  -h, --help               show this help

Exit codes: 0 PROMOTE, 1 HOLD, FROZEN, ROLL BACK or ROLL FORWARD, 2 bad usage (unknown option,
missing or invalid plan, unknown phase, missing metrics file).`,
  options: {
    plan: { type: 'string' },
    phase: { type: 'string' },
    at: { type: 'string' },
    format: { type: 'string' },
    'prometheus-url': { type: 'string' },
    'metrics-file': { type: 'string' },
    'activated-at': { type: 'string' },
    'http-json-allow-private': { type: 'boolean' },
    'signed-off': { type: 'string' },
    check: { type: 'string', multiple: true },
    done: { type: 'string', multiple: true },
    label: { type: 'string', multiple: true },
    templates: { type: 'string' },
    config: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const format = oneOf(values.format, FORMATS, 'format', 'text');
    const planPath = planOption(values.plan, positionals);
    const at = isoTime(values.at, 'at') ?? io.now();
    const activatedAt = isoTime(values['activated-at'], 'activated-at');
    const metricsFile = values['metrics-file'] as string | undefined;
    if (metricsFile !== undefined) await mustBeFile(metricsFile, '--metrics-file', io.cwd, 'the JSON file');
    const prometheusUrl = values['prometheus-url'] as string | undefined;
    if (prometheusUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(prometheusUrl)) {
      throw new UsageError(`--prometheus-url must be an http(s) URL (got "${prometheusUrl}")`);
    }

    const flagTemplates = await templatesOption(values.templates as string | undefined, io.cwd);
    const loaded = await loadConfig(io.cwd, values.config as string | undefined, {
      templatesGiven: flagTemplates !== undefined,
    });
    if (reportConfigErrors(loaded, io)) return EXIT.problems;
    reportConfigWarnings(loaded, io);
    const templatesDir = flagTemplates ?? loaded.config.templates;
    const own = await loadPlan(planPath, values.plan === undefined ? 'the plan' : '--plan', io.cwd, io.stderr);
    const target = phaseOption(values.phase, own);
    // Judged with its lessons' guards, as the action judges it (cli/gate-lessons.ts).
    const guards = await gateGuards(own, loaded, io);
    if (!guards) return EXIT.problems;
    const plan = applyGuards(own, guards);
    let from: Phase | undefined;
    try {
      ({ from } = phaseTransition(plan, target));
    } catch (error) {
      if (error instanceof UnknownPhaseError) throw new UsageError(error.message);
      throw error;
    }

    const pool = new SharedQueries();
    const sources = metricsFile
      ? metricsFileSources(
          pool.wrap(new JsonFileProvider({ path: resolve(io.cwd, metricsFile), display: metricsFile, root: io.cwd })),
        )
      : cliPlanSources(
          createProviders(
            {
              ...(prometheusUrl
                ? { prometheus: withToken({ baseUrl: prometheusUrl }, io.env[PROMETHEUS_TOKEN_ENV]) }
                : {}),
              httpJson: { allowPrivate: values['http-json-allow-private'] === true },
            },
            pool,
          ),
        );
    const facts: PhaseFacts = { signoffs: signoffs(values['signed-off'], from, at) };
    if (activatedAt) facts.activatedAt = activatedAt;
    facts.dependencies = doneDependencies(values.done, plan, target);
    const pr: PullRequestFacts = { checks: checks(values.check), labels: list(values.label) };

    const measurements = await collectMeasurements({
      plan,
      target,
      at,
      ...(activatedAt ? { activatedAt } : {}),
      resolve: sources,
    });
    const built = buildGateReport({ plan, target, at, facts, pr, measurements });
    const report = { ...built, lessons: from ? reportGuards(guards, from.id, built.evaluation.gates) : [] };
    if (format === 'json') {
      io.stdout(`${JSON.stringify(gateReportJson(report), null, 2)}\n`);
    } else {
      const templates = await loadReportTemplates(
        templatesDir === undefined ? undefined : resolve(io.cwd, templatesDir),
        undefined,
        undefined,
        io.cwd,
      );
      io.stdout(renderGateReport(report, format, templates));
    }
    return report.evaluation.verdict === 'PROMOTE' ? EXIT.ok : EXIT.problems;
  },
};

/** The plan, named once: by `--plan` or as the one argument, as `validate` and `render` take theirs. */
function planOption(flag: unknown, positionals: string[]): string {
  const [first, extra] = positionals;
  if (extra !== undefined) {
    throw new UsageError(`gate judges one plan at a time, and got "${first}" and "${extra}"`);
  }
  if (first !== undefined && flag !== undefined) {
    throw new UsageError(`the plan is named twice: --plan "${flag}" and "${first}"; give it once`);
  }
  if (first === '') throw new UsageError('the plan argument is empty');
  if (first !== undefined) return first;
  if (typeof flag !== 'string' || flag === '') {
    throw new UsageError('which plan? Name it: rollbook gate <plan> --phase <id> (or --plan <plan>)');
  }
  return flag;
}

/** `--phase`, which the plan must have; without it, the phases it could be are named. */
function phaseOption(value: unknown, plan: RolloutPlan): string {
  if (typeof value === 'string' && value !== '') return value;
  const ids = plan.phases.map((p) => p.id);
  throw new UsageError(
    `--phase is required: the phase to promote into, ${ids.length > 1 ? 'one of ' : ''}${listOf(ids)}`,
  );
}

function isoTime(value: unknown, option: string): Date | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  // Dates alone are read as UTC midnight; a time of day must say its zone.
  const parsed = parseInstant(text);
  if (!parsed.ok) {
    throw new UsageError(
      `--${option} must be an ISO 8601 time such as ${INSTANT_EXAMPLE}${gotWhy(text, parsed.error)}`,
    );
  }
  return parsed.date;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function withToken<T extends object>(options: T, token: string | undefined): T & { token?: string } {
  return token ? { ...options, token } : options;
}

/**
 * A usage error unless `path` names something that exists and is not a directory. `named`: how
 * the user gave the path (`--metrics-file`, or `the plan` given as the argument).
 */
async function mustBeFile(path: string, named: string, cwd: string, what: string): Promise<void> {
  const info = await stat(resolve(cwd, path)).catch(() => undefined);
  if (!info) throw new UsageError(`${named} "${path}" does not exist`);
  if (info.isDirectory()) throw new UsageError(`${named} "${path}" is a directory: name ${what} in it`);
}

async function loadPlan(
  path: string,
  named: string,
  cwd: string,
  stderr: (text: string) => void,
): Promise<RolloutPlan> {
  await mustBeFile(path, named, cwd, 'one plan file (*.rollout.yaml)');
  const parsed = await readPlanFile(path, cwd);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.plan) {
    const first = errors[0];
    throw new UsageError(
      `${path} is not a valid rollout plan${first ? ` (${first.line}:${first.column} ${first.message})` : ''}; run 'rollbook validate ${path}'`,
    );
  }
  if (errors.length > 0) {
    stderr(`rollbook: warning: ${path} has ${plural(errors.length, 'error')}; run 'rollbook validate ${path}'\n`);
  }
  return parsed.plan;
}

/** The plan's providers, with a hint at the options when one is missing. */
function cliPlanSources(providers: ReturnType<typeof createProviders>): SourceResolver {
  const resolveSource = planSources(providers);
  return (request) => {
    const found = resolveSource(request);
    if ('error' in found) return { ...found, error: `${found.error}: pass --prometheus-url or --metrics-file` };
    return found;
  };
}

/** Every metric from one JSON file, keyed by metric name (and `<name>:baseline` for controls). */
function metricsFileSources(provider: JsonFileProvider | ReturnType<SharedQueries['wrap']>): SourceResolver {
  return ({ metricName, role }): MetricSource => ({
    provider,
    query: role === 'baseline' ? `${metricName}${BASELINE_KEY_SUFFIX}` : metricName,
  });
}

function signoffs(value: unknown, from: Phase | undefined, at: Date): Signoff[] {
  if (value === undefined || !from) return [];
  const handles = String(value)
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const pattern = new RegExp(HANDLE_PATTERN);
  for (const handle of handles) {
    if (!pattern.test(handle)) throw new UsageError(`--signed-off: "${handle}" is not a handle such as @alice`);
  }
  const ids = gateIds(from);
  return (from.gates ?? []).flatMap((gate, i) => {
    if (!isGateOfKind(gate, 'signoff')) return [];
    const listed = new Set(gate.signoff.map((h) => h.toLowerCase()));
    const team = gate.signoff.find((h) => h.includes('/'));
    return handles.map((by): Signoff => {
      const signoff: Signoff = { gate: ids[i]!, by, at };
      if (!listed.has(by.toLowerCase()) && team) signoff.as = team;
      return signoff;
    });
  });
}

function checks(value: unknown): Record<string, CheckState> {
  const out = idRecord<CheckState>();
  for (const entry of list(value)) {
    const eq = entry.lastIndexOf('=');
    const name = entry.slice(0, eq).trim();
    const state = entry.slice(eq + 1).trim() as CheckState;
    if (eq <= 0 || !(CHECK_STATES as readonly string[]).includes(state)) {
      throw new UsageError(
        `--check must be name=state with a state such as success, pending or failure (got "${entry}")`,
      );
    }
    out[name] = state;
  }
  return out;
}

/** `--done plan/phase`, each one a dependency of the target phase, as the facts name them. */
function doneDependencies(values: unknown, plan: RolloutPlan, target: string): Record<string, string> {
  const dependsOn = plan.phases.find((p) => p.id === target)?.dependsOn ?? [];
  const done: Record<string, string> = {};
  for (const ref of list(values)) {
    if (!dependsOn.includes(ref)) {
      const known = dependsOn.length > 0 ? `; it waits for ${dependsOn.join(', ')}` : '; it waits for no other plan';
      throw new UsageError(`--done: phase ${target} does not depend on "${ref}"${known}`);
    }
    done[ref] = DEPENDENCY_DONE;
  }
  return done;
}
