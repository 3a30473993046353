// The action's `sync` command: one checklist issue per phase and a tracking issue per plan,
// kept in line with the plans and the ticks people make. Reads every managed issue in one
// batched query, syncs each valid plan (sync/plan-sync.ts), then reports phase states as the
// `phase-states` output and a job summary. On schedule and workflow_dispatch runs it also reads
// the metric gates of active phases (sync/watch.ts) into their issues. A run with nothing new
// writes nothing.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { SignoffPolicy } from '../checklist/authorize.ts';
import type { PhaseStateName } from '../checklist/phase-state.ts';
import { loadChecklistTemplates } from '../checklist/templates.ts';
import { issueLabels } from '../checklist/titles.ts';
import { errorMessage } from '../github/errors.ts';
import { readManagedIssues } from '../github/managed-issues.ts';
import { blobBaseUrl } from '../github/server-url.ts';
import { lessonsDirOf } from '../lessons/load.ts';
import { dependencyOrder } from '../plan/links.ts';
import { runbookFileName } from '../render/render.ts';
import { debugUnexpected } from '../runtime/expected-error.ts';
import { templatesDirProblem } from '../templates/files.ts';
import { type GuardedPlan, guardedPlans } from '../workspace/guarded-plans.ts';
import { adoptedIssues } from './adopted-issues.ts';
import type { ActionContext } from './context.ts';
import { forbiddenHint } from './forbidden-hint.ts';
import { breachRefDiagnostics, defaultRefOnce, onDefaultBranch } from './sync/branch.ts';
import { brokenLessons } from './sync/broken-lessons.ts';
import { buildInventory, planIssues } from './sync/inventory.ts';
import { ensureLabels, wantedLabels } from './sync/labels.ts';
import { PlanSync, type PlanSyncResult } from './sync/plan-sync.ts';
import type { SubIssueLinks } from './sync/sub-issues.ts';
import { addSkippedSyncSummary, addSyncSummary, type PhaseStates, phaseStates } from './sync/summary.ts';
import { readTrigger } from './sync/trigger.ts';
import { syncWatch, watchedProviders } from './sync/watch.ts';
import { WatchStatusBoard } from './sync/watch-status.ts';
import { DryRunWriter, LiveWriter, type Writer } from './sync/writer.ts';
import { annotate } from './validate.ts';

/** Rendered runbooks live next to the plans (`rollbook render`'s default output). */
const RUNBOOK_DIR = 'runbooks';

export interface SyncOutcome {
  ran: boolean;
  states: PhaseStates;
  writes: number;
  failed: string[];
}

type SyncPlan = GuardedPlan;

function plansToSync(ctx: ActionContext): SyncPlan[] {
  return guardedPlans(ctx.validation.plans, ctx.validation.lessons);
}

/** Repository paths in issue bodies link here; `HEAD` keeps bodies the same from commit to commit. */
function linkBase(ctx: ActionContext): string {
  return blobBaseUrl(ctx.runner.env, ctx.repo, 'HEAD');
}

function runbookPath(ctx: ActionContext, file: string, name: string): string | undefined {
  const absolute = isAbsolute(file) ? file : join(ctx.cwd, file);
  const runbook = join(dirname(absolute), RUNBOOK_DIR, runbookFileName(name, 'md'));
  if (!existsSync(runbook)) return undefined;
  return relative(ctx.cwd, runbook).split('\\').join('/');
}

export async function runSync(ctx: ActionContext): Promise<SyncOutcome> {
  const { inputs, log } = ctx;
  const trigger = readTrigger(inputs.command, ctx.event, inputs.labelPrefix);
  if (!trigger.run) {
    log.info(`Rollbook sync: skipped, ${trigger.reason}`);
    return { ran: false, states: {}, writes: 0, failed: [] };
  }
  // Only the default branch's plans are written into the checklists people tick (ADR 63).
  const defaultRef = defaultRefOnce(() => ctx.github(), ctx.repo, ctx.event.payload);
  const branch = await onDefaultBranch(ctx.runner.env.GITHUB_REF, defaultRef);
  if (!branch.ok) {
    const why = `${branch.why}, and the checklist issues are written only from the default branch's plans`;
    log.warning(`Rollbook sync: skipped, ${why} (ADR 63); the plans were validated, nothing was written`);
    addSkippedSyncSummary(ctx.runner.summary, why);
    return { ran: false, states: {}, writes: 0, failed: [] };
  }
  log.info(`Rollbook sync: ${trigger.reason}${inputs.dryRun ? ' (dry run: no writes)' : ''}`);
  const unread = ctx.validation.shared?.failed ?? [];
  if (unread.length > 0) {
    // Syncing without a source's guards would take their items (and the ticks on them) out of the issues.
    log.error(
      `Rollbook sync: skipped: the lessons of ${unread.map((f) => f.repository).join(', ')} could not be read, and the checklist issues would lose their guards (see the error on rollbook.config.yaml)`,
    );
    return { ran: false, states: {}, writes: 0, failed: [] };
  }
  // A plan may name no other ref for its breach workflow than the default branch (ADR 63).
  const badRefs = breachRefDiagnostics(ctx.validation.plans, branch.branch);
  for (const d of badRefs) annotate(d, log);
  // A plan whose phases wait for another plan's (`dependsOn`) is synced after it, so its issues
  // can say how far that phase is.
  const plans = dependencyOrder(plansToSync(ctx), (p) => p.plan);
  const others = new Map<string, PhaseStateName>();
  if (plans.length === 0) {
    log.info('Rollbook sync: no valid plans, nothing to do');
    return { ran: true, states: {}, writes: 0, failed: [] };
  }
  const templatesDir = inputs.templatesDir ?? ctx.validation.config.templates;
  // The configuration's `templates` was warned about where it is written (config/load.ts); the input has no place.
  const inputProblem = inputs.templatesDir && (await templatesDirProblem(resolve(ctx.cwd, inputs.templatesDir)));
  if (inputProblem) {
    log.warning(
      `the templates input "${inputs.templatesDir}" ${inputProblem}, so the built-in checklist templates are used`,
    );
  }
  const templates = await loadChecklistTemplates(
    templatesDir ? resolve(ctx.cwd, templatesDir) : undefined,
    undefined,
    ctx.cwd,
  );
  const github = ctx.github();
  const repo = ctx.repo;
  const prefix = inputs.labelPrefix;

  // Any of these labels finds an issue: one label removed by hand does not lose it.
  const planLabels = plans.map((p) => issueLabels(p.plan.metadata.name, undefined, prefix)[1]!);
  const read = await readManagedIssues(github, repo, [prefix, ...planLabels], prefix, log);
  const inventory = buildInventory(await adoptedIssues(github, repo, read.issues, read.viewer, log));
  const writer: Writer = inputs.dryRun
    ? new DryRunWriter(repo, (line) => log.info(line))
    : new LiveWriter(github, repo);
  await ensureLabels(
    github,
    repo,
    writer,
    wantedLabels(
      plans.map((p) => p.plan),
      prefix,
    ),
    read.issues,
  );

  const policy: SignoffPolicy = {
    allowAuthor: inputs.sync.allowAuthorSignoff,
    ...(inputs.sync.signoffPermission ? { minPermission: inputs.sync.signoffPermission } : {}),
  };
  // The run is on the default branch (checked above), so the watch acts on merged plans (ADR 48).
  const watch = syncWatch(ctx);
  const measured = watchedProviders(inputs.report, inputs.sync);
  // The watch's per-plan statuses mark the commit whose plans this run judged (ADR 42).
  const sha = ctx.runner.env.GITHUB_SHA;
  const statuses = watch && sha ? new WatchStatusBoard({ github, repo, writer, log }, sha) : undefined;
  // A broken lesson's guards cannot be computed: no plan's issues may lose items over it (ADR 64).
  const broken = brokenLessons(ctx.validation.lessons);
  const subIssues: SubIssueLinks = {};
  const results: PlanSyncResult[] = [];
  const failed: string[] = [];
  for (const { plan, file, guards } of plans) {
    const name = plan.metadata.name;
    const runbookUrl = runbookPath(ctx, file, name);
    try {
      const sync = new PlanSync({
        github,
        repo,
        writer,
        log,
        clock: ctx.clock,
        plan,
        guards,
        templates,
        now: ctx.now,
        labelPrefix: prefix,
        linkBase: linkBase(ctx),
        ...(runbookUrl ? { runbookUrl } : {}),
        policy,
        ...(read.viewer ? { viewer: read.viewer } : {}),
        trigger,
        issues: planIssues(inventory, name),
        keys: inventory.keys,
        subIssues,
        others,
        ...(watch ? { watch, defaultRef } : {}),
        ...(statuses ? { statuses } : {}),
        ...(broken.length > 0 ? { brokenLessons: broken } : {}),
        measured,
        ...(inputs.sync.lessonDrafts === 'off'
          ? {}
          : {
              lessonDrafts: {
                mode: inputs.sync.lessonDrafts,
                lessonsDir: lessonsDirOf(ctx.validation.config),
              },
            }),
      });
      const result = await sync.run();
      results.push(result);
      for (const phase of result.rollout.phases) others.set(`${name}/${phase.phaseId}`, phase.state);
    } catch (error) {
      // One plan's failure must not stop the others; the run still fails at the end.
      failed.push(name);
      log.error(`Rollbook sync of plan ${name} (${file}) failed: ${errorMessage(error)}${forbiddenHint(error)}`);
      debugUnexpected(log, error);
    }
  }

  if (watch && watch.pool.stats.requested > 0)
    log.info(
      `Rollbook sync: watched active phases with ${watch.pool.stats.fetched} metric queries for ${watch.pool.stats.requested} readings`,
    );
  const states = phaseStates(results);
  ctx.runner.setOutput('phase-states', JSON.stringify(states));
  addSyncSummary(ctx.runner.summary, results, { writes: writer.count, dryRun: writer.dryRun, failed });
  const verb = writer.dryRun ? 'would make' : 'made';
  log.info(`Rollbook sync: ${results.length} plan(s), ${writer.count} write(s) ${verb}`);
  if (failed.length > 0)
    ctx.runner.setFailed(`Rollbook sync failed for ${failed.length} plan(s): ${failed.join(', ')}`);
  else if (badRefs.length > 0)
    ctx.runner.setFailed(
      `Rollbook sync: ${badRefs.length} plan(s) name an onBreach.ref other than the default branch ${branch.branch}: see the annotations`,
    );
  return { ran: true, states, writes: writer.count, failed };
}
